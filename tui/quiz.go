package tui

import (
	"strconv"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/progress"
)

// quizPhase is where the quiz runner is.
type quizPhase int

const (
	phaseAsking   quizPhase = iota // waiting for an answer
	phaseFeedback                  // showing whether it was right, and why
	phaseDone                      // showing the score
)

// quizModel runs one lesson's quiz: one question at a time, immediate
// feedback with the explanation, a score at the end and a retry of the
// wrong ones. Grading is pure (lessons.Question.Check); saving is requested
// from the root with messages.
type quizModel struct {
	t    *texts
	st   *styles
	keys quizKeyMap
	now  func() time.Time
	// params schedule the card each answered question becomes.
	params progress.Params

	lesson *lessons.Lesson
	next   *lessons.Lesson // lesson after this one, or nil
	round  []int           // question indexes asked in this round
	pos    int             // index into round
	full   bool            // a full run counts as a completed attempt
	rounds int             // rounds started; with the lesson id it seeds the shuffles
	result map[int]bool    // question index → right in this round

	phase  quizPhase
	ask    askModel // the current question
	scroll scroller // the window on long feedback

	out outbox
	// mark is what became of the answer on screen: the feedback says
	// "saved" only once its transaction committed.
	mark saveMark
	// reflectMark follows the reflection written after this run, shown on
	// the result screen.
	reflectMark saveMark

	width, height int
}

// newQuizModel builds an idle quiz runner.
func newQuizModel(t *texts, st *styles, now func() time.Time, params progress.Params) quizModel {
	return quizModel{t: t, st: st, keys: defaultQuizKeys(t), now: now, params: params}
}

// start begins a full run of a lesson's quiz at question index from; prior
// holds earlier results of this run (for resuming) by question index.
func (m quizModel) start(l, next *lessons.Lesson, from int, prior map[int]bool) quizModel {
	m.lesson, m.next, m.full = l, next, true
	m.reflectMark = saveMark{}
	m.rounds++
	m.round = make([]int, len(l.Questions))
	for i := range m.round {
		m.round[i] = i
	}
	m.result = map[int]bool{}
	for i, ok := range prior {
		if i < from {
			m.result[i] = ok
		}
	}
	m.pos = min(max(from, 0), len(m.round))
	return m.beginQuestion()
}

// retryWrong starts a round of only the questions answered wrongly.
func (m quizModel) retryWrong() quizModel {
	var wrong []int
	for _, qi := range m.round {
		if !m.result[qi] {
			wrong = append(wrong, qi)
		}
	}
	m.round, m.pos, m.full, m.result = wrong, 0, false, map[int]bool{}
	m.rounds++
	return m.beginQuestion()
}

// setSize tells the quiz how much room it has.
func (m quizModel) setSize(w, h int) quizModel {
	m.width, m.height = w, h
	return m
}

// question is the current question, or nil when the round is over.
func (m quizModel) question() *lessons.Question {
	if m.lesson == nil || m.pos >= len(m.round) {
		return nil
	}
	return &m.lesson.Questions[m.round[m.pos]]
}

// inputFocused reports whether keys are going to a text field, in which case
// the root must not treat letters such as q as commands.
func (m quizModel) inputFocused() bool {
	return m.phase == phaseAsking && m.question() != nil && m.ask.typing()
}

// beginQuestion sets up the current question, or ends the round.
func (m quizModel) beginQuestion() quizModel {
	m.scroll = scroller{}
	q := m.question()
	m.mark = saveMark{}
	if q == nil {
		m.phase = phaseDone
		return m.updateKeys()
	}
	m.phase = phaseAsking
	// Options are shuffled: authors tend to put the right one first, and a
	// learner should recall the answer, not its place. The order stays the
	// same within a round and changes with the next one.
	m.ask = newAsk(q, quizSeed(m.lesson.ID, m.rounds), true, m.t, m.st)
	m.ask.setWidth(max(m.width-8, 10))
	return m.updateKeys()
}

// Update handles keys; the text field gets everything else while focused.
func (m quizModel) Update(msg tea.Msg) (quizModel, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		var cmd tea.Cmd
		m.ask, cmd = m.ask.other(msg)
		return m, cmd
	}
	var cmd tea.Cmd
	switch m.phase {
	case phaseAsking:
		m, cmd = m.handleAskingKey(k)
	case phaseFeedback:
		m, cmd = m.handleFeedbackKey(k)
	case phaseDone:
		m, cmd = m.handleDoneKey(k)
	}
	return m.updateKeys(), cmd
}

// handleAskingKey edits the answer or submits it.
func (m quizModel) handleAskingKey(k tea.KeyMsg) (quizModel, tea.Cmd) {
	if key.Matches(k, m.keys.Back) {
		return m.savePlace(), emit(backMsg{})
	}
	var submitted bool
	var cmd tea.Cmd
	m.ask, submitted, cmd = m.ask.update(k, m.keys)
	if !submitted {
		return m, cmd
	}
	return m.submitted()
}

// submitted records the graded answer, shows feedback and asks the root to
// save it. The answer seeds the question's review card (Again when wrong,
// Good when right); a card that exists already keeps its schedule, since
// re-taking a lesson quiz is practice, not a due review.
func (m quizModel) submitted() (quizModel, tea.Cmd) {
	q := m.question()
	m.result[m.round[m.pos]] = m.ask.right
	m.phase, m.scroll = phaseFeedback, scroller{}
	r := m.params.QuizAnswer(m.lesson.ID, q.ID, q.Describe(m.ask.resp), m.ask.right, m.now())
	// The position moves past this question with the answer, in the same
	// transaction, so a learner who closes the window now is never asked
	// it again, and an answer marked saved always has its place saved too.
	pos := m.position()
	var tag saveTag
	m.out, tag = m.out.add(screenQuiz, false, progress.Write{Review: &r}, progress.Write{Position: &pos})
	m.mark = pending(tag)
	return m, nil
}

// savePlace asks to store the quiz's place.
func (m quizModel) savePlace() quizModel {
	pos := m.position()
	m.out, _ = m.out.add(screenQuiz, false, progress.Write{Position: &pos})
	return m
}

// withReflectMark shows the mark of the reflection written after this run:
// one for this lesson, saved since the run ended.
func (m quizModel) withReflectMark(l *lessons.Lesson, s saveMark) quizModel {
	if s.state != saveNone && m.phase == phaseDone && l == m.lesson {
		m.reflectMark = s
	}
	return m
}

// saveResult updates the saved mark of the answer on screen.
func (m quizModel) saveResult(r saveResultMsg) quizModel {
	m.mark = m.mark.update(r)
	return m
}

// handleFeedbackKey scrolls long feedback or moves to the next question.
func (m quizModel) handleFeedbackKey(k tea.KeyMsg) (quizModel, tea.Cmd) {
	switch {
	case key.Matches(k, m.keys.Back):
		// The answer is saved already; leaving still counts the run when it
		// was the last question, and resumes at the next one otherwise.
		m.pos++
		m = m.beginQuestion()
		if m.phase == phaseDone {
			return m.finish(), emit(backMsg{})
		}
		return m.savePlace(), emit(backMsg{})
	case key.Matches(k, m.keys.Up):
		m = m.scrolled(-1)
	case key.Matches(k, m.keys.Down):
		m = m.scrolled(1)
	case key.Matches(k, m.keys.Next):
		m.pos++
		m = m.beginQuestion()
		if m.phase == phaseDone {
			if !m.full {
				return m, nil
			}
			return m.finish(), emit(quizFinishedMsg{lessonID: m.lesson.ID})
		}
		return m.savePlace(), nil
	}
	return m, nil
}

// finish records a completed full run and moves "Lanjutkan" to the next
// lesson, in one transaction.
func (m quizModel) finish() quizModel {
	if !m.full {
		return m
	}
	now := m.now()
	// The lesson's flashcards join the reviews once it is done.
	var cards []string
	for _, f := range m.lesson.Flashcards {
		cards = append(cards, f.ID)
	}
	res := progress.QuizResult(m.lesson.ID, m.rightCount(), len(m.round), cards, now)
	pos := m.position()
	m.out, _ = m.out.add(screenQuiz, false, progress.Write{Complete: &res}, progress.Write{Position: &pos})
	return m
}

// handleDoneKey offers a retry, the next lesson or home.
func (m quizModel) handleDoneKey(k tea.KeyMsg) (quizModel, tea.Cmd) {
	switch {
	case key.Matches(k, m.keys.RetryWrong) && m.wrongCount() > 0:
		return m.retryWrong(), nil
	case key.Matches(k, m.keys.Retry):
		return m.start(m.lesson, m.next, 0, nil).savePlace(), nil
	case key.Matches(k, m.keys.Reflect) && m.keys.Reflect.Enabled():
		return m, emit(openReflectMsg{lessonID: m.lesson.ID})
	case key.Matches(k, m.keys.NextLesson) && m.next != nil:
		return m, emit(openLessonMsg{lessonID: m.next.ID})
	case key.Matches(k, m.keys.Home), key.Matches(k, m.keys.Back):
		return m, emit(backMsg{})
	}
	return m, nil
}

// position is the quiz's place, for "Lanjutkan": the next unanswered
// question of a full run. After a run (or during a retry round, which is
// practice on top of a finished run) it points past this lesson.
func (m quizModel) position() progress.Position {
	at := m.now()
	if m.phase == phaseDone || !m.full {
		if m.next != nil {
			return progress.Position{LessonID: m.next.ID, Screen: progress.ScreenReader, At: at}
		}
		return progress.Position{LessonID: m.lesson.ID, Screen: progress.ScreenQuiz, Question: len(m.lesson.Questions), At: at}
	}
	p := m.pos
	if m.phase == phaseFeedback {
		p++ // this answer is saved already
	}
	qi := len(m.lesson.Questions)
	if p < len(m.round) {
		qi = m.round[p]
	}
	return progress.Position{LessonID: m.lesson.ID, Screen: progress.ScreenQuiz, Question: qi, At: at}
}

// rightCount counts right answers in this round.
func (m quizModel) rightCount() int {
	n := 0
	for _, ok := range m.result {
		if ok {
			n++
		}
	}
	return n
}

// wrongCount counts questions of this round not answered right.
func (m quizModel) wrongCount() int {
	return len(m.round) - m.rightCount()
}

// quizSeed is the shuffle seed of a lesson's quiz round.
func quizSeed(lessonID string, round int) string {
	return lessonID + "#" + strconv.Itoa(round)
}
