package tui

import (
	"fmt"
	"strings"

	"ajar/lessons"
	"ajar/tui/ui"
)

// view draws prompt, answer area and, once answered, the feedback, within
// w columns. It also returns the line of the cursor's row (or of the text
// field), so a short window can keep the choice in sight.
func (a askModel) view(t *texts, st *styles, w int) (string, int) {
	var b strings.Builder
	b.WriteString(st.Selected.Render(ui.Wrap(a.q.Prompt, w)) + "\n")
	b.WriteString(st.Muted.Render(ui.Wrap(a.hint(t), w)) + "\n\n")
	at := strings.Count(b.String(), "\n")
	var area string
	rowAt := 0
	switch a.q.Type {
	case lessons.Fill:
		area = "  > " + a.resp.Text + "\n"
		if !a.answered {
			area = "  " + a.input.View() + "\n"
		}
	case lessons.Order:
		area, rowAt = a.orderView(t, st, w)
	case lessons.Matching:
		area, rowAt = a.matchView(t, st, w)
	default:
		area, rowAt = a.optionsView(t, st, w)
	}
	b.WriteString(area)
	if a.answered {
		b.WriteString("\n" + a.feedbackView(t, st, w))
	}
	return b.String(), at + rowAt
}

// hint tells how to answer this type of question.
func (a askModel) hint(t *texts) string {
	switch a.q.Type {
	case lessons.Multi:
		return t.pickMany
	case lessons.TrueFalse:
		return t.trueFalse
	case lessons.Fill:
		return t.typeAnswer
	case lessons.Order:
		return t.orderItems
	case lessons.Matching:
		return t.matchItems
	}
	return t.pickOne
}

// label is the text of the choice shown at display position pos.
func (a askModel) label(t *texts, pos int) string {
	if a.q.Type == lessons.TrueFalse {
		return []string{t.trueWord, t.falseWord}[pos]
	}
	return a.q.Options[a.perm[pos]].Text
}

// correctAt reports whether the choice at display position pos is right.
func (a askModel) correctAt(pos int) bool {
	if a.q.Type == lessons.TrueFalse {
		return (pos == 0) == a.q.Answer
	}
	return a.q.Options[a.perm[pos]].Correct
}

// chosenAt reports whether the learner picked display position pos.
func (a askModel) chosenAt(pos int) bool {
	if a.q.Type == lessons.TrueFalse {
		return (pos == 0) == a.resp.Bool
	}
	for _, c := range a.resp.Choices {
		if c == a.perm[pos] {
			return true
		}
	}
	return false
}

// optionsView draws numbered options; after answering it marks right (+)
// and wrongly chosen (x) ones, in symbols that survive without colour.
func (a askModel) optionsView(t *texts, st *styles, w int) (string, int) {
	var b strings.Builder
	cursorAt := 0
	for pos := 0; pos < a.choices(); pos++ {
		asking := !a.answered
		pointer, box := "  ", ""
		if asking && pos == a.cursor {
			pointer = st.Cursor.Render("> ")
		}
		if a.q.Type == lessons.Multi {
			box = "[ ] "
			if asking && a.marked[pos] || !asking && a.chosenAt(pos) {
				box = "[*] "
			}
		}
		mark := " "
		if !asking {
			switch {
			case a.correctAt(pos):
				mark = st.Good.Render("+")
			case a.chosenAt(pos):
				mark = st.Bad.Render("x")
			}
		}
		// Options stay whole after answering too: a learner compares what
		// they chose with the marks, and the screen scrolls when the
		// feedback below needs the room.
		text := fmt.Sprintf("%d) %s", pos+1, a.label(t, pos))
		lines := strings.Split(ui.Wrap(text, w-8), "\n")
		if asking && pos == a.cursor {
			lines[0] = st.Selected.Render(lines[0])
			cursorAt = strings.Count(b.String(), "\n")
		}
		b.WriteString(pointer + mark + " " + box + lines[0] + "\n")
		for _, l := range lines[1:] {
			b.WriteString(strings.Repeat(" ", 4+len(box)+3) + l + "\n")
		}
	}
	return b.String(), cursorAt
}

// orderView draws the items in the learner's current arrangement.
func (a askModel) orderView(t *texts, st *styles, w int) (string, int) {
	var b strings.Builder
	cursorAt := 0
	for pos, it := range a.items {
		pointer := "  "
		if !a.answered && pos == a.cursor {
			pointer = st.Cursor.Render("> ")
			if a.grabbed {
				pointer = st.Cursor.Render("=>")
			}
		}
		mark := " "
		if a.answered {
			mark = st.Bad.Render("x")
			if it == pos {
				mark = st.Good.Render("+")
			}
		}
		text := fmt.Sprintf("%d. %s", pos+1, a.q.Items[it])
		lines := strings.Split(ui.Wrap(text, w-8), "\n")
		if !a.answered && pos == a.cursor && a.grabbed {
			lines[0] = st.Selected.Render(lines[0]) + st.Muted.Render(" ("+t.grabbed+")")
		}
		if pos == a.cursor {
			cursorAt = strings.Count(b.String(), "\n")
		}
		b.WriteString(pointer + mark + " " + lines[0] + "\n")
		for _, l := range lines[1:] {
			b.WriteString("       " + l + "\n")
		}
	}
	return b.String(), cursorAt
}

// feedbackView says right or wrong, the chosen option's feedback, the right
// answer when it was wrong, and the explanation.
func (a askModel) feedbackView(t *texts, st *styles, w int) string {
	var b strings.Builder
	if a.right {
		b.WriteString(st.Good.Render(t.correct) + "\n")
	} else {
		b.WriteString(st.Bad.Render(t.wrong) + "\n")
	}
	for _, f := range a.optionFeedback() {
		b.WriteString(ui.Wrap(f, w) + "\n")
	}
	if !a.right {
		b.WriteString(ui.Wrap(fmt.Sprintf(t.correctAnswer, a.rightAnswer(t)), w) + "\n")
	}
	b.WriteString(ui.Wrap(fmt.Sprintf(t.explanation, a.q.Explanation), w) + "\n")
	return b.String()
}

// optionFeedback collects the author's feedback for what the learner chose.
func (a askModel) optionFeedback() []string {
	var out []string
	q := a.q
	switch q.Type {
	case lessons.TrueFalse:
		if f := q.FeedbackFalse; !a.resp.Bool && f != "" {
			out = append(out, f)
		} else if f := q.FeedbackTrue; a.resp.Bool && f != "" {
			out = append(out, f)
		}
	case lessons.Single, lessons.Multi:
		for pos, i := range a.perm { // in the order shown
			if a.chosenAt(pos) && q.Options[i].Feedback != "" {
				out = append(out, q.Options[i].Feedback)
			}
		}
	}
	return out
}

// rightAnswer renders the correct answer of a question in words.
func (a askModel) rightAnswer(t *texts) string {
	q := a.q
	switch q.Type {
	case lessons.TrueFalse:
		if q.Answer {
			return t.trueWord
		}
		return t.falseWord
	case lessons.Fill:
		if len(q.Accept) == 0 {
			return ""
		}
		return q.Accept[0]
	case lessons.Order:
		return strings.Join(q.Items, " > ")
	case lessons.Matching:
		return a.matchAnswer()
	}
	var right []string
	for _, i := range a.perm { // in the order shown
		if q.Options[i].Correct {
			right = append(right, q.Options[i].Text)
		}
	}
	return lessons.JoinSentences(right)
}
