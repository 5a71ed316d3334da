package classroom

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"ajar/lessons"
	"ajar/progress"
)

// Faults a class meets: a laptop closed mid-quiz, a client that stops
// reading, two learners saving at once.

// toFirstQuestion opens the first lesson from the course map and reads on
// to its first question.
func (tm *term) toFirstQuestion() {
	tm.t.Helper()
	m := tm.mark()
	tm.key("\r") // open the lesson under the cursor
	tm.waitAfter(m, "Bagian awal")
	for range 10 {
		m = tm.mark()
		tm.key("\r") // read on; at the end, start the quiz
		deadline := time.Now().Add(2 * time.Second)
		for time.Now().Before(deadline) {
			if s := tm.text(); len(s) > m && strings.Contains(s[m:], "Mana yang benar?") {
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	tm.t.Fatalf("the quiz never started:\n%s", tail(tm.text(), 1500))
}

// profileOf returns the id of the learner named name.
func profileOf(t *testing.T, st progress.Store, name string) string {
	t.Helper()
	list, err := st.Profiles()
	if err != nil {
		t.Fatal(err)
	}
	p, err := progress.FindProfile(list, name, "")
	if err != nil {
		t.Fatalf("learner %s: %v", name, err)
	}
	return p.ID
}

// waitStore polls the store until ok holds for the learner's snapshot.
func waitStore(t *testing.T, st progress.Store, id string, what string, ok func(progress.Snapshot) bool) progress.Snapshot {
	t.Helper()
	var snap progress.Snapshot
	for deadline := time.Now().Add(8 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		var err error
		if snap, err = st.Snapshot(id); err == nil && ok(snap) {
			return snap
		}
	}
	t.Fatalf("%s never landed in the store: %+v", what, snap.Position)
	return snap
}

// TestDropMidQuiz: a learner answers, then their connection drops (the
// laptop is closed) without quitting: the answer is in the store, their
// place is kept, and joining again with the same name resumes there.
func TestDropMidQuiz(t *testing.T) {
	s, cfg := startServer(t, nil)
	client := mustDial(t, s)
	tm := openTerm(t, client)
	tm.join("Ani Lestari")
	tm.toFirstQuestion()
	m := tm.mark()
	tm.key("1")
	tm.waitAfter(m, "Jawaban")
	client.Close() // no quit: the connection is simply gone

	id := profileOf(t, cfg.Store, "Ani Lestari")
	snap := waitStore(t, cfg.Store, id, "the answer and the place", func(sn progress.Snapshot) bool {
		_, answered := sn.LastAnswers["l1-q1"]
		return answered && sn.Position.LessonID == "l1"
	})
	if snap.AnswerCount != 1 {
		t.Errorf("%d answers stored, want 1", snap.AnswerCount)
	}

	again := openTerm(t, mustDial(t, s))
	again.join("  ani   LESTARI ") // the same learner, however typed
	again.waitFor("Lanjutkan")
	if got := profileOf(t, cfg.Store, "Ani Lestari"); got != id {
		t.Errorf("rejoining made a new learner %s, want %s", got, id)
	}
	if list, _ := cfg.Store.Profiles(); len(list) != 1 {
		t.Errorf("%d learners in the store, want 1", len(list))
	}
}

// TestRejoinTakesOver: a learner who joins again while their first
// connection still looks alive (a closed laptop before the timeout) gets
// the session; the first is told and closed, its saves made first.
func TestRejoinTakesOver(t *testing.T) {
	s, _ := startServer(t, nil)
	first := openTerm(t, mustDial(t, s))
	first.join("Budi")
	second := openTerm(t, mustDial(t, s))
	second.join("budi")
	first.waitFor("masuk lagi dari terminal lain")
	done := make(chan error, 1)
	go func() { done <- first.sess.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the first session was not closed")
	}
	m := second.mark()
	second.key("j")
	second.waitAfter(m, "Pelajaran")
}

// longCourse is a course of one long lesson: a reader page of it fills a
// large window, so a client that stops reading fills its SSH window (2
// MiB) within a second of paging.
func longCourse(t *testing.T) *lessons.Catalog {
	var body strings.Builder
	for i := range 170 {
		fmt.Fprintf(&body, "Paragraf %d: ajar menyimpan setiap jawaban di PC pelatih, dan kelas berjalan tanpa internet sama sekali.\n\n", i)
	}
	c, problems := lessons.Load(lessons.Source{Name: "uji", FS: fstest.MapFS{
		"course.yaml":    {Data: []byte("title: Kursus Panjang\n")},
		"m1/module.yaml": {Data: []byte("id: m1\ntitle: Modul Panjang\norder: 1\n")},
		"m1/01-panjang.md": {Data: []byte("---\nid: p1\ntitle: Pelajaran Panjang\nminutes: 3\n---\n\n" + body.String() +
			"```quiz\n- id: p1-q1\n  type: truefalse\n  prompt: Kelas berjalan tanpa internet.\n  answer: true\n  explanation: Ya.\n```\n")},
	}})
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	return c
}

// TestStuckClientDoesNotSlowOthers: one learner's client stops reading:
// its SSH window fills and the server's writes to it block, so its
// program stalls. Another learner's keys still come back as frames at
// once, and the room's sends never wait for the stuck one.
func TestStuckClientDoesNotSlowOthers(t *testing.T) {
	cat := longCourse(t)
	s, cfg := startServer(t, func(c *Config) { c.Catalog, c.Room = cat, NewRoom(cat, time.Now) })
	stuckClient := mustDial(t, s)
	stuckSess, err := stuckClient.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := stuckSess.RequestPty("xterm-256color", 200, 300, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := stuckSess.StdoutPipe(); err != nil { // never read
		t.Fatal(err)
	}
	stuckIn, _ := stuckSess.StdinPipe()
	if err := stuckSess.Shell(); err != nil {
		t.Fatal(err)
	}
	stuckIn.Write([]byte("Citra\r"))
	time.Sleep(200 * time.Millisecond)
	stuckIn.Write([]byte("\r")) // open the long lesson
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		// Pages the stuck learner's screen, whole, as fast as it draws.
		for i := 0; ctx.Err() == nil; i++ {
			stuckSess.WindowChange(200, 300+i%2)
			stuckIn.Write([]byte([]string{"\x1b[6~", "\x1b[5~"}[i%2]))
			time.Sleep(2 * time.Millisecond)
		}
	}()
	stuck := s.waitStuck(t, "Citra")

	other := openTerm(t, mustDial(t, s))
	other.join("Dewi")
	var lat []time.Duration
	for i := range 20 {
		m := other.mark()
		start := time.Now()
		other.key([]string{"j", "k"}[i%2])
		for other.mark() == m && time.Since(start) < 5*time.Second {
			time.Sleep(200 * time.Microsecond)
		}
		lat = append(lat, time.Since(start))
		time.Sleep(20 * time.Millisecond)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	t.Logf("key-to-frame beside a stuck client (stuck after %v): p50 %v, max %v", stuck, lat[len(lat)/2], lat[len(lat)-1])
	if lat[len(lat)/2] > 200*time.Millisecond || lat[len(lat)-1] > time.Second {
		t.Errorf("key-to-frame p50 %v, max %v beside a stuck client", lat[len(lat)/2], lat[len(lat)-1])
	}
	// The room's sends to every seat, the stuck one's included, return at
	// once.
	start := time.Now()
	for range 50 {
		cfg.Room.End()
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("50 room sends took %v with a stuck learner seated", d)
	}
	cancel()
	// Ending the class does not wait for ever on the stuck one: it is
	// quit and cut off, and the other learner is told.
	start = time.Now()
	sctx, scancel := context.WithTimeout(context.Background(), 8*time.Second)
	defer scancel()
	if err := s.Shutdown(sctx); err != nil {
		t.Errorf("Shutdown with a stuck client: %v after %v", err, time.Since(start))
	}
	other.waitFor("Pelatih menutup kelas")
}

// waitStuck waits until the session of the learner named name has
// stopped taking messages (its program's loop is blocked writing to the
// client) and says after how long.
func (s *Server) waitStuck(t *testing.T, name string) time.Duration {
	t.Helper()
	start := time.Now()
	for time.Since(start) < 8*time.Second {
		for _, ls := range s.current() {
			ls.mu.Lock()
			mine := ls.name == name
			ls.mu.Unlock()
			if !mine {
				continue
			}
			ls.deliver(probeMsg{})
			time.Sleep(100 * time.Millisecond)
			ls.box.mu.Lock()
			waiting := len(ls.box.queue)
			ls.box.mu.Unlock()
			if waiting > 0 {
				return time.Since(start)
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the client that stops reading never got stuck")
	return 0
}

// probeMsg is a message no program handles, to see whether one still
// takes messages.
type probeMsg struct{}

// TestTwoSessionsSaveAtOnce: two learners answering at the same moment
// on the one progress file both land: one process, one writer, several
// sessions.
func TestTwoSessionsSaveAtOnce(t *testing.T) {
	var st progress.Store
	s, _ := startServer(t, func(c *Config) {
		bolt, err := progress.Open(filepath.Join(t.TempDir(), "ajar.db"), progress.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { bolt.Close() })
		c.Store, st = bolt, bolt
	})
	a := openTerm(t, mustDial(t, s))
	b := openTerm(t, mustDial(t, s))
	a.join("Eka")
	b.join("Fajar")
	a.toFirstQuestion()
	b.toFirstQuestion()
	a.key("1")
	b.key("2")
	for _, name := range []string{"Eka", "Fajar"} {
		waitStore(t, st, profileOf(t, st, name), name+"'s answer", func(sn progress.Snapshot) bool {
			_, ok := sn.LastAnswers["l1-q1"]
			return ok
		})
	}
}
