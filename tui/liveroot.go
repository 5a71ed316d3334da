package tui

import (
	"fmt"
	"sync"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// The root's side of a class (ajar serve): the class server's messages
// (live.go) switch to the live question and back, end the session, and
// in a locked session the learner picker's requests go nowhere. The
// status and the live answers go back to the class through Deps hooks,
// always from a Cmd: a hook may block on the class's lock, and the UI
// loop must not wait for it.

// classMsg handles the class's messages; done is false for the others.
func (m Model) classMsg(msg tea.Msg) (done bool, _ Model, _ tea.Cmd) {
	switch msg := msg.(type) {
	case LiveQuestionMsg:
		if m.profile == "" {
			return true, m, nil // nobody to answer yet
		}
		m.live = m.live.start(msg.Q, m.profile)
		return true, m.toLive(), nil
	case LiveRevealMsg:
		live, ours := m.live.reveal(msg)
		if !ours {
			return true, m, nil
		}
		m.live = live
		return true, m.toLive(), nil
	case LiveEndMsg:
		m.live = m.live.end()
		return true, m.leaveLive(), nil
	case closeLiveMsg:
		return true, m.leaveLive(), nil
	case ClosingMsg:
		// The normal quit: the place is saved and the program ends once
		// every queued write has committed.
		m.closing = msg.Reason
		m, cmd := m.quit()
		return true, m, cmd
	case openProfilesMsg, chooseProfileMsg, saveProfileMsg, deleteProfileMsg:
		// A class session is one learner's: no picker, and no adding,
		// renaming or deleting learners, whatever asks for it.
		return m.deps.Locked, m, nil
	}
	return false, m, nil
}

// toLive shows the live question over the screen the learner is on, which
// keeps its state (a lesson's scroll, a quiz's question) for the return.
func (m Model) toLive() Model {
	if m.screen != screenLive {
		m.liveFrom = m.screen
	}
	m.screen = screenLive
	m.live = m.live.setSize(m.width, max(m.height-m.frameHeights(), 1))
	return m
}

// leaveLive returns to the screen the live question came over.
func (m Model) leaveLive() Model {
	if m.screen == screenLive {
		m.screen = m.liveFrom
	}
	return m
}

// liveAnswered reports committed live answers to the class.
func (m Model) liveAnswered(sent []LiveAnswer) tea.Cmd {
	tell := m.deps.OnLiveAnswer
	if tell == nil || len(sent) == 0 {
		return nil
	}
	for i := range sent {
		sent[i].Learner = m.profile
	}
	return func() tea.Msg {
		for _, a := range sent {
			tell(a)
		}
		return nil
	}
}

// reportStatus tells the class the learner's status when it changed
// since it was last told: at start, once the progress has loaded, when a
// lesson is opened or left, completed, or a check is recorded.
func (m Model) reportStatus() (Model, tea.Cmd) {
	tell := m.deps.OnStatus
	if tell == nil || m.learner == nil {
		return m, nil
	}
	st := m.learnerStatus()
	if st == m.reported {
		return m, nil
	}
	m.reported = st
	m.told.n++
	n, told := m.told.n, m.told.last
	return m, func() tea.Msg {
		// bubbletea runs Cmds concurrently: two changes in quick
		// succession (a lesson opened, then left) could reach the room
		// in the wrong order and leave it showing the older one.
		told.mu.Lock()
		defer told.mu.Unlock()
		if n > told.n {
			told.n = n
			tell(st)
		}
		return nil
	}
}

// statusOrder numbers the status reports, so the room only ever hears a
// newer one than it has (see reportStatus).
type statusOrder struct {
	n    uint64      // reports made, in the root
	last *statusTold // the newest one told, shared by the Cmds
}

// statusTold is the number of the newest status told to the room.
type statusTold struct {
	mu sync.Mutex
	n  uint64
}

// learnerStatus is what the trainer's room overview shows of the learner.
func (m Model) learnerStatus() LearnerStatus {
	st := LearnerStatus{Learner: m.profile, Name: m.learnerName(), Lesson: m.lessonOnScreen()}
	for _, l := range m.deps.Catalog.Lessons() {
		if m.learner.Lessons[l.ID].Completed() {
			st.LessonsDone++
		}
	}
	var last progress.CheckResult
	for _, c := range m.learner.Checks {
		if last.Total == 0 || c.At.After(last.At) {
			last = c
		}
	}
	if last.Total > 0 {
		st.LastCheck = fmt.Sprintf("%d/%d (%d%%)", last.Correct, last.Total, last.Correct*100/last.Total)
	}
	return st
}

// lessonOnScreen is the title of the lesson the learner is reading or
// taking the quiz of, counting the glossary, a reflection and a live
// question as the screen they were opened over; "" elsewhere.
func (m Model) lessonOnScreen() string {
	at := m.screen
	if at == screenLive {
		at = m.liveFrom
	}
	if at == screenGlossary {
		at = m.prev
	}
	if at == screenReflect {
		at = m.reflectFrom
	}
	switch {
	case at == screenReader && m.reader.lesson != nil:
		return m.reader.lesson.Title
	case at == screenQuiz && m.quiz.lesson != nil:
		return m.quiz.lesson.Title
	}
	return ""
}
