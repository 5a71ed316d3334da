package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"ajar/lessons"
)

// typeKeys presses each rune of s as its own key, then the named keys.
func typeKeys(s string, named ...string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	for _, k := range named {
		out = append(out, keyMsg(k))
	}
	return out
}

func TestFoldIgnoresCaseAndDiacriticsAsFillInAnswers(t *testing.T) {
	for _, s := range []string{"Kopí", "KOPI", "kópi  Panas", "Ēnergi ÀÉ"} {
		if got, want := foldQuery(s), lessons.NormalizeAnswer(s); got != want {
			t.Errorf("foldQuery(%q) = %q, NormalizeAnswer %q", s, got, want)
		}
	}
	text := "Secangkir Kopí, lalu kopi lagi."
	spans := foldText(text).find(foldQuery("kopi"))
	if len(spans) != 2 || text[spans[0].start:spans[0].end] != "Kopí" || text[spans[1].start:spans[1].end] != "kopi" {
		t.Fatalf("kopi in %q: %v", text, spans)
	}
	if got := markSpans(text, spans, 1); !strings.Contains(got, markOn+"Kopí"+markOff) || !strings.Contains(got, markHereOn+"kopi"+markHereOff) {
		t.Fatalf("marked %q", got)
	}
}

// readerKeys sends keys to a reader on its own, as the root would.
func readerKeys(t *testing.T, m readerModel, keys ...tea.Msg) readerModel {
	t.Helper()
	for _, k := range keys {
		m, _ = m.Update(k)
	}
	return m
}

func TestReaderSearchMarksMatchesAndWraps(t *testing.T) {
	m := openTestReader(t, "l1", 0, 80, 40)
	m = readerKeys(t, m, keyMsg("/"))
	if !m.inputFocused() {
		t.Fatal("/ must give the search field focus")
	}
	m = readerKeys(t, m, typeKeys("BAGIAN")...)
	if !strings.Contains(m.View(), markOn) {
		t.Fatalf("matches are not marked while typing:\n%q", m.View())
	}
	m = readerKeys(t, m, keyMsg("enter"))
	if m.inputFocused() || !strings.Contains(m.View(), "“BAGIAN” 1/2") {
		t.Fatalf("Enter must go to the first match:\n%s", m.View())
	}
	for i, want := range []string{"2/2", "1/2"} {
		if m = readerKeys(t, m, keyMsg("n")); !strings.Contains(m.View(), want) {
			t.Fatalf("n #%d: want %s:\n%s", i+1, want, m.View())
		}
	}
	if m = readerKeys(t, m, keyMsg("N")); !strings.Contains(m.View(), "2/2") {
		t.Fatalf("N from the first must wrap to the last:\n%s", m.View())
	}
	if !strings.Contains(m.View(), markHereOn+"Bagian"+markHereOff+" akhir") {
		t.Fatalf("the current match is not underlined:\n%q", m.View())
	}

	// Esc in the field puts back the search before; Enter on an empty
	// field ends the search.
	m = readerKeys(t, m, append(append([]tea.Msg{keyMsg("/")}, typeKeys("zzz")...), keyMsg("esc"))...)
	if m.find.query != "BAGIAN" || len(m.find.matches) != 2 {
		t.Fatalf("Esc did not put back the search: %q %d", m.find.query, len(m.find.matches))
	}
	m = readerKeys(t, m, keyMsg("/"), keyMsg("enter"))
	if len(m.find.matches) != 0 || strings.Contains(m.View(), markOn) {
		t.Fatalf("an empty search must clear the marks:\n%q", m.View())
	}
}

func TestReaderSearchSaysWhenNothingMatches(t *testing.T) {
	m := openTestReader(t, "l1", 0, 80, 40)
	m = readerKeys(t, m, append(append([]tea.Msg{keyMsg("/")}, typeKeys("kopi")...), keyMsg("enter"))...)
	if !strings.Contains(m.View(), "“kopi” tidak ditemukan") {
		t.Fatalf("no message for no match:\n%s", m.View())
	}
	if m.helpKeys().Next.Enabled() {
		t.Fatal("n is offered with nothing to go to")
	}
}

func TestOutlineJumpsToAHeading(t *testing.T) {
	m := openTestReader(t, "l1", 0, 80, 8)
	items := m.outlineItems()
	if len(items) != 2 || items[0].text != "Bagian awal" || items[1].text != "Bagian akhir" {
		t.Fatalf("outline %+v", items)
	}
	m = readerKeys(t, m, keyMsg("o"))
	if v := ansi.Strip(m.View()); !strings.Contains(v, "> Bagian awal") || !strings.Contains(v, "Daftar isi") {
		t.Fatalf("outline not shown:\n%s", v)
	}
	m = readerKeys(t, m, keyMsg("j"), keyMsg("enter"))
	at := m.vp.YOffset
	// At the top, or as near as the end of the text lets it.
	if m.outline.open || at != min(items[1].line, m.vp.TotalLineCount()-m.vp.Height) || at == 0 {
		t.Fatalf("Enter must jump to Bagian akhir (line %d), at %d", items[1].line, at)
	}
	if !strings.HasPrefix(strings.TrimSpace(ansi.Strip(strings.Split(m.vp.View(), "\n")[items[1].line-at])), "Bagian akhir") {
		t.Fatalf("Bagian akhir is not in view:\n%s", m.vp.View())
	}
	m = readerKeys(t, m, keyMsg("o"), keyMsg("esc"))
	if m.outline.open || m.vp.YOffset != at {
		t.Fatal("Esc must close the outline where the reader was")
	}
}
