package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/progress"
)

// checkModel is a module's check: every question of the module, with no
// feedback until the end, scored once for the trainer's report. Practice
// quizzes (quiz.go) teach; the check measures. Its answers never feed the
// reviews, and leaving before the end records nothing.
type checkModel struct {
	t      *texts
	st     *styles
	keys   quizKeyMap
	now    func() time.Time
	module *lessons.Module

	questions []*lessons.Question
	lessonOf  []string // lesson id of each question
	pos       int
	ask       askModel
	answers   []progress.Answer
	asked     []askModel // each graded question, for the review at the end
	started   time.Time
	done      bool
	leaving   bool // asking whether to end the check early
	scroll    int

	out  outbox
	mark saveMark // "recorded" shows only once the result committed

	width, height int
}

// newCheckModel builds an idle check screen.
func newCheckModel(t *texts, st *styles, now func() time.Time) checkModel {
	return checkModel{t: t, st: st, keys: defaultQuizKeys(t), now: now}
}

// start begins the check of a module.
func (m checkModel) start(mod *lessons.Module) checkModel {
	m.module, m.questions, m.lessonOf = mod, nil, nil
	for _, l := range mod.Lessons {
		for i := range l.Questions {
			m.questions = append(m.questions, &l.Questions[i])
			m.lessonOf = append(m.lessonOf, l.ID)
		}
	}
	m.pos, m.answers, m.asked, m.done, m.scroll = 0, nil, nil, false, 0
	m.mark = saveMark{}
	m.started = m.now()
	return m.load()
}

// load shows the current question, shuffled like a practice round.
func (m checkModel) load() checkModel {
	if m.pos < len(m.questions) {
		m.ask = newAsk(m.questions[m.pos], quizSeed(m.module.ID+"/check", 1), true, m.t, m.st)
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
	return !m.done && m.module != nil && m.ask.typing()
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
	if m.done {
		switch {
		case key.Matches(k, m.keys.Up):
			m.scroll = max(m.scroll-1, 0)
		case key.Matches(k, m.keys.Down):
			m.scroll++
		case key.Matches(k, m.keys.Home), key.Matches(k, m.keys.Back):
			return m, emit(backMsg{})
		}
		return m, nil
	}
	if m.leaving {
		return m.handleLeaving(k)
	}
	if (key.Matches(k, m.keys.Back) || k.String() == "q") && !m.inputFocused() {
		if m.pos == 0 {
			return m, emit(backMsg{}) // nothing answered, nothing to record
		}
		// One scored attempt per module: leaving must not become a way
		// to see the questions and start afresh, so it ends the check.
		m.leaving = true
		return m, nil
	}
	var submitted bool
	var cmd tea.Cmd
	m.ask, submitted, cmd = m.ask.update(k, m.keys)
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
	switch k.String() {
	case "y":
		m.leaving = false
		for ; m.pos < len(m.questions); m.pos++ {
			q := m.questions[m.pos]
			m.answers = append(m.answers, progress.Answer{LessonID: m.lessonOf[m.pos], QuestionID: q.ID, At: m.now()})
			m.asked = append(m.asked, newAsk(q, "", false, m.t, m.st))
		}
		return m.finish()
	case "n", "esc":
		m.leaving = false
	}
	return m, nil
}

// finish scores the check and asks the root to record it.
func (m checkModel) finish() (checkModel, tea.Cmd) {
	m.done = true
	right := 0
	for _, a := range m.answers {
		if a.Correct {
			right++
		}
	}
	res := progress.CheckResult{ModuleID: m.module.ID, Correct: right, Total: len(m.answers),
		Started: m.started, At: m.now(), Answers: m.answers}
	// Scored once: a failed record is not tried again behind the
	// learner's back (the store would refuse a second result anyway).
	var tag saveTag
	m.out, tag = m.out.add(screenCheck, true, progress.Write{Check: &res})
	m.mark = pending(tag)
	return m, nil
}

// saveResult shows whether the check's result was recorded.
func (m checkModel) saveResult(r saveResultMsg) checkModel {
	m.mark = m.mark.update(r)
	return m
}

// inProgress reports whether answers have been given and the check is not
// over: then q asks before leaving, like Esc.
func (m checkModel) inProgress() bool {
	return m.module != nil && !m.done && m.pos > 0
}

// helpKeys enables the keys that work now.
func (m checkModel) helpKeys() quizKeyMap {
	k := m.keys
	for _, b := range []*key.Binding{&k.Toggle, &k.Grab, &k.Next, &k.RetryWrong, &k.Retry, &k.NextLesson, &k.Reflect} {
		b.SetEnabled(false)
	}
	if m.done || m.module == nil {
		k.Digit.SetEnabled(false)
		k.Submit.SetEnabled(false)
		return k
	}
	k.Home.SetEnabled(false)
	q := m.ask.q
	k.Up.SetEnabled(m.ask.choices() > 0)
	k.Down.SetEnabled(m.ask.choices() > 0)
	k.Digit.SetEnabled(m.ask.choices() > 0 && q.Type != lessons.Order)
	k.Toggle.SetEnabled(q.Type == lessons.Multi)
	k.Grab.SetEnabled(q.Type == lessons.Order)
	return k
}
