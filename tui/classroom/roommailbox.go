package classroom

import (
	"sync"

	tea "github.com/charmbracelet/bubbletea"
)

// maxQueued bounds what waits for one learner. Only the trainer's actions
// (push, reveal, end, close) queue messages, a few a minute, so a learner
// this far behind is stuck; the oldest go first, as the newest carry the
// room's present state (and a closing note is always the last).
const maxQueued = 64

// mailbox delivers one seat's messages in order on its own goroutine, so
// that a Send that blocks (a learner's program busy drawing to a
// connection that no longer reads) holds up only that learner.
type mailbox struct {
	send func(tea.Msg)

	mu      sync.Mutex
	queue   []tea.Msg
	stopped bool
	wake    chan struct{} // capacity 1: a post while delivering is not lost
	done    chan struct{}
}

// newMailbox starts the delivery goroutine for send; a nil send drops
// everything.
func newMailbox(send func(tea.Msg)) *mailbox {
	b := &mailbox{send: send, wake: make(chan struct{}, 1), done: make(chan struct{})}
	if send != nil {
		go b.run()
	}
	return b
}

// post queues msg without blocking.
func (b *mailbox) post(msg tea.Msg) {
	if b.send == nil {
		return
	}
	b.mu.Lock()
	if b.stopped {
		b.mu.Unlock()
		return
	}
	if len(b.queue) >= maxQueued {
		b.queue = b.queue[1:]
	}
	b.queue = append(b.queue, msg)
	b.mu.Unlock()
	select {
	case b.wake <- struct{}{}:
	default:
	}
}

// stop drops what is queued and ends the goroutine once any Send under way
// returns: the learner has left.
func (b *mailbox) stop() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.stopped {
		b.stopped, b.queue = true, nil
		close(b.done)
	}
}

// run delivers until stopped.
func (b *mailbox) run() {
	for {
		select {
		case <-b.done:
			return
		case <-b.wake:
		}
		for {
			b.mu.Lock()
			if b.stopped || len(b.queue) == 0 {
				b.mu.Unlock()
				break
			}
			msg := b.queue[0]
			b.queue = b.queue[1:]
			b.mu.Unlock()
			b.send(msg)
		}
	}
}
