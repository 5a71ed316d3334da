package present

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	"github.com/muesli/termenv"

	"ajar/lessons"
	"ajar/tui/ui"
)

// presentKeyMap holds presenter mode's bindings. Go, Erase and Cancel act
// only while a slide number is being typed and have no help of their own:
// Digit's help tells the whole gesture.
type presentKeyMap struct {
	Next, Prev, First, Last, Digit, Up, Down key.Binding
	Reveal, Timer, Contrast, Help, Quit      key.Binding
	Go, Erase, Cancel                        key.Binding
}

// defaultPresentKeys returns the presenter bindings with help in language t.
func defaultPresentKeys(t presentText) presentKeyMap {
	return presentKeyMap{
		Next:     key.NewBinding(key.WithKeys("right", "l", " ", "pgdown", "enter"), key.WithHelp("→/"+t.spaceKey, t.keyNext)),
		Prev:     key.NewBinding(key.WithKeys("left", "h", "pgup", "backspace"), key.WithHelp("←/"+t.backspaceKey, t.keyPrev)),
		First:    key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", t.keyFirst)),
		Last:     key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", t.keyLast)),
		Digit:    key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("0-9 enter", t.keyJump)),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.keyUp)),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.keyDown)),
		Reveal:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", t.keyReveal)),
		Timer:    key.NewBinding(key.WithKeys("t"), key.WithHelp("t", t.keyTimer)),
		Contrast: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", t.keyContrast)),
		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", t.keyHelp)),
		Quit:     key.NewBinding(key.WithKeys("q", "esc", "ctrl+c"), key.WithHelp("q/esc", t.keyQuit)),
		Go:       key.NewBinding(key.WithKeys("enter")),
		Erase:    key.NewBinding(key.WithKeys("backspace")),
		Cancel:   key.NewBinding(key.WithKeys("esc")),
	}
}

// ShortHelp implements help.KeyMap.
func (k presentKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Next, k.Prev, k.Reveal, k.Timer, k.Help, k.Quit}
}

// FullHelp implements help.KeyMap. The first column is always the
// tallest, so the help's height never depends on which keys apply.
func (k presentKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Next, k.Prev, k.First, k.Last, k.Digit}, {k.Up, k.Down, k.Reveal, k.Timer}, {k.Contrast, k.Help, k.Quit}}
}

// slideKey identifies one rendering of a slide's Markdown.
type slideKey struct {
	index    int
	measure  int
	contrast bool
}

// slideRenderedMsg carries a slide's Markdown rendered for one measure and
// theme. Sent by renderSlideCmd; handled by presentModel, which caches it
// and shows it only while key still matches the current slide and size.
type slideRenderedMsg struct {
	key  slideKey
	text string
	err  error
}

// renderSlideCmd renders a slide's Markdown off the UI loop (CPU only, no
// IO). The high-contrast theme renders without colour; the view paints it.
func renderSlideCmd(style ui.MarkdownStyle, k slideKey, body string) tea.Cmd {
	return func() tea.Msg {
		text, err := renderSlide(style, k.contrast, body, k.measure)
		return slideRenderedMsg{key: k, text: text, err: err}
	}
}

// renderSlide renders Markdown for a measure of width columns, without
// glamour's document margin (the view centres the block itself) and
// without blank lines around it or spaces at the ends of lines.
func renderSlide(style ui.MarkdownStyle, contrast bool, body string, width int) (string, error) {
	cfg := style.Config()
	noMargin := uint(0)
	cfg.Document.Margin = &noMargin
	profile := style.Profile
	if contrast {
		profile = termenv.Ascii
	}
	r, err := glamour.NewTermRenderer(glamour.WithStyles(cfg), glamour.WithColorProfile(profile), glamour.WithWordWrap(width))
	if err != nil {
		return "", fmt.Errorf("markdown renderer: %w", err)
	}
	// Made safe before (lessons.SafeMarkdown: a reference such as &#27;
	// becomes a control character in glamour, deep nesting takes it
	// gigabytes) and after, as RenderMarkdown does.
	out, err := r.Render(lessons.SafeMarkdown(body))
	if err != nil {
		return "", fmt.Errorf("render markdown: %w", err)
	}
	lines := strings.Split(ui.KeepStyles(out), "\n")
	for i, l := range lines {
		lines[i] = trimRightVisible(l)
	}
	return trimBlank(lines), nil
}
