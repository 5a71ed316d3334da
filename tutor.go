package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"ajar/content"
	"ajar/lessons"
	"ajar/progress"
	"ajar/tui"
)

// runTutor opens the progress file, loads the course and runs the TUI.
func runTutor(args []string, stderr io.Writer) error {
	fs := newFlagSet("ajar", stderr)
	var c commonFlags
	c.register(fs)
	theme := fs.String("theme", "dark", "tampilan: dark, light atau plain (tanpa warna) / look")
	ascii := fs.Bool("ascii", false, "gambar grafik dengan ASCII saja / draw charts in plain ASCII")
	nowFlag := fs.String("now", "", "untuk demo dan pengujian: jalankan seolah-olah saat ini TANGGAL[THH:MM] / for demos and tests: run as if it were this date")
	profileName := fs.String("profile", "", "nama pelajar; melewati pemilihan pelajar / learner name, skips the picker")
	demo := fs.Bool("demo", false, "mode demo: semua di memori, tidak ada yang ditulis ke disk / keep everything in memory, write nothing")
	if err := fs.Parse(args); err != nil {
		return exitError{code: 2}
	}
	lang, err := c.language()
	if err != nil {
		return err
	}
	clock, err := clockFrom(*nowFlag, time.Now)
	if err != nil {
		return err
	}
	md, profile, err := resolveStyle(*theme, os.Getenv("NO_COLOR") != "")
	if err != nil {
		return err
	}
	catalog, problems := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	for _, p := range problems { // a broken built-in lesson is a bug; say so and go on
		fmt.Fprintln(stderr, p.Format(lessons.Lang(lang)))
	}
	store, err := openProgress(c.db, *demo, lang)
	if err != nil {
		return err
	}
	learner, learners, err := pickProfile(store, *profileName, lang)
	if err != nil {
		store.Close()
		return err
	}

	renderer := lipgloss.NewRenderer(os.Stdout)
	renderer.SetColorProfile(profile)
	renderer.SetHasDarkBackground(*theme != "light")
	m := tui.New(tui.Deps{
		Catalog: catalog, Title: catalog.Title, Store: store, Profile: learner, Profiles: learners,
		Now: clock, Lang: lang, Markdown: md, Renderer: renderer,
		Params: progress.DefaultParams(), ASCII: *ascii,
	})
	if os.Getenv("AJAR_DEBUG") != "" {
		if f, err := tea.LogToFile("ajar-debug.log", "ajar"); err == nil {
			defer f.Close()
		}
	}
	_, runErr := tea.NewProgram(m, tea.WithAltScreen()).Run()
	// The program quits only after pending saves finished, so Close here
	// never cuts a write short.
	closeErr := store.Close()
	if runErr != nil {
		return fmt.Errorf("tui: %w", runErr)
	}
	return closeErr
}

// openProgress opens the learner's progress: the bbolt file, or with demo
// an in-memory store, so a trainer's demonstration leaves no file behind.
func openProgress(dbFlag string, demo bool, lang tui.Lang) (progress.Store, error) {
	if demo {
		return progress.NewMemStore(), nil
	}
	path, err := dbPath(dbFlag)
	if err != nil {
		return nil, err
	}
	return openStore(path, false, lang)
}

// pickProfile decides who is learning: the --profile learner (by name or
// id, case-insensitively), the only learner, or "" to let the picker ask
// when the file holds several. A fresh file starts with the default
// learner, who can be renamed later.
func pickProfile(store progress.Store, name string, lang tui.Lang) (string, []progress.Profile, error) {
	list, err := store.Profiles()
	if err != nil {
		return "", nil, exitError{code: 3, msg: storeMessage(err, "", lang)}
	}
	if name != "" {
		var names []string
		for _, p := range list {
			if strings.EqualFold(p.Name, strings.TrimSpace(name)) || p.ID == name {
				return p.ID, list, nil
			}
			names = append(names, p.Name)
		}
		msg := fmt.Sprintf("ajar: pelajar %q tidak ada di berkas ini; yang ada: %s", name, strings.Join(names, ", "))
		if lang == tui.English {
			msg = fmt.Sprintf("ajar: no learner %q in this file; there are: %s", name, strings.Join(names, ", "))
		}
		return "", nil, exitError{code: 2, msg: msg}
	}
	switch len(list) {
	case 0:
		return progress.DefaultProfile, list, nil
	case 1:
		return list[0].ID, list, nil
	}
	return "", list, nil
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
