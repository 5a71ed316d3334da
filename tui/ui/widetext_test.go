package ui

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// wideTexts are lines a lesson may hold that are not plain Latin: CJK,
// emoji with a zero-width joiner and with a skin tone, combining marks,
// right-to-left Arabic and Indonesian with accents.
func wideTexts() []string {
	return []string{
		"学习型组织是一个不断学习的组织。",
		"Tim 👩‍💻👨‍👩‍👧 bekerja 👍🏽 bersama 🇮🇩.",
		"Cafe\u0301 nai\u0308ve e\u0301tude a\u0300 la\u0300.",
		"مرحبا بالعالم، هذا درس قصير.",
		"Kafé, naïve, « guillemets » — dan tanda pisah.",
	}
}

// splitsCluster reports whether cutting s after its first n bytes splits a
// grapheme cluster: a mark, joiner, variation selector or skin tone left
// without what it belongs to, or a flag cut in half.
func splitsCluster(s string, n int) bool {
	if n <= 0 || n >= len(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s[:n])
	next, _ := utf8.DecodeRuneInString(s[n:])
	regional := func(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
	flags := 0
	for _, r := range s[:n] {
		if regional(r) {
			flags++
		}
	}
	return unicode.Is(unicode.M, next) || next == '\u200d' || last == '\u200d' || next == '\ufe0f' ||
		next >= 0x1F3FB && next <= 0x1F3FF || regional(next) && flags%2 == 1
}

// TestWideTextStaysWhole covers case 37 of reliability-cases.md for the
// shared text helpers and the Markdown renderer: rendering, wrapping and
// truncating such text never splits a character or a grapheme cluster
// into invalid bytes, and truncation keeps to its width.
// TestWideTextUnderEastAsianWidths runs it again with RUNEWIDTH_EASTASIAN
// set to 0 and to 1.
func TestWideTextStaysWhole(t *testing.T) {
	for _, s := range wideTexts() {
		for _, w := range []int{1, 2, 3, 5, 8, 13, 20, 40} {
			got := Truncate(s, w)
			if !utf8.ValidString(got) || ansi.StringWidth(got) > w {
				t.Errorf("Truncate(%q, %d) = %q (width %d)", s, w, got, ansi.StringWidth(got))
			}
			if kept := strings.TrimSuffix(got, "…"); !strings.HasPrefix(s, kept) || splitsCluster(s, len(kept)) {
				t.Errorf("Truncate(%q, %d) = %q splits a grapheme cluster", s, w, got)
			}
			for _, line := range strings.Split(Wrap(s, w), "\n") {
				if !utf8.ValidString(line) || !strings.Contains(s, strings.TrimSpace(line)) {
					t.Errorf("Wrap(%q, %d) gives the line %q", s, w, line)
				}
			}
		}
		body := "## " + s + "\n\n" + s + " " + s + "\n\n> " + s + "\n\n- " + s + "\n\n| " + s + " | x |\n|---|---|\n| a | " + s + " |\n"
		for _, width := range []int{20, 40, 80} {
			out, err := RenderMarkdown(MarkdownStyle{Name: "dark", Profile: termenv.TrueColor}, body, width)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.ValidString(out) {
				t.Errorf("rendering %q at %d gives invalid UTF-8", s, width)
			}
			plain := ansi.Strip(out)
			for _, r := range s {
				if r >= 0x0300 && r <= 0x036f || r == '\u200d' {
					continue // marks and joiners are not characters of their own
				}
				if !strings.ContainsRune(plain, r) {
					t.Errorf("rendering %q at %d lost %q", s, width, r)
				}
			}
		}
	}
}

// TestWideTextUnderEastAsianWidths runs TestWideTextStaysWhole in a child
// process for each RUNEWIDTH_EASTASIAN setting: go-runewidth reads it once,
// when the program starts.
func TestWideTextUnderEastAsianWidths(t *testing.T) {
	if os.Getenv("AJAR_WIDE_CHILD") != "" {
		t.Skip("in the child")
	}
	for _, v := range []string{"0", "1"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestWideTextStaysWhole$", "-test.count=1")
		cmd.Env = append(os.Environ(), "RUNEWIDTH_EASTASIAN="+v, "AJAR_WIDE_CHILD=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("RUNEWIDTH_EASTASIAN=%s: %v\n%s", v, err, out)
		}
	}
}
