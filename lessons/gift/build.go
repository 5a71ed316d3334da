package gift

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"ajar/lessons"
)

// Options say how Build shapes a module.
type Options struct {
	// ModuleID and ModuleTitle name the module; ModuleID must be a valid
	// ajar id.
	ModuleID, ModuleTitle string
	// PerLesson, when above 0, splits each category's questions into
	// lessons of at most that many.
	PerLesson int
}

// Module is an ajar module built from GIFT items, ready to be written.
type Module struct {
	ID, Title string
	Lessons   []Lesson
}

// Lesson is one lesson of a built module: the questions of one GIFT
// category (or a part of one).
type Lesson struct {
	ID, Title, Category string
	Questions           []lessons.Question
}

// Build gives every item an id and groups them into lessons, one per
// category in the order categories first appear. A question keeps its GIFT
// name as id when the name is a valid ajar id (as ajar's own export writes
// it), so a round trip keeps progress; otherwise the id is made from the
// module id and the name or the first words of the question, unique in the
// module.
func Build(items []Item, opts Options) Module {
	m := Module{ID: opts.ModuleID, Title: opts.ModuleTitle}
	if m.Title == "" {
		m.Title = m.ID
	}
	taken := map[string]bool{}
	for _, it := range items {
		if lessons.ValidID(it.Name) {
			taken[it.Name] = true
		}
	}
	type group struct {
		category string
		qs       []lessons.Question
	}
	var groups []*group
	byCategory := map[string]*group{}
	for _, it := range items {
		q := it.Question
		if lessons.ValidID(it.Name) {
			q.ID = it.Name
		} else {
			q.ID = uniqueID(m.ID+"-"+slug(firstNonEmpty(it.Name, q.Prompt)), taken)
		}
		g := byCategory[it.Category]
		if g == nil {
			g = &group{category: it.Category}
			byCategory[it.Category] = g
			groups = append(groups, g)
		}
		g.qs = append(g.qs, q)
	}
	for _, g := range groups {
		chunks := [][]lessons.Question{g.qs}
		if n := opts.PerLesson; n > 0 && len(g.qs) > n {
			chunks = nil
			for i := 0; i < len(g.qs); i += n {
				chunks = append(chunks, g.qs[i:min(i+n, len(g.qs))])
			}
		}
		for part, qs := range chunks {
			title := categoryTitle(g.category)
			if title == "" {
				title = fmt.Sprintf("Soal %d", len(m.Lessons)+1)
			}
			if len(chunks) > 1 {
				title += fmt.Sprintf(" (%d)", part+1)
			}
			m.Lessons = append(m.Lessons, Lesson{ID: fmt.Sprintf("%s-l%d", m.ID, len(m.Lessons)+1), Title: title,
				Category: g.category, Questions: qs})
		}
	}
	return m
}

// categoryTitle is the last part of a Moodle category path, without the
// $course$ or top prefix Moodle writes.
func categoryTitle(c string) string {
	parts := strings.Split(c, "/")
	for i := len(parts) - 1; i >= 0; i-- {
		if p := strings.TrimSpace(parts[i]); p != "" && p != "$course$" && p != "$system$" && p != "top" {
			return p
		}
	}
	return ""
}

// firstNonEmpty returns the first of ss that is not empty.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// slug makes an id part from text: the first words, folded to lower-case
// letters and digits without diacritics, joined by "-".
func slug(s string) string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range lessons.NormalizeAnswer(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	out := ""
	for _, w := range words {
		if len(out)+len(w)+1 > 32 {
			break
		}
		if out != "" {
			out += "-"
		}
		out += w
	}
	if out == "" {
		out = "soal"
	}
	return out
}

// uniqueID returns id, or id-2, id-3, … when taken, and takes it.
func uniqueID(id string, taken map[string]bool) string {
	out := id
	for n := 2; taken[out]; n++ {
		out = fmt.Sprintf("%s-%d", id, n)
	}
	taken[out] = true
	return out
}

// Files writes the module as ajar content: module.yaml and one lesson file
// per lesson, named 01-….md, keyed by path inside the module folder.
// order is the module's place among the catalog's modules.
func (m Module) Files(order int) (map[string][]byte, error) {
	out := map[string][]byte{}
	meta, err := yaml.Marshal(struct {
		ID    string `yaml:"id"`
		Title string `yaml:"title"`
		Order int    `yaml:"order"`
	}{m.ID, m.Title, order})
	if err != nil {
		return nil, err
	}
	out["module.yaml"] = meta
	for i, l := range m.Lessons {
		data, err := l.file()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", l.ID, err)
		}
		out[fmt.Sprintf("%02d-%s.md", i+1, slug(l.Title))] = data
	}
	return out, nil
}

// quizOption and quizQuestion are a question as the quiz block writes it,
// keys in the order content/README.md shows them.
type quizOption struct {
	Text     string `yaml:"text"`
	Correct  bool   `yaml:"correct,omitempty"`
	Feedback string `yaml:"feedback,omitempty"`
}

// quizPair is one pair of a matching question as the quiz block writes it.
type quizPair struct {
	Left  string `yaml:"left"`
	Right string `yaml:"right"`
}

type quizQuestion struct {
	ID            string       `yaml:"id"`
	Type          string       `yaml:"type"`
	Prompt        string       `yaml:"prompt"`
	Options       []quizOption `yaml:"options,omitempty"`
	Answer        *bool        `yaml:"answer,omitempty"`
	FeedbackTrue  string       `yaml:"feedback_true,omitempty"`
	FeedbackFalse string       `yaml:"feedback_false,omitempty"`
	Accept        []string     `yaml:"accept,omitempty,flow"`
	Items         []string     `yaml:"items,omitempty"`
	Pairs         []quizPair   `yaml:"pairs,omitempty"`
	Explanation   string       `yaml:"explanation"`
}

// file writes one lesson: front matter, a line saying where the questions
// come from, and the quiz block. A question without general feedback gets
// its right answer as explanation, since ajar shows one after every answer.
func (l Lesson) file() ([]byte, error) {
	var qs []quizQuestion
	for _, q := range l.Questions {
		y := quizQuestion{ID: q.ID, Type: string(q.Type), Prompt: q.Prompt, FeedbackTrue: q.FeedbackTrue,
			FeedbackFalse: q.FeedbackFalse, Accept: q.Accept, Items: q.Items, Explanation: q.Explanation}
		for _, o := range q.Options {
			y.Options = append(y.Options, quizOption{Text: o.Text, Correct: o.Correct, Feedback: o.Feedback})
		}
		for _, p := range q.Pairs {
			y.Pairs = append(y.Pairs, quizPair{Left: p.Left, Right: p.Right})
		}
		if q.Type == lessons.TrueFalse {
			answer := q.Answer
			y.Answer = &answer
		}
		if y.Explanation == "" {
			y.Explanation = "Jawaban yang benar: " + rightAnswer(q) + "."
		}
		qs = append(qs, y)
	}
	quiz, err := yaml.Marshal(qs)
	if err != nil {
		return nil, err
	}
	body := fmt.Sprintf("Soal-soal pelajaran ini diimpor dari bank soal Moodle (kategori: %s).\n", firstNonEmpty(l.Category, "-"))
	lesson := &lessons.Lesson{Body: body, Questions: l.Questions}
	minutes, _, _ := lessons.LessonTime(lesson)
	front, err := yaml.Marshal(struct {
		ID      string `yaml:"id"`
		Title   string `yaml:"title"`
		Minutes int    `yaml:"minutes"`
	}{l.ID, l.Title, max(minutes, 1)})
	if err != nil {
		return nil, err
	}
	return []byte("---\n" + string(front) + "---\n\n" + body + "\n```quiz\n" + string(quiz) + "```\n"), nil
}

// rightAnswer says a question's right answer in words.
func rightAnswer(q lessons.Question) string {
	switch q.Type {
	case lessons.TrueFalse:
		if q.Answer {
			return "Benar"
		}
		return "Salah"
	case lessons.Fill:
		return strings.Join(q.Accept, " / ")
	case lessons.Order:
		return strings.Join(q.Items, " > ")
	case lessons.Matching:
		var pairs []string
		for _, p := range q.Pairs {
			pairs = append(pairs, p.Left+" → "+p.Right)
		}
		return strings.Join(pairs, "; ")
	}
	var right []string
	for _, o := range q.Options {
		if o.Correct {
			right = append(right, o.Text)
		}
	}
	return strings.Join(right, "; ")
}
