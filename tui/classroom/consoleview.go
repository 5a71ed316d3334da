package classroom

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"ajar/lessons"
	"ajar/tui/ui"
)

// The smallest window the console draws in: an 80×24 terminal has room to
// spare, and below this the table's columns stop making sense.
const (
	minConsoleWidth  = 50
	minConsoleHeight = 12
)

// View implements tea.Model. Everything drawn passes ui.KeepStyles last:
// learner names and statuses are typed by anyone who joins, and are
// cleaned where they are drawn (lessons.CleanName) besides.
func (m consoleModel) View() string {
	if m.width == 0 {
		return ""
	}
	if m.width < minConsoleWidth || m.height < minConsoleHeight {
		return ui.Wrap(fmt.Sprintf(m.t.tooSmall, minConsoleWidth, minConsoleHeight, m.width, m.height), m.width)
	}
	foot := m.footLines()
	var body []string
	if m.view == viewRoom {
		body = m.roomLines()
	} else {
		body = m.liveLines(m.height - len(foot))
	}
	body = body[:min(len(body), max(m.height-len(foot), 0))]
	for i, l := range body {
		body[i] = ui.Truncate(l, m.width)
	}
	lines := append(body, make([]string, max(m.height-len(foot)-len(body), 0))...)
	frame := ui.KeepStyles(strings.Join(append(lines, foot...), "\n"))
	if m.ascii {
		return ui.CP437(frame, m.width)
	}
	return frame
}

// footLines are the question to end the class or its progress, and the
// help, at the foot of every view.
func (m consoleModel) footLines() []string {
	var out []string
	switch {
	case m.closing:
		out = append(out, m.st.Title.Render(ui.Truncate(m.t.closing, m.width)))
	case m.confirm:
		out = append(out, m.st.Bad.Render(ui.Truncate(m.t.confirmQuit, m.width)))
	}
	h := m.help
	h.ShowAll = m.showHelp
	if help := h.View(m.active()); help != "" {
		// Cut as well: bubbles' short help lets an item through when
		// even its ellipsis does not fit.
		for _, l := range strings.Split(help, "\n") {
			out = append(out, ui.Truncate(l, m.width))
		}
	}
	return append([]string{""}, out...)
}

// roomHeader is the overview's lines above the table.
func (m consoleModel) roomHeader() []string {
	sortNames := [sortCount]string{m.t.sortName, m.t.sortLesson, m.t.sortDone, m.t.sortCheck}
	out := []string{m.st.Title.Render(m.t.title)}
	for _, l := range m.join {
		out = append(out, m.st.Muted.Render(lessons.CleanName(l)))
	}
	out = append(out, fmt.Sprintf(m.t.connected, len(m.state.Seats))+m.st.Muted.Render(" · "+fmt.Sprintf(m.t.sortedBy, sortNames[m.sortBy])))
	if q := m.state.Live; q != nil {
		out = append(out, m.st.Accent.Render(fmt.Sprintf(m.t.liveLine, lessons.CleanName(q.Question.Prompt), m.answeredText())))
	}
	return append(out, "")
}

// tableRows is how many learners the overview shows at once.
func (m consoleModel) tableRows() int {
	return max(m.height-len(m.roomHeader())-1-len(m.footLines()), 1)
}

// visibleRows is how many learners the overview lists: one line fewer
// than tableRows when they do not all fit, for the line saying how many
// more there are.
func (m consoleModel) visibleRows() int {
	if n := m.tableRows(); len(m.state.Seats) > n {
		return max(n-1, 1)
	}
	return len(m.state.Seats)
}

// clampOffset keeps the overview's scroll within the table.
func (m consoleModel) clampOffset() consoleModel {
	m.offset = max(min(m.offset, len(m.state.Seats)-m.visibleRows()), 0)
	return m
}

// roomLines draws the room overview: who is connected and where each is.
func (m consoleModel) roomLines() []string {
	out := m.roomHeader()
	if len(m.state.Seats) == 0 {
		return append(out, strings.Split(ui.Wrap(m.st.Muted.Render(m.t.noLearners), m.width), "\n")...)
	}
	// Fixed columns for the numbers; name and lesson share what is left.
	done, check, ans := max(lipgloss.Width(m.t.colDone), 3), max(lipgloss.Width(m.t.colCheck), 12), lipgloss.Width(m.t.colAnswered)
	rest := m.width - done - check - ans - 8
	name := max(rest*2/5, 8)
	lesson := max(rest-name, 8)
	row := func(a, b, c, d, e string) string {
		return cell(a, name) + "  " + cell(b, lesson) + "  " + lipgloss.PlaceHorizontal(done, lipgloss.Right, c) + "  " + cell(d, check) + "  " + e
	}
	out = append(out, m.st.Heading.Render(row(m.t.colName, m.t.colLesson, m.t.colDone, m.t.colCheck, m.t.colAnswered)))
	seats := sortedSeats(m.state.Seats, m.sortBy)
	end := min(m.offset+m.visibleRows(), len(seats))
	for _, s := range seats[m.offset:end] {
		// Clean what a learner's session reports, then style: a style's
		// own escapes must not be escaped as if they were content.
		where := lessons.CleanName(s.Status.Lesson)
		if where == "" {
			where = m.st.Muted.Render(m.t.onMap)
		}
		mark := ""
		if m.state.Live != nil {
			mark = m.st.Muted.Render("·")
			if s.Answered {
				mark = m.st.Good.Render("✓")
			}
		}
		out = append(out, row(lessons.CleanName(s.Name), where, strconv.Itoa(s.Status.LessonsDone),
			lessons.CleanName(s.Status.LastCheck), mark))
	}
	if hidden := len(seats) - (end - m.offset); hidden > 0 {
		out = append(out, m.st.Muted.Render(fmt.Sprintf(m.t.moreRows, m.offset+1, end, len(seats))))
	}
	return out
}

// cell fits s to exactly w cells.
func cell(s string, w int) string {
	s = ui.Truncate(s, w)
	return s + strings.Repeat(" ", max(w-lipgloss.Width(s), 0))
}

// sortedSeats orders the seats for the overview: names A to Z, lessons A
// to Z (the course map last), most lessons done first, best check first;
// ties by name, then connection.
func sortedSeats(seats []SeatState, by int) []SeatState {
	out := append([]SeatState(nil), seats...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch by {
		case byLesson:
			if a.Status.Lesson != b.Status.Lesson {
				return b.Status.Lesson == "" || a.Status.Lesson != "" && strings.ToLower(a.Status.Lesson) < strings.ToLower(b.Status.Lesson)
			}
		case byDone:
			if a.Status.LessonsDone != b.Status.LessonsDone {
				return a.Status.LessonsDone > b.Status.LessonsDone
			}
		case byCheck:
			if ca, cb := checkScore(a.Status.LastCheck), checkScore(b.Status.LastCheck); ca != cb {
				return ca > cb
			}
		}
		if na, nb := strings.ToLower(a.Name), strings.ToLower(b.Name); na != nb {
			return na < nb
		}
		return a.ID < b.ID
	})
	return out
}

// checkScore reads the percentage of a check score such as "4/5 (80%)";
// -1 when there is none.
func checkScore(s string) int {
	open, end := strings.LastIndex(s, "("), strings.LastIndex(s, "%)")
	if open < 0 || end < open {
		return -1
	}
	n, err := strconv.Atoi(strings.TrimSpace(s[open+1 : end]))
	if err != nil {
		return -1
	}
	return n
}

// answeredText is "12 dari 30 menjawab".
func (m consoleModel) answeredText() string {
	return fmt.Sprintf(m.t.answeredOf, m.state.Answered, len(m.state.Seats))
}
