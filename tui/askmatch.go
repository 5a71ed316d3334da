package tui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"ajar/tui/ui"
)

// A matching question is answered on the left column: the cursor moves
// over the left items, a digit puts the right item of that number against
// the one under the cursor, Backspace or Delete takes it away, and Enter
// answers once every left item has a partner. The right column only shows
// the numbered right items, shuffled.

// pair puts the right item numbered by the digit k against the left item
// under the cursor, taking it from any other left item (each right item
// belongs to one left item), then moves the cursor to the next left item
// still open, so a learner who knows the pairs types only digits.
func (a askModel) pair(k tea.KeyMsg) askModel {
	d, err := strconv.Atoi(k.String())
	if err != nil || d < 1 || d > len(a.rights) {
		return a
	}
	p := a.rights[d-1]
	match := slices.Clone(a.match)
	for i, v := range match {
		if v == p {
			match[i] = -1
		}
	}
	match[a.cursor] = p
	a.match = match
	n := len(match)
	for step := 1; step < n; step++ {
		if next := (a.cursor + step) % n; match[next] < 0 {
			a.cursor = next
			break
		}
	}
	return a
}

// unpair takes the right item away from the left item under the cursor.
func (a askModel) unpair() askModel {
	if a.canUnpair() {
		a.match = slices.Clone(a.match)
		a.match[a.cursor] = -1
	}
	return a
}

// canUnpair reports whether Backspace would take a right item away now,
// so the help offers it only then.
func (a askModel) canUnpair() bool {
	return a.q != nil && !a.answered && a.cursor < len(a.match) && a.match[a.cursor] >= 0
}

// shownNumber is the number (from 1) under which the right item of pair p
// is shown, or 0 for none.
func (a askModel) shownNumber(p int) int {
	return slices.Index(a.rights, p) + 1
}

// matchColumnsWidth is the narrowest answer area that shows the two columns
// side by side; below it the right column goes under the left one.
const matchColumnsWidth = 64

// matchView draws the left items with the number put against each and
// the numbered right items: side by side when w allows, else one under the
// other. Once answered it lists each left item with the right item the
// learner gave it, marked right (+) or wrong (x).
func (a askModel) matchView(t *texts, st *styles, w int) (string, int) {
	q := a.q
	var b strings.Builder
	if a.answered {
		for i, p := range q.Pairs {
			mark, given := st.Bad.Render("x"), "?"
			if i < len(a.resp.Match) && a.resp.Match[i] >= 0 && a.resp.Match[i] < len(q.Pairs) {
				given = q.Pairs[a.resp.Match[i]].Right
				if a.resp.Match[i] == i {
					mark = st.Good.Render("+")
				}
			}
			lines := strings.Split(ui.Wrap(fmt.Sprintf("%c. %s → %s", 'A'+i, p.Left, given), w-8), "\n")
			b.WriteString("  " + mark + " " + lines[0] + "\n")
			for _, l := range lines[1:] {
				b.WriteString("       " + l + "\n")
			}
		}
		return b.String(), 0
	}
	leftW := w
	if w >= matchColumnsWidth {
		longest := 0
		for _, p := range q.Pairs {
			longest = max(longest, ansi.StringWidth(p.Left))
		}
		leftW = min(longest+11, (w-3)/2)
	}
	rightW := w - 4 // indented under the left column
	if w >= matchColumnsWidth {
		rightW = w - leftW - 3 // after the gap
	}
	// A left cell is the pointer, the mark's room, the letter and the
	// number put against it (11 columns), then the item; a right cell is
	// the number (3 columns), then the item. Lines past the first hang
	// under the item.
	var left, right [][]string
	cursorAt := 0
	for i, p := range q.Pairs {
		box := "[ ]"
		if n := a.shownNumber(a.match[i]); a.match[i] >= 0 && n > 0 {
			box = "[" + strconv.Itoa(n) + "]"
		}
		lines := strings.Split(ui.Wrap(p.Left, leftW-11), "\n")
		head := fmt.Sprintf("%c. %s %s", 'A'+i, box, lines[0])
		pointer := "  "
		if i == a.cursor {
			pointer = st.Cursor.Render("> ")
			head = st.Selected.Render(head)
		}
		cell := []string{pointer + "  " + head}
		for _, l := range lines[1:] {
			cell = append(cell, strings.Repeat(" ", 11)+l)
		}
		left = append(left, cell)
	}
	for pos, p := range a.rights {
		lines := strings.Split(ui.Wrap(q.Pairs[p].Right, rightW-3), "\n")
		lines[0] = fmt.Sprintf("%d) %s", pos+1, lines[0])
		for j := 1; j < len(lines); j++ {
			lines[j] = "   " + lines[j]
		}
		right = append(right, lines)
	}
	if w < matchColumnsWidth {
		for i, cell := range left {
			if i == a.cursor {
				cursorAt = strings.Count(b.String(), "\n")
			}
			b.WriteString(strings.Join(cell, "\n") + "\n")
		}
		b.WriteString("\n")
		for _, cell := range right {
			b.WriteString(ui.Indent(strings.Join(cell, "\n"), 4) + "\n")
		}
	} else {
		for i := range left {
			if i == a.cursor {
				cursorAt = strings.Count(b.String(), "\n")
			}
			for j := range max(len(left[i]), len(right[i])) {
				l, r := "", ""
				if j < len(left[i]) {
					l = left[i][j]
				}
				if j < len(right[i]) {
					r = right[i][j]
				}
				line := l
				if r != "" {
					line += strings.Repeat(" ", max(leftW+3-ansi.StringWidth(l), 1)) + r
				}
				b.WriteString(line + "\n")
			}
		}
	}
	if a.open {
		open := 0
		for _, v := range a.match {
			if v < 0 {
				open++
			}
		}
		b.WriteString("\n" + st.Bad.Render(ui.Wrap(fmt.Sprintf(t.matchOpen, open), w)) + "\n")
	}
	return b.String(), cursorAt
}

// matchAnswer spells out the right pairs in left order.
func (a askModel) matchAnswer() string {
	var pairs []string
	for _, p := range a.q.Pairs {
		pairs = append(pairs, p.Left+" → "+p.Right)
	}
	return strings.Join(pairs, "; ")
}
