package ui

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/muesli/termenv"
)

// sgr matches the escape sequences ajar's styles emit: SGR only.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// foreign returns the first thing in s, outside SGR sequences, that a
// terminal would act on (ESC, C0 other than newline and tab, DEL, C1,
// invalid UTF-8), with some context; "" when there is none. It is written
// apart from KeepStyles so that the tests do not trust the code they test.
func foreign(s string) string {
	rest := sgr.ReplaceAllString(s, "")
	for i, r := range rest {
		if r == utf8.RuneError && !strings.HasPrefix(rest[i:], "\uFFFD") ||
			r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f {
			return rest[max(0, i-10):min(len(rest), i+10)]
		}
	}
	return ""
}

// hostileMarkdown is Markdown that tries to reach the terminal in every way
// issue 8 found and a few more.
func hostileMarkdown() []string {
	return []string{
		"Teks \x1b]52;c;aGk=\x07 lagi \x1b]0;judul\x07 dan \x1b]8;;http://x\x1b\\tautan\x1b]8;;\x1b\\.",
		"Hapus layar \x1b[2J\x1b[H, gerak \x1b[5A\x1b[10C, DCS \x1bPq#0\x1b\\, APC \x1b_x\x1b\\, PM \x1b^x\x1b\\.",
		"C1: \u009b2J \u009d0;x\u009c \u0090q\u009c \u0085 dan \x7f.",
		"Rujukan: &#27;]52;c;aGk=&#7; &#x1b;[2J &#X1B;[H &#155;2J &#x9d;0;x&#x9c; &#27[2J &#4294967323;[2J",
		"Kode `&#27;[2J` dan `\x1b[2J`.\n\n```\n\x1b]0;x\x07 &#27;[2J\n```",
		"<span>&#27;[2J</span> <b>\x1b]0;x\x07</b>\n\n<div>\n&#x1b;]52;c;aGk=&#7;\n</div>",
		"[tautan \x1b[2J](http://x/&#27;[2J) ![gambar &#27;](x.png)",
		"| a &#27;[2J | b |\n|---|---|\n| \x1b]0;x\x07 | c |",
		"> kutipan &#27;[2J\n>\n> - daftar \x1b[2J\n\nIstilah\n: arti &#x1b;[H",
		"Tab\tdan baris\r\nbaru\r\n\rCR.\x00\x08\x0b\x0c",
		"Bukan UTF-8: \xff\x9b2J \xc2\x9b2J.",
	}
}

// TestRenderedMarkdownHasOnlyStyles reproduces finding 7 of issue 8 at the
// renderer: whatever the Markdown holds, what RenderMarkdown returns emits
// nothing but SGR sequences, in every theme.
func TestRenderedMarkdownHasOnlyStyles(t *testing.T) {
	styles := []MarkdownStyle{{Name: "dark", Profile: termenv.TrueColor}, {Name: "light", Profile: termenv.ANSI256},
		{Name: "plain", Profile: termenv.Ascii}}
	for _, body := range hostileMarkdown() {
		for _, st := range styles {
			out, err := RenderMarkdown(st, body, 80)
			if err != nil {
				t.Fatal(err)
			}
			if bad := foreign(out); bad != "" {
				t.Errorf("%s: rendering %q emits %q", st.Name, body, bad)
			}
		}
	}
}

func TestKeepStyles(t *testing.T) {
	cases := []struct{ in, want string }{
		{"biasa\n\tsaja", "biasa\n\tsaja"},
		{"\x1b[1mtebal\x1b[0m \x1b[38;2;1;2;3mwarna\x1b[;1m\x1b[4:3m", "\x1b[1mtebal\x1b[0m \x1b[38;2;1;2;3mwarna\x1b[;1m\x1b[4:3m"},
		{"a\x1b[2Jb\x1b[Hc\x1b[5Ad", "a[2Jb[Hc[5Ad"},
		{"a\x1b]52;c;aGk=\x07b", "a]52;c;aGk=b"},
		{"a\x1bPq\x1b\\b\x1b_x\x1b\\c\x1b^x\x1b\\", `aPq\b_x\c^x\`},
		{"a\u009b2J\u009dx\u0085b", "a2Jxb"},
		{"a\xffb\xc2\x9bc", "abc"},
		{"\x1b[1", "[1"},
		{"a\r\x00\x7fb", "ab"},
		{"é 山 \uFFFD", "é 山 \uFFFD"},
	}
	for _, c := range cases {
		got := KeepStyles(c.in)
		if got != c.want {
			t.Errorf("KeepStyles(%q) = %q, want %q", c.in, got, c.want)
		}
		if bad := foreign(got); bad != "" {
			t.Errorf("KeepStyles(%q) leaves %q", c.in, bad)
		}
	}
}

// FuzzKeepStyles checks the filter itself on any text: what it returns
// emits nothing but SGR sequences, and filtering again changes nothing.
func FuzzKeepStyles(f *testing.F) {
	for _, s := range hostileMarkdown() {
		f.Add(s)
	}
	f.Add("\x1b[1mtebal\x1b[0m \x1b[38;2;1;2;3mwarna\x1b[;1m\x1b[4:3m\x1b[")
	f.Fuzz(func(t *testing.T, s string) {
		out := KeepStyles(s)
		if bad := foreign(out); bad != "" {
			t.Fatalf("KeepStyles(%q) leaves %q", s, bad)
		}
		if again := KeepStyles(out); again != out {
			t.Fatalf("KeepStyles is not stable on %q: %q then %q", s, out, again)
		}
		if foreign(s) == "" && out != s {
			t.Fatalf("KeepStyles changed harmless text %q to %q", s, out)
		}
	})
}

// BenchmarkKeepStyles measures the filter on a full screen of rendered,
// coloured lesson text, what every View passes through: it must stay far
// below the 1 ms a View may take.
func BenchmarkKeepStyles(b *testing.B) {
	body := strings.Repeat("## Bagian\n\nTeks **tebal** dan *miring* tentang organisasi pembelajar di kantor kecamatan.\n\n- butir satu\n- butir dua\n\n", 4)
	out, err := RenderMarkdown(MarkdownStyle{Name: "dark", Profile: termenv.TrueColor}, body, 100)
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(out, "\n")
	screen := strings.Join(lines[:min(len(lines), 40)], "\n")
	b.SetBytes(int64(len(screen)))
	b.ReportAllocs()
	for b.Loop() {
		KeepStyles(screen)
	}
}
