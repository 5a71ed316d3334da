package tui

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"

	"ajar/lessons"
	"ajar/progress"
)

// matchQuiz is the quiz of lesson 1 at its matching question, with the
// number under which each pair's right item is shown.
func matchQuiz(t *testing.T, w int) (quizModel, func(pair int) string) {
	t.Helper()
	m := newTestQuiz(t, "l1", 5, w, 24)
	if m.ask.q.Type != lessons.Matching {
		t.Fatalf("question 6 of l1 is %s, want matching", m.ask.q.Type)
	}
	a := m.ask
	return m, func(pair int) string { return string(rune('1' + slices.Index(a.rights, pair))) }
}

// TestMatchingKeys: a digit pairs the left item under the cursor and moves
// on to the next open one; a right item used again leaves its first left
// item; Backspace and Delete clear; Enter answers only once every left item
// has a partner, and says how many are open before.
func TestMatchingKeys(t *testing.T) {
	m, num := matchQuiz(t, 80)
	m, _ = press(m, num(1))
	if m.ask.cursor != 1 || !slices.Equal(m.ask.match, []int{1, -1, -1}) {
		t.Fatalf("after one digit: cursor %d, match %v", m.ask.cursor, m.ask.match)
	}
	m, _ = press(m, num(1)) // the same right item for Siang: Pagi loses it
	if m.ask.cursor != 2 || !slices.Equal(m.ask.match, []int{-1, 1, -1}) {
		t.Fatalf("a right item is used once: cursor %d, match %v", m.ask.cursor, m.ask.match)
	}
	m, _ = press(m, "enter")
	if m.ask.answered || !strings.Contains(m.View(), "Pasangkan dulu setiap item kiri (2 belum).") {
		t.Fatalf("Enter with open left items must say so:\n%s", m.View())
	}
	m, _ = press(m, "down")
	if strings.Contains(m.View(), "belum).") {
		t.Fatal("the hint goes with the next key")
	}
	m, _ = press(m, "up", "backspace") // Siang, paired
	if m.ask.match[1] != -1 || m.ask.cursor != 1 {
		t.Fatalf("backspace must clear the pair under the cursor: %v", m.ask.match)
	}
	m, _ = press(m, num(2), "up", "delete")
	if m.ask.match[1] != -1 || m.ask.cursor != 1 {
		t.Fatalf("delete must clear the pair under the cursor: %v", m.ask.match)
	}
	m, _ = press(m, "9") // no ninth right item
	if !slices.Equal(m.ask.match, []int{-1, -1, -1}) {
		t.Fatalf("a digit past the right items must do nothing: %v", m.ask.match)
	}
	m, _ = press(m, "up", num(0), num(1), num(2), "enter") // the cursor moves on by itself
	if !m.ask.answered || !m.ask.right || m.phase != phaseFeedback {
		t.Fatalf("all pairs right must be answered right: %+v", m.ask.resp)
	}
}

// TestMatchingHelpOffersItsKeys: while a matching question waits, the help
// offers the digits as pairing and Backspace only when the left item under
// the cursor has a partner to clear; never the digits as choosing.
func TestMatchingHelpOffersItsKeys(t *testing.T) {
	m, num := matchQuiz(t, 80)
	enabled := func(m quizModel) map[string]bool {
		out := map[string]bool{}
		for _, b := range m.keys.ShortHelp() {
			if b.Enabled() {
				out[b.Help().Key+" "+b.Help().Desc] = true
			}
		}
		return out
	}
	on := enabled(m)
	if !on["1-9 pasangkan"] || on["1-9 pilih jawaban"] || on["backspace hapus"] || !on["enter jawab"] || !on["↑/k naik"] {
		t.Fatalf("help on a fresh matching question: %v", on)
	}
	m, _ = press(m, num(0), "up")
	if on := enabled(m); !on["backspace hapus"] {
		t.Fatalf("Backspace must be offered on a paired left item: %v", on)
	}
	if !key.Matches(keyMsg("delete"), m.keys.Unpair) {
		t.Fatal("Delete clears too")
	}
}

// TestMatchingViewFits: long items wrap inside their column, side by side
// from 64 columns and one under the other below, never past the width.
func TestMatchingViewFits(t *testing.T) {
	long := strings.Repeat("Rapat koordinasi lintas unit kerja ", 3)
	q := &lessons.Question{ID: "m", Type: lessons.Matching, Prompt: "Pasangkan.", Pairs: []lessons.Pair{
		{Left: "Kepala " + long, Right: "Memimpin " + long}, {Left: "Sekretaris", Right: "Mencatat"}, {Left: "Bendahara", Right: long + "Membayar"}}}
	d, _ := newTestDeps(t)
	for _, w := range []int{40, 58, 64, 78} {
		a := newAsk(q, "s", true, testTexts(), testStyles(d))
		a, _, _ = a.update(keyMsg("1"), defaultQuizKeys(testTexts()))
		v, _ := a.view(testTexts(), testStyles(d), w)
		side := false
		for _, l := range strings.Split(v, "\n") {
			if lw := len([]rune(l)); lw > w {
				t.Errorf("width %d: line of %d: %q", w, lw, l)
			}
			side = side || strings.Contains(l, "A. [1]") && strings.Contains(l, "1) ")
		}
		if side != (w >= matchColumnsWidth) {
			t.Errorf("width %d: columns side by side %v:\n%s", w, side, v)
		}
	}
}

// TestMatchingInTheReview: a matching card due in the review is answered
// with its own keys, offered by the review's help, and saved with the
// pairs the learner gave.
func TestMatchingInTheReview(t *testing.T) {
	d, _ := newTestDeps(t)
	s := progress.Snapshot{Settings: progress.DefaultSettings(), Cards: map[string]progress.CardRecord{
		"l1-q6": {ID: "l1-q6", Kind: progress.KindQuestion, LessonID: "l1", Created: testNow.Add(-9 * 24 * time.Hour),
			Card: progress.Card{Phase: progress.PhaseReview, Stability: 4, Difficulty: 5, Due: testNow, LastReview: testNow.Add(-4 * 24 * time.Hour), Reps: 3}},
	}}
	m := newReviewModel(d.Catalog, testTexts(), testStyles(d), d.Now, d.Params).setSize(80, 24).start(progress.NewLearner(s))
	if m.q == nil || m.q.Type != lessons.Matching {
		t.Fatalf("first card %+v", m.q)
	}
	on := map[string]bool{}
	for _, b := range m.helpKeys().ShortHelp() {
		if b.Enabled() {
			on[b.Help().Key+" "+b.Help().Desc] = true
		}
	}
	if !on["1-9 pasangkan"] || on["1-9 pilih jawaban"] || on["backspace hapus"] {
		t.Fatalf("review help on a matching card: %v", on)
	}
	var keys []string
	for i := range m.q.Pairs {
		keys = append(keys, string(rune('1'+slices.Index(m.ask.rights, i))))
	}
	m, _ = press(m, append(keys, "enter")...)
	if m.phase != reviewFeedback || !m.ask.right {
		t.Fatalf("pairs given right: phase %v right %v", m.phase, m.ask.right)
	}
	_, msgs := press(m, "3")
	save, ok := findMsg[saveReviewMsg](msgs)
	if !ok || save.review.Answer == nil || save.review.Answer.Given != "Pagi → Sarapan; Siang → Makan siang; Malam → Makan malam" {
		t.Fatalf("saved %+v", save.review)
	}
}
