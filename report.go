package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"ajar/content"
	"ajar/lessons"
	"ajar/progress"
	"ajar/progress/report"
	"ajar/tui"
)

// `ajar report` and `ajar report merge`: the command line and the files.
// The documents themselves are made by package progress/report, which
// opens nothing; here the flags are read, the progress file is opened
// read-only (never created) and the report files are read, and the
// finished document goes to the screen or to -o.

// runReport runs `ajar report` and `ajar report merge` on this computer.
func runReport(args []string, stdout, stderr io.Writer) error {
	host, err := os.Hostname()
	if err != nil {
		host = ""
	}
	catalog, _ := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	env := report.Env{Now: time.Now(), Hostname: host, Loc: time.Local, Catalog: catalog, CourseID: content.CourseID}
	return runReportEnv(args, stdout, stderr, env)
}

// reportValueFlags are the flags of report and merge that take a separate
// value, read from their FlagSets; firstWord skips their values.
func reportValueFlags() map[string]bool {
	report := lookup(commands, "report")
	return valueFlags(append([]*command{report}, report.subs...)...)
}

// reportFlags are the flags of ajar report (not of report merge).
type reportFlags struct {
	commonFlags
	profile, format, out, sep   string
	all, noBuiltin, reflections bool
	content                     stringList
}

// register adds the flags to fs.
func (f *reportFlags) register(fs *flag.FlagSet) {
	f.commonFlags.register(fs)
	fs.StringVar(&f.profile, "profile", "", "`NAMA` pelajar yang dilaporkan / `NAME` the learner to report on")
	fs.BoolVar(&f.all, "all", false, "semua pelajar di berkas ini / every learner in the file")
	names := formatNames()
	fs.StringVar(&f.format, "format", names[0], "`"+strings.Join(names, "|")+"` format laporan / `"+strings.Join(names, "|")+"` report format")
	outputFlags(fs, &f.out, &f.sep)
	contentFlags(fs, &f.content, &f.noBuiltin)
	fs.BoolVar(&f.reflections, "reflections", false, "sertakan refleksi dan rencana Anda (satu pelajar) / include your reflections and plans (one learner)")
}

// runReportEnv is runReport with its environment given, so tests fix the
// time, the computer and the course.
func runReportEnv(args []string, stdout, stderr io.Writer, env report.Env) error {
	if i := firstWord(args, reportValueFlags()); i >= 0 && args[i] == "merge" {
		rest := append(append([]string(nil), args[:i]...), args[i+1:]...)
		return runMerge(rest, stdout, stderr, env)
	}
	fset := newFlagSet("ajar report", stderr)
	var f reportFlags
	f.register(fset)
	pos, err := parseInterspersed(fset, args)
	if err != nil {
		return exitError{code: 2}
	}
	lang, err := f.language()
	if err != nil {
		return err
	}
	if len(f.content) > 0 || f.noBuiltin {
		// Report on the same modules the learners studied with --content.
		catalog, _, err := loadCatalog(!f.noBuiltin, f.content, lessons.Lang(lang))
		if err != nil {
			return err
		}
		env.Catalog = catalog
	}
	if len(pos) > 0 {
		return usageError(lang, fmt.Sprintf("ajar report: argumen %q tidak dikenal", pos[0]),
			fmt.Sprintf("ajar report: unknown argument %q", pos[0]))
	}
	if f.all && f.profile != "" {
		return usageError(lang, "ajar report: pakai --profile atau --all, jangan keduanya",
			"ajar report: use --profile or --all, not both")
	}
	if f.reflections && f.all {
		return usageError(lang, "ajar report: refleksi hanya diekspor oleh pelajarnya sendiri; pakai --reflections dengan --profile NAMA, bukan --all",
			"ajar report: reflections are exported by their learner only; use --reflections with --profile NAME, not --all")
	}
	format, known := report.FormatNamed(f.format)
	if known && f.reflections && !format.Reflections() {
		why := format.NoReflections(lessons.Lang(lang))
		return usageError(lang, "ajar report: --reflections hanya untuk --format "+formatList(lang, report.Format.Reflections)+"; "+why,
			"ajar report: --reflections works with --format "+formatList(lang, report.Format.Reflections)+" only; "+why)
	}
	comma, err := parseSep(f.sep, lang)
	if err != nil {
		return err
	}
	if !known {
		return usageError(lang, fmt.Sprintf("ajar report: --format %q tidak dikenal; pakai %s", f.format, formatList(lang, nil)),
			fmt.Sprintf("ajar report: unknown --format %q; use %s", f.format, formatList(lang, nil)))
	}
	path, err := dbPath(f.db)
	if err != nil {
		return err
	}
	if err := notSameFile(f.out, []string{path}, lang); err != nil {
		return err
	}
	learners, err := loadLearners(path, f.profile, f.all, lang, stderr)
	if err != nil {
		return err
	}
	doc := report.Build(env, filepath.Base(path), learners, f.reflections)
	var buf bytes.Buffer
	if err := format.Write(&buf, doc, env, report.Options{Lang: lessons.Lang(lang), Comma: comma}); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return writeOutput(f.out, buf.Bytes(), stdout)
}

// loadLearners reads the selected learners' progress from the file at path,
// opened read-only. A missing file has no learners; it is not created.
func loadLearners(path, name string, all bool, lang tui.Lang, stderr io.Writer) ([]report.Progress, error) {
	_, statErr := os.Stat(path)
	if errors.Is(statErr, fs.ErrNotExist) {
		if _, err := selectProfiles(nil, name, "", all, lang); err != nil {
			return nil, err
		}
		noLearnersNote(stderr, path, lang)
		return nil, nil
	}
	if statErr != nil {
		return nil, exitError{code: 3, msg: storeMessage(statErr, path, lang)}
	}
	store, err := openStore(path, true, lang)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	list, err := store.Profiles()
	if err != nil {
		return nil, exitError{code: 3, msg: storeMessage(err, path, lang)}
	}
	ref := ""
	if name != "" {
		// An old id or "default" names a learner too; what is no valid id
		// resolves to nothing and may still be a name.
		ref, _ = store.ResolveProfile(strings.TrimSpace(name))
	}
	chosen, err := selectProfiles(list, name, ref, all, lang)
	if err != nil {
		return nil, err
	}
	if len(chosen) == 0 {
		noLearnersNote(stderr, path, lang)
	}
	file, err := store.File()
	if err != nil {
		return nil, exitError{code: 3, msg: storeMessage(err, path, lang)}
	}
	var out []report.Progress
	for _, p := range chosen {
		snap, err := store.Snapshot(p.ID)
		if err != nil {
			return nil, exitError{code: 3, msg: storeMessage(err, path, lang)}
		}
		// The whole answer log, not only the last answers: a live
		// session's answers stay in the report after the questions were
		// answered again in self-study.
		answers, err := store.AnswerLog(p.ID)
		if err != nil {
			return nil, exitError{code: 3, msg: storeMessage(err, path, lang)}
		}
		out = append(out, report.Progress{Profile: p, Snapshot: snap, File: file, Answers: answers})
	}
	return out, nil
}

// selectProfiles is report.Select with its refusal a usage error: the
// trainer fixes it on the command line, and nothing was opened for
// writing.
func selectProfiles(list []progress.Profile, name, ref string, all bool, lang tui.Lang) ([]progress.Profile, error) {
	chosen, err := report.Select(list, name, ref, all, lessons.Lang(lang))
	if err != nil {
		return nil, exitError{code: 2, msg: err.Error()}
	}
	return chosen, nil
}

// noLearnersNote tells the trainer why a report is empty; the report itself
// stays a valid, empty document.
func noLearnersNote(stderr io.Writer, path string, lang tui.Lang) {
	if lang == tui.English {
		fmt.Fprintf(stderr, "ajar report: no learner progress in %s yet\n", path)
		return
	}
	fmt.Fprintf(stderr, "ajar report: belum ada kemajuan belajar di %s\n", path)
}

// formatNames are the formats' names, the default first, from the
// report package's table: a new format needs no change here.
func formatNames() []string {
	var names []string
	for _, f := range report.Formats() {
		names = append(names, f.Name)
	}
	return names
}

// formatList names the formats that keep (every one for a nil keep) as
// "json, csv or xapi" in lang, for messages that list them.
func formatList(lang tui.Lang, keep func(report.Format) bool) string {
	var names []string
	for _, f := range report.Formats() {
		if keep == nil || keep(f) {
			names = append(names, f.Name)
		}
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + say(lang, " atau ", " or ") + names[len(names)-1]
}

// runMerge runs `ajar report merge FILE... [-o FILE]`: it reads JSON reports
// collected from several PCs and writes one CSV summary, counting a learner
// exported twice once and saying where each came from; on stderr it warns
// of different learners who share a name or a NIP. A file that is not a
// report stops it before anything is written.
func runMerge(args []string, stdout, stderr io.Writer, env report.Env) error {
	fset := newFlagSet("ajar report merge", stderr)
	langFlag := fset.String("lang", "id", "bahasa antarmuka: id atau en / interface language")
	out := fset.String("o", "-", "berkas CSV keluaran; - untuk layar / output CSV file; - for stdout")
	sep := fset.String("sep", ";", "pemisah kolom CSV / CSV separator")
	fset.Usage = func() {
		fmt.Fprint(fset.Output(), "Pemakaian / usage: ajar report merge LAPORAN.json... [-o ringkasan.csv] [--sep ;] [--lang id|en]\n")
		fset.PrintDefaults()
	}
	files, err := parseInterspersed(fset, args)
	if err != nil {
		return exitError{code: 2}
	}
	lang, err := commonFlags{lang: *langFlag}.language()
	if err != nil {
		return err
	}
	comma, err := parseSep(*sep, lang)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageError(lang, "ajar report merge: sebutkan berkas laporan JSON yang akan digabung, mis. ajar report merge a.json b.json -o ringkasan.csv",
			"ajar report merge: name the JSON reports to merge, e.g. ajar report merge a.json b.json -o summary.csv")
	}
	if err := notSameFile(*out, files, lang); err != nil {
		return err
	}
	inputs := make([]report.Input, len(files))
	for i, f := range files {
		inputs[i].File = lessons.CleanName(f)
		if inputs[i].Doc, err = readReport(f, lang); err != nil {
			return err
		}
	}
	merged := report.Merge(inputs, lessons.Lang(lang))
	var buf bytes.Buffer
	if err := merged.WriteCSV(&buf, comma, env.Loc); err != nil {
		return fmt.Errorf("write summary: %w", err)
	}
	if err := writeOutput(*out, buf.Bytes(), stdout); err != nil {
		return err
	}
	for _, w := range merged.Warnings() {
		fmt.Fprintln(stderr, w)
	}
	return nil
}

// readReport reads one JSON report; any problem is `file: message`, exit 1.
func readReport(path string, lang tui.Lang) (report.Doc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return report.Doc{}, exitError{code: 1, msg: path + ": " + say(lang, "tidak dapat dibaca: ", "cannot read: ") + err.Error()}
	}
	doc, err := report.Parse(data, lessons.Lang(lang))
	if err != nil {
		return report.Doc{}, exitError{code: 1, msg: path + ": " + err.Error()}
	}
	return doc, nil
}

// parseSep reads --sep: one character, or "tab".
func parseSep(s string, lang tui.Lang) (rune, error) {
	switch s {
	case "tab", `\t`:
		return '\t', nil
	}
	r, size := utf8.DecodeRuneInString(s)
	if size == len(s) && size > 0 && r != utf8.RuneError && r != '"' && r != '\r' && r != '\n' && r != ' ' &&
		!strings.ContainsRune("0123456789", r) {
		return r, nil
	}
	return 0, usageError(lang, fmt.Sprintf("ajar report: --sep %q tidak dapat dipakai; contoh: --sep ';' atau --sep ,", s),
		fmt.Sprintf("ajar report: --sep %q cannot be used; for example --sep ';' or --sep ,", s))
}

// writeOutput writes a finished report to stdout ("-" or "") or to the file
// out. The report is complete in memory first, so a failure never leaves
// half a file behind from our side.
func writeOutput(out string, data []byte, stdout io.Writer) error {
	if out == "" || out == "-" {
		_, err := stdout.Write(data)
		return err
	}
	if err := os.WriteFile(out, data, 0o600); err != nil {
		return exitError{code: 1, msg: fmt.Sprintf("ajar: %v", err)}
	}
	return nil
}

// notSameFile refuses an output file that is one of the inputs: writing a
// report over the progress file, or a summary over a report, loses it.
func notSameFile(out string, inputs []string, lang tui.Lang) error {
	if out == "" || out == "-" {
		return nil
	}
	oi, err := os.Stat(out)
	if err != nil {
		return nil // a new file is never an input
	}
	for _, in := range inputs {
		if ii, err := os.Stat(in); err == nil && os.SameFile(oi, ii) {
			return usageError(lang, fmt.Sprintf("ajar report: -o %s akan menimpa berkas masukan; pilih nama lain", out),
				fmt.Sprintf("ajar report: -o %s would overwrite an input file; choose another name", out))
		}
	}
	return nil
}
