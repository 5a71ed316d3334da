package tui

import (
	"reflect"
	"strings"
	"testing"

	"ajar/lessons"
)

// longMulti is a pick-all question whose options are longer than a line.
func longMulti() *lessons.Question {
	return &lessons.Question{ID: "x-q1", Type: lessons.Multi, Prompt: "Pilih yang benar.", Explanation: "Karena.",
		Options: []lessons.Option{
			{Text: "Alpha " + strings.Repeat("panjang sekali ", 8) + "akhir-alpha", Correct: true, Feedback: "Umpan alpha."},
			{Text: "Beta " + strings.Repeat("panjang sekali ", 8) + "akhir-beta", Feedback: "Umpan beta."},
			{Text: "Gamma " + strings.Repeat("panjang sekali ", 8) + "akhir-gamma", Correct: true, Feedback: "Umpan gamma."},
			{Text: "Delta " + strings.Repeat("panjang sekali ", 8) + "akhir-delta", Feedback: "Umpan delta."},
		}}
}

// TestAskShufflesAsLessonsDoes: the quiz, the review and the check show
// options in lessons' one option order for their seed, and in the written
// order where they do not shuffle (a check's result).
func TestAskShufflesAsLessonsDoes(t *testing.T) {
	d, _ := newTestDeps(t)
	q := longMulti()
	for _, seed := range []string{"a", "b", "c"} {
		if got, want := newAsk(q, seed, true, testTexts(), testStyles(d)).perm, q.ShuffledOptions(seed); !reflect.DeepEqual(got, want) {
			t.Errorf("seed %s: options in order %v, lessons gives %v", seed, got, want)
		}
	}
	if got := newAsk(q, "a", false, testTexts(), testStyles(d)).perm; !reflect.DeepEqual(got, []int{0, 1, 2, 3}) {
		t.Errorf("without shuffling, options in order %v", got)
	}
}

// TestAnsweredOptionsStayReadable: after answering, every option is shown
// whole (wrapped, never cut with "…"), at 80 and at 120 columns.
func TestAnsweredOptionsStayReadable(t *testing.T) {
	d, _ := newTestDeps(t)
	for _, w := range []int{80, 120} {
		a := newAsk(longMulti(), "seed", true, testTexts(), testStyles(d))
		a = a.submit(lessons.Response{Choices: []int{0, 1}})
		v, _ := a.view(testTexts(), testStyles(d), w)
		for _, end := range []string{"akhir-alpha", "akhir-beta", "akhir-gamma", "akhir-delta"} {
			if !strings.Contains(v, end) {
				t.Errorf("width %d: option ending %q is cut after answering:\n%s", w, end, v)
			}
		}
	}
}

// TestFeedbackFollowsTheScreensOrder: the chosen options' feedback and the
// right answer are listed in the order the options are shown, not the
// order they are written in the lesson file.
func TestFeedbackFollowsTheScreensOrder(t *testing.T) {
	d, _ := newTestDeps(t)
	// shown is where option i of the lesson file appears on screen.
	shown := func(a askModel, i int) int {
		for pos, j := range a.perm {
			if j == i {
				return pos
			}
		}
		return -1
	}
	var a askModel
	for _, seed := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		if a = newAsk(longMulti(), seed, true, testTexts(), testStyles(d)); shown(a, 2) < shown(a, 0) {
			break
		}
	}
	if shown(a, 2) > shown(a, 0) {
		t.Fatal("no seed shows gamma before alpha; pick other seeds")
	}
	a = a.submit(lessons.Response{Choices: []int{0, 2, 3}})
	v, _ := a.view(testTexts(), testStyles(d), 200)
	if strings.Index(v, "Umpan gamma.") > strings.Index(v, "Umpan alpha.") {
		t.Errorf("feedback not in screen order (gamma is shown first):\n%s", v)
	}
	answer := v[strings.Index(v, "Jawaban yang benar:"):]
	if strings.Index(answer, "Gamma") > strings.Index(answer, "Alpha") {
		t.Errorf("right answer not in screen order (gamma is shown first):\n%s", answer)
	}
}
