package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// outsideCP437 returns the characters of s, escape sequences stripped,
// that code page 437 lacks. It asks InCP437's table rune by rune.
func outsideCP437(s string) string {
	var bad []rune
	for _, r := range ansi.Strip(s) {
		if !InCP437(r) {
			bad = append(bad, r)
		}
	}
	return string(bad)
}

func TestCP437TextReplacesWhatTheCodePageLacks(t *testing.T) {
	for in, want := range map[string]string{
		"“Kutipan” ‘kecil’ — sela – rentang": `"Kutipan" 'kecil' - sela - rentang`,
		"Menyimpan… lalu → hasil, ← kembali": "Menyimpan... lalu -> hasil, <- kembali",
		"✓ tersimpan ✗ belum 80×24 ↑↓":       "√ tersimpan x belum 80x24 ^v",
		"• butir ▸ pilihan ► soal":           "* butir > pilihan > soal",
		"╭─╮╰─╯ ┃ ━":                         "┌─┐└─┘ │ ─",
		"Emoji 🙂 dan 中文 dan Жук":             "Emoji ?? dan ???? dan ???",
		"ăşţ ﬁ ① e\u0301":                    "ast fi 1 é",
		"nol\u200blebar ❤\ufe0f":             "nollebar ??",
		"✓\ufe0f selesai":                    "√ selesai",
		// Kept: ASCII, and what the code page has.
		"café ½ ±5° α·ß √ ─│┌ ▌█░ «»": "café ½ ±5° α·ß √ ─│┌ ▌█░ «»",
	} {
		if got := CP437Text(in); got != want {
			t.Errorf("CP437Text(%q) = %q, want %q", in, got, want)
		}
		if bad := outsideCP437(CP437Text(in)); bad != "" {
			t.Errorf("CP437Text(%q) still has %q", in, bad)
		}
	}
}

func TestCP437KeepsEscapeSequencesAndASCII(t *testing.T) {
	in := "\x1b[1m“Judul”\x1b[0m — \x1b[38;5;2m✓\x1b[0m"
	if got, want := CP437Text(in), "\x1b[1m\"Judul\"\x1b[0m - \x1b[38;5;2m√\x1b[0m"; got != want {
		t.Errorf("CP437Text = %q, want %q", got, want)
	}
	ascii := "plain \x1b[1mASCII\x1b[0m text\nline two"
	if got := CP437(ascii, 80); got != ascii {
		t.Errorf("CP437 changed ASCII text: %q", got)
	}
}

// TestCP437KeepsEachLinesWidth checks the frame form in a window as wide
// as each line: a wider replacement takes room from spaces after it, or a
// narrower form at the edge; a wide character's "?" keeps its cells.
func TestCP437KeepsEachLinesWidth(t *testing.T) {
	for in, want := range map[string]string{
		"Judul panjang…    5 menit": "Judul panjang...  5 menit",
		"Judul panjang…  5 menit":   "Judul panjang.. 5 menit",
		"Judul panjang… 5 menit":    "Judul panjang. 5 menit",
		"Menyimpan…":                "Menyimpan.",
		"Menyimpan…   ":             "Menyimpan... ",
		"a → b  \x1b[0m":            "a -> b \x1b[0m",
		"🙂 ok │":                    "?? ok │",
		"Ａ │":                       "A  │",
		"“Kata” — kata │":           `"Kata" - kata │`,
	} {
		got := CP437(in, ansi.StringWidth(in))
		if got != want {
			t.Errorf("CP437(%q) = %q, want %q", in, got, want)
		}
		if ansi.StringWidth(got) != ansi.StringWidth(in) {
			t.Errorf("CP437(%q) is %d cells wide, was %d", in, ansi.StringWidth(got), ansi.StringWidth(in))
		}
	}
}

// TestCP437GrowsUpToTheWindow checks that a line with room to its right
// takes the full replacements, and narrower ones only past the window;
// a line with columns after the replacement does not grow, so they stay
// in line with the rows around it.
func TestCP437GrowsUpToTheWindow(t *testing.T) {
	for _, c := range []struct {
		in    string
		width int
		want  string
	}{
		{"Penjelasan: A benar… → lanjut.", 80, "Penjelasan: A benar... -> lanjut."},
		{"Penjelasan: A benar… → lanjut.", 32, "Penjelasan: A benar... > lanjut."},
		{"Penjelasan: A benar… → lanjut.", 31, "Penjelasan: A benar.. > lanjut."},
		{"Penjelasan: A benar… → lanjut.", 30, "Penjelasan: A benar. > lanjut."},
		{"1 Modul panjang… ----------  0% (0 dari 7)", 80, "1 Modul panjang. ----------  0% (0 dari 7)"},
		{"> [ ] 1. Judul panjang…  3/5  9 mnt", 80, "> [ ] 1. Judul panjang.. 3/5  9 mnt"},
		{"Teks… lanjut                ", 80, "Teks... lanjut              "},
	} {
		if got := CP437(c.in, c.width); got != c.want {
			t.Errorf("CP437(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
	}
}

// TestMarkdownInCP437 renders Markdown with everything glamour draws
// (bullets, quotes, rules, tables, code, task lists) and text with curly
// quotes, dashes, emoji and other scripts: mapped before it is wrapped and
// after, nothing outside code page 437 is left.
func TestMarkdownInCP437(t *testing.T) {
	body := "# “Judul” — 🙂\n\nTeks “kutipan” – jeda… → lanjut 中文 Жук.\n\n- butir • satu\n- butir ✓ dua\n\n" +
		"1. nomor\n2. dua\n\n> kutipan “bijak” — 🙂\n\n---\n\n| Kolom | “Nilai” |\n|---|---|\n| α | 🙂 |\n\n" +
		"```\nkode → hasil…\n```\n\n- [x] selesai\n- [ ] belum\n\n`kode — “sebaris”`\n"
	for _, name := range []string{"dark", "light", "plain"} {
		style := MarkdownStyle{Name: name, Profile: termenv.ANSI256, ASCII: true}
		if name == "plain" {
			style.Profile = termenv.Ascii
		}
		out, err := RenderMarkdown(style, body, 60)
		if err != nil {
			t.Fatal(err)
		}
		if bad := outsideCP437(CP437(out, 60)); bad != "" {
			t.Errorf("%s: %q left outside code page 437:\n%s", name, bad, out)
		}
		if !strings.Contains(ansi.Strip(out), `"kutipan" - jeda... -> lanjut`) {
			t.Errorf("%s: the text was not mapped before it was wrapped:\n%s", name, ansi.Strip(out))
		}
	}
}
