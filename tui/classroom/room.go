package classroom

import (
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/tui"
)

// Seat is one connected learner as the room sees them.
type Seat struct {
	ID      string        // connection id, unique per connection
	Learner string        // profile id
	Name    string        // the learner's name
	Send    func(tea.Msg) // delivers a message to the learner's program
}

// SeatState is a seat as the console shows it.
type SeatState struct {
	Seat
	Status   tui.LearnerStatus
	Answered bool // has answered the open live question
}

// RoomState is a copy of the room for the console.
type RoomState struct {
	Seats []SeatState
	// Live is the open live question, nil when none.
	Live *tui.LiveQuestion
	// Revealed says the distribution and the answer are out.
	Revealed bool
	// Counts is the distribution so far (see tui.LiveRevealMsg).
	Counts   []int
	Answered int
}

// Room is the class: who is connected, what each is doing, and the live
// question. Safe for concurrent use by every session and the console.
type Room struct {
	mu      sync.Mutex
	catalog *lessons.Catalog
	now     func() time.Time
	seats   map[string]*SeatState
	live    *tui.LiveQuestion
	answers map[string]tui.LiveAnswer // by learner
	shown   bool
	changed chan struct{}
}

// NewRoom returns an empty room for the course c.
func NewRoom(c *lessons.Catalog, now func() time.Time) *Room {
	return &Room{catalog: c, now: now, seats: map[string]*SeatState{}, answers: map[string]tui.LiveAnswer{}, changed: make(chan struct{})}
}

// touch wakes whoever waits on Changed; r.mu is held.
func (r *Room) touch() {
	close(r.changed)
	r.changed = make(chan struct{})
}

// Join seats a learner; leave removes them (disconnect). A learner who
// rejoins gets a new seat. A live question open at the time is sent.
func (r *Room) Join(s Seat) (leave func()) {
	r.mu.Lock()
	r.seats[s.ID] = &SeatState{Seat: s, Status: tui.LearnerStatus{Learner: s.Learner, Name: s.Name}}
	live := r.live
	r.touch()
	r.mu.Unlock()
	if live != nil && s.Send != nil {
		s.Send(tui.LiveQuestionMsg{Q: *live})
	}
	return func() {
		r.mu.Lock()
		delete(r.seats, s.ID)
		r.touch()
		r.mu.Unlock()
	}
}

// Status records a learner's status (tui.Deps.OnStatus of their session).
func (r *Room) Status(st tui.LearnerStatus) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range r.seats {
		if s.Learner == st.Learner {
			s.Status = st
		}
	}
	r.touch()
}

// Answer records a live answer (tui.Deps.OnLiveAnswer of their session).
func (r *Room) Answer(a tui.LiveAnswer) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.live == nil || a.QuestionID != r.live.Question.ID {
		return
	}
	r.answers[a.Learner] = a
	r.touch()
}

// Push sends q to every seat (and to seats that join while it is open).
func (r *Room) Push(q tui.LiveQuestion) {
	r.mu.Lock()
	r.live, r.shown, r.answers = &q, false, map[string]tui.LiveAnswer{}
	seats := r.sendersLocked()
	r.touch()
	r.mu.Unlock()
	for _, send := range seats {
		send(tui.LiveQuestionMsg{Q: q})
	}
}

// Reveal sends the distribution and the right answer to every seat.
func (r *Room) Reveal() {
	r.mu.Lock()
	if r.live == nil {
		r.mu.Unlock()
		return
	}
	r.shown = true
	st := r.stateLocked()
	msg := tui.LiveRevealMsg{QuestionID: r.live.Question.ID, Counts: st.Counts, Answered: st.Answered}
	seats := r.sendersLocked()
	r.touch()
	r.mu.Unlock()
	for _, send := range seats {
		send(msg)
	}
}

// End ends the live question; every seat goes back to self-study.
func (r *Room) End() {
	r.mu.Lock()
	r.live, r.shown = nil, false
	seats := r.sendersLocked()
	r.touch()
	r.mu.Unlock()
	for _, send := range seats {
		send(tui.LiveEndMsg{})
	}
}

// Close tells every seat the class ends (tui.ClosingMsg).
func (r *Room) Close(reason string) {
	r.mu.Lock()
	seats := r.sendersLocked()
	r.mu.Unlock()
	for _, send := range seats {
		send(tui.ClosingMsg{Reason: reason})
	}
}

// Changed is closed on every change, then replaced, for the console to
// redraw: <-r.Changed() wakes once per change.
func (r *Room) Changed() <-chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.changed
}

// State is a copy of the room for the console.
func (r *Room) State() RoomState {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stateLocked()
}

// sendersLocked lists every seat's Send; r.mu is held. Sending happens
// after unlocking, so a slow learner's program never holds the room.
func (r *Room) sendersLocked() []func(tea.Msg) {
	var out []func(tea.Msg)
	for _, s := range r.seats {
		if s.Send != nil {
			out = append(out, s.Send)
		}
	}
	return out
}

// stateLocked builds the State; r.mu is held. Counts are per option for
// choice questions (in the question's own option order) and {right,
// wrong} for the others.
func (r *Room) stateLocked() RoomState {
	st := RoomState{Revealed: r.shown}
	if r.live != nil {
		q := *r.live
		st.Live = &q
		switch q.Question.Type {
		case lessons.Single, lessons.Multi:
			st.Counts = make([]int, len(q.Question.Options))
			for _, a := range r.answers {
				for _, c := range a.Response.Choices {
					if c >= 0 && c < len(st.Counts) {
						st.Counts[c]++
					}
				}
			}
		case lessons.TrueFalse:
			st.Counts = make([]int, 2)
			for _, a := range r.answers {
				if a.Response.Bool {
					st.Counts[0]++
				} else {
					st.Counts[1]++
				}
			}
		default:
			st.Counts = make([]int, 2)
			for _, a := range r.answers {
				if a.Right {
					st.Counts[0]++
				} else {
					st.Counts[1]++
				}
			}
		}
		st.Answered = len(r.answers)
	}
	for _, s := range r.seats {
		c := *s
		_, c.Answered = r.answers[s.Learner]
		st.Seats = append(st.Seats, c)
	}
	return st
}
