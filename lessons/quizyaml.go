package lessons

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// QuestionTypes returns the question types in the order they are listed to
// authors; tests that must cover every type range over it.
func QuestionTypes() []QuestionType {
	return []QuestionType{Single, Multi, TrueFalse, Fill, Order, Matching}
}

// valid reports whether t is one of the question types of format v1.
func (t QuestionType) valid() bool {
	for _, v := range QuestionTypes() {
		if t == v {
			return true
		}
	}
	return false
}

// commonKeys are the keys every question has.
func commonKeys() []string { return []string{"id", "type", "prompt", "explanation"} }

// typeKeys are the keys that only questions of type t have.
func typeKeys(t QuestionType) []string {
	switch t {
	case Single, Multi:
		return []string{"options"}
	case TrueFalse:
		return []string{"answer", "feedback_true", "feedback_false"}
	case Fill:
		return []string{"accept"}
	case Order:
		return []string{"items"}
	case Matching:
		return []string{"pairs"}
	}
	return nil
}

// optionKeys are the keys of one option of a single or multi question.
func optionKeys() []string { return []string{"text", "correct", "feedback"} }

// allQuestionKeys is every key any question type may have.
func allQuestionKeys() []string {
	keys := commonKeys()
	for _, t := range []QuestionType{Single, TrueFalse, Fill, Order, Matching} {
		keys = append(keys, typeKeys(t)...)
	}
	return keys
}

// ownerTypes names the types a type-specific key belongs to, e.g.
// "single/multi" for "options"; "" when no type has it.
func ownerTypes(key string) string {
	var owners []string
	for _, t := range QuestionTypes() {
		if contains(typeKeys(t), key) {
			owners = append(owners, string(t))
		}
	}
	return strings.Join(owners, "/")
}

// questions walks the root node of a quiz block and returns its questions.
// YAML line 0 of w is the opening fence, where quiz-wide problems go.
func (w walker) questions(root *yaml.Node, ids idTable) []Question {
	if isNull(root) || (root.Kind == yaml.SequenceNode && len(root.Content) == 0) {
		w.add(0, CodeEmptyQuiz)
		return nil
	}
	if root.Kind != yaml.SequenceNode {
		w.at(root, CodeWrongType, "quiz", kindList)
		return nil
	}
	qs := make([]Question, 0, len(root.Content))
	for i, n := range root.Content {
		n = resolve(n)
		if n.Kind != yaml.MappingNode {
			w.at(n, CodeWrongType, fmt.Sprintf("quiz[%d]", i+1), kindMapping)
			continue
		}
		qs = append(qs, w.question(n, ids))
	}
	return qs
}

// question checks one question mapping and decodes what it can of it.
func (w walker) question(n *yaml.Node, ids idTable) Question {
	m, order := w.mapping(n)
	q := Question{Line: w.base + n.Line}

	typ, typeLine := w.required(m, "type", n.Line)
	q.Type = QuestionType(typ)
	known := q.Type.valid()
	if typ != "" && !known {
		names := make([]string, 0, 6)
		for _, t := range QuestionTypes() {
			names = append(names, string(t))
		}
		w.add(typeLine, CodeBadType, typ, strings.Join(names, ", "))
	}
	w.questionKeys(m, order, q.Type, known)

	var idLine int
	q.ID, idLine = w.required(m, "id", n.Line)
	if q.ID != "" {
		w.claim(ids, q.ID, idLine)
	}
	q.Prompt, _ = w.required(m, "prompt", n.Line)
	q.Explanation, _ = w.required(m, "explanation", n.Line)

	switch q.Type {
	case Single, Multi:
		q.Options = w.options(m, q.Type, n.Line)
	case TrueFalse:
		if e, ok := m["answer"]; ok {
			q.Answer, _ = w.boolean(e.val, "answer")
		} else {
			w.add(n.Line, CodeMissingKey, "answer")
		}
		q.FeedbackTrue = w.optional(m, "feedback_true")
		q.FeedbackFalse = w.optional(m, "feedback_false")
	case Fill:
		q.Accept = w.texts(m, "accept", 1, n.Line, "")
	case Order:
		q.Items = w.texts(m, "items", 2, n.Line, CodeDuplicateItem)
	case Matching:
		q.Pairs = w.pairs(m, n.Line)
	}
	return q
}

// questionKeys reports keys that belong to another question type and keys
// that belong to none. When the type is unknown any type's key is accepted,
// since the author's mistake is then the type, not the key.
func (w walker) questionKeys(m map[string]entry, order []string, t QuestionType, known bool) {
	allowed := append(commonKeys(), typeKeys(t)...)
	all := allQuestionKeys()
	for _, k := range order {
		switch {
		case contains(allowed, k):
		case contains(all, k) && known:
			w.at(m[k].key, CodeOtherTypeKey, k, ownerTypes(k), string(t))
		case contains(all, k):
		default:
			hint := suggest(k, allowed)
			if hint == "" {
				hint = suggest(k, all)
			}
			w.at(m[k].key, CodeUnknownKey, k, hint, strings.Join(allowed, ", "))
		}
	}
}

// options decodes and checks the options of a single or multi question;
// qline is the question's YAML line, where a missing key is reported.
func (w walker) options(m map[string]entry, t QuestionType, qline int) []Option {
	e, ok := m["options"]
	if !ok {
		w.add(qline, CodeMissingKey, "options")
		return nil
	}
	if e.val.Kind != yaml.SequenceNode && !isNull(e.val) {
		w.at(e.val, CodeWrongType, "options", kindList)
		return nil
	}
	var (
		opts       []Option
		seen       = map[string]int{}
		correct    int
		badCorrect bool
	)
	for i, on := range e.val.Content {
		on = resolve(on)
		label := fmt.Sprintf("options[%d]", i+1)
		if on.Kind != yaml.MappingNode {
			w.at(on, CodeWrongType, label, kindMapping)
			continue
		}
		om, oorder := w.mapping(on)
		w.unknownKeys(om, oorder, optionKeys())
		o := Option{Line: w.base + on.Line}
		if te, has := om["text"]; !has {
			w.at(on, CodeMissingKey, "text")
		} else if text, line, ok := w.scalar(te.val, "text"); ok {
			o.Text = text
			trimmed := strings.TrimSpace(text)
			if first, dup := seen[trimmed]; trimmed == "" {
				w.add(line, CodeEmpty, "text")
			} else if dup {
				w.add(line, CodeDuplicateOption, trimmed, w.base+first)
			} else {
				seen[trimmed] = line
			}
		}
		if ce, ok := om["correct"]; ok {
			var good bool
			o.Correct, good = w.boolean(ce.val, "correct")
			badCorrect = badCorrect || !good
		}
		if o.Correct {
			correct++
		}
		o.Feedback = w.optional(om, "feedback")
		opts = append(opts, o)
	}
	if n := len(e.val.Content); n < 2 {
		w.at(e.key, CodeTooFew, "options", 2, n)
	}
	// A malformed "correct" was already reported; counting around it would
	// only add a misleading second problem.
	if len(opts) > 0 && !badCorrect {
		switch {
		case t == Single && correct != 1:
			w.at(e.key, CodeSingleCorrect, correct)
		case t == Multi && correct == 0:
			w.at(e.key, CodeMultiCorrect)
		}
	}
	return opts
}

// texts decodes the list of strings under key (accept or items), keeping
// every scalar exactly as written. It reports a list shorter than least,
// empty entries and, when dupCode is set, repeated entries.
func (w walker) texts(m map[string]entry, key string, least, qline int, dupCode string) []string {
	e, ok := m[key]
	if !ok {
		w.add(qline, CodeMissingKey, key)
		return nil
	}
	if e.val.Kind != yaml.SequenceNode && !isNull(e.val) {
		w.at(e.val, CodeWrongType, key, kindList)
		return nil
	}
	var out []string
	seen := map[string]int{}
	for i, n := range e.val.Content {
		label := fmt.Sprintf("%s[%d]", key, i+1)
		s, line, ok := w.literal(resolve(n), label)
		if !ok {
			continue
		}
		trimmed := strings.TrimSpace(s)
		if trimmed == "" {
			w.add(line, CodeEmpty, label)
			continue
		}
		if first, dup := seen[trimmed]; dup && dupCode != "" {
			w.add(line, dupCode, trimmed, w.base+first)
		} else if !dup {
			seen[trimmed] = line
		}
		out = append(out, s)
	}
	if n := len(e.val.Content); n < least {
		w.at(e.key, CodeTooFew, key, least, n)
	}
	return out
}
