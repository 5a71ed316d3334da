package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui/ui"
)

// homeKeyMap holds the course map's bindings.
type homeKeyMap struct {
	Up, Down, Top, Bottom, Open, Glossary, Stats, Profiles, Search key.Binding
}

// defaultHomeKeys returns the course map bindings with help in language t.
func defaultHomeKeys(t *texts) homeKeyMap {
	return homeKeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.keyUp)),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.keyDown)),
		Top:    key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", t.keyTop)),
		Bottom: key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", t.keyBottom)),
		Open:   key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", t.keyOpen)),
		// i for "istilah" (term); g is taken by "top" as in less and vim.
		Glossary: key.NewBinding(key.WithKeys("i"), key.WithHelp("i", t.keyGlossary)),
		Stats:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", t.keyStats)),
		Profiles: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", t.keyProfiles)),
		Search:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", t.keySearchCourse)),
	}
}

// ShortHelp implements help.KeyMap.
func (k homeKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.Glossary, k.Stats}
}

// FullHelp implements help.KeyMap.
func (k homeKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom}, {k.Open, k.Glossary, k.Stats, k.Profiles, k.Search}}
}

// rowKind tells the course map's rows apart.
type rowKind int

const (
	rowReview  rowKind = iota // "Ulasan hari ini": cards due now
	rowLater                  // nothing due now, learning steps later today; not selectable
	rowResume                 // "Lanjutkan" entry
	rowModule                 // module heading, not selectable
	rowLesson                 // one lesson
	rowCheck                  // a module's scored check
	rowProblem                // a line about content that did not load
)

// homeRow is one line of the course map.
type homeRow struct {
	kind   rowKind
	module *lessons.Module
	lesson *lessons.Lesson
	number int    // lesson number within its module, from 1
	text   string // a problem row's text
}

// homeModel is the course map: modules, lessons with status and best score,
// and a "Lanjutkan" entry that resumes the last place.
type homeModel struct {
	catalog *lessons.Catalog
	title   string
	t       *texts
	st      *styles
	keys    homeKeyMap

	loaded   bool
	learner  string   // the learner's name, when the PC has several
	problems []string // content that did not load
	snap     progress.Snapshot
	due      int // cards in today's review queue
	later    int // learning steps due later today, and how soon the first
	laterIn  time.Duration
	planDay  int // the day (7, 30) of a plan due to come back; 0 if none
	rows     []homeRow
	cursor   int
	list     scroller // the rows in view
	width    int
	height   int
}

// newHomeModel builds the course map for a catalog; it shows a loading line
// until the snapshot arrives.
func newHomeModel(c *lessons.Catalog, title string, t *texts, st *styles) homeModel {
	m := homeModel{catalog: c, title: title, t: t, st: st, keys: defaultHomeKeys(t)}
	m.keys.Glossary.SetEnabled(c.Glossary != "")
	m.snap = progress.Snapshot{Lessons: map[string]progress.LessonRecord{}, LastAnswers: map[string]progress.Answer{}}
	m.rebuild()
	return m
}

// setSize tells the screen how much room it has.
func (m homeModel) setSize(w, h int) homeModel {
	m.width, m.height = w, h
	return m.scrollToCursor()
}

// rebuild recomputes the rows from catalog and snapshot, keeping the cursor
// on the same lesson when possible.
func (m *homeModel) rebuild() {
	var keep string
	if m.cursor < len(m.rows) && m.rows[m.cursor].lesson != nil {
		keep = m.rows[m.cursor].lesson.ID
	}
	m.rows = m.rows[:0]
	// Content that failed to load comes first: a trainer trying a module
	// must see why it is missing without scrolling past the course.
	if len(m.problems) > 0 {
		m.rows = append(m.rows, homeRow{kind: rowProblem, text: m.t.problemsTitle})
		for _, p := range m.problems {
			m.rows = append(m.rows, homeRow{kind: rowProblem, text: p})
		}
	}
	if m.due > 0 || m.planDay > 0 {
		m.rows = append(m.rows, homeRow{kind: rowReview})
	} else if m.later > 0 {
		m.rows = append(m.rows, homeRow{kind: rowLater})
	}
	if l := m.resumeLesson(); l != nil {
		m.rows = append(m.rows, homeRow{kind: rowResume, lesson: l, module: m.catalog.ModuleOf(l.ID)})
	}
	for _, mod := range m.catalog.Modules {
		m.rows = append(m.rows, homeRow{kind: rowModule, module: mod})
		for i, l := range mod.Lessons {
			m.rows = append(m.rows, homeRow{kind: rowLesson, module: mod, lesson: l, number: i + 1})
		}
		m.rows = append(m.rows, homeRow{kind: rowCheck, module: mod})
	}

	m.cursor = m.firstSelectable(keep)
}

// resumeLesson is the lesson "Lanjutkan" returns to, or nil.
func (m homeModel) resumeLesson() *lessons.Lesson {
	if m.snap.Position.LessonID == "" {
		return nil
	}
	return m.catalog.Lesson(m.snap.Position.LessonID)
}

// firstSelectable picks the row for the cursor: the lesson kept before a
// rebuild, else "Lanjutkan", else the first lesson not yet completed.
func (m homeModel) firstSelectable(keep string) int {
	fallback := -1
	for i, r := range m.rows {
		switch {
		case r.kind == rowLesson && keep != "" && r.lesson.ID == keep:
			return i
		case (r.kind == rowResume || r.kind == rowReview) && keep == "":
			return i
		case r.kind == rowLesson && fallback < 0 && !m.snap.Lessons[r.lesson.ID].Completed():
			fallback = i
		}
	}
	if fallback >= 0 {
		return fallback
	}
	return m.move(-1, 1)
}

// move returns the next selectable row from 'from' in direction dir, or the
// current cursor when there is none.
func (m homeModel) move(from, dir int) int {
	for i := from + dir; i >= 0 && i < len(m.rows); i += dir {
		if k := m.rows[i].kind; k != rowModule && k != rowProblem && k != rowLater {
			return i
		}
	}
	if from < 0 || from >= len(m.rows) {
		return 0
	}
	return from
}

// withLearner shows the learner's progress at now, keeping the cursor on
// the same lesson. The due count is the length of the queue the review
// screen will build, read from the learner's due index (cheap at any
// number of cards); when it is zero, learning steps due later today are
// said with when, since opening the review now would show nothing.
func (m homeModel) withLearner(l *progress.Learner, now time.Time) homeModel {
	first := !m.loaded
	m.snap, m.loaded = l.Snapshot, true
	m.due = l.Counts(now).Total()
	var next time.Time
	if m.later, next = l.Later(now); m.later > 0 {
		m.laterIn = next.Sub(now)
	}
	m.planDay = 0
	if due := plansDue(l, now); len(due) > 0 {
		m.planDay = due[0].day
	}
	if first {
		m.cursor = len(m.rows) // forget the pre-load cursor
	}
	m.rebuild()
	return m.scrollToCursor()
}

// withProblems lists content that failed to load under the course.
func (m homeModel) withProblems(problems []string) homeModel {
	m.problems = problems
	m.rebuild()
	return m
}

// withName shows whose progress this is.
func (m homeModel) withName(name string) homeModel {
	m.learner = name
	return m
}

// moduleGroup groups cards by their lesson's module, so reviews interleave
// modules (lessons.Catalog.ModuleIDOf).
func moduleGroup(c *lessons.Catalog) func(progress.CardRecord) string {
	moduleOf := c.ModuleIDOf()
	return func(r progress.CardRecord) string { return moduleOf(r.LessonID) }
}

// Update handles keys.
func (m homeModel) Update(msg tea.Msg) (homeModel, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		return m.handleKey(k)
	}
	return m, nil
}

// handleKey moves the cursor or opens the selected lesson.
func (m homeModel) handleKey(msg tea.KeyMsg) (homeModel, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Up):
		m.cursor = m.move(m.cursor, -1)
	case key.Matches(msg, m.keys.Down):
		m.cursor = m.move(m.cursor, 1)
	case key.Matches(msg, m.keys.Top):
		m.cursor = m.move(-1, 1)
	case key.Matches(msg, m.keys.Bottom):
		m.cursor = m.move(len(m.rows), -1)
	case key.Matches(msg, m.keys.Glossary):
		return m, emit(openGlossaryMsg{})
	case key.Matches(msg, m.keys.Stats):
		return m, emit(openStatsMsg{})
	case key.Matches(msg, m.keys.Profiles):
		return m, emit(openProfilesMsg{})
	case key.Matches(msg, m.keys.Search):
		return m, emit(openSearchMsg{})
	case key.Matches(msg, m.keys.Open) && m.cursor < len(m.rows) && m.rows[m.cursor].kind == rowReview:
		return m, emit(startReviewMsg{})
	case key.Matches(msg, m.keys.Open) && m.cursor < len(m.rows) && m.rows[m.cursor].kind == rowCheck:
		id := m.rows[m.cursor].module.ID
		if _, taken := m.snap.Checks[id]; taken {
			return m, emit(openCheckResultMsg{moduleID: id}) // scored once: its result opens again
		}
		return m, emit(startCheckMsg{moduleID: id})
	case key.Matches(msg, m.keys.Open):
		if m.cursor < len(m.rows) && m.rows[m.cursor].lesson != nil {
			r := m.rows[m.cursor]
			if r.kind != rowResume {
				return m, emit(openLessonMsg{lessonID: r.lesson.ID})
			}
			prior := map[string]bool{}
			for _, q := range r.lesson.Questions {
				if a, ok := m.snap.LastAnswers[q.ID]; ok {
					prior[q.ID] = a.Correct
				}
			}
			return m, emit(openLessonMsg{lessonID: r.lesson.ID, resume: true, pos: m.snap.Position, prior: prior})
		}
	}
	return m.scrollToCursor(), nil
}

// scrollToCursor keeps the cursor row (and its module heading) visible.
func (m homeModel) scrollToCursor() homeModel {
	visible := m.listHeight()
	top := m.cursor
	if top > 0 && m.rows[top-1].kind == rowModule {
		top-- // show the heading of the first lesson of a module too
	}
	if m.move(m.cursor, -1) == m.cursor {
		top = 0 // nothing selectable above: show the problems and headings there
	}
	// The heading first, then the cursor: on a window too short for
	// both, the cursor wins.
	m.list = m.list.sized(visible, len(m.rows)).reveal(top).reveal(m.cursor)
	return m
}

// headerLines is the height of the course map's title block.
const headerLines = 3

// detailLines is the room under the list for the selected lesson's
// objective: a blank line and two lines of text.
const detailLines = 3

// listHeight is the number of rows that fit; the objective gives way first
// on small windows.
func (m homeModel) listHeight() int {
	h := m.height - headerLines
	if h-detailLines >= 6 {
		h -= detailLines
	}
	return max(h, 1)
}

// View draws the course map.
func (m homeModel) View() string {
	var b strings.Builder
	b.WriteString(m.st.Title.Render(ui.Truncate(m.title, m.width)) + "\n")
	if !m.loaded {
		b.WriteString(m.st.Muted.Render(m.t.loading) + "\n")
		return b.String()
	}
	done, total := m.countDone()
	sub := fmt.Sprintf(m.t.lessonsDone, done, total)
	if m.learner != "" {
		// On a shared PC the way to switch learner is shown where the
		// name is, not only in the full help.
		sub = m.nameLine() + " · " + sub
	}
	b.WriteString(m.st.Subtitle.Render(ui.Truncate(sub, m.width)) + "\n\n")
	if total == 0 {
		b.WriteString(m.t.noLessons + "\n")
	}
	end := min(len(m.rows), m.list.offset+m.listHeight())
	for i := m.list.offset; i < end; i++ {
		b.WriteString(m.renderRow(i) + "\n")
	}
	if d := m.detail(); d != "" && m.listHeight() < m.height-headerLines {
		b.WriteString(strings.Repeat("\n", m.listHeight()-(end-m.list.offset)+1))
		b.WriteString(m.st.Muted.Render(d) + "\n")
	}
	return b.String()
}

// countDone counts completed lessons of the catalog.
func (m homeModel) countDone() (done, total int) {
	for _, l := range m.catalog.Lessons() {
		total++
		if m.snap.Lessons[l.ID].Completed() {
			done++
		}
	}
	return done, total
}

// renderRow draws one row, fitted to the width.
func (m homeModel) renderRow(i int) string {
	r := m.rows[i]
	pointer := "  "
	if i == m.cursor {
		pointer = m.st.Cursor.Render("> ")
	}
	switch r.kind {
	case rowReview:
		label := fmt.Sprintf(m.t.reviewDue, m.due)
		if m.planDay > 0 {
			label += fmt.Sprintf(m.t.reviewPlanDue, m.planDay)
		}
		return pointer + m.st.Accent.Render(ui.Truncate(label, m.width-4))
	case rowLater:
		// One space where the review row's highlight pads, so both align.
		return pointer + " " + m.st.Muted.Render(ui.Truncate(fmt.Sprintf(m.t.reviewLater, m.later, m.t.duration(m.laterIn)), m.width-5))
	case rowResume:
		label := m.t.resume + ": " + r.lesson.Title
		return pointer + m.st.Accent.Render(ui.Truncate(label, m.width-4))
	case rowCheck:
		label := m.t.checkRow
		if c, ok := m.snap.Checks[r.module.ID]; ok {
			label = fmt.Sprintf(m.t.checkTaken, c.Correct, c.Total, c.Correct*100/max(c.Total, 1))
		}
		text := "    " + ui.Truncate(label, m.width-6)
		if i == m.cursor {
			return pointer + m.st.Selected.Render(text[2:])
		}
		return pointer + m.st.Muted.Render(text[2:])
	case rowProblem:
		return m.st.ErrLine.Render(ui.Truncate(r.text, m.width))
	case rowModule:
		return m.st.Heading.Render(ui.Truncate(fmt.Sprintf("%s %d · %s", m.t.module, r.module.Number, r.module.Title), m.width))
	}
	rec := m.snap.Lessons[r.lesson.ID]
	mark := m.st.Fresh.Render("[ ]")
	switch rec.Status() {
	case progress.LessonCompleted:
		mark = m.st.Done.Render("[x]")
	case progress.LessonOpened:
		mark = m.st.Started.Render("[-]")
	}
	meta := fmt.Sprintf(m.t.minutes, r.lesson.Minutes)
	if rec.BestTotal > 0 {
		meta = fmt.Sprintf("%d/%d  %s", rec.BestCorrect, rec.BestTotal, meta)
	}
	title := fmt.Sprintf("%d. %s", r.number, r.lesson.Title)
	w := m.rowWidth()
	room := w - 2 - 4 - lipgloss.Width(meta) - 2
	title = ui.Truncate(title, room)
	if i == m.cursor {
		title = m.st.Selected.Render(title)
	}
	gap := max(w-2-4-lipgloss.Width(title)-lipgloss.Width(meta), 1)
	return pointer + mark + " " + title + strings.Repeat(" ", gap) + m.st.Muted.Render(meta)
}

// rowWidth is the width of a lesson row: the window, but no wider than a
// comfortable reading line, so the minutes stay near the title on a wide
// screen.
func (m homeModel) rowWidth() int {
	return min(m.width, maxReadWidth+8)
}

// detail is the selected lesson's objective (or its module's summary),
// wrapped to two lines, so a learner knows what a lesson offers before
// opening it.
func (m homeModel) detail() string {
	if m.cursor >= len(m.rows) || m.rows[m.cursor].lesson == nil {
		return ""
	}
	r := m.rows[m.cursor]
	text := r.lesson.Objective
	if text == "" && r.module != nil {
		text = r.module.Summary
	}
	lines := strings.Split(ui.Wrap(text, m.rowWidth()-2), "\n")
	if len(lines) > 2 {
		lines = []string{lines[0], ui.Truncate(strings.Join(lines[1:], " "), m.rowWidth()-2)}
	}
	return strings.Join(lines, "\n")
}
