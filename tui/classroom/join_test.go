package classroom

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// TestFindLearner: a name is a learner, however it is typed; a new name
// makes one; a learner recorded with a NIP continues only with it; a NIP
// typed for a learner without one is recorded.
func TestFindLearner(t *testing.T) {
	s, cfg := startServer(t, nil)
	st := cfg.Store
	ani, problem := s.findLearner("Ani Lestari", "")
	if problem != nil {
		t.Fatalf("a new name: %s", problem.text)
	}
	again, problem := s.findLearner("  ani  LESTARI ", "")
	if problem != nil || again.ID != ani.ID {
		t.Fatalf("the same name typed differently: %+v %v", again, problem)
	}
	withNIP, problem := s.findLearner("Ani Lestari", "1987 0101")
	if problem != nil || withNIP.ID != ani.ID || withNIP.EmployeeNumber != "1987 0101" {
		t.Fatalf("a NIP for a learner without one: %+v %v", withNIP, problem)
	}
	if _, problem = s.findLearner("Ani Lestari", ""); problem == nil || !problem.askNIP {
		t.Errorf("a learner with a NIP joined without it: %+v", problem)
	}
	if _, problem = s.findLearner("Ani Lestari", "999"); problem == nil || problem.askNIP || !strings.Contains(problem.text, "NIP lain") {
		t.Errorf("another NIP got in: %+v", problem)
	}
	if p, problem := s.findLearner("Ani Lestari", "19870101"); problem != nil || p.ID != ani.ID {
		t.Errorf("the NIP without its space: %+v %v", p, problem)
	}
	if _, problem = s.findLearner(strings.Repeat("x", 81), ""); problem == nil {
		t.Error("an 81-letter name was accepted")
	}
	if list, _ := st.Profiles(); len(list) != 1 {
		t.Errorf("%d learners stored, want 1", len(list))
	}
}

// TestJoinScreen: the join screen asks for a name before anything is
// looked up, refuses a NIP with letters, and leaves on Esc.
func TestJoinScreen(t *testing.T) {
	tx := serveTexts("id")
	r := lipgloss.NewRenderer(nil)
	r.SetColorProfile(termenv.Ascii)
	var asked []string
	m := newJoinModel(&tx, r, "Kursus Uji", func(name, nip string) tea.Msg {
		asked = append(asked, name+"|"+nip)
		return joinProblemMsg{text: "x"}
	})
	m, cmd := m.update(tea.KeyMsg{Type: tea.KeyEnter})
	if cmd != nil || m.note != tx.joinNeedName {
		t.Errorf("Enter with no name: note %q", m.note)
	}
	for _, k := range "Ani" {
		m, _ = m.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{k}})
	}
	m, _ = m.update(tea.KeyMsg{Type: tea.KeyTab})
	for _, k := range "12a" {
		m, _ = m.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{k}})
	}
	if m, _ = m.update(tea.KeyMsg{Type: tea.KeyEnter}); m.note != tx.joinBadNIP {
		t.Errorf("a NIP with a letter: note %q", m.note)
	}
	m, _ = m.update(tea.KeyMsg{Type: tea.KeyBackspace})
	m, cmd = m.update(tea.KeyMsg{Type: tea.KeyEnter})
	if cmd == nil || !m.busy {
		t.Fatal("Enter with a name did not look it up")
	}
	m, _ = m.update(cmd())
	if len(asked) != 1 || asked[0] != "Ani|12" || m.busy || m.note != "x" {
		t.Errorf("looked up %v; busy %v, note %q", asked, m.busy, m.note)
	}
	if v := m.view(80, 24); !strings.Contains(v, "Nama") || !strings.Contains(v, "Kursus Uji") {
		t.Errorf("the view lacks its fields:\n%s", v)
	}
	if v := m.view(30, 10); !strings.Contains(v, "Perbesar jendela") {
		t.Errorf("a small window:\n%s", v)
	}
	if _, cmd = m.update(tea.KeyMsg{Type: tea.KeyEsc}); cmd == nil {
		t.Error("Esc does not leave")
	} else if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("Esc does not quit")
	}
}

// TestIdleTimeout: a connection with no activity is closed after the
// idle time.
func TestIdleTimeout(t *testing.T) {
	s, _ := startServer(t, func(c *Config) { c.IdleTimeout = 300 * time.Millisecond })
	tm := openTerm(t, mustDial(t, s))
	tm.waitFor("Nama")
	done := make(chan error, 1)
	go func() { done <- tm.sess.Wait() }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("an idle connection was not closed")
	}
}

// TestStoreProfilesUntouchedByRefusal: a refused join saves nothing.
func TestStoreProfilesUntouchedByRefusal(t *testing.T) {
	s, cfg := startServer(t, nil)
	if _, problem := s.findLearner("Nama\x1b[31m", ""); problem == nil {
		t.Fatal("a name with a control character was accepted")
	}
	if list, _ := cfg.Store.Profiles(); len(list) != 0 {
		t.Errorf("a refused name left %d learners", len(list))
	}
}
