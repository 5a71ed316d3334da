package gift

import (
	"fmt"
	"strings"

	"ajar/lessons"
)

// Export writes the questions of the given modules' lessons as GIFT that
// Moodle imports: one $CATEGORY per lesson (module title / lesson title),
// each question named by its ajar id so that importing it back keeps the
// id, and the explanation as general feedback. An ordering question, which
// GIFT has no type for, is written as matching pairs 1 -> first item,
// 2 -> second, …, which Moodle grades the same way and Parse reads back
// as an ordering; a matching question is written as its pairs, left ->
// right. Flashcards are not questions and are left out.
func Export(ls []*lessons.Lesson, moduleTitle func(*lessons.Lesson) string) string {
	var b strings.Builder
	b.WriteString("// Diekspor dari ajar. Setiap soal bernama id ajar-nya; jangan ubah nama itu\n")
	b.WriteString("// bila bank soal ini akan diimpor kembali ke ajar.\n\n")
	for _, l := range ls {
		if len(l.Questions) == 0 {
			continue
		}
		fmt.Fprintf(&b, "$CATEGORY: %s/%s\n\n", categoryPart(moduleTitle(l)), categoryPart(l.Title))
		for _, q := range l.Questions {
			b.WriteString(question(q))
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// categoryPart keeps a title from splitting a category path.
func categoryPart(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(s, "/", "-"), "\n", " "))
}

// question writes one question.
func question(q lessons.Question) string {
	var b strings.Builder
	fmt.Fprintf(&b, "::%s::%s {", escape(q.ID), escape(q.Prompt))
	switch q.Type {
	case lessons.TrueFalse:
		word := "FALSE"
		wrong, right := q.FeedbackTrue, q.FeedbackFalse
		if q.Answer {
			word, wrong, right = "TRUE", q.FeedbackFalse, q.FeedbackTrue
		}
		b.WriteString(word)
		if wrong != "" || right != "" {
			fmt.Fprintf(&b, "#%s", escape(wrong))
		}
		if right != "" {
			fmt.Fprintf(&b, "#%s", escape(right))
		}
	case lessons.Single, lessons.Multi:
		right := 0
		for _, o := range q.Options {
			if o.Correct {
				right++
			}
		}
		for _, o := range q.Options {
			b.WriteString("\n\t")
			switch {
			case q.Type == lessons.Single && o.Correct:
				b.WriteString("=")
			case o.Correct:
				fmt.Fprintf(&b, "~%%%s%%", weight(100.0/float64(right)))
			case q.Type == lessons.Multi:
				b.WriteString("~%-100%")
			default:
				b.WriteString("~")
			}
			b.WriteString(escape(o.Text))
			if o.Feedback != "" {
				fmt.Fprintf(&b, "#%s", escape(o.Feedback))
			}
		}
	case lessons.Fill:
		for _, a := range q.Accept {
			fmt.Fprintf(&b, "\n\t=%s", escape(a))
		}
	case lessons.Order:
		for i, it := range q.Items {
			fmt.Fprintf(&b, "\n\t=%d -> %s", i+1, escape(it))
		}
	case lessons.Matching:
		for _, p := range q.Pairs {
			fmt.Fprintf(&b, "\n\t=%s -> %s", escape(p.Left), escape(p.Right))
		}
	}
	if q.Explanation != "" {
		fmt.Fprintf(&b, "\n\t####%s", escape(q.Explanation))
	}
	b.WriteString("\n}")
	return b.String()
}

// weight writes a share of 100 as Moodle's GIFT takes it: Moodle accepts
// only its own list of grades, which writes thirds and the like to five
// decimals (33.33333).
func weight(w float64) string {
	s := fmt.Sprintf("%.5f", w)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}
