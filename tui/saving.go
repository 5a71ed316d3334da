package tui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// This file is the root's side of persistence: screens request saves with
// messages, the root turns them into store Cmds run one at a time from the
// save queue, folds results into its snapshot, keeps failed writes to try
// again, and quits only when nothing is left to write.

// request turns a screen's save request into a queued store write.
func (m Model) request(msg tea.Msg) (tea.Model, tea.Cmd) {
	st, p := m.deps.Store, m.profile
	switch msg := msg.(type) {
	case savePositionMsg:
		return m.enqueue(savePositionCmd(st, p, m.stamp(msg.pos)))
	case saveAnswerMsg:
		return m.enqueue(saveAnswerCmd(st, p, msg.answer))
	case completeLessonMsg:
		return m.enqueue(completeLessonCmd(st, p, msg.result))
	case saveReviewMsg:
		return m.enqueue(saveReviewCmd(st, p, msg.review))
	case undoReviewMsg:
		return m.enqueue(undoReviewCmd(st, p))
	case saveSettingsMsg:
		return m.enqueue(saveSettingsCmd(st, p, msg.settings))
	case saveProfileMsg:
		return m.enqueue(saveProfileCmd(st, msg.profile, msg.choose))
	case saveCheckMsg:
		return m.enqueue(saveCheckCmd(st, p, msg.result))
	case deleteProfileMsg:
		return m.enqueue(deleteProfileCmd(st, msg.id))
	}
	return m, nil
}

// stored folds a finished write into the snapshot, tells the screens that
// show it, and starts the next write.
func (m Model) stored(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.snap = applyToSnapshot(m.snap, msg)
	m.home = m.home.withSnapshot(m.snap, m.deps.Now())
	var cmd tea.Cmd
	switch msg.(type) {
	case reviewSavedMsg, reviewUndoneMsg:
		m.review, cmd = m.review.Update(msg)
	case settingsSavedMsg:
		m.stats = m.stats.withSettings(m.snap.Settings)
	}
	return m.saved(cmd)
}

// stamp fills in the time of a position if the screen left it empty.
func (m Model) stamp(p progress.Position) progress.Position {
	if p.At.IsZero() {
		p.At = m.deps.Now()
	}
	return p
}

// enqueue adds a store write to the save queue.
func (m Model) enqueue(c tea.Cmd) (tea.Model, tea.Cmd) {
	var run tea.Cmd
	m.saves, run = m.saves.push(c)
	return m, run
}

// saved starts the next queued write. A success means the disk works
// again, so writes that failed earlier are queued once more. Once a
// requested quit has nothing left to write, the program ends.
func (m Model) saved(extra tea.Cmd) (tea.Model, tea.Cmd) {
	var next tea.Cmd
	m.saves, next = m.saves.done()
	if len(m.unsaved) > 0 {
		retry := m.unsaved
		m.unsaved = nil
		for _, c := range retry {
			var run tea.Cmd
			m.saves, run = m.saves.push(c)
			next = tea.Batch(next, run)
		}
	} else {
		m.status = ""
	}
	if m.quitting && m.saves.pending() == 0 {
		return m, tea.Quit
	}
	return m, tea.Batch(next, extra)
}

// failed shows an error. A failed write is kept to be tried again, so a
// full disk or a locked file never silently loses an answer.
func (m Model) failed(msg errMsg) (tea.Model, tea.Cmd) {
	m.status = fmt.Sprintf(m.t.saveFailed, msg.op, msg.err)
	if msg.retry == nil {
		m.status = fmt.Sprintf(m.t.opFailed, msg.op, msg.err)
	}
	if !msg.write {
		return m, nil // a failed read: nothing was queued
	}
	if msg.retry != nil {
		m.unsaved = append(m.unsaved, msg.retry)
	}
	var next tea.Cmd
	m.saves, next = m.saves.done()
	if m.quitting && m.saves.pending() == 0 {
		m.quitting, m.quitArmed = false, true
		m.status = fmt.Sprintf(m.t.unsavedQuit, len(m.unsaved), msg.err)
	}
	return m, next
}

// quit saves the current place and any earlier failed write, then quits
// when every write has finished. If writes still fail, the learner is told
// and a second q quits without them.
func (m Model) quit() (tea.Model, tea.Cmd) {
	if m.quitArmed {
		return m, tea.Quit
	}
	m.quitting = true
	cmds := append(m.placeWrites(), m.unsaved...)
	m.unsaved = nil
	if len(cmds) == 0 && m.saves.pending() == 0 {
		return m, tea.Quit
	}
	var run []tea.Cmd
	for _, c := range cmds {
		var r tea.Cmd
		m.saves, r = m.saves.push(c)
		run = append(run, r)
	}
	return m, tea.Batch(run...)
}

// FinalWrites returns the writes still owed when the program ended without
// a normal quit: a closed console window or a terminal hang-up ends the
// loop at once. main runs them after the program, before closing the
// store: the learner's place (and an answered review card), queued writes
// that had not started, and failed ones to try once more. A write already
// running finishes on its own; Close waits for it.
func (m Model) FinalWrites() []tea.Cmd {
	if m.quitting && m.saves.pending() == 0 && len(m.unsaved) == 0 {
		return nil // a normal quit saved everything
	}
	cmds := append(m.placeWrites(), m.saves.waiting...)
	return append(cmds, m.unsaved...)
}

// placeWrites are the writes that keep where the learner is when ajar
// ends: the reader's scroll or the quiz question (the glossary counts as
// the screen it was opened from), and an answered review card's rating.
func (m Model) placeWrites() []tea.Cmd {
	if m.profile == "" {
		return nil
	}
	at := m.screen
	if at == screenGlossary {
		at = m.prev
	}
	switch at {
	case screenReader:
		return []tea.Cmd{savePositionCmd(m.deps.Store, m.profile, m.stamp(m.reader.position()))}
	case screenQuiz:
		return []tea.Cmd{savePositionCmd(m.deps.Store, m.profile, m.stamp(m.quiz.position()))}
	case screenReview:
		if r, ok := m.review.pending(); ok {
			return []tea.Cmd{saveReviewCmd(m.deps.Store, m.profile, r)}
		}
	}
	return nil
}
