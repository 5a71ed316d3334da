package present

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"ajar/lessons"
	"ajar/tui/internal/testkit"
	"ajar/tui/ui"
)

// evil is what a hostile lesson file may hold: OSC 52 (clipboard), screen
// clearing, a C1 CSI, OSC 0 (window title) and a carriage return.
const evil = "\x1b]52;c;aGk=\x07\x1b[2J\u009b2J\x1b]0;x\x07\r"

// hostileModule is a module built without Load, as if content had got past
// it: every text holds control sequences.
func hostileModule() *lessons.Module {
	l := &lessons.Lesson{
		ID: "l1", Title: "Judul" + evil, Minutes: 3, ModuleID: "m1", Objective: "Tujuan" + evil,
		Body: "## Bagian" + evil + "\n\nTeks " + evil + " &#27;[2J &#x9b;2J.\n\n---\n\n> kutipan" + evil + "\n",
		Questions: []lessons.Question{
			{ID: "l1-q1", Type: lessons.Single, Prompt: "Tanya" + evil, Explanation: "Jelas" + evil,
				Options: []lessons.Option{{Text: "A" + evil, Correct: true, Feedback: "Ya" + evil}, {Text: "B" + evil}}},
			{ID: "l1-q2", Type: lessons.TrueFalse, Prompt: "Benar?" + evil, Explanation: "Jelas" + evil, Answer: true,
				FeedbackTrue: "Ya" + evil, FeedbackFalse: "Tidak" + evil},
			{ID: "l1-q3", Type: lessons.Fill, Prompt: "Isi" + evil, Explanation: "Jelas" + evil, Accept: []string{"x" + evil}},
			{ID: "l1-q4", Type: lessons.Order, Prompt: "Urut" + evil, Explanation: "Jelas" + evil, Items: []string{"a" + evil, "b" + evil}},
			{ID: "l1-q5", Type: lessons.Matching, Prompt: "Pasang" + evil, Explanation: "Jelas" + evil,
				Pairs: []lessons.Pair{{Left: "a" + evil, Right: "1" + evil}, {Left: "b" + evil, Right: "2" + evil}}},
		},
	}
	return &lessons.Module{ID: "m1", Title: "Modul" + evil, Order: 1, Summary: "Ringkas" + evil, Lessons: []*lessons.Lesson{l}}
}

// TestPresenterDrawsOnlyStyles reproduces finding 7 of issue 8 in presenter
// mode: no slide, revealed answer, help or theme lets a control sequence
// from the content reach the terminal.
func TestPresenterDrawsOnlyStyles(t *testing.T) {
	for _, contrast := range []bool{false, true} {
		pd := Deps{Slides: lessons.ModuleSlides(hostileModule()), Lang: ui.Indonesian,
			Markdown: ui.MarkdownStyle{Name: "dark", Profile: termenv.TrueColor}, Renderer: asciiRenderer()}
		m := newPresentModel(pd)
		m, _ = presentSend(m, tea.WindowSizeMsg{Width: 120, Height: 40})
		if contrast {
			m, _ = presentPress(m, "c")
		}
		for i := range m.slides {
			m, _ = presentGo(m, i)
			if bad := testkit.Foreign(m.View()); bad != "" {
				t.Errorf("contrast %v, slide %d draws %s", contrast, i, bad)
			}
			m, _ = presentPress(m, "r", "?")
			if bad := testkit.Foreign(m.View()); bad != "" {
				t.Errorf("contrast %v, slide %d revealed with help draws %s", contrast, i, bad)
			}
			m, _ = presentPress(m, "?")
		}
	}
}

// TestRenderSlideHasOnlyStyles renders a hostile slide body directly.
func TestRenderSlideHasOnlyStyles(t *testing.T) {
	body := "Teks " + evil + " &#27;]52;c;aGk=&#7; `&#x1b;[2J` <b>&#27;[H</b>"
	for _, contrast := range []bool{false, true} {
		out, err := renderSlide(ui.MarkdownStyle{Name: "dark", Profile: termenv.TrueColor}, contrast, body, 100)
		if err != nil {
			t.Fatal(err)
		}
		if bad := testkit.Foreign(out); bad != "" {
			t.Errorf("contrast %v: %s", contrast, bad)
		}
	}
}
