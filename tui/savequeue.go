package tui

import tea "github.com/charmbracelet/bubbletea"

// saveQueue runs store writes one at a time, in the order they were asked
// for, so a later position can never be overwritten by an earlier one that
// happened to commit last. The UI never waits on it: requests queue up and
// the next write starts when the previous result arrives.
type saveQueue struct {
	waiting []tea.Cmd
	busy    bool
}

// push queues a write and returns the Cmd to run now, if the queue was idle.
func (q saveQueue) push(c tea.Cmd) (saveQueue, tea.Cmd) {
	if q.busy {
		q.waiting = append(q.waiting[:len(q.waiting):len(q.waiting)], c)
		return q, nil
	}
	q.busy = true
	return q, c
}

// done marks the running write finished and returns the next one, if any.
func (q saveQueue) done() (saveQueue, tea.Cmd) {
	if len(q.waiting) == 0 {
		q.busy = false
		return q, nil
	}
	next := q.waiting[0]
	q.waiting = q.waiting[1:]
	return q, next
}

// pending is the number of writes not yet finished.
func (q saveQueue) pending() int {
	n := len(q.waiting)
	if q.busy {
		n++
	}
	return n
}
