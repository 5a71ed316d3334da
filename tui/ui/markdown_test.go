package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// TestQuoteKeepsItsBar renders a quote whose source lines fill the width:
// every rendered line of it must carry the quote bar.
func TestQuoteKeepsItsBar(t *testing.T) {
	// Source lines of about 72 columns, as authors wrap them.
	body := "> *Contoh rekaan.* Rina, perawat di sebuah puskesmas, ingin bisa membaca\n" +
		"> data kunjungan pasien sendiri agar usulan program posyandu lebih tepat\n" +
		"> sasaran. Kenyataannya, ia baru bisa mengisi formulir di aplikasi, belum\n" +
		"> bisa mengolah datanya. Rina tidak menutupi jarak itu. Ia menyisihkan tiga\n"
	out, err := RenderMarkdown(MarkdownStyle{Name: "dark", Profile: termenv.Ascii}, body, 80)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(ansi.Strip(out), "\n") {
		if strings.TrimSpace(l) != "" && !strings.Contains(l, "▌") {
			t.Fatalf("a quoted line lost its bar: %q in\n%s", l, ansi.Strip(out))
		}
	}
}

func TestTextHelpers(t *testing.T) {
	if got := Truncate("organisasi pembelajar", 10); got != "organisas…" || ansi.StringWidth(got) != 10 {
		t.Errorf("Truncate = %q", got)
	}
	if Truncate("x", 0) != "" {
		t.Error("no room means no text")
	}
	if got := Wrap("satu dua tiga empat lima", 10); got != "satu dua\ntiga empat\nlima" {
		t.Errorf("Wrap = %q", got)
	}
	if got := Indent("a\n\nb", 2); got != "  a\n\n  b" {
		t.Errorf("Indent = %q", got)
	}
}
