// Command minimal is the floor ajar's start-up is measured against: the
// smallest bubbletea + glamour program that does what ajar's first screen
// needs, with nothing of ajar's own (no progress file, no course parsing,
// no screens). It reads one lesson of the embedded course, renders it with
// glamour for the window's width and shows the course title above it; q
// quits. scripts/startbench runs it side by side with ajar.
//
// It imports ajar/tui/noquery for the same reason ajar does: without
// it bubbletea's init asks the terminal for its background colour and, in
// the benchmark's terminal that answers nothing, waits 5 s.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/styles"
	"github.com/muesli/termenv"

	"ajar/content"
	_ "ajar/tui/noquery"
)

// lessonFile is the lesson rendered: the first of the course.
const lessonFile = "01-mengapa-sekarang/01-kualitas-birokrasi-era-disrupsi.md"

// model shows the title and the lesson once it is rendered.
type model struct {
	title, body, text string
	width             int
}

// renderedMsg carries the lesson rendered for one width.
type renderedMsg string

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width = msg.Width
		body, width := m.body, msg.Width
		return m, func() tea.Msg {
			r, err := glamour.NewTermRenderer(glamour.WithStyles(styles.DarkStyleConfig),
				glamour.WithColorProfile(termenv.EnvColorProfile()), glamour.WithWordWrap(width-2))
			if err != nil {
				return renderedMsg(err.Error())
			}
			out, err := r.Render(body)
			if err != nil {
				return renderedMsg(err.Error())
			}
			return renderedMsg(out)
		}
	case renderedMsg:
		m.text = string(msg)
	case tea.KeyMsg:
		if msg.String() == "q" || msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
	}
	return m, nil
}

func (m model) View() string {
	if m.text == "" {
		return ""
	}
	return m.title + "\n" + m.text
}

func main() {
	course := content.Course()
	yaml, err := fs.ReadFile(course, "course.yaml")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	src, err := fs.ReadFile(course, lessonFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	title, _, _ := strings.Cut(strings.TrimPrefix(string(yaml), "title: "), "\n")
	body := string(src)
	if _, rest, ok := strings.Cut(strings.TrimPrefix(body, "---\n"), "\n---\n"); ok {
		body = rest // front matter off
	}
	if i := strings.Index(body, "```quiz"); i >= 0 {
		body = body[:i] // exercises off
	}
	if _, err := tea.NewProgram(model{title: title, body: body}, tea.WithAltScreen()).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
