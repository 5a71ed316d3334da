package input

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// reads is a reader that returns one chunk per Read, as a terminal hands
// over one burst per read; the clock moves by the chunk's delay first.
type reads struct {
	chunks []string
	delays []time.Duration
	clock  time.Time
}

func (r *reads) Read(p []byte) (int, error) {
	if len(r.chunks) == 0 {
		return 0, fmt.Errorf("no more reads")
	}
	c := r.chunks[0]
	if len(c) > len(p) {
		panic(fmt.Sprintf("test chunk of %d bytes does not fit a read of %d", len(c), len(p)))
	}
	r.chunks = r.chunks[1:]
	if len(r.delays) > 0 {
		r.clock = r.clock.Add(r.delays[0])
		r.delays = r.delays[1:]
	}
	return copy(p, c), nil
}

// filtered returns what the filter hands bubbletea for each chunk, read
// with bubbletea's 256-byte buffer.
func filtered(chunks []string, delays ...time.Duration) []string {
	return filteredWith([]Option{MarkBursts}, chunks, delays...)
}

// filteredWith is filtered with the Reader's options given.
func filteredWith(opts []Option, chunks []string, delays ...time.Duration) []string {
	src := &reads{chunks: chunks, delays: delays, clock: time.Unix(0, 0)}
	f := NewReader(src, opts...)
	f.now = func() time.Time { return src.clock }
	var out []string
	for len(src.chunks) > 0 {
		buf := make([]byte, 256)
		n, _ := f.Read(buf)
		out = append(out, string(buf[:n]))
	}
	return out
}

const burst = "\x1b[200~" + string(BurstMark)

func TestFilter(t *testing.T) {
	full := strings.Repeat("a", 240) // fills the filter's read when it wraps
	cases := []struct {
		name   string
		chunks []string
		want   []string
	}{
		{"background colour reply, ST", []string{"a\x1b]11;rgb:1e1e/1e1e/1e1e\x1b\\b"}, []string{"ab"}},
		{"background colour reply, BEL", []string{"\x1b]11;rgb:ffff/ffff/ffff\x07"}, []string{""}},
		{"reply split across reads", []string{"\x1b]11;rgb:1e1e/", "1e1e/1e1e\x1b\\x"}, []string{"", "x"}},
		{"reply split inside its ST", []string{"\x1b]11;rgb:1e1e/1e1e/1e1e\x1b", "\\y"}, []string{"", "y"}},
		{"cursor position report", []string{"\x1b[12;40R"}, []string{""}},
		{"cursor position report split", []string{"\x1b[12;", "40R"}, []string{"", ""}},
		{"device attributes", []string{"\x1b[?62;22c\x1b[>1;10;0c"}, []string{""}},
		{"status and window reports", []string{"\x1b[0n\x1b[8;24;80t\x1b[?2004;1$y"}, []string{""}},
		{"DCS version reply", []string{"\x1bP>|xterm(367)\x1b\\z"}, []string{"z"}},
		{"keyboard protocol reply", []string{"\x1b[?1u"}, []string{""}},
		{"keys pass", []string{"\x1b[A\x1b[1;5C\x1b[5~\x1bOA\x1bx\x1b[Z", "\x1b"}, []string{"\x1b[A\x1b[1;5C\x1b[5~\x1bOA\x1bx\x1b[Z", "\x1b"}},
		{"a burst of keys is left to the screen", []string{"jjjjjjjjjj"}, []string{"jjjjjjjjjj"}},
		{"an answer and its Enter", []string{"jawaban\r"}, []string{"jawaban\r"}},
		{"several lines become one burst", []string{"baris satu\r\nbaris dua\r"}, []string{burst + "baris satu\r\nbaris dua\r\x1b[201~"}},
		{"control keys keep acting", []string{"abc\rdef\x03"}, []string{"abc\rdef\x03"}},
		{"the mark cannot be forged", []string{string(BurstMark) + "abc", "\x1b[200~" + string(BurstMark) + "x\x1b[201~"}, []string{"abc", "\x1b[200~x\x1b[201~"}},
		{"the terminal's own paste passes", []string{"\x1b[200~satu\rdua\x1b[201~"}, []string{"\x1b[200~satu\rdua\x1b[201~"}},
		{"its end marker split", []string{"\x1b[200~a\x1b]b\x1b[2", "01~\x1b]11;x\x07c"}, []string{"\x1b[200~a\x1b]b\x1b[2", "01~c"}},
		{"ESC cut by a full read", []string{full[:239] + "\x1b", "[A"}, []string{full[:239], "\x1b[A"}},
		{"character cut by a full read", []string{full[:239] + "\xc3", "\xa9"}, []string{full[:239], "é"}},
		{"a long paste continues", []string{strings.Repeat("ab\r", 80), "ekor\r"},
			[]string{burst + strings.Repeat("ab\r", 80) + "\x1b[201~", burst + "ekor\r\x1b[201~"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := filtered(c.chunks)
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", c.want) {
				t.Fatalf("reads %q\ngave %q\nwant %q", c.chunks, got, c.want)
			}
		})
	}
}

// TestFilterForgetsAfterAPause: a stray ESC ] typed by hand must not
// swallow what is typed after it, however long.
func TestFilterForgetsAfterAPause(t *testing.T) {
	got := filtered([]string{"\x1b]", "abc"}, 0, time.Second)
	if got[1] != "abc" {
		t.Fatalf("typing after a pause was dropped: %q", got)
	}
	long := []string{"\x1b]"}
	for i := 0; i < 20; i++ {
		long = append(long, strings.Repeat("x", 230))
	}
	got = filtered(long)
	if strings.Join(got, "") == "" {
		t.Fatal("an unterminated string swallowed everything after it")
	}
}

// TestFilterWithoutMarkBursts: a program that does not split bursts (the
// presenter) gets several lines as they came, replies still dropped.
func TestFilterWithoutMarkBursts(t *testing.T) {
	got := filteredWith(nil, []string{"r\rr\x1b]11;rgb:0/0/0\x07"})
	if len(got) != 1 || got[0] != "r\rr" {
		t.Fatalf("got %q, want the lines as they came without the reply", got)
	}
}
