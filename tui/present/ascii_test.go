package present

import (
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/timer"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"ajar/lessons"
	"ajar/tui/internal/testkit"
	"ajar/tui/ui"
)

// unicodePresenter shows both modules of the Unicode test course in a
// w×h window, in colour, with its renders done.
func unicodePresenter(t *testing.T, w, h int, ascii bool) presentModel {
	t.Helper()
	c := testkit.UnicodeCatalog(t)
	var slides []lessons.Slide
	for _, mod := range c.Modules {
		slides = append(slides, lessons.ModuleSlides(mod)...)
	}
	tickEvery = time.Millisecond // as newTestPresenter: no test waits a second
	t.Cleanup(func() { tickEvery = time.Second })
	r := asciiRenderer()
	r.SetColorProfile(termenv.ANSI256)
	m := newPresentModel(Deps{Slides: slides, Lang: ui.Indonesian, Renderer: r, ASCII: ascii,
		Markdown: ui.MarkdownStyle{Name: "dark", Profile: termenv.ANSI256}, Timer: 3 * time.Second})
	m, _ = presentSend(m, tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// presenterStates are what a slide can show beyond itself: its answer
// revealed, a countdown running and run out, the help, the high-contrast
// theme, a slide number being typed, and the slide scrolled.
var presenterStates = map[string]func(presentModel) presentModel{
	"slide":    func(m presentModel) presentModel { return m },
	"revealed": func(m presentModel) presentModel { m, _ = presentPress(m, "r"); return m },
	"countdown": func(m presentModel) presentModel {
		m, _ = presentPress(m, "t")
		return m
	},
	"time up": func(m presentModel) presentModel {
		m, msgs := presentPress(m, "t")
		if tick, ok := testkit.Find[timer.TickMsg](msgs); ok {
			for range 3 {
				m, _ = presentSend(m, tick)
			}
		}
		return m
	},
	"help":     func(m presentModel) presentModel { m, _ = presentPress(m, "?"); return m },
	"contrast": func(m presentModel) presentModel { m, _ = presentPress(m, "c", "r"); return m },
	"jump":     func(m presentModel) presentModel { m, _ = presentPress(m, "1"); return m },
	"scrolled": func(m presentModel) presentModel { m, _ = presentPress(m, "down", "down"); return m },
}

// TestASCIIDrawsOnlyCodePage437 shows every slide of the Unicode test
// course in every state, at a projector's 80×24 and a cramped 40×10, and
// the window-too-small note: under --ascii no character outside code
// page 437 is drawn, and no line grows past the window.
func TestASCIIDrawsOnlyCodePage437(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 10}} {
		shown := ""
		// Built once each, so the slides are rendered once; every state
		// starts from a copy with maps of its own.
		base := map[bool]presentModel{false: unicodePresenter(t, size[0], size[1], false), true: unicodePresenter(t, size[0], size[1], true)}
		for i := range base[true].slides {
			for name, state := range presenterStates {
				draw := func(ascii bool) string {
					m := base[ascii]
					m.revealed, m.pending = maps.Clone(m.revealed), maps.Clone(m.pending)
					m, _ = presentGo(m, i)
					return state(m).View()
				}
				view := draw(true)
				if bad := testkit.OutsideCP437(view); bad != "" {
					t.Errorf("%dx%d slide %d %s: %q drawn under --ascii:\n%s", size[0], size[1], i+1, name, bad, ansi.Strip(view))
				}
				for _, l := range strings.Split(view, "\n") {
					if w := ansi.StringWidth(l); w > size[0] {
						t.Errorf("%dx%d slide %d %s: a line of %d cells:\n%s", size[0], size[1], i+1, name, w, ansi.Strip(l))
					}
				}
				shown += testkit.OutsideCP437(draw(false))
			}
		}
		if !strings.Contains(shown, "“") || !strings.Contains(shown, "🙂") {
			t.Errorf("%dx%d: without --ascii the slides show no typography (%q), so the test proves nothing", size[0], size[1], shown)
		}
	}
	small := unicodePresenter(t, 30, 8, true)
	if bad := testkit.OutsideCP437(small.View()); bad != "" || !strings.Contains(small.View(), "40x10") {
		t.Errorf("window too small: %q drawn under --ascii:\n%s", bad, small.View())
	}
}

// TestASCIIWithoutTheFlagMapsNothing checks the slides keep their own
// typography without --ascii: the goldens hold the rest.
func TestASCIIWithoutTheFlagMapsNothing(t *testing.T) {
	m, _ := presentGo(unicodePresenter(t, 80, 24, false), 1)
	if v := plainView(m); !strings.Contains(v, "Pelajaran “Pertama” — 🙂 中文") {
		t.Errorf("without --ascii the title slide was changed:\n%s", v)
	}
	m, _ = presentGo(unicodePresenter(t, 80, 24, true), 1)
	if v := plainView(m); !strings.Contains(v, `Pelajaran "Pertama" - ?? ????`) {
		t.Errorf("under --ascii the title slide does not read as its lookalike:\n%s", v)
	}
}
