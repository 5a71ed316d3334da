package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/progress"
)

// checkModel is a module's check: every question of the module, in an
// order of the learner's own, with no feedback until the end, scored once
// for the trainer's report. Practice quizzes (quiz.go) teach; the check
// measures. Its answers never feed the reviews. An intro says so first;
// once past it, leaving early (Esc and y, q, Ctrl+C, a closed window)
// records the check with the unanswered questions wrong, so the questions
// cannot be seen and the check started afresh. A recorded check's result,
// with the learner's own answers, opens again from the course map.
type checkModel struct {
	t      *texts
	st     *styles
	keys   checkKeyMap
	now    func() time.Time
	module *lessons.Module

	questions []*lessons.Question
	lessonOf  []string // lesson id of each question
	seed      string   // the learner's own order of questions and options
	pos       int
	ask       askModel
	answers   []progress.Answer
	asked     []askModel // each graded question, for the review at the end
	started   time.Time
	intro     bool // showing what the check is, before the first question
	done      bool
	leaving   bool // asking whether to end the check early
	cut       bool // ended by ajar ending, not by the learner
	// reopened is set when showing a result recorded earlier; at is when.
	reopened bool
	at       time.Time
	scroll   scroller // the result's window

	out  outbox
	mark saveMark // "recorded" shows only once the result committed

	width, height int
}

// newCheckModel builds an idle check screen.
func newCheckModel(t *texts, st *styles, now func() time.Time) checkModel {
	return checkModel{t: t, st: st, keys: defaultCheckKeys(t), now: now}
}

// start shows the intro of a module's check for learner profile; the
// questions come in an order of that learner's own, the same each time
// the check is opened, so neighbours at a training do not share one.
func (m checkModel) start(mod *lessons.Module, profile string) checkModel {
	m.module, m.questions, m.lessonOf = mod, nil, nil
	for _, l := range mod.Lessons {
		for i := range l.Questions {
			m.questions = append(m.questions, &l.Questions[i])
			m.lessonOf = append(m.lessonOf, l.ID)
		}
	}
	m.seed = profile + "/" + mod.ID + "/check"
	order := lessons.Permutation(len(m.questions), m.seed)
	qs, ls := make([]*lessons.Question, len(order)), make([]string, len(order))
	for i, j := range order {
		qs[i], ls[i] = m.questions[j], m.lessonOf[j]
	}
	m.questions, m.lessonOf = qs, ls
	m.pos, m.answers, m.asked, m.done, m.scroll = 0, nil, nil, false, scroller{}
	m.intro, m.leaving, m.reopened = true, false, false
	m.mark = saveMark{}
	return m
}

// showResult opens a result recorded earlier, with the learner's own
// answers; questions no longer in the course are listed by id.
func (m checkModel) showResult(mod *lessons.Module, res progress.CheckResult, c *lessons.Catalog) checkModel {
	m.module, m.answers, m.asked = mod, res.Answers, nil
	for _, a := range res.Answers {
		q, _ := c.Question(a.QuestionID)
		if q == nil {
			q = &lessons.Question{ID: a.QuestionID, Prompt: a.QuestionID}
		}
		ask := newAsk(q, "", false, m.t, m.st)
		ask.answered, ask.right = true, a.Correct
		m.asked = append(m.asked, ask)
	}
	m.done, m.reopened, m.at, m.cut = true, true, res.At, res.Interrupted
	m.intro, m.leaving, m.scroll = false, false, scroller{}
	m.mark = saveMark{state: saveDone}
	return m
}

// handleResultKey scrolls the result a line or a page at a time, never
// past its end, and leaves.
func (m checkModel) handleResultKey(k tea.KeyMsg) (checkModel, tea.Cmd) {
	s := m.resultScroller()
	switch {
	case key.Matches(k, m.keys.Home), key.Matches(k, m.keys.Back):
		return m, emit(backMsg{})
	case key.Matches(k, m.keys.Up):
		s = s.lineUp()
	case key.Matches(k, m.keys.Down):
		s = s.lineDown()
	case key.Matches(k, m.keys.PageUp):
		s = s.pageUp()
	case key.Matches(k, m.keys.PageDown):
		s = s.pageDown()
	case key.Matches(k, m.keys.Top):
		s = s.top()
	case key.Matches(k, m.keys.Bottom):
		s = s.bottom()
	}
	m.scroll = s
	return m, nil
}

// begin leaves the intro for the first question; from here the check
// counts.
func (m checkModel) begin() checkModel {
	m.intro = false
	m.started = m.now()
	return m.load()
}

// load shows the current question, its options shuffled for this learner.
func (m checkModel) load() checkModel {
	if m.pos < len(m.questions) {
		m.ask = newAsk(m.questions[m.pos], m.seed, true, m.t, m.st)
		m.ask.setWidth(max(m.width-8, 10))
	}
	return m
}

// setSize tells the screen how much room it has.
func (m checkModel) setSize(w, h int) checkModel {
	m.width, m.height = w, h
	m.ask.setWidth(max(w-8, 10))
	return m
}

// inputFocused reports whether keys go to a text field.
func (m checkModel) inputFocused() bool {
	return !m.done && !m.intro && !m.leaving && m.module != nil && m.ask.typing()
}

// Update answers, moves on without feedback, and at the end scores the
// check once and asks the root to save it.
func (m checkModel) Update(msg tea.Msg) (checkModel, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		var cmd tea.Cmd
		m.ask, cmd = m.ask.other(msg)
		return m, cmd
	}
	switch {
	case m.done:
		return m.handleResultKey(k)
	case m.intro:
		switch {
		case key.Matches(k, m.keys.Begin):
			return m.begin(), nil
		case key.Matches(k, m.keys.Back):
			return m, emit(backMsg{}) // not begun: nothing to record
		}
		return m, nil
	case m.leaving:
		return m.handleLeaving(k)
	case key.Matches(k, m.keys.Leave) && (k.Type != tea.KeyRunes || !m.inputFocused()):
		// Esc leaves a fill-in too: it is never text, while q there is a
		// letter. One scored attempt per module: leaving must not become
		// a way to see the questions and start afresh, so it ends the
		// check, after asking.
		m.leaving = true
		return m, nil
	}
	var submitted bool
	var cmd tea.Cmd
	m.ask, submitted, cmd = m.ask.update(k, m.keys.answer)
	if !submitted {
		return m, cmd
	}
	q := m.questions[m.pos]
	m.answers = append(m.answers, progress.Answer{LessonID: m.lessonOf[m.pos], QuestionID: q.ID,
		Given: q.Describe(m.ask.resp), Correct: m.ask.right, At: m.now()})
	m.asked = append(m.asked, m.ask)
	m.pos++
	if m.pos < len(m.questions) {
		return m.load(), cmd
	}
	return m.finish()
}

// handleLeaving ends the check on y, scoring unanswered questions as
// wrong, or goes on with it.
func (m checkModel) handleLeaving(k tea.KeyMsg) (checkModel, tea.Cmd) {
	switch {
	case key.Matches(k, m.keys.Yes):
		m.leaving = false
		return m.endEarly(false)
	case key.Matches(k, m.keys.No):
		m.leaving = false
	}
	return m, nil
}

// endEarly scores the unanswered questions wrong and finishes; cut is
// set when ajar is ending (Ctrl+C, a closed window), so the trainer sees
// the check was cut off.
func (m checkModel) endEarly(cut bool) (checkModel, tea.Cmd) {
	for ; m.pos < len(m.questions); m.pos++ {
		q := m.questions[m.pos]
		m.answers = append(m.answers, progress.Answer{LessonID: m.lessonOf[m.pos], QuestionID: q.ID, At: m.now()})
		m.asked = append(m.asked, newAsk(q, "", false, m.t, m.st))
	}
	m.cut = cut
	return m.finish()
}

// result is the check's score as it is recorded.
func (m checkModel) result() progress.CheckResult {
	right := 0
	for _, a := range m.answers {
		if a.Correct {
			right++
		}
	}
	return progress.CheckResult{ModuleID: m.module.ID, Correct: right, Total: len(m.answers),
		Started: m.started, At: m.now(), Answers: m.answers, Interrupted: m.cut}
}

// finish scores the check and asks the root to record it.
func (m checkModel) finish() (checkModel, tea.Cmd) {
	m.done, m.at = true, m.now()
	res := m.result()
	// Scored once: a failed record is not tried again behind the
	// learner's back (the store would refuse a second result anyway).
	var tag saveTag
	m.out, tag = m.out.add(screenCheck, true, progress.Write{Check: &res})
	m.mark = pending(tag)
	return m, nil
}

// interrupted returns the write that records a check cut off by ajar
// ending, or false when no check is under way.
func (m checkModel) interrupted() (progress.Write, bool) {
	if !m.inProgress() {
		return progress.Write{}, false
	}
	m, _ = m.endEarly(true)
	res := m.result()
	return progress.Write{Check: &res}, true
}

// saveResult shows whether the check's result was recorded.
func (m checkModel) saveResult(r saveResultMsg) checkModel {
	m.mark = m.mark.update(r)
	return m
}

// inProgress reports whether the check has begun and is not over: then q
// asks before leaving, like Esc, and ajar ending records it.
func (m checkModel) inProgress() bool {
	return m.module != nil && !m.done && !m.intro
}

// ownsQuit reports whether q is the check's own key: once begun, q asks
// before it ends the check (Leave), as Esc does, instead of quitting.
func (m checkModel) ownsQuit() bool { return m.inProgress() }
