package lessons

import (
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// courseFS is a valid course of three modules given out of order.
func courseFS() fstest.MapFS {
	return fstest.MapFS{
		"course.yaml":      file("title: Organisasi Pembelajar\n"),
		"zeta/module.yaml": moduleYAML("m-b", 2),
		"zeta/02-b.md":     file(doc("b2", singleQuiz("b2-q1"))),
		"zeta/01-a.md":     file(doc("b1", singleQuiz("b1-q1"))),
		"zeta/README.md":   file("Catatan penulis, bukan pelajaran.\n"),
		"alfa/module.yaml": moduleYAML("m-c", 2),
		"alfa/01-x.md":     file(doc("c1", singleQuiz("c1-q1"))),
		"beta/module.yaml": moduleYAML("m-a", 1),
		"beta/10-z.md":     file(doc("a2", singleQuiz("a2-q1"))),
		"beta/09-y.md":     file(doc("a1", singleQuiz("a1-q1"))),
		"images/logo.txt":  file("not a module"),
	}
}

// lessonIDs lists the ids of ls.
func lessonIDs(ls []*Lesson) []string {
	ids := make([]string, len(ls))
	for i, l := range ls {
		ids[i] = l.ID
	}
	return ids
}

// TestCatalogOrder checks modules sorted by order then id, lessons by file
// name, and the navigation methods.
func TestCatalogOrder(t *testing.T) {
	c := mustLoad(t, courseFS())
	var mods []string
	for _, m := range c.Modules {
		mods = append(mods, m.ID)
	}
	if want := []string{"m-a", "m-b", "m-c"}; !reflect.DeepEqual(mods, want) {
		t.Errorf("modules = %v, want %v", mods, want)
	}
	if got, want := lessonIDs(c.Lessons()), []string{"a1", "a2", "b1", "b2", "c1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("lessons = %v, want %v", got, want)
	}
	if c.Title != "Organisasi Pembelajar" {
		t.Errorf("title = %q", c.Title)
	}
	m := c.Module("m-b")
	if m == nil || m.Title != "Modul m-b" || m.Summary != "Ringkas." || m.Order != 2 || m.Source != "zeta" {
		t.Errorf("Module(m-b) = %+v", m)
	}
	if l := c.Lesson("b1"); l == nil || l.ModuleID != "m-b" || l.Path != "zeta/01-a.md" {
		t.Errorf("Lesson(b1) = %+v", l)
	}
	if q, l := c.Question("c1-q1"); q == nil || q.ID != "c1-q1" || l.ID != "c1" {
		t.Errorf("Question(c1-q1) = %v, %v", q, l)
	}
	for _, absent := range []string{"nope", ""} {
		if c.Lesson(absent) != nil || c.Module(absent) != nil || c.ModuleOf(absent) != nil || c.Next(absent) != nil {
			t.Errorf("lookups of %q found something", absent)
		}
		if q, l := c.Question(absent); q != nil || l != nil {
			t.Errorf("Question(%q) found something", absent)
		}
	}
}

// TestNext checks Next across module boundaries and at the end.
func TestNext(t *testing.T) {
	c := mustLoad(t, courseFS())
	tests := []struct{ id, want string }{
		{"a1", "a2"}, {"a2", "b1"}, {"b2", "c1"}, {"c1", ""},
	}
	for _, tt := range tests {
		got := c.Next(tt.id)
		if (got == nil) != (tt.want == "") || (got != nil && got.ID != tt.want) {
			t.Errorf("Next(%q) = %v, want %q", tt.id, got, tt.want)
		}
	}
	if m := c.ModuleOf("b2"); m == nil || m.ID != "m-b" {
		t.Errorf("ModuleOf(b2) = %v", m)
	}
	var nilCat *Catalog
	if nilCat.Lessons() != nil || nilCat.Next("a1") != nil || nilCat.Module("m-a") != nil || nilCat.ModuleOf("a1") != nil {
		t.Error("a nil catalog found something")
	}
}

// TestDuplicateIDAcrossModules checks that a duplicate is reported at its
// second place and names the first, across modules and sources.
func TestDuplicateIDAcrossModules(t *testing.T) {
	a := fstest.MapFS{
		"m1/module.yaml": moduleYAML("m1", 1),
		"m1/01-l.md":     file(doc("l1", singleQuiz("q1"))),
		"m2/module.yaml": moduleYAML("m2", 2),
		"m2/01-l.md":     file(doc("l2", singleQuiz("q1"))),
	}
	b := fstest.MapFS{ // a single module folder reusing a module id as a lesson id
		"module.yaml": moduleYAML("m3", 3),
		"01-l.md":     file(doc("m1", singleQuiz("q3"))),
	}
	c, probs := Load(Source{Name: "content/course", FS: a}, Source{Name: "extra", FS: b})
	want := []string{
		`extra/01-l.md:2: id "m1" sudah dipakai di content/course/m1/module.yaml:1`,
		`content/course/m2/01-l.md:12: id "q1" sudah dipakai di content/course/m1/01-l.md:12`,
	}
	var got []string
	for _, p := range probs {
		got = append(got, p.Error())
	}
	if !sameSet(got, want) {
		t.Errorf("problems =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got, want := lessonIDs(c.Lessons()), []string{"l1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("lessons = %v, want %v", got, want)
	}
	if len(c.Modules) != 1 {
		t.Errorf("modules without a loaded lesson were kept: %d modules", len(c.Modules))
	}
}

// TestBrokenLessonAmongGood checks that one broken lesson does not hide
// the others, and that problems are sorted by path then line.
func TestBrokenLessonAmongGood(t *testing.T) {
	fsys := courseFS()
	fsys["zeta/01-a.md"] = file(doc("b1", "- id: b1-q1\n  type: single\n prompt: rusak\n"))
	fsys["alfa/00-bad.md"] = file("---\nid: c0\ntitle: T\nminutes: 0\n---\n")
	c, probs := Load(Source{FS: fsys})
	if got, want := where(probs), []string{"no-quiz@0", "bad-minutes@4", "yaml@14"}; !reflect.DeepEqual(got, want) {
		t.Errorf("problems = %v, want %v%s", got, want, formatAll(probs))
	}
	if probs[0].Path != "alfa/00-bad.md" || probs[2].Path != "zeta/01-a.md" {
		t.Errorf("problem paths = %q, %q", probs[0].Path, probs[2].Path)
	}
	if got, want := lessonIDs(c.Lessons()), []string{"a1", "a2", "b2", "c1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("lessons = %v, want %v", got, want)
	}
	if Lint(Source{FS: fsys}) == nil {
		t.Error("Lint found nothing")
	}
	if p := Lint(Source{FS: courseFS()}); p != nil {
		t.Errorf("Lint of a clean course = %v", p)
	}
}

// TestFolderProblems checks problems about folders and module.yaml.
func TestFolderProblems(t *testing.T) {
	good := doc("l1", singleQuiz("q1"))
	tests := []struct {
		name string
		fsys fstest.MapFS
		want []string // "path code@line"
	}{
		{"missing module.yaml", fstest.MapFS{
			"m1/01-l.md": file(good), "m2/module.yaml": moduleYAML("m2", 1), "m2/01-l.md": file(doc("l2", singleQuiz("q2"))),
		}, []string{"c/m1 no-module-yaml@0"}},
		{"lessons at the course root", fstest.MapFS{"01-l.md": file(good)},
			[]string{"c no-module-yaml@0"}},
		{"no modules", fstest.MapFS{"notes/a.txt": file("x")}, []string{"c no-modules@0"}},
		{"module without lessons", fstest.MapFS{"m1/module.yaml": moduleYAML("m1", 1)},
			[]string{"c/m1/module.yaml no-lessons@0"}},
		{"module.yaml problems", fstest.MapFS{
			"m1/module.yaml": file("id: M1\ntitle: \"\"\norder: pertama\nsumary: x\n"), "m1/01-l.md": file(good),
		}, []string{"c/m1/module.yaml bad-id@1", "c/m1/module.yaml empty@2", "c/m1/module.yaml wrong-type@3", "c/m1/module.yaml unknown-key@4"}},
		{"empty module.yaml", fstest.MapFS{"m1/module.yaml": file(""), "m1/01-l.md": file(good)},
			[]string{"c/m1/module.yaml missing-key@0", "c/m1/module.yaml missing-key@0", "c/m1/module.yaml missing-key@0"}},
		{"module.yaml syntax", fstest.MapFS{"m1/module.yaml": file("id: m1\ntitle: [\norder: 1\n"), "m1/01-l.md": file(good)},
			[]string{"c/m1/module.yaml yaml@2"}},
		{"module.yaml not UTF-8", fstest.MapFS{"m1/module.yaml": file("id: m1\ntitle: Caf\xe9\norder: 1\n"), "m1/01-l.md": file(good)},
			[]string{"c/m1/module.yaml not-utf8@2"}},
		{"module.yaml not a mapping", fstest.MapFS{"m1/module.yaml": file("- m1\n"), "m1/01-l.md": file(good)},
			[]string{"c/m1/module.yaml wrong-type@1"}},
		{"course.yaml not a mapping", fstest.MapFS{
			"course.yaml": file("Judul\n"), "m1/module.yaml": moduleYAML("m1", 1), "m1/01-l.md": file(good),
		}, []string{"c/course.yaml missing-key@0"}},
		{"course.yaml problems", fstest.MapFS{
			"course.yaml": file("titel: X\n"), "m1/module.yaml": moduleYAML("m1", 1), "m1/01-l.md": file(good),
		}, []string{"c/course.yaml unknown-key@1", "c/course.yaml missing-key@0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, probs := Load(Source{Name: "c", FS: tt.fsys})
			var got []string
			for _, p := range probs {
				got = append(got, p.Path+" "+where([]Problem{p})[0])
			}
			if !sameSet(got, tt.want) {
				t.Errorf("problems = %v, want %v%s", got, tt.want, formatAll(probs))
			}
		})
	}
}

// TestModuleWithBadMetaLeftOut checks that a module whose module.yaml has a
// problem is left out while its lessons are still checked.
func TestModuleWithBadMetaLeftOut(t *testing.T) {
	fsys := courseFS()
	fsys["zeta/module.yaml"] = file("id: m-b\ntitle: B\n")
	fsys["zeta/02-b.md"] = file(doc("b2", singleQuiz("Bad")))
	c, probs := Load(Source{FS: fsys})
	if got, want := where(probs), []string{"bad-id@12", "missing-key@0"}; !reflect.DeepEqual(got, want) {
		t.Errorf("problems = %v, want %v (zeta/02-b.md sorts before zeta/module.yaml)", got, want)
	}
	if c.Module("m-b") != nil || c.Lesson("b1") != nil {
		t.Error("module with a bad module.yaml was loaded")
	}
}

// TestSingleModuleSource checks a source that is one module folder, and
// that course.yaml's title comes from the first source that has one.
func TestSingleModuleSource(t *testing.T) {
	one := fstest.MapFS{"module.yaml": moduleYAML("solo", 1), "01-l.md": file(doc("l1", singleQuiz("q1")))}
	other := fstest.MapFS{"course.yaml": file("title: Kedua\n"), "m/module.yaml": moduleYAML("m", 0), "m/01.md": file(doc("l2", singleQuiz("q2")))}
	third := fstest.MapFS{"course.yaml": file("title: Ketiga\n"), "m/module.yaml": moduleYAML("m3", 5), "m/01.md": file(doc("l3", singleQuiz("q3")))}
	c, probs := Load(Source{Name: "mods/solo", FS: one}, Source{Name: "b/", FS: other}, Source{FS: third})
	if len(probs) > 0 {
		t.Fatalf("problems:%s", formatAll(probs))
	}
	if c.Title != "Kedua" {
		t.Errorf("title = %q, want Kedua", c.Title)
	}
	if got, want := lessonIDs(c.Lessons()), []string{"l2", "l1", "l3"}; !reflect.DeepEqual(got, want) {
		t.Errorf("lessons = %v, want %v", got, want)
	}
	if got := c.Lesson("l1").Path; got != "mods/solo/01-l.md" {
		t.Errorf("path = %q", got)
	}
	if got := c.Lesson("l2").Path; got != "b/m/01.md" {
		t.Errorf("path = %q", got)
	}
	if got := c.Module("solo").Source; got != "mods/solo" {
		t.Errorf("module source = %q", got)
	}
}

// TestAwkwardFiles loads testdata/awkward: nested fences, CRLF with a BOM,
// and a Latin-1 file that must be reported at its bad byte's line.
func TestAwkwardFiles(t *testing.T) {
	c, probs := Load(Source{Name: "testdata/awkward", FS: os.DirFS("testdata/awkward")})
	want := []string{"testdata/awkward/03-latin1.md:7: berkas bukan UTF-8 yang sah (bita rusak pertama ada di baris ini; mungkin tersimpan sebagai ANSI/Windows-1252); simpan ulang sebagai UTF-8"}
	var got []string
	for _, p := range probs {
		got = append(got, p.Error())
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("problems = %q, want %q", got, want)
	}
	if got, want := lessonIDs(c.Lessons()), []string{"awk-fences", "awk-unicode"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("lessons = %v, want %v", got, want)
	}
	fences := c.Lesson("awk-fences")
	if got := fences.Questions[0].Accept; !reflect.DeepEqual(got, []string{"3.10", "012", "Berpikir Sistem"}) {
		t.Errorf("accept = %q", got)
	}
	if q := fences.Questions[0]; q.Line != 25 {
		t.Errorf("question line = %d, want 25", q.Line)
	}
	if !strings.Contains(fences.Body, "```quiz\n- id: contoh\n") || !strings.HasSuffix(fences.Body, "tetap teks.") {
		t.Errorf("body lost the examples or kept the quiz:\n%s", fences.Body)
	}
	uni := c.Lesson("awk-unicode")
	if uni.Title != "Kafé dan naïve" || uni.Body != "Étude." || len(uni.Questions) != 1 || uni.Questions[0].Line != 10 {
		t.Errorf("CRLF lesson = %+v", uni)
	}
}

// failFS is a MapFS whose named files cannot be opened. It hides MapFS's
// ReadDir and ReadFile so that every read goes through Open.
type failFS struct {
	files  fstest.MapFS
	broken map[string]bool
}

// Open implements fs.FS, failing for the broken names.
func (f failFS) Open(name string) (fs.File, error) {
	if f.broken[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return f.files.Open(name)
}

// TestReadErrors checks that unreadable files and folders are reported and
// do not stop the rest from loading.
func TestReadErrors(t *testing.T) {
	fsys := courseFS()
	fsys["gamma/module.yaml"] = moduleYAML("m-g", 7)
	fsys["gamma/01.md"] = file(doc("g1", singleQuiz("g1-q1")))
	broken := failFS{fsys, map[string]bool{"zeta/01-a.md": true, "alfa": true, "gamma/module.yaml": true}}
	c, probs := Load(Source{Name: "c", FS: broken}, Source{Name: "none"})
	var got []string
	for _, p := range probs {
		got = append(got, p.Path+" "+where([]Problem{p})[0])
	}
	// failFS fails with a permission error, which is reported with a hint.
	want := []string{"c/alfa permission@0", "c/gamma/module.yaml permission@0", "c/zeta/01-a.md permission@0", "none read@0"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems = %v, want %v%s", got, want, formatAll(probs))
	}
	if got, want := lessonIDs(c.Lessons()), []string{"a1", "a2", "b2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("lessons = %v, want %v", got, want)
	}
	if _, probs := Load(Source{Name: "root", FS: failFS{fstest.MapFS{}, map[string]bool{".": true}}}); len(probs) != 1 || probs[0].Code != CodePermission {
		t.Errorf("unreadable root: %v", where(probs))
	}
}

func TestGlossaryAtCourseRoot(t *testing.T) {
	fsys := fstest.MapFS{
		"course.yaml":    file("title: K\n"),
		"glossary.md":    file("\ufeff## SPBE\n\nSistem Pemerintahan Berbasis Elektronik.\n"),
		"m1/module.yaml": moduleYAML("m1", 1),
		"m1/01-a.md":     file(doc("a", singleQuiz("a-q1"))),
	}
	c, probs := Load(Source{Name: "k", FS: fsys})
	if len(probs) > 0 {
		t.Fatalf("a glossary must not be taken for a lesson: %v", probs)
	}
	if c.Glossary != "## SPBE\n\nSistem Pemerintahan Berbasis Elektronik." {
		t.Fatalf("glossary = %q", c.Glossary)
	}
	fsys["glossary.md"] = file("istilah \xff rusak\n")
	if _, probs := Load(Source{Name: "k", FS: fsys}); len(probs) != 1 || probs[0].Code != CodeNotUTF8 || probs[0].Line != 1 {
		t.Fatalf("a non-UTF-8 glossary gave %v", probs)
	}
}
