// Package testkit holds what the tests of the tui packages share: a small
// course with every question type, and helpers that feed keys to models
// and run their Cmds the way bubbletea would. It is for tests only.
package testkit

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"golang.org/x/text/encoding/charmap"

	"ajar/lessons"
)

// Course is a two-module test course with every question type, a
// flashcard and a glossary.
func Course() fstest.MapFS {
	return fstest.MapFS{
		"course.yaml":      {Data: []byte("title: Kursus Uji\n")},
		"glossary.md":      {Data: []byte("## S\n\n- **SPBE** (*Sistem Pemerintahan Berbasis Elektronik*): istilah uji.\n")},
		"m1/module.yaml":   {Data: []byte("id: m1\ntitle: Modul Satu\norder: 1\nsummary: Ringkasan.\n")},
		"m1/01-pertama.md": {Data: []byte(lessonOne)},
		"m1/02-kedua.md":   {Data: []byte(lessonTwo)},
		"m2/module.yaml":   {Data: []byte("id: m2\ntitle: Modul Dua\norder: 2\n")},
		"m2/01-ketiga.md":  {Data: []byte(lessonThree)},
	}
}

const lessonOne = "---\nid: l1\ntitle: Pelajaran Pertama\nminutes: 3\nobjective: Setelah pelajaran ini, Anda dapat menguji ajar dengan teliti.\n---\n\n" +
	"## Bagian awal\n\nIni paragraf **penting** tentang *belajar* bersama.\n\n" +
	"- butir satu\n- butir dua\n\n## Bagian akhir\n\nPenutup pelajaran.\n\n" +
	"```quiz\n" +
	"- id: l1-q1\n  type: single\n  prompt: Mana yang benar?\n  options:\n" +
	"    - text: Jawaban A\n      correct: true\n    - text: Jawaban B\n      feedback: B keliru karena contoh.\n" +
	"  explanation: A benar karena contoh.\n" +
	"- id: l1-q2\n  type: multi\n  prompt: Pilih dua yang benar.\n  options:\n" +
	"    - text: Satu\n      correct: true\n    - text: Dua\n    - text: Tiga\n      correct: true\n" +
	"  explanation: Satu dan Tiga.\n" +
	"- id: l1-q3\n  type: truefalse\n  prompt: Langit biru.\n  answer: true\n  feedback_false: Coba lihat ke atas.\n" +
	"  explanation: Pada siang cerah langit tampak biru.\n" +
	"- id: l1-q4\n  type: fill\n  prompt: Tahun terbit?\n  accept: [1990]\n  explanation: Terbit 1990.\n" +
	"- id: l1-q5\n  type: order\n  prompt: Urutkan.\n  items: [Pertama, Kedua, Ketiga]\n  explanation: Urutan waktu.\n" +
	"- id: l1-q6\n  type: matching\n  prompt: Pasangkan waktu dan makannya.\n  pairs:\n" +
	"    - {left: Pagi, right: Sarapan}\n    - {left: Siang, right: Makan siang}\n    - {left: Malam, right: Makan malam}\n" +
	"  explanation: Menurut waktunya.\n" +
	"```\n"

const lessonTwo = "---\nid: l2\ntitle: Pelajaran Kedua\nminutes: 4\nreflection: Di rapat mana Anda akan mencobanya minggu ini?\n---\n\nIsi kedua.\n\n" +
	"```quiz\n- id: l2-q1\n  type: truefalse\n  prompt: Dua sama dengan dua.\n  answer: true\n  explanation: Jelas.\n```\n\n" +
	"```flashcards\n- id: l2-k1\n  front: Apa disiplin kelima?\n  back: Berpikir sistem.\n```\n"

const lessonThree = "---\nid: l3\ntitle: Pelajaran Ketiga\nminutes: 5\n" +
	"plan:\n  prompt: Tuliskan dua tindakan untuk 30 hari.\n  actions: 2\n  tie: [Model mental, Berpikir sistem]\n---\n\nIsi ketiga.\n\n" +
	"```quiz\n- id: l3-q1\n  type: fill\n  prompt: Ibu kota?\n  accept: [Jakarta]\n  explanation: Jakarta.\n```\n"

// Catalog loads Course and fails the test on any problem.
func Catalog(t testing.TB) *lessons.Catalog {
	t.Helper()
	c, problems := lessons.Load(lessons.Source{Name: "uji", FS: Course()})
	if len(problems) > 0 {
		t.Fatalf("test course has problems: %v", problems)
	}
	return c
}

// Key builds the key message bubbletea sends for a key name.
func Key(k string) tea.KeyMsg {
	switch k {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case " ":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	if t, ok := namedKeys[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// namedKeys are the other key names bindings use, as bubbletea names them.
var namedKeys = map[string]tea.KeyType{
	"pgup": tea.KeyPgUp, "home": tea.KeyHome, "end": tea.KeyEnd, "left": tea.KeyLeft, "right": tea.KeyRight,
	"backspace": tea.KeyBackspace, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "delete": tea.KeyDelete,
	"ctrl+u": tea.KeyCtrlU, "ctrl+d": tea.KeyCtrlD,
}

// Run executes a Cmd and flattens batches and sequences into the list of
// messages they produce, the way bubbletea would deliver them.
func Run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	switch msg := msg.(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, Run(c)...)
		}
		return out
	case nil:
		return nil
	}
	if seq, ok := asSequence(msg); ok {
		var out []tea.Msg
		for _, c := range seq {
			out = append(out, Run(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// Find returns the first message of type T.
func Find[T any](msgs []tea.Msg) (T, bool) {
	for _, m := range msgs {
		if v, ok := m.(T); ok {
			return v, true
		}
	}
	var zero T
	return zero, false
}

// asSequence unpacks tea.Sequence's unexported message type, a []tea.Cmd.
func asSequence(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeOf(tea.Cmd(nil)) {
		return nil, false
	}
	cmds := make([]tea.Cmd, v.Len())
	for i := range cmds {
		cmds[i], _ = v.Index(i).Interface().(tea.Cmd)
	}
	return cmds, true
}

// sgr matches the only escape sequences ajar's styles emit: SGR.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// Foreign returns the first thing in s, outside SGR sequences, that a
// terminal would act on: ESC (so any other sequence: OSC, DCS, APC, PM,
// cursor movement, screen clearing), a C0 control other than newline and
// tab, DEL, a C1 control or invalid UTF-8; with a little context, or ""
// when there is none. Screens must never draw any of these: content and
// learner names come from files a stranger may have written.
func Foreign(s string) string {
	rest := sgr.ReplaceAllString(s, "")
	for i, r := range rest {
		if r == utf8.RuneError && !strings.HasPrefix(rest[i:], "\uFFFD") ||
			r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f {
			return strconv.Quote(rest[max(0, i-12):min(len(rest), i+12)])
		}
	}
	return ""
}

// typography is what UnicodeCourse writes into the test course: curly
// quotes, dashes, an ellipsis, arrows, marks, an emoji and letters of
// other scripts, none of which code page 437 has.
var typography = strings.NewReplacer(
	"Kursus Uji", "Kursus “Uji” — 🙂",
	"Modul Satu", "Modul “Satu” – Жук",
	"Ringkasan.", "Ringkasan… → 中文 ✓.",
	"Pelajaran Pertama", "Pelajaran “Pertama” — 🙂 中文",
	"Setelah pelajaran ini", "Setelah “pelajaran” ini — ăşţ",
	"Ini paragraf", "Ini “paragraf” – ‘kutipan’ 🙂 Жук…",
	"Penutup pelajaran.\n", "Penutup pelajaran.\n\n"+richMarkdown,
	"istilah uji", "istilah “uji” — 🙂",
	"Mana yang benar?", "Mana yang “benar” — 🙂 中?",
	"Jawaban A", "Jawaban “A” — ✓",
	"B keliru karena contoh.", "B keliru — “contoh” 🙂.",
	"A benar karena contoh.", "A benar… “contoh” → 中.",
	"Pilih dua yang benar.", "Pilih “dua” — ×2 🙂.",
	"Langit biru.", "Langit “biru” — 🙂.",
	"Urutkan.", "Urutkan → “tiga” 🙂.",
	"Pertama, Kedua", "Pertama “1” — 🙂, Kedua",
	"Di rapat mana", "Di rapat “mana” — 🙂",
	"Apa disiplin kelima?", "Apa disiplin “kelima” — 🙂?",
	"Berpikir sistem.", "Berpikir “sistem” — 中.",
	"Tuliskan dua tindakan", "Tuliskan “dua” tindakan — 🙂",
	"Model mental", "Model “mental” 中",
)

// richMarkdown is lesson text with everything glamour draws: bullets,
// numbers, a quote, a rule, a table, code, a task list.
const richMarkdown = "- butir • “satu” — 🙂\n- butir ✓ dua\n\n1. nomor “satu”\n2. nomor dua\n\n" +
	"> kutipan “bijak” — Ki Hajar 🙂\n\n---\n\n| Kolom | “Nilai” |\n|---|---|\n| α | 🙂 Жук |\n\n" +
	"```\nkode → hasil…\n```\n\n- [x] selesai\n- [ ] belum\n\n`kode — “sebaris”`\n\n"

// UnicodeCourse is Course with typography code page 437 lacks in every
// kind of text a screen shows: titles, lesson text, questions, options,
// feedback, flashcards, plans and the glossary.
func UnicodeCourse() fstest.MapFS {
	fs := fstest.MapFS{}
	for name, f := range Course() {
		fs[name] = &fstest.MapFile{Data: []byte(typography.Replace(string(f.Data)))}
	}
	return fs
}

// UnicodeCatalog loads UnicodeCourse and fails the test on any problem.
func UnicodeCatalog(t testing.TB) *lessons.Catalog {
	t.Helper()
	c, problems := lessons.Load(lessons.Source{Name: "uji", FS: UnicodeCourse()})
	if len(problems) > 0 {
		t.Fatalf("Unicode test course has problems: %v", problems)
	}
	return c
}

// OutsideCP437 returns the characters of s, SGR sequences stripped, that
// code page 437 lacks (ASCII and bytes 0x80 to 0xFF as golang.org/x/text
// maps them), each once; "" when there are none. It asks the code page
// table itself, not the ui mapping under test.
func OutsideCP437(s string) string {
	var bad []rune
	seen := map[rune]bool{}
	for _, r := range sgr.ReplaceAllString(s, "") {
		if r < utf8.RuneSelf || seen[r] {
			continue
		}
		if _, ok := charmap.CodePage437.EncodeRune(r); !ok {
			bad, seen[r] = append(bad, r), true
		}
	}
	return string(bad)
}
