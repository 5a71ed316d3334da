// Package recovery is the screen ajar shows, before the tutor, when the
// progress file cannot be trusted: damaged, cut short, or empty (what a
// crash or a full disk leaves while the file is created). It says what is
// wrong in the learner's language and offers the way out that keeps the
// most: restore the newest good backup, start afresh with the old file
// kept aside, or quit and leave everything as it is. It does no IO: main
// carries out the choice, which is why it imports neither progress nor
// bbolt, only the shared look (tui/ui) and words (tui/lang).
package recovery

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"ajar/tui/lang"
	"ajar/tui/ui"
)

// Choice is what the learner decided.
type Choice int

// The choices, in the order offered.
const (
	Quit    Choice = iota // leave the file untouched and exit
	Restore               // replace the file with the newest good backup
	Fresh                 // set the file aside and start with empty progress
)

// Deps is what the screen shows.
type Deps struct {
	Path string
	// Empty: the file has no bytes at all; otherwise it is damaged.
	Empty bool
	// Detail is the technical finding, shown small for whoever helps.
	Detail string
	// Backup is the newest backup that passes the check; zero Time if none.
	Backup     string
	BackupTime time.Time
	Lang       ui.Lang
	Renderer   *lipgloss.Renderer
	// ASCII keeps the screen to code page 437, as --ascii asks of the
	// tutor: this screen comes first, on the same old console.
	ASCII bool
}

// keyMap is the screen's bindings.
type keyMap struct {
	Up, Down, Choose, Quit key.Binding
}

// ShortHelp implements help.KeyMap.
func (k keyMap) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Down, k.Choose, k.Quit} }

// FullHelp implements help.KeyMap.
func (k keyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// Model is the recovery screen.
type Model struct {
	d       Deps
	t       texts
	st      ui.Styles
	keys    keyMap
	help    help.Model
	options []Choice
	cursor  int
	chosen  Choice
	width   int
}

// New builds the screen. Restoring is offered first when a good backup
// exists; quitting is always there, and is what Esc and q do.
func New(d Deps) Model {
	t := textsFor(d.Lang)
	m := Model{d: d, t: t, st: ui.NewStyles(d.Renderer), help: help.New(), width: 80}
	m.keys = keyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.keyUp)),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.keyDown)),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keyChoose)),
		Quit:   key.NewBinding(key.WithKeys("q", "esc", "ctrl+c"), key.WithHelp("q/esc", t.keyQuit)),
	}
	m.help.Styles = m.st.Help
	if d.ASCII {
		m.help.ShortSeparator, m.help.Ellipsis = " · ", "..." // as the tutor's
	}
	if !d.BackupTime.IsZero() {
		m.options = append(m.options, Restore)
	}
	m.options = append(m.options, Fresh, Quit)
	return m
}

// Chosen is the learner's decision once the program ended.
func (m Model) Chosen() Choice { return m.chosen }

// Init implements tea.Model.
func (m Model) Init() tea.Cmd { return nil }

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width = msg.Width
		m.help.Width = msg.Width
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, m.keys.Quit):
			m.chosen = Quit
			return m, tea.Quit
		case key.Matches(msg, m.keys.Up):
			m.cursor = max(m.cursor-1, 0)
		case key.Matches(msg, m.keys.Down):
			m.cursor = min(m.cursor+1, len(m.options)-1)
		case key.Matches(msg, m.keys.Choose):
			m.chosen = m.options[m.cursor]
			return m, tea.Quit
		}
	}
	return m, nil
}

// View implements tea.Model.
func (m Model) View() string {
	w := max(min(m.width, 80)-2, 20)
	var b strings.Builder
	title, what := m.t.damagedTitle, m.t.damaged
	if m.d.Empty {
		title, what = m.t.emptyTitle, m.t.empty
	}
	b.WriteString(m.st.Bad.Render(title) + "\n\n")
	b.WriteString(ui.Wrap(fmt.Sprintf(what, m.d.Path), w) + "\n\n")
	for i, c := range m.options {
		line := ui.Indent(ui.Wrap(m.label(c), w-2), 2)
		if i == m.cursor {
			line = m.st.Cursor.Render("> " + strings.TrimPrefix(line, "  "))
		}
		b.WriteString(line + "\n")
	}
	if m.d.Detail != "" {
		b.WriteString("\n" + m.st.Muted.Render(ui.Wrap(m.t.detail+m.d.Detail, w)) + "\n")
	}
	out := b.String() + "\n" + m.help.View(m.keys)
	if m.d.ASCII {
		return ui.CP437(out, m.width)
	}
	return out
}

// label names an option, with the backup's date or the name the old file
// will get, so the learner knows what each does before choosing.
func (m Model) label(c Choice) string {
	switch c {
	case Restore:
		return fmt.Sprintf(m.t.restore, m.d.BackupTime.Format("2006-01-02 15:04"))
	case Fresh:
		return m.t.fresh
	}
	return m.t.quit
}

// textsOf is every text of the screen, a table like the tutor's (package
// lang): textsOf[lang.Text] holds both languages side by side
// (textTable), texts one of them.
type textsOf[T any] struct {
	damagedTitle, damaged, emptyTitle, empty, detail T
	restore, fresh, quit                             T
	keyUp, keyDown, keyChoose, keyQuit               T
}

// texts are the screen's words in the interface language.
type texts = textsOf[string]

// textsFor returns the screen's words; unknown languages get Indonesian.
func textsFor(l ui.Lang) texts { return lang.Resolve[texts](textTable, l) }

// tr is one text of the table: Indonesian, then English.
func tr(id, en string) lang.Text { return lang.Text{ID: id, EN: en} }

// textTable is every text of the screen in both languages.
var textTable = textsOf[lang.Text]{
	damagedTitle: tr("Berkas kemajuan rusak", "The progress file is damaged"),
	damaged:      tr("ajar menemukan kerusakan pada %s dan belum menulis apa pun ke sana. Apa yang ingin dilakukan?", "ajar found damage in %s and has not written anything to it. What now?"),
	emptyTitle:   tr("Berkas kemajuan kosong", "The progress file is empty"),
	empty:        tr("%s tidak berisi data: sisa yang biasa ditinggalkan komputer mati mendadak atau disk penuh saat berkas dibuat. Berkas ini tidak dianggap pelajar baru. Apa yang ingin dilakukan?", "%s has no data: what a crash or a full disk leaves while the file is being created. It is not taken for a new learner. What now?"),
	detail:       tr("Rincian: ", "Detail: "),
	restore:      tr("Pulihkan cadangan terbaru yang utuh (%s); berkas sekarang disimpan terpisah", "Restore the newest good backup (%s); the current file is kept aside"),
	fresh:        tr("Mulai dengan kemajuan kosong; berkas sekarang disimpan terpisah, tidak dihapus", "Start with empty progress; the current file is kept aside, not deleted"),
	quit:         tr("Keluar tanpa mengubah apa pun", "Quit and change nothing"),
	keyUp:        tr("atas", "up"),
	keyDown:      tr("bawah", "down"),
	keyChoose:    tr("pilih", "choose"),
	keyQuit:      tr("keluar", "quit"),
}
