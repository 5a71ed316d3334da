package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"

	"ajar/progress"
	"ajar/tui/ui"
)

// reviewHelp is the review's KeyMap for help: the answer keys while a
// question is open, then the rating keys, each enabled only when it works.
type reviewHelp struct {
	answer quizKeyMap
	keys   reviewKeyMap
}

// ShortHelp implements help.KeyMap.
func (h reviewHelp) ShortHelp() []key.Binding {
	a, k := h.answer, h.keys
	return []key.Binding{a.Up, a.Down, a.Digit, a.Pair, a.Unpair, a.Toggle, a.Grab, a.Submit, k.Reveal, k.Rate, k.Next, k.Undo, k.Back}
}

// FullHelp implements help.KeyMap.
func (h reviewHelp) FullHelp() [][]key.Binding {
	a, k := h.answer, h.keys
	return [][]key.Binding{{a.Up, a.Down, a.Digit, a.Pair, a.Unpair, a.Toggle, a.Grab, a.Submit}, {k.Reveal, k.Rate, k.Next}, {k.Undo, k.Back}}
}

// helpKeys returns the bindings that work in the current state.
func (m reviewModel) helpKeys() reviewHelp {
	a, k := m.answer, m.keys
	asking := m.phase == reviewAsking
	question := m.q != nil && m.phase != reviewDone
	kind := m.ask.q
	for _, b := range []*key.Binding{&a.Up, &a.Down, &a.Digit, &a.Pair, &a.Unpair, &a.Toggle, &a.Grab, &a.Submit, &a.Next, &a.RetryWrong, &a.Retry, &a.NextLesson, &a.Home, &a.Back} {
		b.SetEnabled(false)
	}
	m.ask.enableKeys(&a, asking && question && kind != nil)
	if m.phase == reviewFeedback {
		a.Up.SetEnabled(true) // scroll the answered card
		a.Down.SetEnabled(true)
	}
	flash := m.fc != nil && m.phase != reviewDone
	k.Reveal.SetEnabled(asking && flash)
	k.Rate.SetEnabled(m.phase == reviewFeedback && (flash || question))
	if m.phase == reviewFeedback && question && !m.ask.right {
		k.Rate.SetHelp("1", m.t.again) // a wrong answer is rated Again only
	}
	k.Next.SetEnabled(m.phase == reviewFeedback && question || m.phase == reviewPlan)
	k.Undo.SetEnabled(m.canUndo() && !m.inputFocused())
	return reviewHelp{answer: a, keys: k}
}

// View draws the progress bar and the current card, or the summary. The
// rating choice sits under the header, so a short window never hides it;
// the card below keeps the cursor in sight and scrolls with ↑↓ after the
// answer.
func (m reviewModel) View() string {
	w := min(max(m.width-2, 20), maxReadWidth)
	var b strings.Builder
	b.WriteString(m.st.Title.Render(m.t.reviewTitle) + "\n")
	if m.phase == reviewDone {
		b.WriteString("\n" + m.summaryView(w))
		return b.String()
	}
	if m.phase == reviewPlan && len(m.plans) > 0 {
		b.WriteString("\n" + m.planView(w))
		return b.String()
	}
	head := b.String() + m.cardHead(w)
	body, cursorAt := m.cardBody(w)
	more := m.st.Muted.Render(m.t.moreBelow)
	if m.fc == nil && m.phase == reviewAsking {
		return head + clipAround(body, m.height-lipgloss.Height(head)+1, cursorAt, more)
	}
	return head + m.cardScroller(head, body).window(textLines(body), more)
}

// cardHead is what sits above the card: progress, where it is from, a
// reflection written there, and the rating choice once answered.
func (m reviewModel) cardHead(w int) string {
	var b strings.Builder
	note := m.unsavedNote()
	b.WriteString(m.progressBar(w-lipgloss.Width(note)) + note + "\n")
	where := m.cur.LessonID
	if l := m.catalog.Lesson(m.cur.LessonID); l != nil {
		where = l.Title
		if mod := m.catalog.ModuleOf(l.ID); mod != nil {
			where = fmt.Sprintf("%s %d · %s", m.t.module, mod.Number, l.Title)
		}
	}
	b.WriteString(m.st.Subtitle.Render(ui.Truncate(where, m.width)) + "\n")
	if r, ok := m.reflected[m.showing]; ok && m.showing == m.cur.LessonID {
		said := fmt.Sprintf(m.t.reflectionBack, m.t.dayMonth(r.At), r.Text)
		b.WriteString(m.st.Muted.Render(ui.Wrap(said+" "+m.t.tryQuestion, w)) + "\n")
	}
	if m.phase == reviewFeedback {
		b.WriteString(m.st.Accent.Render(ui.Truncate(m.ratingHint(), m.width-2)) + "\n")
	}
	b.WriteString("\n")
	return b.String()
}

// cardBody is the card, and the cursor's row in it while answering.
func (m reviewModel) cardBody(w int) (string, int) {
	if m.fc != nil {
		return m.flashcardView(w), -1
	}
	return m.ask.view(m.t, m.st, w)
}

// cardScroller is the window on the answered card under head.
func (m reviewModel) cardScroller(head, body string) scroller {
	s := m.scroll
	s.more = true
	return s.sized(m.height-lipgloss.Height(head)+1, len(textLines(body)))
}

// scrolled moves the answered card's window by n lines, never past its
// end.
func (m reviewModel) scrolled(n int) reviewModel {
	w := min(max(m.width-2, 20), maxReadWidth)
	head := m.st.Title.Render(m.t.reviewTitle) + "\n" + m.cardHead(w)
	body, _ := m.cardBody(w)
	m.scroll = m.cardScroller(head, body).by(n)
	return m
}

// progressBar shows how far the session is: a bar of the ratings given
// against those given and the cards left (it only grows, since a card
// back in a learning step is not a new one), then the cards left as new ·
// learning · review, the current card's counter in bold. Its glyphs are
// plain ASCII, which every console has.
func (m reviewModel) progressBar(w int) string {
	left := m.left()
	kinds := []struct {
		word string
		n    int
		cur  bool
	}{
		{m.t.countNew, left.New, m.cur.Card.Phase == progress.PhaseNew},
		{m.t.countLearning, left.Learning, m.cur.Card.Phase == progress.PhaseLearning || m.cur.Card.Phase == progress.PhaseRelearning},
		{m.t.countReview, left.Review, m.cur.Card.Phase == progress.PhaseReview},
	}
	var parts []string
	plain := 0
	for _, k := range kinds {
		part := fmt.Sprintf("%s %d", k.word, k.n)
		plain += lipgloss.Width(part) + 3
		if k.cur {
			part = m.st.Selected.Render(part)
		}
		parts = append(parts, part)
	}
	room := max(w-plain-2, 10)
	share := 0.0
	if done := len(m.done); done+left.Total() > 0 {
		// Whole cells, rounded down: the bar is full only when all is done.
		share = float64(room*done/(done+left.Total())) / float64(room)
	}
	return "[" + m.st.Bar.View(room, share, '#', '-') + "] " + strings.Join(parts, " · ")
}

// flashcardView shows the front, and after revealing the back.
func (m reviewModel) flashcardView(w int) string {
	var b strings.Builder
	b.WriteString(m.st.Muted.Render(m.t.flashcard) + "\n")
	b.WriteString(m.st.Box.Width(min(w, 76)).Render(ui.Wrap(m.fc.Front, min(w, 76)-4)) + "\n")
	if m.phase == reviewAsking {
		b.WriteString(m.st.Muted.Render(m.t.revealHint) + "\n")
		return b.String()
	}
	b.WriteString("\n" + ui.Wrap(m.fc.Back, w) + "\n")
	return b.String()
}

// ratingHint tells which keys rate the card, each with the interval it
// would schedule: the four ratings (after a wrong answer only Again) and,
// on a question, the one Enter gives. It fits 80 columns.
func (m reviewModel) ratingHint() string {
	last := progress.Easy
	if m.q != nil && !m.ask.right {
		last = progress.Again
	}
	var opts []string
	for r := progress.Again; r <= last; r++ {
		opts = append(opts, fmt.Sprintf("%d %s %s", r, m.ratingName(r), m.interval(r)))
	}
	if m.q != nil {
		opts = append(opts, fmt.Sprintf("enter=%d", m.defaultRating()))
	}
	return strings.Join(opts, " · ")
}

// ratingName is a rating's word in the interface language.
func (m reviewModel) ratingName(r progress.Rating) string {
	return [...]string{"", m.t.again, m.t.hard, m.t.good, m.t.easy}[r]
}

// interval is how long a rating would put the current card away.
func (m reviewModel) interval(r progress.Rating) string {
	now := m.now()
	return m.t.duration(m.params.Review(m.cur.Card, r, now, m.cur.ID).Due.Sub(now))
}

// summaryView ends the session: what was done and when to come back.
func (m reviewModel) summaryView(w int) string {
	var b strings.Builder
	reviewed, right := m.stats()
	if reviewed == 0 {
		b.WriteString(ui.Wrap(m.t.nothingDue, w) + "\n")
	} else {
		b.WriteString(m.st.Good.Render(m.t.reviewDone) + "\n\n")
		b.WriteString(fmt.Sprintf(m.t.reviewCounts, reviewed, right, right*100/reviewed) + "\n")
	}
	if next := m.nextDue(); !next.IsZero() {
		b.WriteString(fmt.Sprintf(m.t.nextDue, m.t.duration(next.Sub(m.now()))) + "\n")
	}
	return b.String()
}

// duration renders a scheduling interval compactly: minutes, hours, days
// or months.
func (t texts) duration(d time.Duration) string {
	switch {
	case d < time.Hour:
		return fmt.Sprintf(t.unitMinutes, max(int(d.Round(time.Minute)/time.Minute), 1))
	case d < 24*time.Hour:
		return fmt.Sprintf(t.unitHours, int(d.Round(time.Hour)/time.Hour))
	case d < 60*24*time.Hour:
		return fmt.Sprintf(t.unitDays, int((d+12*time.Hour)/(24*time.Hour)))
	}
	return fmt.Sprintf(t.unitMonths, int((d+15*24*time.Hour)/(30*24*time.Hour)))
}

// unsavedNote counts ratings of this session that are not on disk yet,
// after the progress bar; it is empty once everything is saved, so a
// saved session is quiet and nothing below it moves.
func (m reviewModel) unsavedNote() string {
	pending, failed := m.unsaved()
	switch {
	case failed > 0:
		return m.st.Bad.Render(" · " + fmt.Sprintf(m.t.savesFailed, failed))
	case pending > 0:
		return m.st.Muted.Render(" · " + fmt.Sprintf(m.t.savesWaiting, pending))
	}
	return ""
}

// planView shows a plan brought back: its actions and what each is tied
// to, and the question whether they were done.
func (m reviewModel) planView(w int) string {
	p := m.plans[0]
	var b strings.Builder
	b.WriteString(m.st.Heading.Render(fmt.Sprintf(m.t.planRevisitTitle, p.day)) + "\n")
	if l := m.catalog.Lesson(p.r.LessonID); l != nil {
		b.WriteString(m.st.Subtitle.Render(ui.Truncate(l.Title, w)) + "\n")
	}
	b.WriteString("\n")
	for i, a := range p.r.Actions {
		b.WriteString(ui.Wrap(fmt.Sprintf("%d. %s", i+1, a.Text), w) + "\n")
		if a.Tie != "" {
			b.WriteString(m.st.Muted.Render("   "+fmt.Sprintf(m.t.tiedTo, a.Tie)) + "\n")
		}
	}
	b.WriteString("\n" + m.st.Accent.Render(ui.Truncate(m.t.planRevisitHint, w-2)) + "\n")
	return b.String()
}
