package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
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

// runInit writes the sample module (content.WriteSample) into the folder
// given, creating it, so a trainer can start a module of their own from a
// working example. It never overwrites a file unless --force is given, and
// even then it replaces only regular files: a symbolic link or a folder in
// the way is an error. It prints what it wrote and the next steps.
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
		return exitError{code: 2, msg: say(lang, "ajar init: berikan tepat satu FOLDER, mis. ajar init modul-saya (selengkapnya: ajar help init)",
			"ajar init: give exactly one FOLDER, e.g. ajar init my-module (more: ajar help init)")}
	}
	dir := dirs[0]

	names, err := content.WriteSample(dir, f.force)
	var conflict *content.SampleConflict
	if errors.As(err, &conflict) {
		return exitError{code: 1, msg: conflictMessage(conflict, lang)}
	}
	if err != nil {
		return exitError{code: 1, msg: fmt.Sprintf(say(lang, "ajar init: modul contoh tidak dapat ditulis: %v",
			"ajar init: cannot write the sample module: %v"), err)}
	}

	fmt.Fprintln(stdout, say(lang, "Modul contoh ditulis ke "+dir+":", "Wrote the sample module to "+dir+":"))
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

// conflictMessage says what is in the way of the sample module and what
// to do about it.
func conflictMessage(c *content.SampleConflict, lang tui.Lang) string {
	switch c.Kind {
	case content.DirIsFile:
		return fmt.Sprintf(say(lang, "ajar init: %s adalah berkas, bukan folder", "ajar init: %s is a file, not a folder"), c.Path)
	case content.NotRegular:
		return fmt.Sprintf(say(lang, "ajar init: %s sudah ada dan bukan berkas biasa; tidak ditimpa. Pindahkan dulu atau pilih folder lain.",
			"ajar init: %s already exists and is not a regular file; not replaced. Move it away or choose another folder."), c.Path)
	case content.Exists:
		return fmt.Sprintf(say(lang, "ajar init: %s sudah ada; tidak ada yang ditulis. Pilih folder lain, atau tambahkan --force untuk menimpa berkas contoh.",
			"ajar init: %s already exists; nothing was written. Choose another folder, or add --force to overwrite the sample files."), c.Path)
	}
	return fmt.Sprintf(say(lang, "ajar init: %s tidak dapat diperiksa: %v", "ajar init: cannot check %s: %v"), c.Path, c.Err)
}

// shellArg quotes a folder name for a command line shown to the user when
// it holds spaces or characters a shell would interpret.
func shellArg(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t'\"$&()*;<>?[]`{|}~!#") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}
