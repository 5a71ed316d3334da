package present

import (
	"fmt"
	"maps"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/timer"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"ajar/lessons"
	"ajar/tui/ui"
)

// This file is presenter mode: a trainer shows lessons as full-screen
// slides on a projector. It runs as its own program, not inside the
// tutor's root model, and it has no store: presenting never reads or
// writes any learner's progress. The view is in presentview.go.

// DefaultTimer is the length of a question countdown when main
// gives none.
const DefaultTimer = 60 * time.Second

// Deps is everything presenter mode needs, built once by main.
type Deps struct {
	// Slides are shown in order; see lessons.Slides and lessons.ModuleSlides.
	Slides []lessons.Slide
	// Lang is the interface language.
	Lang ui.Lang
	// Markdown is the resolved glamour style.
	Markdown ui.MarkdownStyle
	// Renderer carries the lipgloss colour profile.
	Renderer *lipgloss.Renderer
	// Timer is the length of a question countdown; 0 means DefaultTimer.
	Timer time.Duration
	// Contrast starts in the high-contrast theme.
	Contrast bool
	// ASCII keeps the slides to code page 437, for a laptop whose old
	// console draws nothing else (see ui.CP437).
	ASCII bool
}

// New builds the presenter program's model.
func New(d Deps) tea.Model { return newPresentModel(d) }

// questionOrder is how a question slide shows its choices: options in a
// shuffled order (authors often put the right one first), and the items of
// an order question or the right items of a matching question out of
// order.
type questionOrder struct {
	options []int
	items   []int
}

// Seed makes the shuffles of presenter mode repeatable: a slide shows a
// question's options in the order ShuffledOptions(Seed) gives, and the
// class console (ajar serve) uses it too, so its letters match the slides.
const Seed = "present"

// presentModel shows slides full-screen. It is its own tea.Model.
type presentModel struct {
	slides []lessons.Slide
	orders map[int]questionOrder // by slide index, question slides only
	ascii  bool                  // draw only code page 437 (Deps.ASCII)

	pt       presentText
	keys     presentKeyMap
	help     help.Model
	md       ui.MarkdownStyle
	st, hcSt ui.Styles
	// paint and reset are the escape sequences that paint a line white on
	// black in the high-contrast theme; "" when the profile has no colour.
	paint, reset string

	cache   map[slideKey]string
	pending map[slideKey]bool

	cur      int
	offset   int    // lines scrolled down within the slide
	jump     string // digits typed towards a slide number
	revealed map[int]bool
	contrast bool
	showHelp bool
	timerLen int // seconds
	timer    countdown

	width, height int
}

// newPresentModel builds the presenter at the first slide.
func newPresentModel(d Deps) presentModel {
	pt := presentTexts(d.Lang)
	st := ui.NewStyles(d.Renderer)
	h := help.New()
	h.Styles = st.Help
	if d.ASCII {
		// As in the tutor: slide text is mapped before it is wrapped,
		// and the help's " • " would become a " * " that reads as a key.
		d.Markdown.ASCII = true
		h.ShortSeparator, h.Ellipsis = " · ", "..."
	}
	timerLen := int(d.Timer / time.Second)
	if timerLen <= 0 {
		timerLen = int(DefaultTimer / time.Second)
	}
	m := presentModel{
		slides: d.Slides, orders: map[int]questionOrder{},
		pt: pt, keys: defaultPresentKeys(pt), help: h, md: d.Markdown,
		st: st, hcSt: contrastStyles(d.Renderer),
		cache: map[slideKey]string{}, pending: map[slideKey]bool{}, revealed: map[int]bool{},
		contrast: d.Contrast, timerLen: timerLen, ascii: d.ASCII,
	}
	m.paint, m.reset = paintCodes(st.Projector)
	for i, s := range d.Slides {
		if s.Kind == lessons.SlideQuestion && s.Question != nil {
			m.orders[i] = questionOrder{options: s.Question.ShuffledOptions(Seed), items: s.Question.Shuffled(Seed)}
		}
	}
	return m
}

// contrastStyles are the ui.Styles of the high-contrast theme: bold, and no
// colour of their own; the view paints every line white on black.
func contrastStyles(r *lipgloss.Renderer) ui.Styles {
	bold := r.NewStyle().Bold(true)
	s := ui.Styles{Title: bold, Subtitle: bold, Muted: bold, Heading: bold, Cursor: bold, Selected: bold,
		Done: bold, Started: bold, Fresh: bold, Good: bold, Bad: bold, Status: bold, ErrLine: bold,
		Box: bold, FrameHeader: bold, Accent: bold.Reverse(true).Padding(0, 1)}
	s.Help = help.Styles{Ellipsis: bold, ShortKey: bold, ShortDesc: bold, ShortSeparator: bold,
		FullKey: bold, FullDesc: bold, FullSeparator: bold}
	return s
}

// paintCodes returns the sequences that start and end text in the
// projector style (bold white on black) in the renderer's colour profile,
// found by styling a marker.
func paintCodes(projector lipgloss.Style) (paint, reset string) {
	const marker = "X"
	s := projector.Render(marker)
	i := strings.Index(s, marker)
	if i <= 0 {
		return "", ""
	}
	return s[:i], s[i+len(marker):]
}

// Init does nothing: rendering starts with the first window size.
func (m presentModel) Init() tea.Cmd { return nil }

// Update implements tea.Model.
func (m presentModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) { return m.update(msg) }

// update is Update with the concrete type, for tests.
func (m presentModel) update(msg tea.Msg) (presentModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.Width = max(msg.Width-4, 0)
		m = m.clampOffset()
		return m, m.requestRenders()
	case slideRenderedMsg:
		text := msg.text
		if msg.err != nil { // show the Markdown as it is rather than nothing
			text = ui.Wrap(fmt.Sprintf("%s: %v\n\n%s", m.pt.errorPrefix, msg.err, m.slides[msg.key.index].Body), msg.key.measure)
		}
		m.cache[msg.key] = text
		delete(m.pending, msg.key)
		return m.clampOffset(), nil
	case timer.TickMsg:
		var cmd tea.Cmd
		m.timer, cmd = m.timer.tick(msg)
		return m, cmd
	case tea.KeyMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

// handleKey acts on a key press.
func (m presentModel) handleKey(k tea.KeyMsg) (presentModel, tea.Cmd) {
	if m.jump != "" {
		switch {
		case key.Matches(k, m.keys.Go):
			n, _ := strconv.Atoi(m.jump)
			m.jump = ""
			return m.goTo(n - 1)
		case key.Matches(k, m.keys.Cancel):
			m.jump = ""
			return m, nil
		case key.Matches(k, m.keys.Erase):
			m.jump = m.jump[:len(m.jump)-1]
			return m, nil
		case !key.Matches(k, m.keys.Digit) && !allDigits(k):
			m.jump = "" // any other key drops the number and acts as usual
		}
	}
	keys := m.activeKeys()
	switch {
	case key.Matches(k, keys.Digit) || allDigits(k):
		// Digits typed quickly can arrive as one message.
		m.jump = (m.jump + string(k.Runes))[:min(len(m.jump)+len(k.Runes), 4)]
	case key.Matches(k, keys.Quit):
		return m, tea.Quit
	case key.Matches(k, keys.Help):
		m.showHelp = !m.showHelp
		return m.clampOffset(), nil
	case key.Matches(k, keys.Next):
		// A slide taller than the screen is shown to its end before the
		// next one: a presenter pressing → must not skip what the room
		// has not seen.
		if end := m.maxOffset(); m.offset < end {
			m.offset = min(m.offset+m.page(), end)
			return m, nil
		}
		return m.goTo(m.cur + 1)
	case key.Matches(k, keys.Prev):
		if m.offset > 0 {
			m.offset = max(m.offset-m.page(), 0)
			return m, nil
		}
		return m.goTo(m.cur - 1)
	case key.Matches(k, keys.First):
		return m.goTo(0)
	case key.Matches(k, keys.Last):
		return m.goTo(len(m.slides) - 1)
	case key.Matches(k, keys.Down):
		m.offset++
		return m.clampOffset(), nil
	case key.Matches(k, keys.Up):
		m.offset = max(m.offset-1, 0)
	case key.Matches(k, keys.Reveal):
		m.revealed = maps.Clone(m.revealed)
		m.revealed[m.cur] = !m.revealed[m.cur]
		if m.revealed[m.cur] {
			m.timer = countdown{} // the answer is out; time no longer matters
		}
		return m.clampOffset(), nil
	case key.Matches(k, keys.Timer):
		return m.toggleTimer()
	case key.Matches(k, keys.Contrast):
		m.contrast = !m.contrast
		return m.clampOffset(), m.requestRenders()
	}
	return m, nil
}

// allDigits reports whether k is several digits that arrived together.
func allDigits(k tea.KeyMsg) bool {
	if k.Type != tea.KeyRunes || len(k.Runes) < 2 {
		return false
	}
	for _, r := range k.Runes {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// activeKeys returns the bindings with those that do not apply to the
// current slide disabled, for both key handling and help.
func (m presentModel) activeKeys() presentKeyMap {
	k := m.keys
	question := m.current().Kind == lessons.SlideQuestion
	k.Reveal.SetEnabled(question)
	k.Timer.SetEnabled(question)
	scroll := m.maxOffset() > 0
	k.Up.SetEnabled(scroll)
	k.Down.SetEnabled(scroll)
	return k
}

// current returns the slide on screen; the zero Slide when there is none.
func (m presentModel) current() lessons.Slide {
	if m.cur < 0 || m.cur >= len(m.slides) {
		return lessons.Slide{}
	}
	return m.slides[m.cur]
}

// goTo shows slide i (clamped), from its top, with no countdown running.
func (m presentModel) goTo(i int) (presentModel, tea.Cmd) {
	i = min(max(i, 0), max(len(m.slides)-1, 0))
	if i == m.cur {
		return m, nil
	}
	m.cur, m.offset = i, 0
	m.timer = countdown{}
	return m, m.requestRenders()
}

// toggleTimer starts a full countdown, or stops the running one.
func (m presentModel) toggleTimer() (presentModel, tea.Cmd) {
	if m.timer.running {
		m.timer = countdown{}
		return m.clampOffset(), nil
	}
	var cmd tea.Cmd
	m.timer, cmd = startCountdown(m.timerLen)
	return m.clampOffset(), cmd
}

// measure is the width of slide text for the window: wide enough to fill
// a projector, never so wide that lines get hard to follow.
func (m presentModel) measure() int {
	return max(min(m.width-8, 100), 20)
}

// renderKey is the cache key of slide i at the current size and theme.
func (m presentModel) renderKey(i int) slideKey {
	return slideKey{index: i, measure: m.measure(), contrast: m.contrast}
}

// requestRenders asks for the current slide's Markdown and its
// neighbours', so moving on never waits, unless cached or on the way.
func (m presentModel) requestRenders() tea.Cmd {
	if m.width <= 0 {
		return nil
	}
	var cmds []tea.Cmd
	for _, i := range []int{m.cur, m.cur + 1, m.cur - 1} {
		if i < 0 || i >= len(m.slides) || m.slides[i].Kind != lessons.SlideContent || m.slides[i].Body == "" {
			continue
		}
		k := m.renderKey(i)
		if _, ok := m.cache[k]; ok || m.pending[k] {
			continue
		}
		m.pending[k] = true
		cmds = append(cmds, renderSlideCmd(m.md, k, m.slides[i].Body))
	}
	return tea.Batch(cmds...)
}

// page is how far → and ← scroll a tall slide: a screenful less one line,
// so the room keeps its place.
func (m presentModel) page() int { return max(m.bodyHeight()-2, 1) }

// clampOffset keeps the scroll offset within the slide.
func (m presentModel) clampOffset() presentModel {
	m.offset = min(max(m.offset, 0), m.maxOffset())
	return m
}
