//go:build unix

package main

import (
	"errors"
	"io"
	"regexp"
	"testing"
	"time"
)

func TestPercentileNearestRank(t *testing.T) {
	var ds []time.Duration
	for i := 100; i >= 1; i-- { // unsorted on purpose
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	for _, c := range []struct {
		p    float64
		want time.Duration
	}{{0, 1 * time.Millisecond}, {50, 50 * time.Millisecond}, {99, 99 * time.Millisecond}, {100, 100 * time.Millisecond}} {
		if got := percentile(ds, c.p); got != c.want {
			t.Errorf("p%v of 1..100 ms = %v, want %v", c.p, got, c.want)
		}
	}
	// Fewer than 100 values: p99 is the slowest, never a value in between.
	few := []time.Duration{3, 1, 2}
	if got := percentile(few, 99); got != 3 {
		t.Errorf("p99 of {1,2,3} = %v, want 3", got)
	}
	if got := percentile(few, 50); got != 2 {
		t.Errorf("p50 of {1,2,3} = %v, want 2", got)
	}
	if got := percentile(nil, 50); got != 0 {
		t.Errorf("p50 of nothing = %v, want 0", got)
	}
	if ds[0] != 100*time.Millisecond {
		t.Error("percentile sorted its argument")
	}
}

// pipeTerm is a term over pipes: the test plays the program.
func pipeTerm(t *testing.T) (tm *term, program io.Writer, keys io.Reader) {
	outR, outW := io.Pipe()
	inR, inW := io.Pipe()
	t.Cleanup(func() { outW.Close(); inR.Close() })
	return newTerm(outR, inW), outW, inR
}

func TestWaitStripsEscapesAndMovesOn(t *testing.T) {
	tm, prog, _ := pipeTerm(t)
	go func() {
		// Styled words, a cursor move between two lines, a title string.
		io.WriteString(prog, "\x1b]0;ajar\x07\x1b[1mSoal 1\x1b[0m dari 6\x1b[2;1HSoal 1 dari 6 · ✓ tersimpan")
	}()
	if err := tm.waitFor("Soal 1 dari 6", time.Second, nil); err != nil {
		t.Fatal(err)
	}
	subs, err := tm.waitRE(regexp.MustCompile(`Soal (\d) dari 6( · ✓ tersimpan)?`), time.Second, nil)
	if err != nil {
		t.Fatal(err)
	}
	if subs[1] != "1" || subs[2] == "" {
		t.Errorf("second match = %q, want the saved header", subs)
	}
	// The cursor is past both: a third wait needs a new drawing.
	if err := tm.waitFor("Soal 1 dari 6", 50*time.Millisecond, nil); err == nil {
		t.Error("a header drawn twice matched three times")
	}
}

func TestWaitInterruptedAndClosed(t *testing.T) {
	tm, prog, _ := pipeTerm(t)
	stop := make(chan struct{})
	close(stop)
	if _, err := tm.waitRE(regexp.MustCompile("never"), time.Second, stop); !errors.Is(err, errInterrupted) {
		t.Errorf("interrupted wait: %v", err)
	}
	prog.(*io.PipeWriter).Close()
	if err := tm.waitFor("never", time.Second, nil); !errors.Is(err, errClosed) {
		t.Errorf("wait on a closed terminal: %v", err)
	}
}

func TestLastREReadsTheScreenNow(t *testing.T) {
	tm, prog, _ := pipeTerm(t)
	// The pipe's write returns once the reader has the bytes, before the
	// term has fed them: waiting for the last words makes sure it has.
	io.WriteString(prog, "Soal 2 dari 6 · ✓ tersimpan\nSoal 3 dari 6\n")
	if err := tm.waitFor("Soal 3", time.Second, nil); err != nil {
		t.Fatal(err)
	}
	from := 0
	re := whereRE(6)
	subs := tm.lastRE(re, from)
	if subs == nil || subs[1] != "3" || subs[2] != "" {
		t.Fatalf("last header = %q, want question 3 unanswered", subs)
	}
	io.WriteString(prog, "Hasil kuis")
	if err := tm.waitFor("Hasil kuis", time.Second, nil); err != nil {
		t.Fatal(err)
	}
	if subs := tm.lastRE(re, tm.pos()-10); subs == nil || subs[3] == "" {
		t.Errorf("after the last question: %q, want the result", subs)
	}
}

func TestKeyLatencyIsTimeToNextOutput(t *testing.T) {
	tm, prog, keys := pipeTerm(t)
	go func() {
		buf := make([]byte, 16)
		for {
			n, err := keys.Read(buf)
			if err != nil {
				return
			}
			if string(buf[:n]) == "j" { // draws a frame 20 ms later; "x" draws nothing
				time.Sleep(20 * time.Millisecond)
				io.WriteString(prog, "frame")
			}
		}
	}()
	for _, k := range []string{"j", "x", "j"} {
		if err := tm.key([]byte(k), 200*time.Millisecond); err != nil {
			t.Fatal(err)
		}
	}
	lat, none := tm.latencies()
	if len(lat) != 2 || none != 1 {
		t.Fatalf("latencies %v, %d without a frame; want 2 and 1", lat, none)
	}
	for _, d := range lat {
		if d < 20*time.Millisecond || d > 150*time.Millisecond {
			t.Errorf("latency %v, want about 20 ms", d)
		}
	}
}

func TestSelftestFiveLearners(t *testing.T) {
	o := options{n: 5, selfKeys: 5, code: "1234", names: "Pelajar %02d", wait: 10 * time.Second, keyMax: time.Second}
	if err := selftest(o); err != nil {
		t.Fatal(err)
	}
}

func TestLiveRoomWakesLearnersOncePerPush(t *testing.T) {
	r := newLiveRoom()
	ready := func(c <-chan struct{}) bool {
		select {
		case <-c:
			return true
		default:
			return false
		}
	}
	if ready(r.after(0)) {
		t.Fatal("a learner was woken before any push")
	}
	r.push()
	if !ready(r.after(0)) || ready(r.after(1)) {
		t.Fatal("after one push: learner who handled none must wake, one who handled it must not")
	}
	gen, ended := r.current()
	if gen != 1 || ready(ended) {
		t.Fatalf("current = %d, ended %v", gen, ready(ended))
	}
	r.answered()
	if got := r.waitReports(1, time.Second); got != 1 {
		t.Errorf("answered = %d", got)
	}
	r.end()
	if !ready(ended) {
		t.Error("end did not close the question's channel")
	}
}
