package tui

import (
	"fmt"
	"github.com/charmbracelet/x/ansi"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui/ui"
)

// openLesson shows a lesson, resuming the saved place when asked, and
// records the opening.
func (m Model) openLesson(msg openLessonMsg) (Model, tea.Cmd) {
	l := m.deps.Catalog.Lesson(msg.lessonID)
	if l == nil {
		return m, nil // the lesson left the catalog since it was saved
	}
	m, record := m.write(progress.Write{Open: &progress.Opening{LessonID: l.ID, At: m.deps.Now()}})
	if msg.resume && msg.pos.LessonID == l.ID && msg.pos.Screen == progress.ScreenQuiz {
		m, cmd := m.startQuiz(l.ID, msg.pos.Question, msg.prior)
		return m, tea.Batch(record, cmd)
	}
	scroll := 0.0
	if msg.resume && msg.pos.LessonID == l.ID {
		scroll = msg.pos.Scroll
	}
	var render tea.Cmd
	m.reader, render = m.reader.open(l, m.moduleTitle(l.ID), scroll)
	m.screen, m.readerFrom = screenReader, screenHome
	return m, tea.Batch(record, render)
}

// openGlossary shows the course glossary over the current screen.
func (m Model) openGlossary() (Model, tea.Cmd) {
	if m.deps.Catalog.Glossary == "" {
		return m, nil
	}
	if m.screen != screenGlossary {
		m.prev = m.screen
	}
	m.screen = screenGlossary
	page := &lessons.Lesson{ID: glossaryID, Title: m.t.glossary, Body: m.deps.Catalog.Glossary}
	var cmd tea.Cmd
	m.glossary, cmd = m.glossary.open(page, m.deps.Title, 0)
	return m, cmd
}

// startQuiz starts a lesson's quiz at question index from.
func (m Model) startQuiz(lessonID string, from int, prior map[string]bool) (Model, tea.Cmd) {
	l := m.deps.Catalog.Lesson(lessonID)
	if l == nil {
		return m, nil
	}
	byIndex := map[int]bool{}
	for i, q := range l.Questions {
		if ok, seen := prior[q.ID]; seen {
			byIndex[i] = ok
		}
	}
	m.quiz = m.quiz.start(l, m.deps.Catalog.Next(l.ID), from, byIndex)
	m.screen = screenQuiz
	pos := m.quiz.position()
	return m.write(progress.Write{Position: &pos})
}

// moduleTitle names the module of a lesson for the reader's subtitle.
func (m Model) moduleTitle(lessonID string) string {
	if mod := m.deps.Catalog.ModuleOf(lessonID); mod != nil {
		return mod.Title
	}
	return ""
}

// frameHeights returns the lines taken by the status line and the help.
func (m Model) frameHeights() int {
	return lipgloss.Height(m.statusLine()) + lipgloss.Height(m.help.View(m.helpKeys()))
}

// statusLine is the error or saving notice, wrapped to the width (at most
// three lines, so a long error never pushes the lesson off the screen).
func (m Model) statusLine() string {
	switch {
	case m.status != "":
		lines := strings.Split(ui.Wrap(m.status, m.width), "\n")
		if len(lines) > 3 {
			lines = append(lines[:2], ui.Truncate(strings.Join(lines[2:], " "), m.width))
		}
		return m.st.ErrLine.Render(strings.Join(lines, "\n"))
	case m.closing != "":
		return m.st.Status.Render(ui.Truncate(m.closing, m.width))
	case m.saves.pending() > 0 && m.quitting:
		return m.st.Status.Render(m.t.saving)
	}
	return ""
}

// resize gives every screen the room left by the frame.
func (m Model) resize() (Model, tea.Cmd) {
	m.help.Width = m.width
	m.frame = m.frameHeights()
	h := max(m.height-m.frame, 1)
	cmds := make([]tea.Cmd, 0, len(slots))
	for _, s := range slots {
		var cmd tea.Cmd
		m, cmd = s.fit(m, m.width, h)
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

// helpKeys is the active screen's KeyMap merged with the global one.
func (m Model) helpKeys() combinedKeys {
	s := m.active()
	return combinedKeys{screen: s.keyMap(m), global: m.keys, typing: s.inputFocused(m), ownsQuit: s.ownsQuit(m)}
}

// View draws the active screen inside the frame, with no terminal controls
// but styles (ui.KeepStyles).
func (m Model) View() string {
	if m.width == 0 {
		return ""
	}
	if m.width < minWidth || m.height < minHeight {
		// Wrapped, not cut: the sizes are the point of the message.
		return m.forConsole(ui.Wrap(fmt.Sprintf(m.t.tooSmall, minWidth, minHeight, m.width, m.height), m.width))
	}
	body := m.active().view(m)
	h := max(m.height-m.frameHeights(), 1)
	// Titles, questions and learner names come from files anyone may have
	// written; whatever control sequence got into them, only styles leave.
	return m.forConsole(ui.KeepStyles(fitHeight(body, h) + "\n" + m.statusLine() + "\n" + m.helpView()))
}

// helpView is the help for the active screen, no line wider than the
// window: bubbles' help adds the last key whole when its ellipsis would
// not fit after the keys before it (with --ascii's "..." it did, 87 cells
// at 80), so each line is cut here as well.
func (m Model) helpView() string {
	lines := strings.Split(m.help.View(m.helpKeys()), "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, m.width, m.help.Ellipsis)
	}
	return strings.Join(lines, "\n")
}

// forConsole maps the finished frame to code page 437 under --ascii. Once,
// here, so no screen, mark, help line or lesson text can slip past; the
// glyphs whose mapping would read badly are chosen at their source.
func (m Model) forConsole(frame string) string {
	if !m.deps.ASCII {
		return frame
	}
	return ui.CP437(frame, m.width)
}

// fitHeight pads or cuts s to exactly h lines so the frame stays put.
func fitHeight(s string, h int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// openReflect shows the reflection screen for a lesson that asks for a
// reflection or a plan: always when asked (t), and after a finished quiz
// only when the learner has written nothing for it yet.
func (m Model) openReflect(lessonID string, asked bool) (Model, tea.Cmd) {
	l := m.deps.Catalog.Lesson(lessonID)
	if l == nil || m.learner == nil || (l.Reflection == "" && l.Plan == nil) {
		return m, nil
	}
	prev, written := m.learner.Reflections[lessonID]
	if written && !asked {
		return m, nil
	}
	m.reflect = m.reflect.start(l, prev)
	if m.screen != screenReflect {
		m.reflectFrom = m.screen
	}
	m.screen = screenReflect
	return m, nil
}

// learnerCheck returns the active learner's recorded check of a module.
func (m Model) learnerCheck(moduleID string) (progress.CheckResult, bool) {
	if m.learner == nil {
		return progress.CheckResult{}, false
	}
	res, ok := m.learner.Checks[moduleID]
	return res, ok
}
