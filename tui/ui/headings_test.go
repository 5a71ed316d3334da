package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/glamour"
	"github.com/muesli/termenv"
)

// TestHeadingLevelsLookDifferent: ## and ### render differently in every
// style, colour or not, though neither shows its Markdown marker.
func TestHeadingLevelsLookDifferent(t *testing.T) {
	for _, name := range []string{"dark", "light", "plain"} {
		for _, p := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI, termenv.Ascii} {
			st := MarkdownStyle{Name: name, Profile: p}
			r, err := glamour.NewTermRenderer(glamour.WithStyles(st.Config()), glamour.WithColorProfile(p), glamour.WithWordWrap(60))
			if err != nil {
				t.Fatal(err)
			}
			h2, _ := r.Render("## Judul")
			h3, _ := r.Render("### Judul")
			if strings.Contains(h2, "#") || strings.Contains(h3, "#") {
				t.Errorf("%s/%v: a heading shows its marker", name, p)
			}
			if strings.TrimSpace(h2) == strings.TrimSpace(h3) {
				t.Errorf("%s/%v: ## and ### look the same: %q", name, p, h2)
			}
		}
	}
}
