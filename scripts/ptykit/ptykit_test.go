//go:build unix

package ptykit

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestScreenStripsSequences(t *testing.T) {
	var s screen
	// Colour, an OSC title split across two chunks, cursor movement and a
	// DCS string: only the text remains, lines kept apart.
	s.write([]byte("\x1b[1;31mjudul\x1b[0m\x1b]0;ti"), time.Millisecond)
	s.write([]byte("tle\x07baris\x1b[2Bdua\x1bP>|x\x1b\\ é"), 2*time.Millisecond)
	if got := string(s.text); got != "judulbaris\ndua é" {
		t.Fatalf("text = %q", got)
	}
	if at, ok := s.find("dua"); !ok || at != 2*time.Millisecond {
		t.Fatalf("find dua = %v %v, want the second chunk's time", at, ok)
	}
	if _, ok := s.find("judul"); ok {
		t.Fatal("find must only look after the previous match")
	}
}

func TestMergeEnv(t *testing.T) {
	got := MergeEnv([]string{"A=1", "CI=true", "B=2"}, "CI", "A=3", "TERM=xterm")
	if strings.Join(got, " ") != "B=2 A=3 TERM=xterm" {
		t.Fatalf("MergeEnv = %v", got)
	}
}

func TestProcSendWaitExit(t *testing.T) {
	sh := "/bin/sh"
	if _, err := os.Stat(sh); err != nil {
		t.Skip("no /bin/sh")
	}
	p, err := Start(sh, []string{"-c", `printf '\033[32msiap\033[0m\n'; read x; echo "dapat:$x"; exit 3`}, Options{Cols: 40, Rows: 10})
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if _, err := p.WaitFor("siap", 5*time.Second); err != nil {
		t.Fatal(err)
	}
	if err := p.SendKeys("abc", "enter"); err != nil {
		t.Fatal(err)
	}
	if _, err := p.WaitFor("dapat:abc", 5*time.Second); err != nil {
		t.Fatalf("%v; text so far %q", err, p.Text())
	}
	ex, err := p.Wait()
	if err != nil || ex.Code != 3 || ex.PeakRSS <= 0 {
		t.Fatalf("exit %+v %v, want code 3 and a peak RSS", ex, err)
	}
}

func TestKeyBytes(t *testing.T) {
	for key, want := range map[string]string{"enter": "\r", "down": "\x1b[B", "left": "\x1b[D", "pgdown": "\x1b[6~", "jj": "jj"} {
		if got := string(KeyBytes(key)); got != want {
			t.Errorf("KeyBytes(%q) = %q, want %q", key, got, want)
		}
	}
}
