package lessons

import (
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Source is one folder of content to load: a course folder (module folders
// inside, optional course.yaml) or a single module folder (module.yaml at
// its root).
type Source struct {
	// Name is the display prefix of every path inside FS in problems and in
	// Lesson.Path, e.g. "content/course"; "" shows the paths as they are.
	Name string
	// FS is the folder's contents; "." is the folder itself.
	FS fs.FS
	// Partial lists the folders (paths inside FS, "." for the folder
	// itself) that were not read whole because a DirSource limit was
	// reached. Load does not call a module.yaml or lessons missing there:
	// they may be among what was not read, and the limit is reported.
	Partial []string
}

// partial reports whether the folder dir of s was not read whole.
func (s Source) partial(dir string) bool { return contains(s.Partial, dir) }

// display returns the display path of p, a path inside s.FS, with any
// control character in it escaped (see CleanName): paths are printed by
// lint and on the course map.
func (s Source) display(p string) string {
	switch {
	case p == ".":
		if s.Name == "" {
			return "."
		}
		return CleanName(s.Name)
	case s.Name == "":
		return CleanName(p)
	}
	return CleanName(strings.TrimSuffix(s.Name, "/") + "/" + p)
}

// Load reads every source and returns the catalog of every module and
// lesson that is valid, with all problems found, sorted by path then line.
// A lesson with any problem is left out while the others still load, and a
// module is left out when its module.yaml has a problem or none of its
// lessons loaded. Ids share one namespace across all sources.
func Load(srcs ...Source) (*Catalog, []Problem) {
	ld := loader{ids: idTable{}}
	for _, s := range srcs {
		ld.source(s)
	}
	sort.SliceStable(ld.modules, func(i, j int) bool {
		a, b := ld.modules[i], ld.modules[j]
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		return a.ID < b.ID
	})
	for i, m := range ld.modules {
		m.Number = i + 1
	}
	sort.SliceStable(ld.probs, func(i, j int) bool {
		a, b := ld.probs[i], ld.probs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Line < b.Line
	})
	return &Catalog{Title: ld.title, Glossary: ld.glossaryText, Modules: ld.modules}, ld.probs
}

// Lint returns the problems Load finds in srcs; none means the content is
// valid.
func Lint(srcs ...Source) []Problem {
	_, probs := Load(srcs...)
	return probs
}

// loader accumulates what Load finds across sources.
type loader struct {
	ids     idTable
	modules []*Module
	probs   []Problem
	title   string
	// glossaryText is the first source's glossary.md, Markdown.
	glossaryText string
}

// GlossaryFile is the name of a course's glossary: Markdown at the course
// root, shown by the app as its own page. It is not a lesson.
const GlossaryFile = "glossary.md"

// glossary reads the course glossary of s, unless an earlier source had one.
func (ld *loader) glossary(s Source) {
	if ld.glossaryText != "" {
		return
	}
	disp := s.display(GlossaryFile)
	data, err := fs.ReadFile(s.FS, GlossaryFile)
	if err != nil {
		ld.readProblem(disp, err)
		return
	}
	if code, line, bad := encodingProblem(data); bad {
		ld.probs = append(ld.probs, Problem{Path: disp, Line: line, Code: code})
		return
	}
	text := strings.TrimPrefix(strings.ReplaceAll(string(data), "\r\n", "\n"), "\ufeff")
	// The glossary is rendered like a lesson, so it has the same limits; a
	// glossary with a problem is not shown, as a lesson would not be.
	before := len(ld.probs)
	for _, f := range append(markdownFindings(text), sizeFindings(text)...) {
		ld.probs = append(ld.probs, Problem{Path: disp, Line: f.line, Code: f.code, Args: f.args})
	}
	if len(ld.probs) == before {
		ld.glossaryText = strings.TrimSpace(text)
	}
}

// readProblem records that the file or folder p could not be read, with a
// hint when the reason is a missing permission.
func (ld *loader) readProblem(p string, err error) {
	ld.probs = append(ld.probs, readFailure(p, err))
}

// readFailure is the problem of a file or folder p that could not be read.
func readFailure(p string, err error) Problem {
	if errors.Is(err, fs.ErrPermission) {
		return Problem{Path: p, Code: CodePermission, Args: []any{err.Error()}}
	}
	return Problem{Path: p, Code: CodeRead, Args: []any{err.Error()}}
}

// problem records a problem that has no line.
func (ld *loader) problem(p, code string, args ...any) {
	ld.probs = append(ld.probs, Problem{Path: p, Code: code, Args: args})
}

// source loads one course or module folder.
func (ld *loader) source(s Source) {
	if s.FS == nil {
		ld.problem(s.display("."), CodeRead, fs.ErrInvalid.Error())
		return
	}
	entries, err := ld.readDir(s, ".")
	if err != nil {
		ld.readProblem(s.display("."), err)
		return
	}
	if hasFile(entries, "module.yaml") {
		ld.module(s, ".", entries)
		return
	}
	if hasFile(entries, "course.yaml") {
		ld.course(s)
	}
	if hasFile(entries, GlossaryFile) {
		ld.glossary(s)
	}
	found := hasLessons(entries)
	if found && !s.partial(".") {
		ld.problem(s.display("."), CodeNoModuleYAML)
	}
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		sub, err := ld.readDir(s, e.Name())
		switch {
		case err != nil:
			ld.readProblem(s.display(e.Name()), err)
		case hasFile(sub, "module.yaml"):
			ld.module(s, e.Name(), sub)
		case hasLessons(sub) && s.partial(e.Name()):
			// module.yaml may be among the entries not read; the
			// limit that stopped the reading is reported instead.
		case hasLessons(sub):
			ld.problem(s.display(e.Name()), CodeNoModuleYAML)
		default:
			// A folder of images or notes is not a module.
			continue
		}
		found = true
	}
	if !found && !s.partial(".") {
		ld.problem(s.display("."), CodeNoModules)
	}
}

// module loads the module folder dir of s, whose entries are given.
func (ld *loader) module(s Source, dir string, entries []fs.DirEntry) {
	metaPath := path.Join(dir, "module.yaml")
	before := len(ld.probs)
	m := &Module{Source: s.display(dir)}
	if w, root, ok := ld.readYAML(s, metaPath); ok {
		w.moduleMeta(m, root, ld.ids)
	}
	valid := len(ld.probs) == before

	names := lessonFiles(entries)
	if len(names) == 0 && !s.partial(dir) {
		ld.problem(s.display(metaPath), CodeNoLessons)
	}
	for _, name := range names {
		p := path.Join(dir, name)
		data, err := fs.ReadFile(s.FS, p)
		if err != nil {
			ld.readProblem(s.display(p), err)
			continue
		}
		l, probs := parseLesson(s.display(p), data, ld.ids)
		ld.probs = append(ld.probs, probs...)
		if len(probs) == 0 {
			l.ModuleID = m.ID
			m.Lessons = append(m.Lessons, l)
		}
	}
	if valid && len(m.Lessons) > 0 {
		ld.modules = append(ld.modules, m)
	}
}

// readYAML reads and parses the YAML file p of s. ok is false when the file
// could not be read or parsed; the problem is then already recorded.
func (ld *loader) readYAML(s Source, p string) (w walker, root *yaml.Node, ok bool) {
	disp := s.display(p)
	w = walker{path: disp, probs: &ld.probs}
	data, err := fs.ReadFile(s.FS, p)
	if err != nil {
		ld.readProblem(disp, err)
		return w, nil, false
	}
	if code, line, bad := encodingProblem(data); bad {
		w.add(line, code)
		return w, nil, false
	}
	if len(data) > MaxFrontMatterBytes {
		w.add(0, CodeYAMLTooLarge, path.Base(p), kib(int64(len(data))), int64(MaxFrontMatterBytes/1024))
		return w, nil, false
	}
	root, ok = w.parse(data)
	return w, root, ok
}

// hasFile reports whether entries hold a regular file called name.
func hasFile(entries []fs.DirEntry, name string) bool {
	for _, e := range entries {
		if !e.IsDir() && e.Name() == name {
			return true
		}
	}
	return false
}

// lessonFiles returns the names of the lesson files among entries, sorted
// by name: every *.md file except README.md.
func lessonFiles(entries []fs.DirEntry) []string {
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".md") || strings.EqualFold(n, "README.md") || n == GlossaryFile || strings.HasPrefix(n, ".") {
			continue
		}
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// hasLessons reports whether entries hold any lesson file.
func hasLessons(entries []fs.DirEntry) bool { return len(lessonFiles(entries)) > 0 }

// Module returns the module with the given id, or nil.
func (c *Catalog) Module(id string) *Module {
	if c == nil {
		return nil
	}
	for _, m := range c.Modules {
		if m.ID == id {
			return m
		}
	}
	return nil
}

// Lessons returns every lesson in display order: modules in order, then
// each module's lessons in order. The slice is new; the lessons are shared.
func (c *Catalog) Lessons() []*Lesson {
	if c == nil {
		return nil
	}
	var all []*Lesson
	for _, m := range c.Modules {
		all = append(all, m.Lessons...)
	}
	return all
}

// Lesson returns the lesson with the given id, or nil.
func (c *Catalog) Lesson(id string) *Lesson {
	for _, l := range c.Lessons() {
		if l.ID == id {
			return l
		}
	}
	return nil
}

// Next returns the lesson after the lesson id in display order, crossing
// into the next module; nil after the last lesson or for an unknown id.
func (c *Catalog) Next(id string) *Lesson {
	all := c.Lessons()
	for i, l := range all {
		if l.ID == id && i+1 < len(all) {
			return all[i+1]
		}
	}
	return nil
}

// ModuleOf returns the module that holds the lesson lessonID, or nil.
func (c *Catalog) ModuleOf(lessonID string) *Module {
	if c == nil {
		return nil
	}
	for _, m := range c.Modules {
		for _, l := range m.Lessons {
			if l.ID == lessonID {
				return m
			}
		}
	}
	return nil
}

// Question returns the question with the given id and the lesson holding
// it, or nil, nil. Review cards are keyed by question id, so this is how a
// card finds its question again.
func (c *Catalog) Question(id string) (*Question, *Lesson) {
	for _, l := range c.Lessons() {
		for i := range l.Questions {
			if l.Questions[i].ID == id {
				return &l.Questions[i], l
			}
		}
	}
	return nil, nil
}

// Flashcard returns the flashcard with the given id and the lesson holding
// it, or nil, nil. Review cards are keyed by flashcard id as well as by
// question id, so this is how such a card finds its flashcard again.
func (c *Catalog) Flashcard(id string) (*Flashcard, *Lesson) {
	for _, l := range c.Lessons() {
		for i := range l.Flashcards {
			if l.Flashcards[i].ID == id {
				return &l.Flashcards[i], l
			}
		}
	}
	return nil, nil
}

// ModuleIDOf returns a lookup from a lesson id to its module's id, built
// once: the review queue and the statistics ask it for every card, where
// ModuleOf would walk every lesson each time. An id of no lesson is
// returned as it is, so a card of a lesson gone from the course forms a
// group of its own.
func (c *Catalog) ModuleIDOf() func(lessonID string) string {
	moduleOf := map[string]string{}
	if c != nil {
		for _, mod := range c.Modules {
			for _, l := range mod.Lessons {
				moduleOf[l.ID] = mod.ID
			}
		}
	}
	return func(lessonID string) string {
		if id, ok := moduleOf[lessonID]; ok {
			return id
		}
		return lessonID
	}
}
