package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui"
)

// tutorFlags are the flags of the tutor, ajar without a command.
type tutorFlags struct {
	commonFlags
	theme, now, profile             string
	ascii, demo, noBuiltin, version bool
	plain                           bool
	content                         stringList
}

// register adds the tutor's flags to fs.
func (f *tutorFlags) register(fs *flag.FlagSet) {
	f.commonFlags.register(fs)
	themeFlag(fs, &f.theme)
	fs.BoolVar(&f.ascii, "ascii", false, "bila tanda dan garis tampil sebagai ? atau acak (konsol Windows lama, font raster, code page 437):"+
		" semua layar hanya memakai karakter code page 437, grafik dengan ASCII"+
		" / when marks and lines show as ? or garbage (old Windows console, raster font, code page 437):"+
		" every screen uses only code page 437 characters, charts plain ASCII")
	fs.StringVar(&f.now, "now", "", "`TANGGAL[THH:MM]` untuk demo dan pengujian: jalankan seolah-olah saat itu"+
		" / `DATE[THH:MM]` for demos and tests: run as if it were that moment")
	fs.StringVar(&f.profile, "profile", "", "`NAMA` mulai sebagai pelajar ini, tanpa memilih / `NAME` start as this learner, skipping the picker")
	fs.BoolVar(&f.demo, "demo", false, "semua di memori: tidak ada yang ditulis ke disk / keep everything in memory: nothing is written to disk")
	contentFlags(fs, &f.content, &f.noBuiltin)
	fs.BoolVar(&f.version, "version", false, "tampilkan versi ajar / print ajar's version")
	fs.BoolVar(&f.plain, "plain", false, "mode teks biasa untuk pembaca layar: baris demi baris, pilihan bernomor, tanpa warna"+
		" (juga bila TERM=dumb) / plain text mode for screen readers: line by line, numbered choices, no colour (also when TERM=dumb)")
}

// runTutor checks the tutor's flags and the terminal, before anything is
// created, and hands tui.Run what a session needs: the course, how the
// progress file is opened and closed, and who is learning.
func runTutor(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("ajar", stderr)
	var f tutorFlags
	f.register(fs)
	if err := fs.Parse(args); err != nil {
		return exitError{code: 2}
	}
	if f.version {
		return printVersion(stdout)
	}
	lang, err := f.language()
	if err != nil {
		return err
	}
	clock, err := clockFrom(f.now, time.Now)
	if err != nil {
		return err
	}
	md, profile, err := resolveStyle(f.theme, os.Getenv("NO_COLOR") != "")
	if err != nil {
		return err
	}
	if err := f.refuseEarly(lang); err != nil {
		return err
	}
	if f.plain || os.Getenv("TERM") == "dumb" {
		return runPlain(&f, lang, clock, os.Stdin, stdout, stderr) // line IO: no terminal needed
	}
	if err := needTerminal("ajar", os.Stdin, os.Stdout, lang); err != nil {
		return err // before the progress file is opened: nothing is created
	}
	renderer := lipgloss.NewRenderer(os.Stdout)
	renderer.SetColorProfile(profile)
	renderer.SetHasDarkBackground(f.theme != "light")
	var bolt *progress.BoltStore // the file on disk; nil with --demo
	restored := false
	session := tui.Session{
		Deps: tui.Deps{Now: clock, Lang: lang, Markdown: md, Renderer: renderer, Params: progress.DefaultParams(), ASCII: f.ascii},
		Course: func() (*lessons.Catalog, []string, error) {
			return loadCatalog(!f.noBuiltin, f.content, lessons.Lang(lang))
		},
		Open: func() (progress.Store, error) {
			st, r, err := openProgress(f.db, f.demo, lang, renderer, f.ascii)
			bolt, _ = st.(*progress.BoltStore)
			restored = r
			return st, err
		},
		Choose: func(st progress.Store) (string, []progress.Profile, error) { return pickProfile(st, f.profile, lang) },
		End: func(st progress.Store, damaged bool) error {
			if bolt != nil && !restored && !damaged {
				// After a restore, automatic backups wait for the next
				// start: a restored state must not push good backups out
				// of rotation. A damaged file is never copied over a good
				// backup either.
				sessionBackup(bolt, lang, stderr)
			}
			return st.Close()
		},
		Recover: func() error {
			// Found damaged while the learner was at work (the check of
			// the whole file runs after the first screen).
			return recoverAfterSession(bolt.Path(), bolt.Verify(), lang, renderer, f.ascii, stderr)
		},
		In:     os.Stdin,
		Stderr: stderr,
	}
	if os.Getenv("AJAR_DEBUG") != "" {
		session.DebugLog = "ajar-debug.log"
	}
	return tui.Run(session)
}

// refuseEarly fails, before anything is created, for what would otherwise
// fail only once the progress file was opened, and so created: a
// --content folder that cannot be read, and --profile on a file that does
// not exist yet, which cannot hold that learner.
func (f *tutorFlags) refuseEarly(lang tui.Lang) error {
	if err := checkContentDirs(!f.noBuiltin, f.content); err != nil {
		return err
	}
	if f.profile == "" || f.demo {
		return nil
	}
	path, err := dbPath(f.db)
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		_, err := chooseProfile(nil, f.profile, lang, nil)
		return err
	}
	return nil
}

// recoverAfterSession shows the recovery screen for a file found damaged
// during a session and carries out the choice.
func recoverAfterSession(path string, cause error, lang tui.Lang, r *lipgloss.Renderer, ascii bool, stderr io.Writer) error {
	if cause == nil {
		cause = progress.ErrCorrupt
	}
	retry, _, err := recoverStore(path, cause, lang, r, ascii)
	if err != nil {
		return err
	}
	if retry {
		fmt.Fprintln(stderr, say(lang, "ajar: berkas kemajuan sudah dipulihkan; jalankan ajar lagi untuk melanjutkan.",
			"ajar: the progress file is recovered; start ajar again to go on."))
	}
	return nil
}

// openProgress opens the learner's progress: the bbolt file, or with demo
// an in-memory store, so a trainer's demonstration leaves no file behind.
// A damaged or empty file brings up the recovery screen; restored reports
// that a backup replaced it.
func openProgress(dbFlag string, demo bool, lang tui.Lang, r *lipgloss.Renderer, ascii bool) (st progress.Store, restored bool, err error) {
	if demo {
		return progress.NewMemStore(), false, nil
	}
	path, err := dbPath(dbFlag)
	if err != nil {
		return nil, false, err
	}
	bolt, err := progress.Open(path, progress.Options{})
	if errors.Is(err, progress.ErrCorrupt) {
		var retry bool
		if retry, restored, err = recoverStore(path, err, lang, r, ascii); retry {
			bolt, err = progress.Open(path, progress.Options{})
		}
	}
	if err != nil {
		var ex exitError
		if errors.As(err, &ex) {
			return nil, false, err
		}
		return nil, false, exitError{code: 3, msg: storeMessage(err, path, lang)}
	}
	return bolt, restored, nil
}

// pickProfile decides who is learning: the --profile learner (by name,
// case-insensitively, or by id or alias: "default" is the first learner),
// the only learner, or "" to let the picker ask when the file holds
// several. A fresh file starts with its first learner, who can be named
// later. The id returned is the learner's unique id, as Profiles lists it.
func pickProfile(store progress.Store, name string, lang tui.Lang) (string, []progress.Profile, error) {
	list, err := store.Profiles()
	if err != nil {
		return "", nil, exitError{code: 3, msg: storeMessage(err, "", lang)}
	}
	resolve := func(idOrAlias string) string {
		id, _ := store.ResolveProfile(idOrAlias) // a name is no id: it resolves to nothing
		return id
	}
	id, err := chooseProfile(list, name, lang, resolve)
	if err != nil {
		return "", nil, err
	}
	if id == progress.DefaultProfile {
		if id, err = store.ResolveProfile(progress.DefaultProfile); err != nil {
			return "", nil, exitError{code: 3, msg: storeMessage(err, "", lang)}
		}
	}
	return id, list, nil
}

// chooseProfile is pickProfile's choice among the learners of list;
// resolve (nil before a file is open) turns an id or alias into a
// learner's unique id. A name that matches nobody is a usage error that
// lists the learners who have a name (a file's first learner may have
// none) and says how to add one, rather than an empty list.
func chooseProfile(list []progress.Profile, name string, lang tui.Lang, resolve func(string) string) (string, error) {
	if name == "" {
		switch len(list) {
		case 0:
			return progress.DefaultProfile, nil
		case 1:
			return list[0].ID, nil
		}
		return "", nil
	}
	want := strings.TrimSpace(name)
	if len(list) == 0 && strings.EqualFold(want, progress.DefaultProfile) {
		return progress.DefaultProfile, nil // a fresh file's first learner
	}
	id := want
	if resolve != nil {
		id = resolve(want)
	}
	p, err := progress.FindProfile(list, want, id)
	switch {
	case err == nil:
		return p.ID, nil
	case errors.Is(err, progress.ErrSameName):
		// Names are kept unique, so only a file edited by hand or a learner
		// named like the unnamed first learner gets here.
		return "", usageError(lang, fmt.Sprintf("ajar: ada beberapa pelajar bernama %q di berkas ini.\nUbah nama salah satunya: jalankan ajar tanpa --profile, lalu tekan e di daftar pelajar.", name),
			fmt.Sprintf("ajar: several learners in this file are named %q.\nRename one of them: start ajar without --profile, then press e in the list of learners.", name))
	}
	var names []string
	for _, p := range list {
		if p.Name != "" {
			names = append(names, lessons.CleanName(p.Name))
		}
	}
	// With several learners the picker comes first; with one, p opens it.
	add := say(lang, "Untuk menambah pelajar: jalankan ajar tanpa --profile, tekan p (ganti pelajar), lalu n (tambah).",
		"To add a learner: start ajar without --profile, press p (switch learner), then n (add).")
	if len(list) > 1 {
		add = say(lang, "Untuk menambah pelajar: jalankan ajar tanpa --profile, lalu tekan n di daftar pelajar.",
			"To add a learner: start ajar without --profile, then press n in the list of learners.")
	}
	if len(names) == 0 {
		return "", usageError(lang, fmt.Sprintf("ajar: belum ada pelajar bernama %q di berkas ini.\n%s", name, add),
			fmt.Sprintf("ajar: there is no learner named %q in this file yet.\n%s", name, add))
	}
	return "", usageError(lang, fmt.Sprintf("ajar: pelajar %q tidak ada di berkas ini; yang ada: %s.\n%s", name, strings.Join(names, ", "), add),
		fmt.Sprintf("ajar: no learner %q in this file; there are: %s.\n%s", name, strings.Join(names, ", "), add))
}

// resolveStyle picks the glamour style and colour profile once, before the
// program starts, from the flag and NO_COLOR. It never asks the terminal
// anything: auto-detection can stall for seconds on some consoles and leak
// the reply into the learner's input.
func resolveStyle(theme string, noColor bool) (tui.MarkdownStyle, termenv.Profile, error) {
	profile := termenv.EnvColorProfile()
	if noColor || theme == "plain" {
		// The ASCII profile drops colour but glamour keeps bold and
		// italics (NO_COLOR is about colour only); the interface chrome
		// relies on its symbols (>, [x], +, x).
		return tui.MarkdownStyle{Name: "plain", Profile: termenv.Ascii}, termenv.Ascii, nil
	}
	switch theme {
	case "dark", "light":
		return tui.MarkdownStyle{Name: theme, Profile: profile}, profile, nil
	}
	return tui.MarkdownStyle{}, 0, exitError{code: 2, msg: fmt.Sprintf("ajar: --theme %q tidak dikenal; pakai dark, light atau plain", theme)}
}

// clockFrom returns the clock the tutor runs on: the real one, or with
// --now one that starts at the given moment and then runs at real speed,
// so a trainer can show next week's review today. It is only for demos and
// tests: what is saved is stamped with that pretend time.
func clockFrom(flagValue string, real func() time.Time) (func() time.Time, error) {
	if flagValue == "" {
		return real, nil
	}
	var start time.Time
	var err error
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02", time.RFC3339} {
		if start, err = time.ParseInLocation(layout, flagValue, time.Local); err == nil {
			break
		}
	}
	if err != nil {
		return nil, exitError{code: 2, msg: fmt.Sprintf("ajar: --now %q tidak dikenali; contoh: 2026-12-01 atau 2026-12-01T09:30", flagValue)}
	}
	began := real()
	return func() time.Time { return start.Add(real().Sub(began)) }, nil
}
