package classroom

import (
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/tui"
)

// inbox records what a seat receives.
type inbox struct {
	mu   sync.Mutex
	msgs []tea.Msg
	got  chan struct{}
}

func newInbox() *inbox { return &inbox{got: make(chan struct{}, 1000)} }

func (in *inbox) send(m tea.Msg) {
	in.mu.Lock()
	in.msgs = append(in.msgs, m)
	in.mu.Unlock()
	in.got <- struct{}{}
}

// wait returns the first n messages, failing t if they do not come.
func (in *inbox) wait(t *testing.T, n int) []tea.Msg {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		in.mu.Lock()
		if len(in.msgs) >= n {
			out := append([]tea.Msg(nil), in.msgs...)
			in.mu.Unlock()
			return out
		}
		in.mu.Unlock()
		select {
		case <-in.got:
		case <-deadline:
			t.Fatalf("got %d messages, want %d", len(in.msgs), n)
		}
	}
}

func single() tui.LiveQuestion {
	return tui.LiveQuestion{Session: "2026-12-05T09:00", LessonID: "l1", Question: lessons.Question{
		ID: "q1", Type: lessons.Single, Prompt: "Ibu kota?",
		Options: []lessons.Option{{Text: "Jakarta", Correct: true}, {Text: "Bandung"}, {Text: "Medan"}}}}
}

func seatOf(id, learner string, in *inbox) Seat {
	return Seat{ID: id, Learner: learner, Name: "Nama " + learner, Send: in.send}
}

// TestRoomDeliversToEverySeat: push, reveal, end and close reach every
// seat, in order.
func TestRoomDeliversToEverySeat(t *testing.T) {
	r := NewRoom(nil, nil)
	var boxes []*inbox
	for i := range 5 {
		in := newInbox()
		boxes = append(boxes, in)
		r.Join(seatOf(fmt.Sprint("c", i), fmt.Sprint("p", i), in))
	}
	q := single()
	r.Push(q)
	r.Answer(tui.LiveAnswer{Learner: "p0", Session: q.Session, QuestionID: "q1", Response: lessons.Response{Choices: []int{0}}, Right: true})
	r.Answer(tui.LiveAnswer{Learner: "p1", Session: q.Session, QuestionID: "q1", Response: lessons.Response{Choices: []int{2}}})
	r.Reveal()
	r.End()
	r.Close("selesai")
	want := []tea.Msg{tui.LiveQuestionMsg{Q: q}, tui.LiveRevealMsg{QuestionID: "q1", Counts: []int{1, 0, 1}, Answered: 2},
		tui.LiveEndMsg{}, tui.ClosingMsg{Reason: "selesai"}}
	for i, in := range boxes {
		if got := in.wait(t, 4); !reflect.DeepEqual(got, want) {
			t.Errorf("seat %d got %#v, want %#v", i, got, want)
		}
	}
}

// TestRoomJoinLate: a seat that joins while a question is open gets it
// (and its reveal once out); one that joins a closed class is told so.
func TestRoomJoinLate(t *testing.T) {
	r := NewRoom(nil, nil)
	q := single()
	r.Push(q)
	a := newInbox()
	r.Join(seatOf("a", "pa", a))
	if got := a.wait(t, 1); !reflect.DeepEqual(got[0], tui.LiveQuestionMsg{Q: q}) {
		t.Errorf("late joiner got %#v", got)
	}
	r.Reveal()
	b := newInbox()
	r.Join(seatOf("b", "pb", b))
	got := b.wait(t, 2)
	if _, ok := got[1].(tui.LiveRevealMsg); !ok {
		t.Errorf("joiner after reveal got %#v", got)
	}
	r.End()
	c := newInbox()
	r.Join(seatOf("c", "pc", c))
	r.Close("bye")
	d := newInbox()
	r.Join(seatOf("d", "pd", d))
	if got := c.wait(t, 1); !reflect.DeepEqual(got, []tea.Msg{tui.ClosingMsg{Reason: "bye"}}) {
		t.Errorf("seat after end got %#v, want only the closing", got)
	}
	if got := d.wait(t, 1); !reflect.DeepEqual(got, []tea.Msg{tui.ClosingMsg{Reason: "bye"}}) {
		t.Errorf("seat joining a closed class got %#v", got)
	}
}

// TestRoomCounts: the distribution per question type, one answer per
// learner (a second replaces the first), late answers not counted.
func TestRoomCounts(t *testing.T) {
	for _, c := range []struct {
		q       lessons.Question
		answers []tui.LiveAnswer
		want    []int
	}{
		{single().Question, []tui.LiveAnswer{
			{Learner: "a", Response: lessons.Response{Choices: []int{1}}},
			{Learner: "a", Response: lessons.Response{Choices: []int{0}}, Right: true}, // changed mind
			{Learner: "b", Response: lessons.Response{Choices: []int{0}}, Right: true},
			{Learner: "c", Response: lessons.Response{Choices: []int{7}}}, // out of range: answered, not counted
		}, []int{2, 0, 0}},
		{lessons.Question{ID: "q1", Type: lessons.Multi, Options: make([]lessons.Option, 3)}, []tui.LiveAnswer{
			{Learner: "a", Response: lessons.Response{Choices: []int{0, 2, 2}}},
			{Learner: "b", Response: lessons.Response{Choices: []int{2}}},
		}, []int{1, 0, 2}},
		{lessons.Question{ID: "q1", Type: lessons.TrueFalse}, []tui.LiveAnswer{
			{Learner: "a", Response: lessons.Response{Bool: true}},
			{Learner: "b", Response: lessons.Response{Bool: false}},
			{Learner: "c", Response: lessons.Response{Bool: false}},
		}, []int{1, 2}},
		{lessons.Question{ID: "q1", Type: lessons.Fill}, []tui.LiveAnswer{
			{Learner: "a", Right: true}, {Learner: "b"}, {Learner: "c"},
		}, []int{1, 2}},
	} {
		r := NewRoom(nil, nil)
		r.Join(Seat{ID: "x", Learner: "a", Name: "A"})
		r.Push(tui.LiveQuestion{Session: "s", Question: c.q})
		for _, a := range c.answers {
			a.QuestionID, a.Session = "q1", "s"
			r.Answer(a)
		}
		r.Answer(tui.LiveAnswer{Learner: "z", QuestionID: "other", Session: "s"})
		r.Answer(tui.LiveAnswer{Learner: "z", QuestionID: "q1", Session: "an older session"})
		st := r.State()
		if !reflect.DeepEqual(st.Counts, c.want) {
			t.Errorf("%s: counts %v, want %v", c.q.Type, st.Counts, c.want)
		}
		if n := len(uniqLearners(c.answers)); st.Answered != n {
			t.Errorf("%s: answered %d, want %d", c.q.Type, st.Answered, n)
		}
		if !st.Seats[0].Answered {
			t.Errorf("%s: seat of learner a not marked answered", c.q.Type)
		}
	}
}

func uniqLearners(as []tui.LiveAnswer) map[string]bool {
	m := map[string]bool{}
	for _, a := range as {
		m[a.Learner] = true
	}
	return m
}

// TestRoomState: statuses show on the learner's seat, even reported before
// it joined; leave removes the seat; end clears the question; answers
// outside a question are ignored.
func TestRoomState(t *testing.T) {
	r := NewRoom(nil, nil)
	r.Answer(tui.LiveAnswer{Learner: "a", QuestionID: "q1"})
	r.Status(tui.LearnerStatus{Learner: "b", Name: "Budi", Lesson: "Etika", LessonsDone: 3, LastCheck: "4/5 (80%)"})
	leaveA := r.Join(Seat{ID: "1", Learner: "a", Name: "Ani"})
	r.Join(Seat{ID: "2", Learner: "b", Name: "Budi"})
	st := r.State()
	if len(st.Seats) != 2 || st.Seats[0].Name != "Ani" || st.Seats[1].Status.Lesson != "Etika" || st.Seats[1].Status.LessonsDone != 3 {
		t.Fatalf("state %+v", st)
	}
	if st.Live != nil || st.Answered != 0 {
		t.Errorf("no question open, state %+v", st)
	}
	leaveA()
	leaveA() // twice is harmless
	if st := r.State(); len(st.Seats) != 1 || st.Seats[0].Learner != "b" {
		t.Errorf("after leave: %+v", st.Seats)
	}
	r.Push(single())
	r.End()
	if st := r.State(); st.Live != nil || st.Revealed {
		t.Errorf("after end: %+v", st)
	}
	r.Reveal() // nothing open: nothing happens
	if st := r.State(); st.Revealed {
		t.Error("reveal without a question marked the room revealed")
	}
}

// TestRoomChangedWakes: every change closes the channel taken before it.
func TestRoomChangedWakes(t *testing.T) {
	r := NewRoom(nil, nil)
	var leave func()
	steps := []struct {
		name   string
		change func()
	}{
		{"join", func() { leave = r.Join(Seat{ID: "1", Learner: "a"}) }},
		{"status", func() { r.Status(tui.LearnerStatus{Learner: "a"}) }},
		{"push", func() { r.Push(single()) }},
		{"answer", func() { r.Answer(tui.LiveAnswer{Learner: "a", QuestionID: "q1", Session: single().Session}) }},
		{"reveal", r.Reveal},
		{"end", r.End},
		{"leave", func() { leave() }},
		{"close", func() { r.Close("x") }},
	}
	for _, s := range steps {
		ch := r.Changed()
		s.change()
		select {
		case <-ch:
		case <-time.After(time.Second):
			t.Errorf("%s did not wake Changed", s.name)
		}
		select {
		case <-r.Changed():
			t.Errorf("after %s the new channel is already closed", s.name)
		default:
		}
	}
}

// TestRoomStuckSeat: a seat whose Send never returns holds up neither the
// room nor the other seats.
func TestRoomStuckSeat(t *testing.T) {
	r := NewRoom(nil, nil)
	block := make(chan struct{})
	defer close(block)
	r.Join(Seat{ID: "stuck", Learner: "s", Send: func(tea.Msg) { <-block }})
	ok := newInbox()
	r.Join(seatOf("ok", "o", ok))
	done := make(chan struct{})
	go func() {
		for range 3 * maxQueued { // far more than a stuck mailbox keeps
			r.Push(single())
			r.Reveal()
			r.End()
		}
		r.Close("bye")
		r.State()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("a stuck seat held up the room")
	}
	// The other seat gets the closing note last (a burst this fast may
	// drop its oldest messages, as a stuck seat's are).
	deadline := time.After(5 * time.Second)
	for {
		got := ok.wait(t, 1)
		if _, closing := got[len(got)-1].(tui.ClosingMsg); closing {
			break
		}
		select {
		case <-ok.got:
		case <-deadline:
			t.Fatal("the other seat never got the closing note")
		}
	}
}

// TestRoomConcurrent runs every operation at once, for the race detector.
func TestRoomConcurrent(t *testing.T) {
	r := NewRoom(nil, nil)
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			in := newInbox()
			learner := fmt.Sprint("p", i)
			leave := r.Join(seatOf(fmt.Sprint("c", i), learner, in))
			for j := range 20 {
				r.Status(tui.LearnerStatus{Learner: learner, LessonsDone: j})
				r.Answer(tui.LiveAnswer{Learner: learner, QuestionID: "q1", Session: single().Session, Response: lessons.Response{Choices: []int{j % 3}}})
				r.State()
			}
			leave()
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range 20 {
			select { // wait for some change, or go on
			case <-r.Changed():
			case <-time.After(time.Millisecond):
			}
			r.Push(single())
			r.Reveal()
			r.End()
		}
	}()
	wg.Wait()
	r.Close("x")
	if st := r.State(); len(st.Seats) != 0 || !st.Closed {
		t.Errorf("after all left: %+v", st)
	}
}

// TestRoomPushFillsIn: a push without a session gets the room's, dated
// at the first such push, and one without a lesson gets the question's.
func TestRoomPushFillsIn(t *testing.T) {
	now := time.Date(2026, 12, 5, 9, 30, 0, 0, time.UTC)
	c := &lessons.Catalog{Modules: []*lessons.Module{{ID: "m", Lessons: []*lessons.Lesson{
		{ID: "l", Questions: []lessons.Question{single().Question}}}}}}
	r := NewRoom(c, func() time.Time { return now })
	r.Push(tui.LiveQuestion{Question: single().Question})
	now = now.Add(time.Hour)
	r.Push(tui.LiveQuestion{Question: single().Question})
	if live := r.State().Live; live.Session != "2026-12-05T09:30" || live.LessonID != "l" {
		t.Errorf("pushed %+v", live)
	}
	r.Push(single())
	if live := r.State().Live; live.Session != single().Session || live.LessonID != "l1" {
		t.Errorf("a push naming both was changed: %+v", live)
	}
}

// TestRoomSeatIDReused: a seat joining under an id still in use replaces
// the old one, and the old seat's leave does not remove the new.
func TestRoomSeatIDReused(t *testing.T) {
	r := NewRoom(nil, nil)
	old, cur := newInbox(), newInbox()
	leaveOld := r.Join(seatOf("same", "a", old))
	r.Join(seatOf("same", "a", cur))
	leaveOld()
	if st := r.State(); len(st.Seats) != 1 {
		t.Fatalf("seats %+v", st.Seats)
	}
	r.Push(single())
	cur.wait(t, 1)
	time.Sleep(50 * time.Millisecond)
	if n := len(old.wait(t, 0)); n != 0 {
		t.Errorf("the replaced seat got %d messages", n)
	}
}
