package tui

import (
	"fmt"
	"math"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui/ui"
)

// readerKeyMap holds the lesson reader's bindings.
type readerKeyMap struct {
	Up, Down, PageUp, PageDown, HalfUp, HalfDown, Top, Bottom, Quiz, Glossary, Back key.Binding
	// Search opens the search field; Enter in it goes to the first match
	// (FindGo), Esc closes it (FindCancel); Next and Prev go from match
	// to match.
	Search, FindGo, FindCancel, Next, Prev key.Binding
	// Outline lists the headings; Enter jumps to one, Esc or o closes.
	Outline, OutlineJump, OutlineClose key.Binding
}

// defaultReaderKeys returns the reader bindings with help in language t.
func defaultReaderKeys(t *texts) readerKeyMap {
	return readerKeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.keyUp)),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.keyDown)),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", t.keyPageUp)),
		PageDown: key.NewBinding(key.WithKeys("pgdown", " ", "f"), key.WithHelp("pgdn/"+t.spaceKey, t.keyPageDown)),
		HalfUp:   key.NewBinding(key.WithKeys("u", "ctrl+u"), key.WithHelp("u", t.keyHalfUp)),
		HalfDown: key.NewBinding(key.WithKeys("d", "ctrl+d"), key.WithHelp("d", t.keyHalfDown)),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", t.keyTop)),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", t.keyBottom)),
		Quiz:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keyReadOn)),
		Glossary: key.NewBinding(key.WithKeys("i"), key.WithHelp("i", t.keyGlossary)),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.keyBack)),

		Search:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", t.keySearch)),
		FindGo:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keyFind)),
		FindCancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.keyCancel)),
		Next:         key.NewBinding(key.WithKeys("n"), key.WithHelp("n", t.keyNextMatch)),
		Prev:         key.NewBinding(key.WithKeys("N"), key.WithHelp("N", t.keyPrevMatch)),
		Outline:      key.NewBinding(key.WithKeys("o"), key.WithHelp("o", t.keyOutline)),
		OutlineJump:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keyJump)),
		OutlineClose: key.NewBinding(key.WithKeys("esc", "o"), key.WithHelp("esc", t.keyClose)),
	}
}

// ShortHelp implements help.KeyMap.
func (k readerKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.PageDown, k.Quiz, k.Glossary, k.Back, k.FindGo, k.FindCancel, k.Next,
		k.OutlineJump, k.OutlineClose}
}

// FullHelp implements help.KeyMap.
func (k readerKeyMap) FullHelp() [][]key.Binding {
	// Search and outline join the columns they belong with, not columns
	// of their own: at 80 columns the help must still show ? and q.
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Next, k.Prev}, {k.HalfUp, k.HalfDown, k.Top, k.Bottom, k.Outline},
		{k.Quiz, k.Glossary, k.Search, k.Back}, {k.FindGo, k.FindCancel, k.OutlineJump, k.OutlineClose}}
}

// readerChrome is the number of lines around the viewport: title, module
// line and the footer.
const readerChrome = 3

// readerModel shows one rendered lesson in a scrollable viewport. With
// document set it shows a page that is not a lesson (the glossary): no
// quiz, no saved position, and Esc closes it.
type readerModel struct {
	document bool

	t     *texts
	st    *styles
	keys  readerKeyMap
	style MarkdownStyle
	cache renderCache

	lesson   *lessons.Lesson
	module   string
	vp       viewport.Model
	width    int
	height   int
	rendered bool
	// pendingScroll is the fraction to scroll to once the text arrives; -1 if none.
	pendingScroll float64
	out           outbox
	// headings marks the rendered lines that are headings, so paging
	// never leaves one at the foot of a page with its text on the next.
	headings map[int]bool
	// text is the rendered lesson, before search marks its matches.
	text    string
	find    readerFind
	outline readerOutline
}

// newReaderModel builds an empty reader sharing one render cache.
func newReaderModel(t *texts, st *styles, style MarkdownStyle) readerModel {
	return readerModel{t: t, st: st, keys: defaultReaderKeys(t), style: style, cache: renderCache{},
		vp: viewport.New(0, 0), pendingScroll: -1, find: newReaderFind(st)}
}

// open shows a lesson, scrolled to the fraction scroll once rendered.
func (m readerModel) open(l *lessons.Lesson, module string, scroll float64) (readerModel, tea.Cmd) {
	m.lesson, m.module, m.rendered = l, module, false
	m.pendingScroll = scroll
	m.find, m.outline = newReaderFind(m.st), readerOutline{} // a search is of one text
	m.vp.SetContent("")
	m.vp.GotoTop()
	return m.requestRender()
}

// setSize resizes the viewport and re-renders when the width changed,
// keeping the reader at the same fraction of the text.
func (m readerModel) setSize(w, h int) (readerModel, tea.Cmd) {
	widthChanged := w != m.width
	m.width, m.height = w, h
	m.vp.Width, m.vp.Height = w, max(h-readerChrome, 1)
	if m.lesson == nil {
		return m, nil
	}
	if !widthChanged {
		m.vp.SetYOffset(m.vp.YOffset) // re-clamp to the new height
		return m, nil
	}
	if m.rendered {
		m.pendingScroll = m.vp.ScrollPercent()
	}
	m.rendered = false
	return m.requestRender()
}

// requestRender uses the cache or asks for a render of the current width.
func (m readerModel) requestRender() (readerModel, tea.Cmd) {
	if m.width <= 0 {
		return m, nil
	}
	if text, ok := m.cache[renderKey{m.lesson.ID, m.width}]; ok {
		return m.show(text), nil
	}
	return m, renderLessonCmd(m.style, m.lesson.ID, m.lesson.Body, m.width)
}

// show puts rendered text into the viewport and applies a pending scroll.
func (m readerModel) show(text string) readerModel {
	m.vp.SetContent(text)
	m.text = text
	m.headings = headingLines(text, m.lesson.Body)
	m.rendered = true
	if m.pendingScroll >= 0 {
		maxOff := max(m.vp.TotalLineCount()-m.vp.Height, 0)
		m.vp.SetYOffset(int(math.Round(m.pendingScroll * float64(maxOff))))
		m.pendingScroll = -1
	}
	return m.findText(text)
}

// position is the reader's place, for "Lanjutkan".
func (m readerModel) position() progress.Position {
	scroll := m.pendingScroll
	if m.rendered || scroll < 0 {
		scroll = m.vp.ScrollPercent()
	}
	return progress.Position{LessonID: m.lesson.ID, Screen: progress.ScreenReader, Scroll: scroll}
}

// Update handles rendered text and keys.
func (m readerModel) Update(msg tea.Msg) (readerModel, tea.Cmd) {
	switch msg := msg.(type) {
	case lessonRenderedMsg:
		return m.handleRendered(msg), nil
	case tea.KeyMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

// handleRendered caches every result and shows the one still wanted.
func (m readerModel) handleRendered(msg lessonRenderedMsg) readerModel {
	text := msg.text
	if msg.err != nil {
		// Show the lesson as plain text rather than nothing.
		text = ui.Wrap(fmt.Sprintf("%s: %v\n\n%s", m.t.errorPrefix, msg.err, m.lessonBody(msg.lessonID)), msg.width)
	}
	m.cache[renderKey{msg.lessonID, msg.width}] = text
	if m.lesson == nil || msg.lessonID != m.lesson.ID || msg.width != m.width {
		return m // stale: the learner moved on or resized
	}
	return m.show(text)
}

// lessonBody returns the current lesson's Markdown if id matches.
func (m readerModel) lessonBody(id string) string {
	if m.lesson != nil && m.lesson.ID == id {
		return m.lesson.Body
	}
	return ""
}

// handleKey scrolls, starts the quiz at the end, or goes back.
func (m readerModel) handleKey(msg tea.KeyMsg) (readerModel, tea.Cmd) {
	switch {
	case m.find.typing:
		return m.handleFindKey(msg)
	case m.outline.open:
		return m.handleOutlineKey(msg)
	}
	if m, cmd, ok := m.handleFindKeys(msg); ok {
		return m, cmd
	}
	switch {
	case key.Matches(msg, m.keys.Back) && m.document:
		return m, emit(closeGlossaryMsg{})
	case key.Matches(msg, m.keys.Back):
		pos := m.position()
		m.out, _ = m.out.add(screenReader, false, progress.Write{Position: &pos})
		return m, emit(backMsg{})
	case key.Matches(msg, m.keys.Glossary) && !m.document:
		return m, emit(openGlossaryMsg{})
	case !m.rendered:
		return m.handleKeyBeforeText(msg)
	case key.Matches(msg, m.keys.Quiz):
		if m.rendered && m.vp.AtBottom() && !m.document {
			return m, emit(startQuizMsg{lessonID: m.lesson.ID})
		}
		return m.pageDown(), nil
	case key.Matches(msg, m.keys.Up):
		m.vp.ScrollUp(1)
	case key.Matches(msg, m.keys.Down):
		m.vp.ScrollDown(1)
	case key.Matches(msg, m.keys.PageUp):
		m.vp.PageUp()
	case key.Matches(msg, m.keys.PageDown):
		return m.pageDown(), nil
	case key.Matches(msg, m.keys.HalfUp):
		m.vp.HalfPageUp()
	case key.Matches(msg, m.keys.HalfDown):
		m.vp.HalfPageDown()
	case key.Matches(msg, m.keys.Top):
		m.vp.GotoTop()
	case key.Matches(msg, m.keys.Bottom):
		m.vp.GotoBottom()
	}
	return m, nil
}

// handleKeyBeforeText handles keys typed ahead while the lesson is still
// being rendered (a burst, or a quick learner on a slow PC): G and g set
// where the text will open, and Enter after G starts the quiz as it would
// once the end is on screen. Other movement waits for the text.
func (m readerModel) handleKeyBeforeText(msg tea.KeyMsg) (readerModel, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Bottom):
		m.pendingScroll = 1
	case key.Matches(msg, m.keys.Top):
		m.pendingScroll = 0
	case key.Matches(msg, m.keys.Quiz) && m.pendingScroll >= 1 && !m.document:
		return m, emit(startQuizMsg{lessonID: m.lesson.ID})
	}
	return m, nil
}

// helpKeys returns the bindings with Enter's help telling what it does now.
func (m readerModel) helpKeys() readerKeyMap {
	k := m.keys
	// Scrolling is offered only when there is somewhere to scroll.
	scroll := !m.rendered || m.vp.TotalLineCount() > m.vp.Height
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.HalfUp, &k.HalfDown, &k.Top, &k.Bottom} {
		b.SetEnabled(scroll)
	}
	if m.rendered && m.vp.AtBottom() {
		k.Quiz.SetHelp("enter", m.t.keyStartQuiz)
	}
	if m.document {
		k.Quiz.SetEnabled(false)
		k.Glossary.SetEnabled(false)
	}
	k.Next.SetEnabled(len(m.find.matches) > 0)
	k.Prev.SetEnabled(len(m.find.matches) > 0)
	k.Outline.SetEnabled(m.rendered && len(m.outlineItems()) > 0)
	all := []*key.Binding{&k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.HalfUp, &k.HalfDown, &k.Top, &k.Bottom,
		&k.Quiz, &k.Glossary, &k.Back, &k.Search, &k.Next, &k.Prev, &k.Outline}
	// The field's and the outline's keys replace the reader's while
	// they are open: only what works there is offered.
	switch {
	case m.find.typing:
		for _, b := range all {
			b.SetEnabled(false)
		}
	case m.outline.open:
		for _, b := range all {
			b.SetEnabled(false)
		}
		k.Up.SetEnabled(true)
		k.Down.SetEnabled(true)
	}
	k.FindGo.SetEnabled(m.find.typing)
	k.FindCancel.SetEnabled(m.find.typing)
	k.OutlineJump.SetEnabled(m.outline.open)
	k.OutlineClose.SetEnabled(m.outline.open)
	return k
}

// View draws title, text and footer.
func (m readerModel) View() string {
	if m.lesson == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(m.st.Title.Render(ui.Truncate(m.lesson.Title, m.width)) + "\n")
	b.WriteString(m.st.Subtitle.Render(ui.Truncate(m.module, m.width)) + "\n")
	if !m.rendered {
		b.WriteString(m.st.Muted.Render(m.t.rendering) + "\n")
		return b.String()
	}
	if m.outline.open {
		b.WriteString(m.outlineView() + "\n")
	} else {
		b.WriteString(m.vp.View() + "\n")
	}
	pct := fmt.Sprintf(m.t.readPercent, m.vp.ScrollPercent()*100)
	footer := ""
	if f, ok := m.findFooter(); ok {
		footer = ui.Truncate(f, m.width-lipgloss.Width(pct)-1)
	} else if m.vp.AtBottom() && !m.document {
		footer = m.st.Accent.Render(ui.Truncate(m.t.readEnd, m.width-lipgloss.Width(pct)-4))
	}
	gap := max(m.width-lipgloss.Width(footer)-lipgloss.Width(pct), 1)
	b.WriteString(footer + strings.Repeat(" ", gap) + m.st.Muted.Render(pct))
	return b.String()
}

// pageDown moves a page down, a line or two less when a heading sits in
// the last lines of the page: it then opens the next page, above its text,
// as a book would set it.
func (m readerModel) pageDown() readerModel {
	h := m.vp.Height
	step := h
	bottom := m.vp.YOffset + h - 1
	for k := 0; k < 2 && k < h-2; k++ {
		if m.headings[bottom-k] {
			step = h - 1 - k
		}
	}
	m.vp.SetYOffset(m.vp.YOffset + step)
	return m
}

// headingLines finds the lines of rendered text that show one of the
// Markdown body's headings: rendered, a heading is its text alone on a
// line (or the first line of its wrapped text).
func headingLines(rendered, body string) map[int]bool {
	titles := map[string]bool{}
	for _, line := range strings.Split(body, "\n") {
		trimmed := strings.TrimLeft(line, "#")
		if len(trimmed) == len(line) || len(line)-len(trimmed) > 6 || !strings.HasPrefix(trimmed, " ") {
			continue
		}
		title := strings.Join(strings.Fields(strings.NewReplacer("*", "", "_", "", "`", "").Replace(strings.TrimRight(trimmed, "# "))), " ")
		if title != "" {
			titles[title] = true
		}
	}
	out := map[int]bool{}
	for i, line := range strings.Split(rendered, "\n") {
		text := strings.Join(strings.Fields(ansi.Strip(line)), " ")
		if text == "" {
			continue
		}
		for title := range titles {
			if text == title || strings.HasPrefix(title, text+" ") {
				out[i] = true
			}
		}
	}
	return out
}
