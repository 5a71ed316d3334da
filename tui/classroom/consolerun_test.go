package classroom

import (
	"io"
	"testing"
	"time"

	"ajar/tui"
)

// runConsole runs RunConsole on a pipe, returning the pipe's writer and
// RunConsole's result.
func runConsole(t *testing.T, r *Room, onQuit func()) (io.Writer, <-chan error) {
	t.Helper()
	in, keys := io.Pipe()
	t.Cleanup(func() { keys.Close() })
	done := make(chan error, 1)
	go func() {
		done <- RunConsole(ConsoleConfig{Room: r, Catalog: testCatalog(), Lang: tui.Indonesian, In: in, Out: io.Discard, Now: fixedNow, OnQuit: onQuit})
	}()
	return keys, done
}

// finished waits for RunConsole's result.
func finished(t *testing.T, done <-chan error) {
	t.Helper()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("RunConsole did not return")
	}
}

// TestRunConsoleQuits: q then y on the trainer's terminal closes the room,
// calls OnQuit once, and returns.
func TestRunConsoleQuits(t *testing.T) {
	r := NewRoom(testCatalog(), fixedNow)
	quits := make(chan struct{}, 2)
	keys, done := runConsole(t, r, func() { quits <- struct{}{} })
	// Typed quickly, both keys may come in one read: each acts.
	keys.Write([]byte("qy"))
	finished(t, done)
	if !r.State().Closed || len(quits) != 1 {
		t.Errorf("closed %v, OnQuit called %d times", r.State().Closed, len(quits))
	}
}

// TestRunConsoleRoomClosed: when the server closes the room the console
// returns by itself, without calling OnQuit.
func TestRunConsoleRoomClosed(t *testing.T) {
	r := NewRoom(testCatalog(), fixedNow)
	_, done := runConsole(t, r, func() { t.Error("OnQuit called") })
	time.Sleep(100 * time.Millisecond)
	r.Close("server")
	finished(t, done)
}
