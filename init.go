package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"ajar/content"
	"ajar/tui"
)

// initFlags are the flags of ajar init.
type initFlags struct {
	commonFlags
	force bool
}

// register adds the flags to fs.
func (f *initFlags) register(fs *flag.FlagSet) {
	f.commonFlags.register(fs)
	fs.BoolVar(&f.force, "force", false, "timpa berkas contoh yang sudah ada / overwrite the sample files already there")
}

// runInit writes the sample module (content.Sample) into the folder given,
// creating it, so a trainer can start a module of their own from a working
// example. It never overwrites a file unless --force is given, and even
// then it replaces only regular files: a symbolic link or a folder in the
// way is an error. It prints what it wrote and the next steps.
//
// Exit codes: 2 for usage errors, 1 when a file is in the way or cannot be
// written.
func runInit(args []string, stdout, stderr io.Writer) error {
	fset := newFlagSet("ajar init", stderr)
	var f initFlags
	f.register(fset)
	// Flags may come after FOLDER too: `ajar init FOLDER --force`.
	var dirs []string
	for rest := args; ; {
		if err := fset.Parse(rest); err != nil {
			return exitError{code: 2}
		}
		rest = fset.Args()
		if len(rest) == 0 {
			break
		}
		dirs = append(dirs, rest[0])
		rest = rest[1:]
	}
	lang, err := f.language()
	if err != nil {
		return err
	}
	en := lang == tui.English
	if len(dirs) != 1 || dirs[0] == "" {
		return exitError{code: 2, msg: initPick(en, "ajar init: give exactly one FOLDER, e.g. ajar init my-module (more: ajar help init)",
			"ajar init: berikan tepat satu FOLDER, mis. ajar init modul-saya (selengkapnya: ajar help init)")}
	}
	dir := dirs[0]

	names, err := sampleFiles()
	if err != nil {
		return exitError{code: 1, msg: "ajar init: " + err.Error()}
	}
	if err := checkTargets(dir, names, f.force, en); err != nil {
		return err
	}
	if err := writeSample(dir, names); err != nil {
		return exitError{code: 1, msg: fmt.Sprintf(initPick(en, "ajar init: cannot write the sample module: %v", "ajar init: modul contoh tidak dapat ditulis: %v"), err)}
	}

	fmt.Fprintln(stdout, initPick(en, "Wrote the sample module to "+dir+":", "Modul contoh ditulis ke "+dir+":"))
	for _, n := range names {
		fmt.Fprintln(stdout, "  "+filepath.Join(dir, filepath.FromSlash(n)))
	}
	q := shellArg(dir)
	if en {
		fmt.Fprintf(stdout, `
Next steps:
  1. Edit the files in a text editor. The comments (# ...) explain every key.
     Give the module and every lesson, question and card an id of your own
     instead of "contoh".
  2. Check your work:     ajar lint %s
  3. Open it in ajar:     ajar --content %s
     (add --no-builtin to show only your own modules)
`, q, q)
		return nil
	}
	fmt.Fprintf(stdout, `
Langkah berikutnya:
  1. Ubah berkas-berkas itu dengan penyunting teks. Komentar (# ...) di
     dalamnya menjelaskan setiap kunci. Ganti id "contoh" pada modul dan
     pada setiap pelajaran, soal dan kartu dengan id Anda sendiri.
  2. Periksa hasilnya:    ajar lint %s
  3. Buka di ajar:        ajar --content %s
     (tambahkan --no-builtin agar hanya modul Anda yang tampil)
`, q, q)
	return nil
}

// sampleFiles lists the files of the sample module, slash paths in walk
// (name) order.
func sampleFiles() ([]string, error) {
	var names []string
	err := fs.WalkDir(content.Sample(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return err
	})
	return names, err
}

// checkTargets fails, naming the first, when a file of the sample is
// already in dir (unless force) or something other than a regular file is
// in the way (always). It writes nothing, so a refusal leaves dir as it
// was.
func checkTargets(dir string, names []string, force, en bool) error {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return exitError{code: 1, msg: fmt.Sprintf(initPick(en, "ajar init: %s is a file, not a folder", "ajar init: %s adalah berkas, bukan folder"), dir)}
	}
	for _, n := range names {
		target := filepath.Join(dir, filepath.FromSlash(n))
		info, err := os.Lstat(target)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue
		case err != nil:
			return exitError{code: 1, msg: fmt.Sprintf(initPick(en, "ajar init: cannot check %s: %v", "ajar init: %s tidak dapat diperiksa: %v"), target, err)}
		case !info.Mode().IsRegular():
			return exitError{code: 1, msg: fmt.Sprintf(initPick(en,
				"ajar init: %s already exists and is not a regular file; not replaced. Move it away or choose another folder.",
				"ajar init: %s sudah ada dan bukan berkas biasa; tidak ditimpa. Pindahkan dulu atau pilih folder lain."), target)}
		case !force:
			return exitError{code: 1, msg: fmt.Sprintf(initPick(en,
				"ajar init: %s already exists; nothing was written. Choose another folder, or add --force to overwrite the sample files.",
				"ajar init: %s sudah ada; tidak ada yang ditulis. Pilih folder lain, atau tambahkan --force untuk menimpa berkas contoh."), target)}
		}
	}
	return nil
}

// writeSample creates dir and writes the sample files into it through an
// os.Root, so nothing lands outside dir.
func writeSample(dir string, names []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return err
	}
	defer root.Close()
	for _, n := range names {
		data, err := fs.ReadFile(content.Sample(), n)
		if err != nil {
			return err
		}
		if err := rootMkdirAll(root, path.Dir(n)); err != nil {
			return err
		}
		f, err := root.OpenFile(filepath.FromSlash(n), os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// rootMkdirAll creates the slash path dir and its parents inside root
// (os.Root has no MkdirAll before Go 1.25).
func rootMkdirAll(root *os.Root, dir string) error {
	if dir == "." {
		return nil
	}
	if err := rootMkdirAll(root, path.Dir(dir)); err != nil {
		return err
	}
	err := root.Mkdir(filepath.FromSlash(dir), 0o755)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	return err
}

// shellArg quotes a folder name for a command line shown to the user when
// it holds spaces or characters a shell would interpret.
func shellArg(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t'\"$&()*;<>?[]`{|}~!#") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}

// initPick returns en when en is true and id otherwise.
func initPick(en bool, enText, idText string) string {
	if en {
		return enText
	}
	return idText
}
