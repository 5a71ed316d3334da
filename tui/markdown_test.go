package tui

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
	out, err := renderMarkdown(MarkdownStyle{Name: "dark", Profile: termenv.Ascii}, body, 80)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(ansi.Strip(out), "\n") {
		if strings.TrimSpace(l) != "" && !strings.Contains(l, "▌") {
			t.Fatalf("a quoted line lost its bar: %q in\n%s", l, ansi.Strip(out))
		}
	}
}
