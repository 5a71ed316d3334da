package testkit

import (
	"io"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/tui/input"
)

// Parse hands each of reads to a real bubbletea program as one read of the
// terminal, through ajar's input filter as the tutor sets it up (bursts
// marked), and returns the messages
// bubbletea's own parser made of them, in order: the byte-level view of
// what a screen receives.
func Parse(t testing.TB, reads ...string) []tea.Msg {
	t.Helper()
	return parse(t, func(r io.Reader) io.Reader { return input.NewReader(r, input.MarkBursts) }, reads)
}

// ParseUnfiltered is Parse without ajar's filter: what bubbletea alone
// makes of the reads.
func ParseUnfiltered(t testing.TB, reads ...string) []tea.Msg {
	t.Helper()
	return parse(t, func(r io.Reader) io.Reader { return r }, reads)
}

// parse runs the reads through wrap and a real bubbletea program.
func parse(t testing.TB, wrap func(io.Reader) io.Reader, reads []string) []tea.Msg {
	t.Helper()
	pr, pw := io.Pipe()
	p := tea.NewProgram(recorder{}, tea.WithInput(wrap(pr)), tea.WithOutput(io.Discard),
		tea.WithoutRenderer(), tea.WithoutSignalHandler())
	done := make(chan tea.Model, 1)
	go func() {
		m, err := p.Run()
		if err != nil {
			t.Error(err)
		}
		done <- m
	}()
	// io.Pipe hands each Write to exactly one Read while it fits, as a
	// terminal does with one burst. Ctrl+D, last, ends the recording.
	for _, r := range append(reads, "\x04") {
		if _, err := pw.Write([]byte(r)); err != nil {
			t.Fatal(err)
		}
	}
	pw.Close()
	select {
	case m := <-done:
		return m.(recorder).msgs
	case <-time.After(10 * time.Second):
		p.Kill()
		t.Fatal("Parse: the program did not end")
	}
	return nil
}

// recorder keeps every input message until Ctrl+D.
type recorder struct{ msgs []tea.Msg }

// Init implements tea.Model.
func (r recorder) Init() tea.Cmd { return nil }

// Update implements tea.Model.
func (r recorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyCtrlD {
		return r, tea.Quit
	}
	if _, ok := msg.(tea.WindowSizeMsg); !ok {
		r.msgs = append(r.msgs, msg)
	}
	return r, nil
}

// View implements tea.Model.
func (r recorder) View() string { return "" }
