package classroom

import (
	"sort"
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
	// Seats are sorted by name, then connection id.
	Seats []SeatState
	// Live is the open live question, nil when none.
	Live *tui.LiveQuestion
	// Revealed says the distribution and the answer are out.
	Revealed bool
	// Counts is the distribution so far (see tui.LiveRevealMsg).
	Counts   []int
	Answered int
	// Closed says the class has ended (Close was called).
	Closed bool
}

// Room is the class: who is connected, what each is doing, and the live
// question. Safe for concurrent use by every session and the console.
//
// Messages to learners go through a mailbox per seat (mailbox.go), never
// while the room's lock is held: a learner whose program or connection is
// stuck delays nobody else, neither the other learners nor the console.
type Room struct {
	mu      sync.Mutex
	catalog *lessons.Catalog
	now     func() time.Time
	seats   map[string]*seat
	// statuses remembers each learner's last status, so a status reported
	// before the seat joins, or a rejoin, shows at once.
	statuses map[string]tui.LearnerStatus
	live     *tui.LiveQuestion
	session  string                    // the live session of pushes that name none
	answers  map[string]tui.LiveAnswer // by learner
	shown    bool
	closed   string // the reason, once Close is called
	isClosed bool
	changed  chan struct{}
}

// seat is a joined seat and its mailbox.
type seat struct {
	Seat
	box *mailbox
}

// NewRoom returns an empty room for the course c.
func NewRoom(c *lessons.Catalog, now func() time.Time) *Room {
	if now == nil {
		now = time.Now
	}
	return &Room{catalog: c, now: now, seats: map[string]*seat{}, statuses: map[string]tui.LearnerStatus{},
		answers: map[string]tui.LiveAnswer{}, changed: make(chan struct{})}
}

// touch wakes whoever waits on Changed; r.mu is held.
func (r *Room) touch() {
	close(r.changed)
	r.changed = make(chan struct{})
}

// Join seats a learner; leave removes them (disconnect). A learner who
// rejoins gets a new seat. A live question open at the time is sent, with
// its reveal if it is out; a class already closed sends its ClosingMsg.
// Calling leave more than once is harmless.
func (r *Room) Join(s Seat) (leave func()) {
	st := &seat{Seat: s, box: newMailbox(s.Send)}
	r.mu.Lock()
	if old, ok := r.seats[s.ID]; ok { // an id reused: the old seat is gone
		old.box.stop()
	}
	r.seats[s.ID] = st
	switch {
	case r.isClosed:
		st.box.post(tui.ClosingMsg{Reason: r.closed})
	case r.live != nil:
		st.box.post(tui.LiveQuestionMsg{Q: *r.live})
		if r.shown {
			st.box.post(r.revealLocked())
		}
	}
	r.touch()
	r.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			r.mu.Lock()
			if r.seats[s.ID] == st {
				delete(r.seats, s.ID)
			}
			r.touch()
			r.mu.Unlock()
			st.box.stop()
		})
	}
}

// Status records a learner's status (tui.Deps.OnStatus of their session).
func (r *Room) Status(st tui.LearnerStatus) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.statuses[st.Learner] = st
	r.touch()
}

// Answer records a live answer (tui.Deps.OnLiveAnswer of their session).
// An answer to a question no longer open (a late one, from before the
// trainer ended it or pushed another) is not counted: it is stored all
// the same by the learner's session. A second answer of a learner
// replaces the first.
func (r *Room) Answer(a tui.LiveAnswer) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.live == nil || a.QuestionID != r.live.Question.ID || a.Session != "" && a.Session != r.live.Session {
		return
	}
	r.answers[a.Learner] = a
	r.touch()
}

// Push sends q to every seat (and to seats that join while it is open).
// It replaces any question still open, and its answers. A push that names
// no session gets the room's (the time of the first such push), and one
// that names no lesson gets the question's lesson in the catalog, so a
// caller holding only a question (a load test) pushes a whole one.
func (r *Room) Push(q tui.LiveQuestion) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if q.Session == "" {
		if r.session == "" {
			r.session = r.now().Format("2006-01-02T15:04")
		}
		q.Session = r.session
	}
	if q.LessonID == "" && r.catalog != nil {
		if _, l := r.catalog.Question(q.Question.ID); l != nil {
			q.LessonID = l.ID
		}
	}
	r.live, r.shown, r.answers = &q, false, map[string]tui.LiveAnswer{}
	r.postLocked(tui.LiveQuestionMsg{Q: q})
	r.touch()
}

// Reveal sends the distribution and the right answer to every seat.
// Without an open question it does nothing.
func (r *Room) Reveal() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.live == nil {
		return
	}
	r.shown = true
	r.postLocked(r.revealLocked())
	r.touch()
}

// End ends the live question; every seat goes back to self-study.
// Without an open question it does nothing.
func (r *Room) End() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.live == nil {
		return
	}
	r.live, r.shown, r.answers = nil, false, map[string]tui.LiveAnswer{}
	r.postLocked(tui.LiveEndMsg{})
	r.touch()
}

// Close tells every seat the class ends (tui.ClosingMsg), and every seat
// that joins from now on. Only the first call sends.
func (r *Room) Close(reason string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.isClosed {
		return
	}
	r.isClosed, r.closed = true, reason
	r.postLocked(tui.ClosingMsg{Reason: reason})
	r.touch()
}

// Changed is closed on every change, then replaced, for the console to
// redraw: <-r.Changed() wakes once per change. Take the channel before
// reading State, so no change between the two is missed.
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

// postLocked puts msg in every seat's mailbox; r.mu is held. Posting never
// blocks: each mailbox delivers on its own goroutine, so the order of
// messages to each learner is the order of the room's changes.
func (r *Room) postLocked(msg tea.Msg) {
	for _, s := range r.seats {
		s.box.post(msg)
	}
}

// revealLocked is the reveal message of the open question; r.mu is held.
func (r *Room) revealLocked() tui.LiveRevealMsg {
	counts, answered := r.countsLocked()
	return tui.LiveRevealMsg{QuestionID: r.live.Question.ID, Counts: counts, Answered: answered}
}

// countsLocked is the distribution of the open question's answers; r.mu is
// held. Counts are per option for choice questions (in the question's own
// option order), {true, false} for true/false and {right, wrong} for the
// others, as tui.LiveRevealMsg says.
func (r *Room) countsLocked() ([]int, int) {
	q := r.live.Question
	var counts []int
	switch q.Type {
	case lessons.Single, lessons.Multi:
		counts = make([]int, len(q.Options))
		for _, a := range r.answers {
			for _, c := range uniq(a.Response.Choices) {
				if c >= 0 && c < len(counts) {
					counts[c]++
				}
			}
		}
	case lessons.TrueFalse:
		counts = make([]int, 2)
		for _, a := range r.answers {
			if a.Response.Bool {
				counts[0]++
			} else {
				counts[1]++
			}
		}
	default:
		counts = make([]int, 2)
		for _, a := range r.answers {
			if a.Right {
				counts[0]++
			} else {
				counts[1]++
			}
		}
	}
	return counts, len(r.answers)
}

// uniq drops repeated choices, so a malformed response counts an option
// once.
func uniq(c []int) []int {
	seen := map[int]bool{}
	out := c[:0:0]
	for _, x := range c {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// stateLocked builds the State; r.mu is held.
func (r *Room) stateLocked() RoomState {
	st := RoomState{Revealed: r.shown, Closed: r.isClosed}
	if r.live != nil {
		q := *r.live
		st.Live = &q
		st.Counts, st.Answered = r.countsLocked()
	}
	for _, s := range r.seats {
		c := SeatState{Seat: s.Seat, Status: tui.LearnerStatus{Learner: s.Learner, Name: s.Name}}
		if known, ok := r.statuses[s.Learner]; ok {
			c.Status = known
		}
		_, c.Answered = r.answers[s.Learner]
		st.Seats = append(st.Seats, c)
	}
	sort.Slice(st.Seats, func(i, j int) bool {
		a, b := st.Seats[i], st.Seats[j]
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.ID < b.ID
	})
	return st
}
