package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// maxGroup bounds how many requests one transaction commits, so a long
// backlog is written in steps and each result reaches the screen soon.
const maxGroup = 64

// saveRequest is a message asking for a store call other than a
// learner's writes: loading a learner, saving or deleting a profile. It
// knows its own call, so the root queues every kind the same way.
type saveRequest interface {
	// apply makes the call; the save queue runs it in a Cmd, never on
	// the UI thread.
	apply(store progress.Store) saveResult
}

// saveResult is a message reporting a store call (or asking the queue to
// retry one). It knows how it changes the root, so the root handles every
// kind the same way.
type saveResult interface {
	// applyTo folds the result into the root and returns what follows.
	applyTo(m Model) (Model, tea.Cmd)
}

// The store messages the root handles, checked here: one that lost its
// method would fall through route to the active screen and be dropped.
var (
	_ saveRequest = loadSnapshotMsg{}
	_ saveRequest = saveProfileMsg{}
	_ saveRequest = deleteProfileMsg{}
	_ saveResult  = snapshotLoadedMsg{}
	_ saveResult  = profilesLoadedMsg{}
	_ saveResult  = verifiedMsg{}
	_ saveResult  = errMsg{}
	_ saveResult  = savedMsg{}
	_ saveResult  = saveFailedMsg{}
	_ saveResult  = retrySavesMsg{}
	_ saveResult  = jobDoneMsg{}
)

// saveJob is one entry of the save queue: a screen's request for a
// learner (reqs has one element until a group is formed), or another
// store call (req) such as loading a learner or saving a profile.
type saveJob struct {
	profile string
	reqs    []saveReq
	// alone: the job failed as part of a group and now runs by itself,
	// to find which request of the group the store refused.
	alone bool
	req   saveRequest
}

// saveQueue runs store calls one at a time, in the order they were asked
// for, so a later position can never be overwritten by an earlier one that
// happened to commit last. The UI never waits on it: requests queue up,
// and when a write ends, every learner request that queued meanwhile is
// committed in one transaction (group commit): a burst of answers costs one
// commit, not one each, and still lands in order.
type saveQueue struct {
	store   progress.Store
	waiting []saveJob
	busy    bool // a call is under way
	stalled bool // the first waiting job failed and waits to be retried
}

// push queues a job and returns the Cmd to run now, if the queue was idle.
func (q saveQueue) push(j saveJob) (saveQueue, tea.Cmd) {
	q.waiting = append(q.waiting[:len(q.waiting):len(q.waiting)], j)
	if q.busy || q.stalled {
		return q, nil
	}
	return q.next()
}

// next starts the next call: a store request by itself, or the first learner
// request with every request after it for the same learner, up to
// maxGroup.
func (q saveQueue) next() (saveQueue, tea.Cmd) {
	if len(q.waiting) == 0 || q.stalled {
		q.busy = false
		return q, nil
	}
	q.busy = true
	first := q.waiting[0]
	if first.req != nil {
		q.waiting = q.waiting[1:]
		store := q.store
		return q, finishes(func() saveResult { return first.req.apply(store) })
	}
	n := 1
	for !first.alone && n < len(q.waiting) && n < maxGroup {
		j := q.waiting[n]
		if j.req != nil || j.alone || j.profile != first.profile {
			break
		}
		n++
	}
	group := append([]saveJob(nil), q.waiting[:n]...)
	q.waiting = q.waiting[n:]
	return q, applyCmd(q.store, first.profile, group)
}

// done marks the running call finished and starts the next one.
func (q saveQueue) done() (saveQueue, tea.Cmd) {
	q.busy = false
	return q.next()
}

// split puts the jobs of a failed group back at the head of the queue, to
// run one by one.
func (q saveQueue) split(jobs []saveJob) (saveQueue, tea.Cmd) {
	back := make([]saveJob, 0, len(jobs)+len(q.waiting))
	for _, j := range jobs {
		j.alone = true
		back = append(back, j)
	}
	q.waiting = append(back, q.waiting...)
	return q.done()
}

// stall puts a job that failed for a reason that may pass (a full disk)
// back at the head of the queue and stops until resume: later writes wait
// behind it, so they still land in order.
func (q saveQueue) stall(j saveJob) saveQueue {
	j.alone = true
	q.waiting = append([]saveJob{j}, q.waiting...)
	q.busy, q.stalled = false, true
	return q
}

// resume starts the queue again after a stall.
func (q saveQueue) resume() (saveQueue, tea.Cmd) {
	q.stalled = false
	if q.busy {
		return q, nil
	}
	return q.next()
}

// pending is the number of jobs not yet finished.
func (q saveQueue) pending() int {
	n := len(q.waiting)
	if q.busy {
		n++
	}
	return n
}

// jobDoneMsg wraps the result of a store request, so the queue moves on
// before the result itself is applied. Sent by finishes; a saveResult.
type jobDoneMsg struct{ msg saveResult }

// finishes runs a store call in a Cmd; its result arrives as jobDoneMsg.
func finishes(call func() saveResult) tea.Cmd {
	return func() tea.Msg { return jobDoneMsg{msg: call()} }
}

// applyTo moves the queue on, then applies the wrapped result.
func (msg jobDoneMsg) applyTo(m Model) (Model, tea.Cmd) {
	m, cmd := m.advance(m.saves.done, nil)
	if msg.msg == nil {
		return m, cmd
	}
	m, inner := msg.msg.applyTo(m)
	return m, tea.Batch(cmd, inner)
}
