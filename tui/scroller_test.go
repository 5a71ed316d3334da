package tui

import (
	"fmt"
	"strings"
	"testing"
)

func numbered(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprint(i)
	}
	return out
}

func TestScrollerClamps(t *testing.T) {
	s := scroller{}.sized(5, 20)
	if s = s.by(-3); s.offset != 0 {
		t.Fatalf("above the top: %d", s.offset)
	}
	if s = s.by(100); s.offset != 15 || !s.atBottom() {
		t.Fatalf("past the end: %d, want 15", s.offset)
	}
	// One up after the end moves at once: nothing was counted past it.
	if s = s.lineUp(); s.offset != 14 {
		t.Fatalf("up from the end: %d", s.offset)
	}
	if s = s.top().pageDown(); s.offset != 5 {
		t.Fatalf("page down: %d", s.offset)
	}
	if s = s.halfDown(); s.offset != 7 {
		t.Fatalf("half page down: %d", s.offset)
	}
	if s = s.halfUp().pageUp(); s.offset != 0 {
		t.Fatalf("back up: %d", s.offset)
	}
	if s = s.bottom(); s.offset != 15 {
		t.Fatalf("bottom: %d", s.offset)
	}
}

func TestScrollerMoreLineTakesARow(t *testing.T) {
	s := scroller{more: true}.sized(5, 20).bottom()
	if s.offset != 16 {
		t.Fatalf("bottom with a more line: %d, want 16", s.offset)
	}
	got := s.top().window(numbered(20), "more")
	if got != "0\n1\n2\n3\nmore" {
		t.Fatalf("window %q", got)
	}
	// Content that fits needs no more line and never scrolls.
	s = scroller{more: true}.sized(5, 5).lineDown()
	if s.offset != 0 || s.scrolls() || s.window(numbered(5), "more") != "0\n1\n2\n3\n4" {
		t.Fatalf("fitting content scrolled: %+v", s)
	}
}

func TestScrollerEmptyContent(t *testing.T) {
	s := scroller{more: true}.sized(5, 0).lineDown().pageDown().bottom().reveal(3)
	if s.offset != 0 || s.scrolls() || !s.atBottom() {
		t.Fatalf("empty content scrolled: %+v", s)
	}
	if got := s.window(nil, "more"); got != "" {
		t.Fatalf("empty window %q", got)
	}
	// No room at all shows everything: the frame cuts it.
	if got := (scroller{}).sized(0, 3).window(numbered(3), ""); got != "0\n1\n2" {
		t.Fatalf("no height %q", got)
	}
}

func TestScrollerResizeShrinkingContentPullsBack(t *testing.T) {
	s := scroller{}.sized(5, 30).bottom()
	if s.offset != 25 {
		t.Fatalf("bottom %d", s.offset)
	}
	if s = s.sized(5, 10); s.offset != 5 {
		t.Fatalf("shorter content: %d, want 5", s.offset)
	}
	if s = s.sized(20, 10); s.offset != 0 {
		t.Fatalf("taller window: %d, want 0", s.offset)
	}
	if got := s.window(numbered(10), ""); strings.Count(got, "\n") != 9 {
		t.Fatalf("window %q", got)
	}
}

func TestScrollerReveal(t *testing.T) {
	s := scroller{}.sized(5, 30)
	if s = s.reveal(3); s.offset != 0 {
		t.Fatalf("in sight already: %d", s.offset)
	}
	if s = s.reveal(12); s.offset != 8 {
		t.Fatalf("below: %d, want 8 (line 12 at the foot)", s.offset)
	}
	if s = s.reveal(2); s.offset != 2 {
		t.Fatalf("above: %d, want 2 (line 2 at the top)", s.offset)
	}
	if s = s.reveal(99); s.offset != 25 {
		t.Fatalf("past the end: %d", s.offset)
	}
	// With a more line the room is a row less.
	if s = (scroller{more: true}).sized(5, 30).reveal(10); s.offset != 7 {
		t.Fatalf("reveal with more line: %d, want 7", s.offset)
	}
}

// The cursor's row keeps one line of context below it, as the screens
// always did: the first line shown is at-(h-3).
func TestClipAroundKeepsContextBelowCursor(t *testing.T) {
	body := strings.Join(numbered(30), "\n")
	for _, at := range []int{0, 3, 10, 28, 29} {
		for _, h := range []int{1, 2, 5, 10} {
			want := clipLines(body, h, max(at-(h-3), 0), "more")
			if got := clipAround(body, h, at, "more"); got != want {
				t.Errorf("at %d h %d: %q, want %q", at, h, got, want)
			}
		}
	}
}
