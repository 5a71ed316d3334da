package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ajar/tui/ui"
)

// searchHead is the lines above the hits: title, field, count, blank.
const searchHead = 4

// pageHits is how many hits fit on the screen (each takes two lines).
func (m searchModel) pageHits() int { return max((m.height-searchHead)/2, 1) }

// View draws the field, what was found, and the hits: where each is, of
// which kind, and its text around the match.
func (m searchModel) View() string {
	var b strings.Builder
	b.WriteString(m.st.Title.Render(ui.Truncate(m.t.searchTitle, m.width)) + "\n")
	b.WriteString(m.field.View() + "\n")
	switch {
	case m.index == nil:
		b.WriteString(m.st.Muted.Render(ui.Truncate(m.t.loading, m.width)) + "\n")
	case m.field.Value() == "":
		b.WriteString(m.st.Muted.Render(ui.Wrap(m.t.searchHint, m.width)) + "\n")
	case m.more:
		b.WriteString(m.st.Muted.Render(ui.Truncate(fmt.Sprintf(m.t.searchCapped, len(m.hits)), m.width)) + "\n")
	case len(m.hits) == 0:
		b.WriteString(m.st.Bad.Render(ui.Truncate(fmt.Sprintf(m.t.searchNone, m.field.Value()), m.width)) + "\n")
	default:
		b.WriteString(m.st.Muted.Render(ui.Truncate(fmt.Sprintf(m.t.searchHits, len(m.hits)), m.width)) + "\n")
	}
	b.WriteString("\n")
	var rows []string
	for i, h := range m.hits {
		where := "[" + m.kindName(h.kind) + "] " + h.where
		if i == m.cursor {
			rows = append(rows, m.st.Cursor.Render(ui.Truncate("> "+where, m.width)))
		} else {
			rows = append(rows, ui.Truncate("  "+where, m.width))
		}
		rows = append(rows, "    "+snippet(h, m.width-4))
	}
	room := max(m.height-searchHead, 1)
	s := scroller{}.sized(room, len(rows)).reveal(2*m.cursor + 1).reveal(2 * m.cursor)
	b.WriteString(strings.Join(s.visible(rows), "\n"))
	return b.String()
}

// kindName names where a hit is.
func (m searchModel) kindName(k hitKind) string {
	switch k {
	case hitTitle:
		return m.t.kindTitle
	case hitObjective:
		return m.t.kindObjective
	case hitGlossary:
		return m.t.kindGlossary
	}
	return m.t.kindText
}

// snippet is the hit's text around its first match, in w cells, the
// matches in reverse video. It starts a few words before the match, so a
// match deep in a paragraph is on screen.
func snippet(h courseHit, w int) string {
	text, spans := h.snippet, h.spans
	if len(spans) > 0 && ansi.StringWidth(text[:spans[0].start]) > w/3 {
		cut := spans[0].start
		for lead := 0; cut > 0 && lead < w/4; lead++ {
			cut = prevRune(text, cut)
		}
		if i := strings.IndexByte(text[cut:spans[0].start], ' '); i >= 0 {
			cut += i + 1 // start at a word
		}
		text = "…" + text[cut:]
		shift := len("…") - cut
		moved := make([]span, 0, len(spans))
		for _, s := range spans {
			if s.start >= cut {
				moved = append(moved, span{s.start + shift, s.end + shift})
			}
		}
		spans = moved
	}
	return ui.Truncate(markSpans(text, spans, -1), w) + markOff
}

// prevRune is the start of the rune before byte i of s.
func prevRune(s string, i int) int {
	i--
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return i
}
