package tui

import (
	"errors"
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// This file is the root's side of persistence: screens put save requests
// in their outboxes, the root queues them (savequeue.go), folds committed
// effects into the learner's progress and tells the screens, so their
// "saved" marks follow the disk. A write that fails for a reason that may
// pass (a full disk) stalls the queue and is retried, keeping every later
// write behind it in order; quitting waits until nothing is left to write.

// takeSaves queues the requests the screens made in the last Update, in
// the order they were made.
func (m Model) takeSaves() (Model, tea.Cmd) {
	var reqs, r []saveReq
	m.quiz.out, r = m.quiz.out.take()
	reqs = append(reqs, r...)
	m.review.out, r = m.review.out.take()
	reqs = append(reqs, r...)
	m.reader.out, r = m.reader.out.take()
	reqs = append(reqs, r...)
	m.stats.out, r = m.stats.out.take()
	reqs = append(reqs, r...)
	m.check.out, r = m.check.out.take()
	reqs = append(reqs, r...)
	m.reflect.out, r = m.reflect.out.take()
	reqs = append(reqs, r...)
	m.live.out, r = m.live.out.take()
	reqs = append(reqs, r...)
	var cmds []tea.Cmd
	for _, req := range reqs {
		req.writes = m.stampAll(req.writes)
		var c tea.Cmd
		m, c = m.queue(saveJob{profile: m.profile, reqs: []saveReq{req}})
		cmds = append(cmds, c)
	}
	return m, tea.Batch(cmds...)
}

// write queues writes of the root's own (no mark shows for them).
func (m Model) write(ws ...progress.Write) (Model, tea.Cmd) {
	if m.profile == "" || len(ws) == 0 {
		return m, nil
	}
	return m.queue(saveJob{profile: m.profile, reqs: []saveReq{{writes: ws}}})
}

// queue adds a job to the save queue.
func (m Model) queue(j saveJob) (Model, tea.Cmd) {
	var run tea.Cmd
	m.saves, run = m.saves.push(j)
	return m, run
}

// applyTo folds a committed group into the learner's progress, tells the
// screens that asked, and starts the next write.
func (msg savedMsg) applyTo(m Model) (Model, tea.Cmd) {
	var tags []saveTag
	i := 0
	for _, j := range msg.jobs {
		for _, r := range j.reqs {
			for range r.writes {
				// Saves queued for a learner before a switch still land in
				// that learner's file; only the active one is on screen.
				if msg.profile == m.profile && m.learner != nil {
					m.learner.Apply(msg.effects[i])
				}
				i++
			}
			if r.tag.n != 0 {
				tags = append(tags, r.tag)
			}
		}
	}
	m.retryDelay = 0
	if !m.damaged {
		m.status = ""
	}
	if m.learner != nil && msg.profile == m.profile {
		m.home = m.home.withLearner(m.learner, m.deps.Now())
		m.stats = m.stats.withSettings(m.learner.Settings)
	}
	m, cmd := m.tellScreens(saveResultMsg{tags: tags})
	return m.advance(m.saves.done, cmd)
}

// applyTo handles a group the store refused. A group of several
// requests is split and tried one by one, to find the one at fault. A
// single request that may succeed later (the disk is full, the folder
// unwritable) stalls the queue and is retried with growing pauses; one
// that never will (the store refused the data, the file is damaged) is
// dropped, and the screen that asked shows it unsaved.
func (msg saveFailedMsg) applyTo(m Model) (Model, tea.Cmd) {
	if len(msg.jobs) > 1 {
		return m.advance(func() (saveQueue, tea.Cmd) { return m.saves.split(msg.jobs) }, nil)
	}
	job := msg.jobs[0]
	var tags []saveTag
	once := false
	for _, r := range job.reqs {
		once = once || r.once
		if r.tag.n != 0 {
			tags = append(tags, r.tag)
		}
	}
	m, cmd := m.tellScreens(saveResultMsg{tags: tags, err: msg.err})
	if errors.Is(msg.err, progress.ErrCorrupt) {
		m.damaged, m.status = true, m.t.storeError(msg.err)
	}
	if once || !mayPass(msg.err) {
		if !m.damaged {
			m.status = fmt.Sprintf(m.t.saveDropped, m.t.storeError(msg.err))
		}
		return m.advance(m.saves.done, cmd)
	}
	m.status = fmt.Sprintf(m.t.saveFailed, m.t.storeError(msg.err))
	m.saves = m.saves.stall(job)
	first := m.deps.RetryDelay
	if first <= 0 {
		first = time.Second
	}
	m.retryDelay = min(max(2*m.retryDelay, first), 10*first)
	if m.quitting {
		m.quitting, m.quitArmed = false, true
		m.status = fmt.Sprintf(m.t.unsavedQuit, m.saves.pending(), m.t.storeError(msg.err))
	}
	return m, tea.Batch(cmd, retryAfter(m.retryDelay))
}

// mayPass reports whether a failed write could succeed if tried again:
// not when the store refused the data itself, nor when the file is
// damaged (nothing more is written to it).
func mayPass(err error) bool {
	for _, final := range []error{progress.ErrInvalid, progress.ErrCheckTaken, progress.ErrCorrupt,
		progress.ErrNothingToUndo, progress.ErrClosed, progress.ErrNewerSchema} {
		if errors.Is(err, final) {
			return false
		}
	}
	return true
}

// applyTo tries a stalled write again.
func (retrySavesMsg) applyTo(m Model) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.saves, cmd = m.saves.resume()
	return m, cmd
}

// advance moves the queue with step, and ends the program once a quit is
// waiting and nothing is left to write.
func (m Model) advance(step func() (saveQueue, tea.Cmd), extra tea.Cmd) (Model, tea.Cmd) {
	var next tea.Cmd
	m.saves, next = step()
	if m.quitting && m.saves.pending() == 0 {
		return m, tea.Batch(extra, tea.Quit)
	}
	return m, tea.Batch(next, extra)
}

// tellScreens passes a save result to the screens that make requests.
func (m Model) tellScreens(r saveResultMsg) (Model, tea.Cmd) {
	if len(r.tags) == 0 {
		return m, nil
	}
	var cmd tea.Cmd
	m.quiz = m.quiz.saveResult(r)
	m.review, cmd = m.review.saveResult(r)
	m.check = m.check.saveResult(r)
	// The reflection's mark moves to the quiz when its screen closes,
	// which may be before or after this result arrives.
	m.reflect.mark = m.reflect.mark.update(r)
	m.quiz = m.quiz.withReflectMark(m.reflect.lesson, m.reflect.mark)
	var sent []LiveAnswer
	m.live, sent = m.live.saveResult(r)
	return m, tea.Batch(cmd, m.liveAnswered(sent))
}

// applyTo shows an error of a read or of a profile change.
func (msg errMsg) applyTo(m Model) (Model, tea.Cmd) {
	m.status = fmt.Sprintf(m.t.opFailed, msg.op, m.t.storeError(msg.err))
	if errors.Is(msg.err, progress.ErrCorrupt) {
		m.damaged = true
		m.status = m.t.storeError(msg.err)
	}
	return m, nil
}

// quit saves the current place, then quits when every write has finished.
// If writes keep failing, the learner is told and a second q quits
// without them (main still tries them once more).
func (m Model) quit() (Model, tea.Cmd) {
	if m.quitArmed {
		return m, tea.Quit
	}
	m.quitting = true
	m, cmd := m.write(m.placeWrites()...)
	if m.saves.stalled {
		m.quitting, m.quitArmed = false, true
		m.status = fmt.Sprintf(m.t.unsavedQuit, m.saves.pending(), m.status)
		return m, cmd
	}
	if m.saves.pending() == 0 {
		return m, tea.Quit
	}
	return m, cmd
}

// FinalWrites returns the writes still owed when the program ended without
// a normal quit: a closed console window or a terminal hang-up ends the
// loop at once. main runs them after the program, before closing the
// store: the learner's place (and an answered review card's rating), then
// every queued write that had not started, in order. A write already
// running finishes on its own; Close waits for it.
func (m Model) FinalWrites() []tea.Cmd {
	var cmds []tea.Cmd
	for _, j := range m.saves.waiting {
		if j.req == nil {
			cmds = append(cmds, applyCmd(m.deps.Store, j.profile, []saveJob{j}))
		}
	}
	if m.quitting && len(cmds) == 0 {
		return nil // a normal quit saved everything, the place included
	}
	if ws := m.placeWrites(); len(ws) > 0 {
		cmds = append(cmds, applyCmd(m.deps.Store, m.profile, []saveJob{{reqs: []saveReq{{writes: ws}}}}))
	}
	return cmds
}

// placeWrites are the writes that keep where the learner is when ajar
// ends: the reader's scroll or the quiz question (the glossary counts as
// the screen it was opened from, a live question the screen it came
// over), an answered review card's rating, a
// module check under way, recorded as cut off, and a reflection being
// written.
func (m Model) placeWrites() []progress.Write {
	if m.profile == "" {
		return nil
	}
	at := m.screen
	if at == screenLive {
		at = m.liveFrom
	}
	if at == screenGlossary {
		at = m.prev
	}
	return m.stampAll(slots[at].place(m))
}

// stampAll stamps the positions among writes that carry no time.
func (m Model) stampAll(ws []progress.Write) []progress.Write {
	for i, w := range ws {
		if w.Position != nil && w.Position.At.IsZero() {
			pos := m.stamp(*w.Position)
			ws[i].Position = &pos
		}
	}
	return ws
}

// stamp fills in the time of a position if the screen left it empty.
func (m Model) stamp(p progress.Position) progress.Position {
	if p.At.IsZero() {
		p.At = m.deps.Now()
	}
	return p
}
