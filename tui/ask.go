package tui

import (
	"slices"
	"strconv"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
)

// askModel is one question being answered: the choice cursor, marks, the
// typed text or the arrangement of items, and after submitting the graded
// response. The lesson quiz and the daily review both use it; grading is
// lessons.Question.Check, so this file holds interaction only.
type askModel struct {
	q *lessons.Question
	// perm maps a display position to an option index; the review shuffles
	// options each time so learners recall the answer, not its place.
	perm   []int
	cursor int
	marked map[int]bool // multi: marked display positions
	// input is the fill-in field, held by pointer: a textinput is several
	// KB, and the screens holding an askModel are copied on every key.
	input   *textinput.Model
	items   []int // order: current arrangement of item indexes
	grabbed bool
	// rights maps a display number (from 0) of a matching question's right
	// column to a pair index; match holds, per left item, the pair index
	// of the right item put against it, -1 for none; open is set when
	// Enter came before every left item had one.
	rights, match []int
	open          bool

	answered bool
	resp     lessons.Response
	right    bool
}

// newAsk prepares a question. seed makes the order question's starting
// arrangement (and with shuffle, the options' order) repeatable.
func newAsk(q *lessons.Question, seed string, shuffle bool, t *texts, st *styles) askModel {
	in := textField(st, 200)
	in.Placeholder = t.answerPlaceholder
	a := askModel{q: q, marked: map[int]bool{}, input: in}
	if shuffle {
		a.perm = q.ShuffledOptions(seed)
	} else {
		a.perm = make([]int, len(q.Options))
		for i := range a.perm {
			a.perm[i] = i
		}
	}
	switch q.Type {
	case lessons.Fill:
		a.input.Focus()
	case lessons.Order:
		a.items = q.Shuffled(seed)
	case lessons.Matching:
		a.rights = q.Shuffled(seed)
		a.match = make([]int, len(q.Pairs))
		for i := range a.match {
			a.match[i] = -1
		}
	}
	return a
}

// typing reports whether keys go to the text field.
func (a askModel) typing() bool {
	return a.q != nil && !a.answered && a.q.Type == lessons.Fill
}

// canSubmit reports whether Enter would answer now: a fill-in needs text
// first, so the help does not offer Enter on an empty field.
func (a askModel) canSubmit() bool {
	return a.q != nil && !a.answered && (a.q.Type != lessons.Fill || a.input.Value() != "")
}

// other hands a message that is not a key to the text field while it
// has focus; everything else ignores such messages.
func (a askModel) other(msg tea.Msg) (askModel, tea.Cmd) {
	if !a.typing() {
		return a, nil
	}
	var cmd tea.Cmd
	*a.input, cmd = a.input.Update(msg)
	return a, cmd
}

// choices is the number of rows the cursor moves over.
func (a askModel) choices() int {
	switch a.q.Type {
	case lessons.TrueFalse:
		return 2
	case lessons.Order:
		return len(a.q.Items)
	case lessons.Matching:
		return len(a.q.Pairs)
	case lessons.Fill:
		return 0
	}
	return len(a.q.Options)
}

// enableKeys enables the answering bindings of k that work on the
// question being asked, and disables the others; with asking false, all
// of them. Quiz, review and check share it, so a question type's keys are
// decided here once.
func (a askModel) enableKeys(k *quizKeyMap, asking bool) {
	typ := lessons.QuestionType("")
	if asking && a.q != nil {
		typ = a.q.Type
	}
	moves := typ != "" && a.choices() > 0
	k.Up.SetEnabled(moves)
	k.Down.SetEnabled(moves)
	k.Digit.SetEnabled(moves && typ != lessons.Order && typ != lessons.Matching)
	k.Toggle.SetEnabled(typ == lessons.Multi)
	k.Grab.SetEnabled(typ == lessons.Order)
	k.Pair.SetEnabled(typ == lessons.Matching)
	k.Unpair.SetEnabled(typ == lessons.Matching && a.canUnpair())
	k.Submit.SetEnabled(typ != "" && a.canSubmit())
}

// update edits or submits the answer; submitted is true when the key
// answered the question (a.resp and a.right are then set).
func (a askModel) update(k tea.KeyMsg, keys quizKeyMap) (askModel, bool, tea.Cmd) {
	if a.answered {
		return a, false, nil
	}
	if a.q.Type == lessons.Fill {
		if key.Matches(k, keys.Submit) && a.input.Value() != "" {
			return a.submit(lessons.Response{Text: a.input.Value()}), true, nil
		}
		var cmd tea.Cmd
		*a.input, cmd = a.input.Update(k)
		return a, false, cmd
	}
	n := a.choices()
	a.open = false
	switch {
	case a.q.Type == lessons.Matching && key.Matches(k, keys.Pair):
		return a.pair(k), false, nil
	case a.q.Type == lessons.Matching && key.Matches(k, keys.Unpair):
		return a.unpair(), false, nil
	case a.q.Type == lessons.Matching && key.Matches(k, keys.Submit) && slices.Contains(a.match, -1):
		a.open = true // Enter before every left item has a partner says what is missing
		return a, false, nil
	case key.Matches(k, keys.Up):
		a = a.moveCursor(-1, n)
	case key.Matches(k, keys.Down):
		a = a.moveCursor(1, n)
	// The question's type, not the screen's key map, decides what a digit
	// and the space bar mean: every screen asking questions then agrees
	// (the review and the check once let space mark an order question).
	case key.Matches(k, keys.Digit) && a.q.Type != lessons.Order:
		d, _ := strconv.Atoi(k.String())
		if d < 1 || d > n {
			return a, false, nil
		}
		a.cursor = d - 1
		if a.q.Type == lessons.Multi {
			a.marked[a.cursor] = !a.marked[a.cursor]
			return a, false, nil
		}
		return a.submit(a.response()), true, nil
	case key.Matches(k, keys.Toggle) && a.q.Type == lessons.Multi:
		a.marked[a.cursor] = !a.marked[a.cursor]
	case key.Matches(k, keys.Grab) && a.q.Type == lessons.Order:
		a.grabbed = !a.grabbed
	case key.Matches(k, keys.Submit):
		if a.q.Type == lessons.Multi && !anyMarked(a.marked) {
			a.marked[a.cursor] = true // Enter on an unmarked list means "this one"
		}
		return a.submit(a.response()), true, nil
	}
	return a, false, nil
}

// moveCursor moves the cursor, carrying the held item of an order question.
func (a askModel) moveCursor(dir, n int) askModel {
	to := min(max(a.cursor+dir, 0), n-1)
	if a.grabbed && to != a.cursor {
		items := append([]int(nil), a.items...)
		items[a.cursor], items[to] = items[to], items[a.cursor]
		a.items = items
	}
	a.cursor = to
	return a
}

// anyMarked reports whether any option is marked.
func anyMarked(marked map[int]bool) bool {
	for _, v := range marked {
		if v {
			return true
		}
	}
	return false
}

// response builds the learner's answer, in option indexes, from the screen.
func (a askModel) response() lessons.Response {
	switch a.q.Type {
	case lessons.TrueFalse:
		return lessons.Response{Bool: a.cursor == 0}
	case lessons.Multi:
		var r lessons.Response
		for pos := range a.perm {
			if a.marked[pos] {
				r.Choices = append(r.Choices, a.perm[pos])
			}
		}
		return r
	case lessons.Order:
		return lessons.Response{Order: append([]int(nil), a.items...)}
	case lessons.Matching:
		return lessons.Response{Match: append([]int(nil), a.match...)}
	}
	return lessons.Response{Choices: []int{a.perm[a.cursor]}}
}

// submit grades a response.
func (a askModel) submit(r lessons.Response) askModel {
	a.resp, a.right, a.answered, a.grabbed, a.open = r, a.q.Check(r), true, false, false
	a.input.Blur()
	return a
}

// setWidth fits the fill-in field to the screen; an askModel without a
// question yet has none.
func (a askModel) setWidth(w int) {
	if a.input != nil {
		a.input.Width = w
	}
}
