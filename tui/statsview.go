package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"ajar/progress"
	"ajar/tui/ui"
)

// View draws the statistics, scrolled when the window is short.
func (m statsModel) View() string {
	lines := m.lines()
	return m.pageScroller(len(lines)).window(lines, "")
}

// pageScroller is the window on a page of n lines.
func (m statsModel) pageScroller(n int) scroller { return m.scroll.sized(m.height, n) }

// maxScroll is the furthest the page scrolls: its last line at the bottom.
func (m statsModel) maxScroll() int { return m.pageScroller(len(m.lines())).maxOffset() }

// lines is the whole page, before scrolling.
func (m statsModel) lines() []string {
	var b strings.Builder
	b.WriteString(m.st.Title.Render(m.t.statsTitle) + "\n\n")
	b.WriteString(m.summaryLine() + "\n")
	b.WriteString(m.st.Muted.Render(fmt.Sprintf(m.t.caps, m.settings.NewPerDay, m.settings.ReviewsPerDay)) + "\n\n")
	b.WriteString(m.st.Heading.Render(m.t.masteryTitle) + "\n")
	b.WriteString(m.masteryView() + "\n")
	left := m.st.Heading.Render(fmt.Sprintf(m.t.heatmapTitle, progress.HeatmapWeeks)) + "\n" + m.heatmapView()
	right := m.st.Heading.Render(fmt.Sprintf(m.t.forecastTitle, progress.ForecastDays)) + "\n" + m.forecastView()
	if m.width >= 76 {
		b.WriteString(lipgloss.JoinHorizontal(lipgloss.Top, left, "    ", right))
	} else {
		b.WriteString(left + "\n\n" + right)
	}
	return strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
}

// summaryLine gives retention over 30 days and the streak.
func (m statsModel) summaryLine() string {
	line := m.t.retentionNone
	if r, ok := m.stats.Retention(); ok {
		line = fmt.Sprintf(m.t.retention, progress.RetentionDays, int(r*100+0.5), m.stats.RetentionDue)
	}
	if !m.settings.HideStreak {
		line += "   " + m.st.Selected.Render(fmt.Sprintf(m.t.streak, m.stats.Streak))
	}
	return line
}

// masteryView shows a bar per module in catalog order: the share of its
// cards mastered (see progress.Mastery), and how many of how many. The
// module names give way so a line fits the window.
func (m statsModel) masteryView() string {
	byGroup := map[string]progress.Mastery{}
	counts := map[string]string{}
	countW := 0
	for _, g := range m.stats.Mastery {
		byGroup[g.Group] = g
		counts[g.Group] = fmt.Sprintf(m.t.cards, g.Mastered, g.Total)
		countW = max(countW, lipgloss.Width(counts[g.Group]))
	}
	var b strings.Builder
	barW := 20
	nameW := max(min(m.width, maxReadWidth)-barW-countW-12, 10)
	for _, mod := range m.catalog.Modules {
		g, ok := byGroup[mod.ID]
		name := ui.Truncate(fmt.Sprintf("%d %s", mod.Number, mod.Title), nameW)
		name += strings.Repeat(" ", max(nameW-lipgloss.Width(name), 0))
		if !ok {
			b.WriteString("  " + name + "  " + m.st.Muted.Render(m.t.notStudied) + "\n")
			continue
		}
		bar := m.st.Bar.View(barW, g.Share(), m.g.barOn, m.g.barOff)
		b.WriteString(fmt.Sprintf("  %s  %s %3d%% %s\n", name, bar, int(g.Share()*100+0.5), m.st.Muted.Render(counts[g.Group])))
	}
	return b.String()
}

// heatLevel maps a day's reviews to a glyph level.
func heatLevel(n int) int {
	switch {
	case n == 0:
		return 0
	case n < 5:
		return 1
	case n < 15:
		return 2
	case n < 30:
		return 3
	}
	return 4
}

// heatmapView draws weekdays as rows and weeks as columns, oldest left.
func (m statsModel) heatmapView() string {
	var b strings.Builder
	for day := 0; day < 7; day++ {
		b.WriteString(m.t.weekdays[day] + " ")
		for week := 0; week < progress.HeatmapWeeks; week++ {
			i := week*7 + day
			cell := m.g.future
			if i <= m.stats.TodayIndex {
				cell = m.g.heat[heatLevel(m.stats.Heatmap[i])]
			}
			if i == m.stats.TodayIndex {
				cell = m.st.Selected.Render(cell)
			}
			b.WriteString(cell + " ")
		}
		b.WriteString("\n")
	}
	legend := m.t.less + " " + strings.Join(m.g.heat, " ") + " " + m.t.more
	b.WriteString(m.st.Muted.Render("    "+legend) + "\n")
	return b.String()
}

// forecastView draws a column per day, five rows high, with the counts of
// today and the whole span.
func (m statsModel) forecastView() string {
	const rows = 5
	top := 1
	total := 0
	for _, n := range m.stats.Forecast {
		top = max(top, n)
		total += n
	}
	var b strings.Builder
	for row := rows; row >= 1; row-- {
		for _, n := range m.stats.Forecast {
			// Each row is two half steps, so the bar has ten levels.
			h := n * rows * 2 / top
			if n > 0 && h == 0 {
				h = 1 // a card is never drawn as nothing
			}
			switch {
			case h >= row*2:
				b.WriteString(m.g.full + " ")
			case h == row*2-1:
				b.WriteString(m.g.half + " ")
			default:
				b.WriteString("  ")
			}
		}
		b.WriteString("\n")
	}
	b.WriteString(m.st.Muted.Render(m.t.forecastAxis) + "\n")
	// Today is the course map's count, which the review will show; steps
	// due later today are in the bar and said apart.
	today := fmt.Sprint(m.stats.Today.Total())
	if m.stats.Later > 0 {
		today += fmt.Sprintf(m.t.forecastLater, m.stats.Later)
	}
	b.WriteString(fmt.Sprintf(m.t.forecastCounts, today, total) + "\n")
	return b.String()
}
