package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// maxGroup bounds how many requests one transaction commits, so a long
// backlog is written in steps and each result reaches the screen soon.
const maxGroup = 64

// saveJob is one entry of the save queue: a screen's request for a
// learner (reqs has one element until a group is formed), or another
// store call (run) such as loading a learner or saving a profile.
type saveJob struct {
	profile string
	reqs    []saveReq
	// alone: the job failed as part of a group and now runs by itself,
	// to find which request of the group the store refused.
	alone bool
	run   tea.Cmd
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

// next starts the next call: a run job by itself, or the first learner
// request with every request after it for the same learner, up to
// maxGroup.
func (q saveQueue) next() (saveQueue, tea.Cmd) {
	if len(q.waiting) == 0 || q.stalled {
		q.busy = false
		return q, nil
	}
	q.busy = true
	first := q.waiting[0]
	if first.run != nil {
		q.waiting = q.waiting[1:]
		return q, finishes(first.run)
	}
	n := 1
	for !first.alone && n < len(q.waiting) && n < maxGroup {
		j := q.waiting[n]
		if j.run != nil || j.alone || j.profile != first.profile {
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

// jobDoneMsg wraps the result of a run job, so the root knows the queue
// can move on before it handles the result itself. Sent by finishes;
// handled by the root.
type jobDoneMsg struct{ msg tea.Msg }

// finishes wraps a run job's Cmd so its result arrives as jobDoneMsg.
func finishes(run tea.Cmd) tea.Cmd {
	return func() tea.Msg { return jobDoneMsg{msg: run()} }
}
