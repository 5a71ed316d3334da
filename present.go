package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"ajar/lessons"
	"ajar/tui"
	"ajar/tui/input"
	"ajar/tui/present"
)

// runPresent is `ajar present [flags] [ID]`: it shows a module or a lesson
// as full-screen slides for a trainer to project, questions with their
// answers hidden until revealed. ID is a module or lesson id; without one
// the first module is shown.
//
// Presenting never opens the progress store: nothing is read from or
// written to any learner's progress, so it runs beside a learner's session
// and on a machine that has no progress file at all.
func runPresent(args []string, stdout, stderr io.Writer) error {
	d, err := presentDeps(args, stderr)
	if err != nil {
		return err
	}
	if err := needTerminal("ajar present", os.Stdin, os.Stdout, d.Lang); err != nil {
		return err
	}
	_, err = tea.NewProgram(present.New(d), tea.WithAltScreen(), tea.WithOutput(stdout), tea.WithInput(input.NewFile(os.Stdin))).Run()
	if err != nil {
		return fmt.Errorf("tui: %w", err)
	}
	return nil
}

// presentFlags are the flags of `ajar present`.
type presentFlags struct {
	lang, theme string
	contrast    bool
	ascii       bool
	timer       int
	content     stringList
	noBuiltin   bool
}

// register adds the flags to fs.
func (f *presentFlags) register(fs *flag.FlagSet) {
	langFlag(fs, &f.lang)
	themeFlag(fs, &f.theme)
	fs.BoolVar(&f.contrast, "contrast", false, "mulai dengan kontras tinggi (putih di atas hitam) / start in high contrast (white on black)")
	fs.BoolVar(&f.ascii, "ascii", false, "bila tanda dan garis tampil sebagai ? atau acak (konsol Windows lama, font raster, code page 437):"+
		" slide hanya memakai karakter code page 437"+
		" / when marks and lines show as ? or garbage (old Windows console, raster font, code page 437):"+
		" slides use only code page 437 characters")
	fs.IntVar(&f.timer, "timer", int(present.DefaultTimer/time.Second), "`DETIK` hitung mundur per soal (tombol t) / `SECONDS` countdown per question (key t)")
	contentFlags(fs, &f.content, &f.noBuiltin)
	// --db is accepted so `ajar --db X present` works, and ignored: the
	// presenter never opens progress.
	fs.String("db", "", "`BERKAS` diabaikan: presentasi tidak membaca atau menulis kemajuan / `FILE` ignored: presenting never touches progress")
}

// presentDeps parses the arguments, loads the course and picks the slides:
// everything runPresent does before the program starts.
func presentDeps(args []string, stderr io.Writer) (present.Deps, error) {
	fs := newFlagSet("ajar present", stderr)
	var f presentFlags
	f.register(fs)
	ids, err := parseInterspersed(fs, args)
	if err != nil {
		return present.Deps{}, exitError{code: 2}
	}
	lang, err := commonFlags{lang: f.lang}.language()
	if err != nil {
		return present.Deps{}, err
	}
	if len(ids) > 1 {
		return present.Deps{}, usageError(lang, "ajar present: berikan satu id saja, bukan "+strings.Join(ids, " "),
			"ajar present: give one id, not "+strings.Join(ids, " "))
	}
	if f.timer < 1 || f.timer > 3600 {
		return present.Deps{}, usageError(lang, fmt.Sprintf("ajar present: --timer %d di luar 1..3600 detik", f.timer),
			fmt.Sprintf("ajar present: --timer %d is outside 1..3600 seconds", f.timer))
	}
	md, profile, err := resolveStyle(f.theme, os.Getenv("NO_COLOR") != "")
	if err != nil {
		return present.Deps{}, err
	}
	catalog, problems, err := loadCatalog(!f.noBuiltin, f.content, lessons.Lang(lang))
	if err != nil {
		return present.Deps{}, err
	}
	for _, p := range problems { // show what was left out, and go on with the rest
		fmt.Fprintln(stderr, p)
	}
	id := ""
	if len(ids) == 1 {
		id = ids[0]
	}
	slides, err := pickSlides(catalog, id, lang)
	if err != nil {
		return present.Deps{}, err
	}
	renderer := lipgloss.NewRenderer(os.Stdout)
	renderer.SetColorProfile(profile)
	renderer.SetHasDarkBackground(f.theme != "light")
	return present.Deps{Slides: slides, Lang: lang, Markdown: md, Renderer: renderer,
		Timer: time.Duration(f.timer) * time.Second, Contrast: f.contrast, ASCII: f.ascii}, nil
}

// pickSlides returns the slides of module or lesson id, or of the first
// module when id is "". An unknown id is a usage error listing the modules.
func pickSlides(c *lessons.Catalog, id string, lang tui.Lang) ([]lessons.Slide, error) {
	if len(c.Modules) == 0 {
		msg := "ajar present: tidak ada modul untuk ditampilkan"
		if lang == tui.English {
			msg = "ajar present: no module to show"
		}
		return nil, exitError{code: 1, msg: msg}
	}
	if id == "" {
		return lessons.ModuleSlides(c.Modules[0]), nil
	}
	if m := c.Module(id); m != nil {
		return lessons.ModuleSlides(m), nil
	}
	if l := c.Lesson(id); l != nil {
		return lessons.Slides(l), nil
	}
	var ids []string
	for _, m := range c.Modules {
		ids = append(ids, m.ID)
	}
	list, example := strings.Join(ids, ", "), c.Modules[0].Lessons[0].ID
	return nil, usageError(lang,
		fmt.Sprintf("ajar present: %q bukan id modul atau pelajaran. Modul yang ada: %s (id pelajaran juga boleh, mis. %s)", id, list, example),
		fmt.Sprintf("ajar present: %q is not a module or lesson id. Modules: %s (lesson ids work too, e.g. %s)", id, list, example))
}
