package tui

import "strings"

// clipLines shows at most h lines of body from line from (clamped so the
// window is never half empty), ending with the more line when some of it
// does not fit. Screens pass from so the reader's place stays in sight:
// the cursor's row while answering, the scroll offset while reading.
func clipLines(body string, h, from int, more string) string {
	lines := strings.Split(strings.TrimRight(body, "\n"), "\n")
	if h <= 0 || len(lines) <= h {
		return strings.Join(lines, "\n")
	}
	room := h - 1 // the last line says there is more
	from = min(max(from, 0), len(lines)-room)
	return strings.Join(lines[from:from+room], "\n") + "\n" + more
}

// keepInSight is the first line to show so that line at stays visible in
// a window of h lines, with one line of context below it.
func keepInSight(at, h int) int {
	return max(at-(h-3), 0)
}
