package recovery

import (
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"ajar/tui/internal/testkit"
	"ajar/tui/ui"
)

// draw shows the screen at 80×24 with the cursor moved down n times.
func draw(d Deps, n int) string {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	d.Renderer = r
	var m tea.Model = New(d)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	for range n {
		m, _ = m.Update(tea.KeyMsg{Type: tea.KeyDown})
	}
	return m.View()
}

// TestASCIIDrawsOnlyCodePage437 draws the screen, damaged and empty, with
// and without a backup, at every option, in both languages, for a file
// whose path and damage hold typography code page 437 lacks: under
// --ascii nothing outside it is drawn, and without it nothing is mapped.
func TestASCIIDrawsOnlyCodePage437(t *testing.T) {
	path := `C:\Users\Siti “Ani” — 🙂 Жук\ajar\progress.db`
	for _, lang := range []ui.Lang{ui.Indonesian, ui.English} {
		for _, empty := range []bool{false, true} {
			for _, backup := range []time.Time{{}, time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)} {
				d := Deps{Path: path, Empty: empty, Lang: lang, Backup: path + ".bak", BackupTime: backup}
				if !empty {
					d.Detail = "halaman 3: “rusak” — 中"
				}
				for n := range 3 {
					plain := draw(d, n)
					if testkit.OutsideCP437(plain) == "" || !strings.Contains(plain, "“Ani”") {
						t.Errorf("without --ascii the path was mapped:\n%s", plain)
					}
					a := d
					a.ASCII = true
					view := draw(a, n)
					if bad := testkit.OutsideCP437(view); bad != "" {
						t.Errorf("%s empty %v backup %v option %d: %q drawn under --ascii:\n%s", lang, empty, !backup.IsZero(), n, bad, ansi.Strip(view))
					}
					if !strings.Contains(view, `Siti "Ani" - ?? ???`) {
						t.Errorf("under --ascii the path does not read as its lookalike:\n%s", ansi.Strip(view))
					}
				}
			}
		}
	}
}
