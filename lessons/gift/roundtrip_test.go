package gift

import (
	"reflect"
	"testing"
	"testing/fstest"

	"ajar/lessons"
)

// builtinCourse loads the embedded course from its folder.
func builtinCourse(t *testing.T) *lessons.Catalog {
	t.Helper()
	src, probs := lessons.DirSource("../../content/course")
	if len(probs) > 0 {
		t.Fatalf("course: %v", probs)
	}
	c, probs := lessons.Load(src)
	if len(probs) > 0 {
		t.Fatalf("course: %v", probs)
	}
	return c
}

// comparable keeps what a question is, without file lines.
func comparable(q lessons.Question) lessons.Question {
	q.Line = 0
	for i := range q.Options {
		q.Options[i].Line = 0
	}
	for i := range q.Pairs {
		q.Pairs[i].Line = 0
	}
	return q
}

// TestRoundTripOfMatching: a matching question, which the built-in course
// does not have, is exported as Moodle's pairs and read back the same,
// and the module written from it passes lint.
func TestRoundTripOfMatching(t *testing.T) {
	want := lessons.Question{ID: "jabatan", Type: lessons.Matching, Prompt: "Pasangkan jabatan dengan tugasnya: rapat {pagi}.",
		Pairs: []lessons.Pair{{Left: "Kepala", Right: "Memimpin"}, {Left: "Sekretaris", Right: "Mencatat = menulis"},
			{Left: "Bendahara", Right: "Membayar #1"}}, Explanation: "Setiap jabatan punya tugasnya."}
	l := &lessons.Lesson{ID: "l1", Title: "Jabatan", Questions: []lessons.Question{want}}
	items, issues := Parse(Export([]*lessons.Lesson{l}, func(*lessons.Lesson) string { return "Modul" }))
	if len(issues) > 0 || len(items) != 1 {
		t.Fatalf("items %+v, issues %+v", items, issues)
	}
	m := Build(items, Options{ModuleID: "bank", ModuleTitle: "Bank soal"})
	if got := comparable(m.Lessons[0].Questions[0]); !reflect.DeepEqual(got, want) {
		t.Fatalf("after the round trip:\n got  %+v\n want %+v", got, want)
	}
	files, err := m.Files(100)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys["bank/"+name] = &fstest.MapFile{Data: data}
	}
	c, probs := lessons.Load(lessons.Source{Name: "bank", FS: fsys})
	if hasErrors(probs) {
		t.Fatalf("the imported module does not pass lint: %v", probs)
	}
	if q, _ := c.Question("jabatan"); q == nil || len(q.Pairs) != 3 || q.Pairs[2].Right != "Membayar #1" {
		t.Fatalf("the written module reads back as %+v", q)
	}
}

// TestRoundTripOfTheBuiltInCourse exports every question of the built-in
// course as GIFT, parses it back and finds the same questions: ids, types,
// prompts, options with their keys and feedback, answers, explanations.
// The module written from them passes lint.
func TestRoundTripOfTheBuiltInCourse(t *testing.T) {
	c := builtinCourse(t)
	title := func(l *lessons.Lesson) string { return c.Module(l.ModuleID).Title }
	text := Export(c.Lessons(), title)
	items, issues := Parse(text)
	if len(issues) > 0 {
		t.Fatalf("exported GIFT reads back with issues: %+v", issues[:min(len(issues), 5)])
	}
	var want []lessons.Question
	for _, l := range c.Lessons() {
		for _, q := range l.Questions {
			want = append(want, comparable(q))
		}
	}
	if len(items) != len(want) {
		t.Fatalf("%d questions exported, %d read back", len(want), len(items))
	}
	m := Build(items, Options{ModuleID: "bank", ModuleTitle: "Bank soal"})
	i := 0
	for _, l := range m.Lessons {
		for _, q := range l.Questions {
			if got := comparable(q); !reflect.DeepEqual(got, want[i]) {
				t.Errorf("question %d differs after the round trip:\n got  %+v\n want %+v", i, got, want[i])
			}
			i++
		}
	}
	if len(m.Lessons) != len(c.Lessons()) {
		t.Errorf("%d lessons from %d categories", len(m.Lessons), len(c.Lessons()))
	}
	files, err := m.Files(100)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys["bank/"+name] = &fstest.MapFile{Data: data}
	}
	// The ids are the course's own, so lint the module alone.
	if probs := lessons.Lint(lessons.Source{Name: "bank", FS: fsys}); hasErrors(probs) {
		t.Fatalf("the imported module does not pass lint: %v", probs)
	}
}

// hasErrors reports whether probs hold a problem that is not a warning.
func hasErrors(probs []lessons.Problem) bool {
	for _, p := range probs {
		if !p.Warning {
			return true
		}
	}
	return false
}

// TestBuildGivesIDsAndLessons: questions without a valid id as name get
// one from the module and their text, unique; categories become lessons,
// split by PerLesson; the written module passes lint.
func TestBuildGivesIDsAndLessons(t *testing.T) {
	src := "$CATEGORY: $course$/top/Kebijakan\n\n" +
		"::Soal Pertama::Apa kepanjangan SPBE? {=Sistem Pemerintahan Berbasis Elektronik}\n\n" +
		"Apa kepanjangan SPBE? {=Sistem Pemerintahan Berbasis Elektronik ####Lihat Perpres 95/2018.}\n\n" +
		"UU ASN terbaru tahun 2023. {T}\n\n" +
		"$CATEGORY: $course$/top/Budaya kerja\n\n" +
		"Nilai dasar ASN disingkat {=BerAKHLAK}.\n"
	items, issues := Parse(src)
	if len(issues) > 0 || len(items) != 4 {
		t.Fatalf("items %d, issues %+v", len(items), issues)
	}
	m := Build(items, Options{ModuleID: "impor", ModuleTitle: "Bank soal BPSDM", PerLesson: 2})
	var ids []string
	var titles []string
	for _, l := range m.Lessons {
		titles = append(titles, l.ID+" "+l.Title)
		for _, q := range l.Questions {
			ids = append(ids, q.ID)
		}
	}
	wantIDs := []string{"impor-soal-pertama", "impor-apa-kepanjangan-spbe", "impor-uu-asn-terbaru-tahun-2023", "impor-nilai-dasar-asn-disingkat"}
	wantTitles := []string{"impor-l1 Kebijakan (1)", "impor-l2 Kebijakan (2)", "impor-l3 Budaya kerja"}
	if !reflect.DeepEqual(ids, wantIDs) || !reflect.DeepEqual(titles, wantTitles) {
		t.Fatalf("ids %v\ntitles %v", ids, titles)
	}
	files, err := m.Files(100)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys["impor/"+name] = &fstest.MapFile{Data: data}
	}
	c, probs := lessons.Load(lessons.Source{Name: "impor", FS: fsys})
	if hasErrors(probs) || len(c.Lessons()) != 3 {
		t.Fatalf("written module: %v", probs)
	}
	if q, _ := c.Question("impor-soal-pertama"); q == nil || q.Explanation != "Jawaban yang benar: Sistem Pemerintahan Berbasis Elektronik." {
		t.Fatalf("a question without general feedback gets its right answer as explanation: %+v", q)
	}
}
