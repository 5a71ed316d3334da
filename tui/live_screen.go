package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/progress"
)

// liveModel is the live-question screen of a class (ajar serve): the
// question the trainer pushed, asked through the same askModel as the
// quiz, review and check, so it is answered with the same keys; then
// "answer sent" until the trainer reveals the answer, when it shows right
// or wrong, the explanation and how the room answered. The learner's own
// screen waits in its field of the root, untouched, and comes back when
// the trainer ends the question (or the learner leaves it with Esc).
type liveModel struct {
	t      *texts
	st     *styles
	keys   quizKeyMap
	now    func() time.Time
	params progress.Params
	ascii  bool

	q        LiveQuestion
	open     bool // a question is out: pushed and not yet ended
	ask      askModel
	revealed bool
	room     LiveRevealMsg // the room's answers, once revealed
	scroll   scroller

	out  outbox
	mark saveMark // what became of the answer: "sent" once committed
	// sent are answers saved and not yet committed: each is reported
	// through Deps.OnLiveAnswer once its transaction is, never before.
	sent []liveSent

	width, height int
}

// liveSent is an answer waiting for its save's result.
type liveSent struct {
	tag    saveTag
	answer LiveAnswer
}

// closeLiveMsg asks to leave the live question for the screen it came
// over. Sent by the live screen (Esc); handled by the root.
type closeLiveMsg struct{}

// newLiveModel builds the live screen with no question.
func newLiveModel(t *texts, st *styles, now func() time.Time, params progress.Params, ascii bool) liveModel {
	k := defaultQuizKeys(t)
	k.Back.SetHelp("esc", t.keyLiveBack)
	for _, b := range []*key.Binding{&k.Next, &k.RetryWrong, &k.Retry, &k.NextLesson, &k.Home, &k.Reflect} {
		b.SetEnabled(false)
	}
	return liveModel{t: t, st: st, keys: k, now: now, params: params, ascii: ascii}
}

// same reports whether q is the question on the screen already.
func (m liveModel) same(q LiveQuestion) bool {
	return m.open && m.q.Session == q.Session && m.q.Question.ID == q.Question.ID
}

// start shows a pushed question to learner. The question already out
// keeps its state: a learner who answered it and is told of it again
// (rejoining) is not asked twice.
func (m liveModel) start(q LiveQuestion, learner string) liveModel {
	if m.same(q) {
		return m
	}
	m.q, m.open, m.revealed, m.room = q, true, false, LiveRevealMsg{}
	m.mark, m.scroll = saveMark{}, scroller{}
	question := q.Question // the askModel keeps a pointer: to its own copy
	// Options are shuffled as in the quiz, in an order of the learner's
	// own, so a neighbour's screen tells nothing.
	m.ask = newAsk(&question, learner+"/live/"+q.Session+"/"+q.Question.ID, true, m.t, m.st)
	m.ask.setWidth(max(m.width-8, 10))
	return m.updateKeys()
}

// reveal shows the right answer and the room's answers to the question
// on the screen; it reports false for another question.
func (m liveModel) reveal(r LiveRevealMsg) (liveModel, bool) {
	if !m.open || r.QuestionID != m.q.Question.ID {
		return m, false
	}
	m.revealed, m.room, m.scroll = true, r, scroller{}
	return m.updateKeys(), true
}

// end closes the question: nothing is left to show or answer.
func (m liveModel) end() liveModel {
	m.open, m.revealed = false, false
	return m.updateKeys()
}

// setSize tells the screen how much room it has.
func (m liveModel) setSize(w, h int) liveModel {
	m.width, m.height = w, h
	m.ask.setWidth(max(w-8, 10))
	return m.updateKeys()
}

// asking reports whether the question waits for the learner's answer.
func (m liveModel) asking() bool {
	return m.open && !m.revealed && m.ask.q != nil && !m.ask.answered
}

// updateKeys enables the answering keys while asking, and afterwards the
// scroll keys when what is shown does not fit.
func (m liveModel) updateKeys() liveModel {
	m.ask.enableKeys(&m.keys, m.asking())
	if m.open && !m.asking() && m.ask.q != nil && m.bodyScroller(m.head(), m.body()).scrolls() {
		m.keys.Up.SetEnabled(true)
		m.keys.Down.SetEnabled(true)
	}
	return m
}

// Update handles keys; the text field gets everything else while focused.
func (m liveModel) Update(msg tea.Msg) (liveModel, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		var cmd tea.Cmd
		m.ask, cmd = m.ask.other(msg)
		return m, cmd
	}
	switch {
	case key.Matches(k, m.keys.Back):
		return m, emit(closeLiveMsg{})
	case m.asking():
		var submitted bool
		var cmd tea.Cmd
		m.ask, submitted, cmd = m.ask.update(k, m.keys)
		if submitted {
			m = m.submitted()
		}
		return m.updateKeys(), cmd
	case key.Matches(k, m.keys.Up):
		m = m.scrolled(-1)
	case key.Matches(k, m.keys.Down):
		m = m.scrolled(1)
	}
	return m, nil
}

// submitted asks to save the graded answer the way a lesson quiz's is
// saved: one transaction with the answer, naming the live session, and
// the question's review card seeded. Nothing else: the learner's place is
// where they were before the question came.
func (m liveModel) submitted() liveModel {
	q := m.ask.q
	r := m.params.QuizAnswer(m.q.LessonID, q.ID, q.Describe(m.ask.resp), m.ask.right, m.now())
	r.Answer.Live = m.q.Session
	var tag saveTag
	m.out, tag = m.out.add(screenLive, false, progress.Write{Review: &r})
	m.mark = pending(tag)
	m.sent = append(m.sent[:len(m.sent):len(m.sent)], liveSent{tag: tag, answer: LiveAnswer{Session: m.q.Session,
		QuestionID: q.ID, Response: m.ask.resp, Right: m.ask.right}})
	return m
}

// saveResult updates the mark of the answer on the screen and returns the
// answers the result committed, to report to the class.
func (m liveModel) saveResult(r saveResultMsg) (liveModel, []LiveAnswer) {
	m.mark = m.mark.update(r)
	if r.err != nil {
		return m, nil // a write that may pass is tried again and reported then
	}
	var done []LiveAnswer
	kept := m.sent[:0:0]
	for _, s := range m.sent {
		if r.has(s.tag) {
			done = append(done, s.answer)
		} else {
			kept = append(kept, s)
		}
	}
	m.sent = kept
	return m, done
}

// inputFocused reports whether keys go to the fill-in field.
func (m liveModel) inputFocused() bool { return m.asking() && m.ask.typing() }

// The page methods the live screen only adapts.

func (m liveModel) fit(w, h int) (liveModel, tea.Cmd) { return m.setSize(w, h), nil }
func (m liveModel) keyMap() screenKeys                { return m.keys }
func (m liveModel) ownsQuit() bool                    { return false }

// place is nothing of its own: the root keeps the place of the screen the
// question came over (see Model.placeWrites).
func (m liveModel) place() []progress.Write { return nil }

// requests returns the save requests not taken yet (tests read them).
func (m liveModel) requests() []saveReq { return m.out.reqs }

// question is the question on the screen, nil when none is out.
func (m liveModel) question() *lessons.Question {
	if !m.open {
		return nil
	}
	return m.ask.q
}
