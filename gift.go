package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"ajar/lessons"
	"ajar/lessons/gift"
	"ajar/tui"
)

// giftFormat is the one question-bank format import and export speak;
// the word is typed so that other formats can join without a new command.
const giftFormat = "gift"

// importFlags are the flags of ajar import gift.
type importFlags struct {
	lang, out, id, title string
	perLesson, order     int
}

// register adds the flags to fs.
func (f *importFlags) register(fs *flag.FlagSet) {
	langFlag(fs, &f.lang)
	fs.StringVar(&f.out, "o", "", "`FOLDER` folder modul yang dibuat (bawaan: nama berkas tanpa .gift) / `FOLDER` the module folder to make (default: the file's name without .gift)")
	fs.StringVar(&f.id, "id", "", "`ID` id modul (bawaan: dari nama folder) / `ID` the module's id (default: from the folder's name)")
	fs.StringVar(&f.title, "title", "", "`JUDUL` judul modul (bawaan: nama berkas) / `TITLE` the module's title (default: the file's name)")
	fs.IntVar(&f.perLesson, "per-lesson", 0, "`N` paling banyak N soal per pelajaran (bawaan: satu pelajaran per kategori) / `N` at most N questions a lesson (default: one lesson per category)")
	fs.IntVar(&f.order, "order", 100, "`N` urutan modul di antara modul lain / `N` the module's place among the others")
}

// runImport turns a Moodle GIFT file into an ajar module folder, lists
// what could not be carried over question by question (file:line), and
// checks the module it wrote as ajar lint would.
func runImport(args []string, stdout, stderr io.Writer) error {
	var f importFlags
	pos, lang, err := parseCommand("ajar import", args, stderr, f.register, &f.lang)
	if err != nil {
		return err
	}
	if len(pos) != 2 || pos[0] != giftFormat {
		return usageError(lang, "ajar import: tulis ajar import gift BERKAS.gift [-o FOLDER] (selengkapnya: ajar help import)",
			"ajar import: type ajar import gift FILE.gift [-o FOLDER] (more: ajar help import)")
	}
	file := pos[1]
	src, err := os.ReadFile(file)
	if err != nil {
		return exitError{code: 1, msg: say(lang, fmt.Sprintf("ajar import: %s tidak dapat dibaca (%v)", file, unwrapPath(err)),
			fmt.Sprintf("ajar import: cannot read %s (%v)", file, unwrapPath(err)))}
	}
	base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	dir := f.out
	if dir == "" {
		dir = base
	}
	id := f.id
	if id == "" {
		id = moduleIDFrom(filepath.Base(dir))
	}
	if !lessons.ValidID(id) {
		return usageError(lang, fmt.Sprintf("ajar import: %q bukan id yang sah; beri --id dengan huruf kecil, angka dan tanda hubung", id),
			fmt.Sprintf("ajar import: %q is not a valid id; give --id with lower-case letters, digits and hyphens", id))
	}
	if err := emptyOrNew(dir); err != nil {
		return exitError{code: 1, msg: say(lang, fmt.Sprintf("ajar import: %s sudah berisi berkas; pilih folder lain dengan -o", dir),
			fmt.Sprintf("ajar import: %s already holds files; choose another folder with -o", dir))}
	}
	title := f.title
	if title == "" {
		title = base
	}
	items, issues := gift.Parse(string(src))
	mod := gift.Build(items, gift.Options{ModuleID: id, ModuleTitle: title, PerLesson: f.perLesson})
	files, err := mod.Files(f.order)
	if err != nil {
		return exitError{code: 1, msg: "ajar import: " + err.Error()}
	}
	for _, iss := range issues {
		fmt.Fprintln(stdout, iss.Format(file, lessons.Lang(lang)))
	}
	if len(items) > 0 {
		if err := writeModule(dir, files); err != nil {
			return exitError{code: 1, msg: say(lang, "ajar import: modul tidak dapat ditulis: ", "ajar import: cannot write the module: ") + err.Error()}
		}
	}
	fmt.Fprintln(stdout, importSummary(lang, items, issues, dir, len(mod.Lessons)))
	if len(items) == 0 {
		return exitError{code: 1, msg: say(lang, "ajar import: tidak ada soal yang dapat diimpor", "ajar import: no question could be imported")}
	}
	return lintWritten(dir, lang, stdout)
}

// importSummary counts what happened to every question of the file.
func importSummary(lang tui.Lang, items []gift.Item, issues []gift.Issue, dir string, nLessons int) string {
	warned, skipped := 0, 0
	for _, it := range items {
		if it.Warned {
			warned++
		}
	}
	for _, iss := range issues {
		if iss.Skipped {
			skipped++
		}
	}
	whole := len(items) - warned
	return say(lang,
		fmt.Sprintf("Diimpor ke %s (%d pelajaran): %d soal utuh, %d dengan peringatan, %d dilewati.", dir, nLessons, whole, warned, skipped),
		fmt.Sprintf("Imported into %s (%d lessons): %d questions whole, %d with a warning, %d skipped.", dir, nLessons, whole, warned, skipped))
}

// lintWritten loads the module just written as ajar lint does and prints
// any problem: an import that ajar itself would refuse is a bug to see.
func lintWritten(dir string, lang tui.Lang, stdout io.Writer) error {
	src, skipped := lessons.DirSource(dir)
	_, problems := lessons.Load(src)
	problems = append(problems, skipped...)
	bad := 0
	for _, p := range problems {
		if !p.Warning {
			fmt.Fprintln(stdout, p.Format(lessons.Lang(lang)))
			bad++
		}
	}
	if bad > 0 {
		return exitError{code: 1, msg: say(lang, fmt.Sprintf("ajar import: modul yang ditulis punya %d masalah (lihat di atas)", bad),
			fmt.Sprintf("ajar import: the module written has %d problems (see above)", bad))}
	}
	fmt.Fprintln(stdout, say(lang, "Periksa dan sesuaikan dengan: ajar lint "+shellArg(dir), "Check and adjust it with: ajar lint "+shellArg(dir)))
	return nil
}

// moduleIDFrom makes a module id of a folder name: lower case, other
// characters as hyphens.
func moduleIDFrom(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

// emptyOrNew refuses a folder that exists with something in it: an import
// never mixes its files with others or overwrites a module.
func emptyOrNew(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fs.ErrExist
	}
	return nil
}

// writeModule writes the module's files into dir, made if need be.
func writeModule(dir string, files map[string][]byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return unwrapPath(err)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(dir, name), files[name], 0o644); err != nil {
			return unwrapPath(err)
		}
	}
	return nil
}

// parseCommand parses a command's args with the flags register adds,
// flags and arguments in any order, and checks --lang (read from
// *langFlag once parsed): the positional arguments and the language.
func parseCommand(name string, args []string, stderr io.Writer, register func(*flag.FlagSet), langFlag *string) ([]string, tui.Lang, error) {
	fset := newFlagSet(name, stderr)
	register(fset)
	pos, err := parseInterspersed(fset, args)
	if err != nil {
		return nil, "", exitError{code: 2}
	}
	lang, err := commonFlags{lang: *langFlag}.language()
	return pos, lang, err
}

// unwrapPath drops the path an *fs.PathError repeats, for messages that
// name the file themselves.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// exportFlags are the flags of ajar export gift.
type exportFlags struct {
	lang, out string
	noBuiltin bool
	content   stringList
}

// register adds the flags to fs.
func (f *exportFlags) register(fs *flag.FlagSet) {
	langFlag(fs, &f.lang)
	fs.StringVar(&f.out, "o", "-", "`BERKAS` berkas GIFT yang ditulis; - untuk layar / `FILE` the GIFT file to write; - for the screen")
	contentFlags(fs, &f.content, &f.noBuiltin)
}

// runExport writes the questions of a module, a lesson or every lesson
// loaded as GIFT that Moodle imports.
func runExport(args []string, stdout, stderr io.Writer) error {
	var f exportFlags
	pos, lang, err := parseCommand("ajar export", args, stderr, f.register, &f.lang)
	if err != nil {
		return err
	}
	if len(pos) < 1 || len(pos) > 2 || pos[0] != giftFormat {
		return usageError(lang, "ajar export: tulis ajar export gift [ID-MODUL-ATAU-PELAJARAN] [-o BERKAS.gift] (selengkapnya: ajar help export)",
			"ajar export: type ajar export gift [MODULE-OR-LESSON-ID] [-o FILE.gift] (more: ajar help export)")
	}
	catalog, problems, err := loadCatalog(!f.noBuiltin, f.content, lessons.Lang(lang))
	if err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}
	var ls []*lessons.Lesson
	switch {
	case len(pos) == 1:
		for _, m := range catalog.Modules {
			ls = append(ls, m.Lessons...)
		}
	case catalog.Module(pos[1]) != nil:
		ls = catalog.Module(pos[1]).Lessons
	case catalog.Lesson(pos[1]) != nil:
		ls = []*lessons.Lesson{catalog.Lesson(pos[1])}
	default:
		return usageError(lang, fmt.Sprintf("ajar export: %q bukan id modul atau pelajaran", pos[1]),
			fmt.Sprintf("ajar export: %q is not a module or lesson id", pos[1]))
	}
	if err := notSameFile(f.out, f.content, lang); err != nil {
		return err
	}
	text := gift.Export(ls, func(l *lessons.Lesson) string {
		if m := catalog.ModuleOf(l.ID); m != nil {
			return m.Title
		}
		return ""
	})
	if err := writeOutput(f.out, []byte(text), stdout); err != nil {
		return err
	}
	n := 0
	for _, l := range ls {
		n += len(l.Questions)
	}
	fmt.Fprintln(stderr, say(lang, fmt.Sprintf("Diekspor %d soal dari %d pelajaran.", n, len(ls)),
		fmt.Sprintf("Exported %d questions from %d lessons.", n, len(ls))))
	return nil
}
