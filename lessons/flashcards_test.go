package lessons

import (
	"reflect"
	"strings"
	"testing"
)

// cardsDoc returns lesson l1 with a valid quiz (question q1) followed by a
// flashcards block holding cards. The flashcards fence is on line 22, so
// card YAML line k is file line 22+k.
func cardsDoc(cards string) string {
	return doc("l1", singleQuiz("q1")) + "\n```flashcards\n" + cards + "```\n"
}

// card returns a valid flashcard with id id.
func card(id string) string { return "- id: " + id + "\n  front: Depan?\n  back: Belakang.\n" }

// TestParseFlashcards checks the decoded cards of valid flashcards blocks.
func TestParseFlashcards(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Flashcard
	}{
		{"after the quiz", cardsDoc(card("k1") + card("k2")),
			[]Flashcard{{ID: "k1", Front: "Depan?", Back: "Belakang.", Line: 23}, {ID: "k2", Front: "Depan?", Back: "Belakang.", Line: 26}}},
		{"before the quiz", header("l1") + "```flashcards\n" + card("k1") + "```\n\n```quiz\n" + singleQuiz("q1") + "```\n",
			[]Flashcard{{ID: "k1", Front: "Depan?", Back: "Belakang.", Line: 12}}},
		{"tilde fence", doc("l1", singleQuiz("q1")) + "~~~flashcards\n" + card("k1") + "~~~\n",
			[]Flashcard{{ID: "k1", Front: "Depan?", Back: "Belakang.", Line: 22}}},
		{"text is trimmed, block scalars keep their lines", cardsDoc("- id: m4-l1-k1\n  front: \"  Apa disiplin kelima?  \"\n  back: |\n    Berpikir sistem.\n    Ia memadukan yang lain.\n"),
			[]Flashcard{{ID: "m4-l1-k1", Front: "Apa disiplin kelima?", Back: "Berpikir sistem.\nIa memadukan yang lain.", Line: 23}}},
		{"folded scalar and keys in any order", cardsDoc("- back: >\n    Satu\n    kalimat.\n  front: F\n  id: k1\n"),
			[]Flashcard{{ID: "k1", Front: "F", Back: "Satu kalimat.", Line: 23}}},
		{"anchors and aliases", cardsDoc("- id: k1\n  front: &f Sama\n  back: *f\n"),
			[]Flashcard{{ID: "k1", Front: "Sama", Back: "Sama", Line: 23}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := mustLoad(t, lessonFS(tt.text)).Lesson("l1")
			if l == nil {
				t.Fatal("lesson l1 did not load")
			}
			if !reflect.DeepEqual(l.Flashcards, tt.want) {
				t.Errorf("flashcards =\n%#v\nwant\n%#v", l.Flashcards, tt.want)
			}
			if len(l.Questions) != 1 || l.Questions[0].ID != "q1" {
				t.Errorf("questions = %+v, want q1 only", l.Questions)
			}
			if l.Body != "# Judul\n\nTeks." {
				t.Errorf("body = %q, want neither block in it", l.Body)
			}
		})
	}
}

// TestNoFlashcards checks that flashcards are optional.
func TestNoFlashcards(t *testing.T) {
	l := mustLoad(t, lessonFS(doc("l1", singleQuiz("q1")))).Lesson("l1")
	if l == nil || l.Flashcards != nil {
		t.Fatalf("lesson without flashcards = %+v", l)
	}
}

// TestFlashcardsBody checks that the flashcards block, fences included,
// leaves the body wherever it is, and that blocks merely showing one stay.
func TestFlashcardsBody(t *testing.T) {
	quiz := "```quiz\n" + singleQuiz("q1") + "```\n"
	cards := "```flashcards\n" + card("k1") + "```\n"
	tests := []struct {
		name, body, want string
	}{
		{"both at the end", "Teks.\n\n" + quiz + "\n" + cards + "\n", "Teks."},
		{"flashcards first", "Teks.\n\n" + cards + "\n" + quiz, "Teks."},
		{"flashcards in the middle", "Atas.\n\n" + cards + "\nBawah.\n\n" + quiz, "Atas.\n\n\nBawah."},
		{"longer fence", "Teks.\n\n" + quiz + "````flashcards\n" + card("k1") + "````\n", "Teks."},
		{"example inside a longer fence stays", "````markdown\n```flashcards\n- contoh\n```\n````\n\n" + quiz + cards,
			"````markdown\n```flashcards\n- contoh\n```\n````"},
		{"info string with more than flashcards stays", "```flashcards example\n- id: x\n```\n" + quiz + cards,
			"```flashcards example\n- id: x\n```"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := mustLoad(t, lessonFS("---\nid: l1\ntitle: T\nminutes: 3\n---\n"+tt.body)).Lesson("l1")
			if l.Body != tt.want {
				t.Errorf("body = %q, want %q", l.Body, tt.want)
			}
			if len(l.Flashcards) != 1 || l.Flashcards[0].ID != "k1" {
				t.Errorf("flashcards = %+v, want k1", l.Flashcards)
			}
		})
	}
}

// TestFlashcardProblems checks that each kind of mistake in a flashcards
// block is reported, with the right code at the right line, and nothing
// else.
func TestFlashcardProblems(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"missing front", cardsDoc("- id: k1\n  back: B\n"), []string{"missing-key@23"}},
		{"missing id", cardsDoc("- front: F\n  back: B\n"), []string{"missing-key@23"}},
		{"empty back", cardsDoc("- id: k1\n  front: F\n  back: \"\"\n"), []string{"empty@25"}},
		{"blank back", cardsDoc("- id: k1\n  front: F\n  back: \"   \"\n"), []string{"empty@25"}},
		{"null front", cardsDoc("- id: k1\n  front:\n  back: B\n"), []string{"empty@24"}},
		{"unknown key with suggestion", cardsDoc("- id: k1\n  front: F\n  bakc: B\n"), []string{"unknown-key@25", "missing-key@23"}},
		{"unknown key without suggestion", cardsDoc(card("k1") + "  hint: H\n"), []string{"unknown-key@26"}},
		{"front is a list", cardsDoc("- id: k1\n  front: [a, b]\n  back: B\n"), []string{"wrong-type@24"}},
		{"duplicate key", cardsDoc("- id: k1\n  front: F\n  front: G\n  back: B\n"), []string{"duplicate-key@25"}},
		{"bad id", cardsDoc(card("K 1")), []string{"bad-id@23"}},
		{"id of a question", cardsDoc(card("q1")), []string{"duplicate-id@23"}},
		{"id of a question, flashcards first", header("l1") + "```flashcards\n" + card("q1") + "```\n```quiz\n" + singleQuiz("q1") + "```\n",
			[]string{"duplicate-id@17"}},
		{"id of the lesson", cardsDoc(card("l1")), []string{"duplicate-id@23"}},
		{"two cards with one id", cardsDoc(card("k1") + card("k1")), []string{"duplicate-id@26"}},
		{"two blocks", cardsDoc(card("k1")) + "\n```flashcards\n" + card("k2") + "```\n", []string{"extra-flashcards@28"}},
		{"bad yaml", cardsDoc("- id: k1\n  front: F\n back: B\n"), []string{"yaml@25"}},
		{"bad yaml, unclosed quote", cardsDoc("- id: k1\n  front: \"F\n  back: B\n"), []string{"yaml@24"}},
		{"empty block", cardsDoc(""), []string{"empty-flashcards@22"}},
		{"blank block", cardsDoc("\n\n"), []string{"empty-flashcards@22"}},
		{"empty list", cardsDoc("[]\n"), []string{"empty-flashcards@22"}},
		{"not a list", cardsDoc("id: k1\nfront: F\nback: B\n"), []string{"wrong-type@23"}},
		{"card not a mapping", cardsDoc(card("k1") + "- just text\n"), []string{"wrong-type@26"}},
		{"flashcards do not replace the quiz", header("l1") + "```flashcards\n" + card("k1") + "```\n", []string{"no-quiz@0"}},
		{"quiz problems still found", header("l1") + "```quiz\n[]\n```\n```flashcards\n" + card("k1") + "```\n", []string{"empty-quiz@11"}},
		{"every problem in a block", cardsDoc("- id: k1\n  front: \"\"\n  bakc: B\n- x\n"),
			[]string{"empty@24", "unknown-key@25", "missing-key@23", "wrong-type@26"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, probs := Load(Source{FS: lessonFS(tt.text)})
			if got := where(probs); !sameSet(got, tt.want) {
				t.Errorf("problems = %v, want %v%s", got, tt.want, formatAll(probs))
			}
			if c.Lesson("l1") != nil {
				t.Error("a lesson with problems was loaded")
			}
		})
	}
}

// TestFlashcardMessages checks the wording of flashcard problems in both
// languages, including the did-you-mean of a misspelt key.
func TestFlashcardMessages(t *testing.T) {
	tests := []struct {
		name, text string
		id, en     string
	}{
		{"unknown key", cardsDoc("- id: k1\n  front: F\n  bakc: B\n  back: B\n"),
			`m1/01-l.md:25: kunci "bakc" tidak dikenal; maksud Anda "back"?`,
			`m1/01-l.md:25: unknown key "bakc"; did you mean "back"?`},
		{"duplicate id", cardsDoc(card("q1")),
			`m1/01-l.md:23: id "q1" sudah dipakai di m1/01-l.md:12`,
			`m1/01-l.md:23: id "q1" is already used at m1/01-l.md:12`},
		{"two blocks", cardsDoc(card("k1")) + "```flashcards\n" + card("k2") + "```\n",
			`m1/01-l.md:27: blok flashcards kedua; satu pelajaran paling banyak punya satu (yang pertama di baris 22)`,
			`m1/01-l.md:27: second flashcards block; a lesson has at most one (the first is on line 22)`},
		{"empty block", cardsDoc(""),
			`m1/01-l.md:22: blok flashcards kosong; tulis sedikitnya satu kartu atau hapus blok ini`,
			`m1/01-l.md:22: the flashcards block is empty; write at least one card or remove the block`},
		{"not a list", cardsDoc("front: F\n"),
			`m1/01-l.md:23: "flashcards" harus berupa daftar (baris yang diawali "- ")`,
			`m1/01-l.md:23: "flashcards" must be a list (lines starting with "- ")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, probs := Load(Source{FS: lessonFS(tt.text)})
			if len(probs) != 1 {
				t.Fatalf("problems = %v, want one%s", where(probs), formatAll(probs))
			}
			if got := probs[0].Format(Indonesian); got != tt.id {
				t.Errorf("id:\n got %s\nwant %s", got, tt.id)
			}
			if got := probs[0].Format(English); got != tt.en {
				t.Errorf("en:\n got %s\nwant %s", got, tt.en)
			}
		})
	}
	if got := suggest("bakc", flashcardKeys()); got != "back" {
		t.Errorf("suggest(bakc) = %q, want back", got)
	}
}

// TestCatalogFlashcard checks the lookup of a flashcard by id.
func TestCatalogFlashcard(t *testing.T) {
	fsys := courseFS()
	fsys["alfa/01-x.md"] = file(doc("c1", singleQuiz("c1-q1")) + "```flashcards\n" + card("c1-k1") + card("c1-k2") + "```\n")
	c := mustLoad(t, fsys)
	f, l := c.Flashcard("c1-k2")
	if f == nil || f.ID != "c1-k2" || f.Line != 25 || l == nil || l.ID != "c1" {
		t.Fatalf("Flashcard(c1-k2) = %+v, %+v", f, l)
	}
	if f != &c.Lesson("c1").Flashcards[1] {
		t.Error("Flashcard returned a copy, not the lesson's card")
	}
	for _, absent := range []string{"nope", "", "c1-q1", "c1"} {
		if f, l := c.Flashcard(absent); f != nil || l != nil {
			t.Errorf("Flashcard(%q) = %v, %v", absent, f, l)
		}
	}
	var nilCat *Catalog
	if f, l := nilCat.Flashcard("c1-k1"); f != nil || l != nil {
		t.Error("a nil catalog found a flashcard")
	}
	if q, _ := c.Question("c1-k1"); q != nil {
		t.Error("Question found a flashcard id")
	}
	if !strings.Contains(c.Lesson("c1").Body, "Teks.") || strings.Contains(c.Lesson("c1").Body, "flashcards") {
		t.Errorf("body = %q", c.Lesson("c1").Body)
	}
}
