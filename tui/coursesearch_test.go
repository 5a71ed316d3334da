package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

func TestCourseSearchFindsEveryKind(t *testing.T) {
	d, _ := newTestDeps(t)
	ix := newCourseIndex(d.Catalog, "Modul", "Glosarium")
	kinds := func(q string) []hitKind {
		hits, _ := ix.search(q, searchLimit)
		var out []hitKind
		for _, h := range hits {
			out = append(out, h.kind)
		}
		return out
	}
	for _, c := range []struct {
		q    string
		want hitKind
	}{{"PERTAMA", hitTitle}, {"dengan teliti", hitObjective}, {"PÉNTING", hitText}, {"berbasis", hitGlossary}} {
		if got := kinds(c.q); len(got) == 0 || got[0] != c.want {
			t.Errorf("%q: kinds %v, want first %v", c.q, got, c.want)
		}
	}
	if hits, more := ix.search("a", 2); len(hits) != 2 || !more {
		t.Fatalf("the limit: %d hits, more %v", len(hits), more)
	}
	// Markdown is searched as the learner reads it: no ** or #, and a
	// table's cells without their pipes.
	if hits, _ := ix.search("**penting**", 10); len(hits) != 0 {
		t.Fatalf("Markdown syntax was searched: %+v", hits)
	}
	blocks := plainBlocks("| Huruf | Nilai |\n|---|---|\n| A | Akuntabel |\n")
	if strings.Join(blocks, "/") != "Huruf · Nilai/A · Akuntabel" {
		t.Fatalf("table as %q", blocks)
	}
}

func TestCourseSearchOpensTheHitAtItsPlace(t *testing.T) {
	d, _ := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, append([]tea.Msg{keyMsg("/")}, typeKeys("bagian")...)...)
	if m.screen != screenSearch || len(m.search.hits) != 2 {
		t.Fatalf("screen %d, hits %+v:\n%s", m.screen, m.search.hits, m.View())
	}
	v := m.View()
	for _, want := range []string{"> [isi] Modul 1 · Pelajaran Pertama", markOn + "Bagian" + markOff + " akhir"} {
		if !strings.Contains(v, want) {
			t.Fatalf("hit list lacks %q:\n%s", want, v)
		}
	}
	m, _ = drive(t, m, keyMsg("down"), keyMsg("enter"))
	if m.screen != screenReader || m.reader.lesson.ID != "l1" || m.reader.find.at != 1 {
		t.Fatalf("the second hit must open l1 at its second match: screen %d at %d", m.screen, m.reader.find.at)
	}
	if !strings.Contains(m.View(), "“bagian” 2/2") {
		t.Fatalf("the reader does not say where the search is:\n%s", m.View())
	}

	// Esc from the lesson comes back to the hits, as they were; Esc there
	// goes to the course map.
	if m, _ = drive(t, m, keyMsg("esc")); m.screen != screenSearch || len(m.search.hits) != 2 || m.search.field.Value() != "bagian" {
		t.Fatalf("Esc from a lesson opened from the hits: screen %d, field %q, hits %d", m.screen, m.search.field.Value(), len(m.search.hits))
	}
	if m, _ = drive(t, m, keyMsg("esc")); m.screen != screenHome {
		t.Fatalf("Esc from the hits went to screen %d", m.screen)
	}
	// A lesson opened from the course map goes back to the course map.
	if m, _ = drive(t, m, keyMsg("enter"), keyMsg("esc")); m.screen != screenHome {
		t.Fatalf("Esc from a lesson opened on the course map went to screen %d", m.screen)
	}

	// A glossary hit opens the glossary; Esc comes back to the hits.
	m, _ = drive(t, m, append([]tea.Msg{keyMsg("/")}, typeKeys("spbe")...)...)
	m, _ = drive(t, m, keyMsg("enter"))
	if m.screen != screenGlossary || m.glossary.find.at != 0 {
		t.Fatalf("the glossary hit: screen %d at %d:\n%s", m.screen, m.glossary.find.at, m.View())
	}
	if m, _ = drive(t, m, keyMsg("esc")); m.screen != screenSearch {
		t.Fatalf("Esc from the glossary went to screen %d", m.screen)
	}
}

// A / and what follows it in one read (typed fast, or a slow PC) must all
// land in the search field, on the course map and in the reader.
func TestSearchTypedInABurst(t *testing.T) {
	d, _ := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/qjk")})
	if m.screen != screenSearch || m.search.field.Value() != "qjk" {
		t.Fatalf("burst on the course map: screen %d, field %q", m.screen, m.search.field.Value())
	}
	m, _ = drive(t, m, keyMsg("esc"), keyMsg("enter"))
	m, _ = drive(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/bagian")})
	if m.screen != screenReader || m.reader.find.field.Value() != "bagian" || len(m.reader.find.matches) != 2 {
		t.Fatalf("burst in the reader: screen %d, field %q", m.screen, m.reader.find.field.Value())
	}
}
