package tui

import "ajar/lessons"

// The learner's side of a class over SSH (ajar serve): the messages the
// class server sends to a learner's program, and what the program reports
// back through Deps.OnLiveAnswer and Deps.OnStatus.

// LiveQuestion is a question the trainer pushes to every learner of a
// class: the learner's screen switches to it, and returns to where the
// learner was once the trainer ends it.
type LiveQuestion struct {
	// Session names the live session: its start, e.g. "2026-12-05T09:00",
	// so reports can say which session an answer came from.
	Session  string
	LessonID string
	Question lessons.Question
}

// LiveQuestionMsg tells a learner's program to show q.
type LiveQuestionMsg struct{ Q LiveQuestion }

// LiveRevealMsg tells a learner's program the right answer is out: show
// it, the explanation and the room's distribution: Counts[i] learners
// chose option i in the question's own (written) order for single and
// multi, Counts is {true, false} for truefalse and {right, wrong} for the
// other types.
type LiveRevealMsg struct {
	QuestionID string
	Counts     []int
	Answered   int
}

// LiveEndMsg returns the learner to self-study exactly where they were.
type LiveEndMsg struct{}

// ClosingMsg tells a learner's program the class is ending: it shows
// Reason, flushes every pending save and quits.
type ClosingMsg struct{ Reason string }

// LiveAnswer is one learner's answer to a live question, reported after it
// is committed to the store.
type LiveAnswer struct {
	Learner    string // profile id
	Session    string
	QuestionID string
	Response   lessons.Response
	Right      bool
}

// LearnerStatus is what the trainer's room overview shows of a learner.
type LearnerStatus struct {
	Learner     string // profile id
	Name        string
	Lesson      string // title of the lesson on screen, "" on the course map
	LessonsDone int
	LastCheck   string // e.g. "4/5 (80%)", "" when none
}
