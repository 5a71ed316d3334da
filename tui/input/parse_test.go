package input_test

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/tui/input"
	"ajar/tui/internal/testkit"
)

// keys renders messages the way they reach a screen, for comparison.
func keys(msgs []tea.Msg) string {
	s := ""
	for _, m := range msgs {
		if k, ok := m.(tea.KeyMsg); ok {
			s += fmt.Sprintf("[%v paste=%v %q]", k.Type, k.Paste, string(k.Runes))
		}
	}
	return s
}

// TestRepliesNeverBecomeKeys runs terminal replies through bubbletea's own
// parser (issue 8, finding 4). Without the filter, a background-colour
// reply became alt+], the text "11;rgb:1e1e/1e1e/1e1e" and alt+\ (and
// one cut in two, alt+] and text), and a cursor report at row 1, column 2
// or 3 became F15 or Alt+F3; with it, no key at all.
func TestRepliesNeverBecomeKeys(t *testing.T) {
	replies := []string{
		"\x1b]11;rgb:1e1e/1e1e/1e1e\x1b\\", "\x1b]11;rgb:ffff/ffff/ffff\x07",
		"\x1b[1;2R", "\x1b[1;3R", "\x1b[12;40R", "\x1b[?62;22c", "\x1b[>1;10;0c",
		"\x1b]11;rgb:1e1e/", "1e1e/1e1e\x07", // one reply in two reads
	}
	if got := keys(testkit.ParseUnfiltered(t, replies...)); got == "" {
		t.Fatal("bubbletea alone is expected to turn replies into keys; did it change?")
	}
	if got := keys(testkit.Parse(t, replies...)); got != "" {
		t.Fatalf("replies became keys: %s", got)
	}
	// Keys around a reply still arrive, in order.
	if got := keys(testkit.Parse(t, "1\x1b]11;rgb:0/0/0\x07", "\x1b[B")); got != `[runes paste=false "1"][down paste=false ""]` {
		t.Fatalf("keys around a reply: %s", got)
	}
}

// TestReadsAsBubbleteaDeliversThem pins the messages the screens get for
// a burst and for several lines in one read.
func TestReadsAsBubbleteaDeliversThem(t *testing.T) {
	cases := []struct{ read, want string }{
		// Ten keys in one read: one KeyRunes the root must split (issue 9).
		{"jjjjjjjjjj", `[runes paste=false "jjjjjjjjjj"]`},
		// Several lines in one read: one paste, marked as a burst.
		{"satu\rdua", fmt.Sprintf(`[runes paste=true %q]`, string(input.BurstMark)+"satu\rdua")},
		// The terminal's own paste: one paste, unmarked.
		{"\x1b[200~satu\rdua\x1b[201~", `[runes paste=true "satu\rdua"]`},
	}
	for _, c := range cases {
		if got := keys(testkit.Parse(t, c.read)); got != c.want {
			t.Errorf("read %q gave %s, want %s", c.read, got, c.want)
		}
	}
}
