package lessons

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// walker reads yaml.Node trees of one YAML block of a file and records
// problems at real file lines. Walking nodes by hand, instead of decoding
// into structs, is what lets every unknown key, wrong value and duplicate be
// reported at its own line rather than stopping at the first.
type walker struct {
	path string
	// base is the file line just before the YAML block's first line, so a
	// node on YAML line n sits on file line base+n.
	base  int
	probs *[]Problem
}

// add records a problem at the YAML line line.
func (w walker) add(line int, code string, args ...any) {
	*w.probs = append(*w.probs, Problem{Path: w.path, Line: w.base + line, Code: code, Args: args})
}

// at records a problem at the line of n.
func (w walker) at(n *yaml.Node, code string, args ...any) { w.add(n.Line, code, args...) }

// parse parses src as one YAML document and returns the document's root
// content node, nil when the document is empty. ok is false on a syntax
// error, which is recorded as a CodeYAML problem at its file line.
func (w walker) parse(src []byte) (root *yaml.Node, ok bool) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		line, msg := yamlErrorLine(err.Error())
		// An error found at the end of the stream points one line past the
		// text (in a lesson, at the closing fence); the last line is where
		// the author has to look.
		if last := bytes.Count(bytes.TrimRight(src, " \t\n"), []byte("\n")) + 1; line > last {
			line = last
		}
		w.add(line, CodeYAML, msg)
		return nil, false
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, true
	}
	return resolve(doc.Content[0]), true
}

// yamlErrorLine splits a yaml.v3 syntax error into its 1-based line within
// the YAML text and the message without the "yaml: line N: " prefix.
//
// yaml.v3 reports scanner errors with 1-based lines but parser errors with
// the 0-based line of their mark, and leaves the line out when it is 0. The
// parser's messages are few and fixed, so they are recognised by text.
func yamlErrorLine(s string) (int, string) {
	s = strings.TrimPrefix(s, "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(s, "line "); ok {
		if num, msg, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				line, s = n, msg
			}
		}
	}
	switch s {
	case "did not find expected <stream-start>", "did not find expected <document start>",
		"found undefined tag handle", "did not find expected node content",
		"did not find expected '-' indicator", "did not find expected key",
		"did not find expected ',' or ']'", "did not find expected ',' or '}'",
		"found duplicate %YAML directive", "found incompatible YAML document",
		"found duplicate %TAG directive":
		line++
	default:
		if line == 0 {
			line = 1
		}
	}
	return line, s
}

// resolve follows an alias to the node it names, so that authors who use
// YAML anchors get the value they meant.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// entry is one key: value pair of a mapping.
type entry struct {
	key, val *yaml.Node
}

// mapping returns the entries of the mapping n by key, and the keys in file
// order. A key written twice is reported and its second value ignored.
func (w walker) mapping(n *yaml.Node) (map[string]entry, []string) {
	m := make(map[string]entry, len(n.Content)/2)
	var order []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := resolve(n.Content[i]), resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			w.at(k, CodeWrongType, "key", kindText)
			continue
		}
		if first, dup := m[k.Value]; dup {
			w.at(k, CodeDuplicateKey, k.Value, first.key.Line+w.base)
			continue
		}
		m[k.Value] = entry{key: k, val: v}
		order = append(order, k.Value)
	}
	return m, order
}

// unknownKeys reports every key of order that is not in allowed, with the
// closest allowed key as a suggestion when one is near.
func (w walker) unknownKeys(m map[string]entry, order, allowed []string) {
	for _, k := range order {
		if !contains(allowed, k) {
			w.at(m[k].key, CodeUnknownKey, k, suggest(k, allowed), strings.Join(allowed, ", "))
		}
	}
}

// isNull reports whether n is absent or an explicit YAML null ("key:" with
// nothing after it, "~" or "null").
func isNull(n *yaml.Node) bool {
	return n == nil || (n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null")
}

// scalar returns the value of the scalar node n, labelled label in
// problems; null becomes "".
func (w walker) scalar(n *yaml.Node, label string) (string, int, bool) {
	switch {
	case n == nil:
		return "", 0, true
	case isNull(n):
		return "", n.Line, true
	case n.Kind != yaml.ScalarNode:
		w.at(n, CodeWrongType, label, kindText)
		return "", n.Line, false
	}
	return w.text(n, label, n.Value), n.Line, true
}

// literal returns the text of a list entry exactly as written: a YAML null
// written as ~ or null stays "~" or "null", as 3.10 stays "3.10", because
// an author listing accepted answers means the characters typed. An entry
// with nothing written is still "".
func (w walker) literal(n *yaml.Node, label string) (string, int, bool) {
	if n != nil && isNull(n) {
		return w.text(n, label, n.Value), n.Line, true
	}
	return w.scalar(n, label)
}

// text checks the text value s of the node n, labelled label: a control
// character or a reference to one (a YAML escape such as "\e" makes one)
// and a text longer than MaxTextRunes are problems. It returns s cleaned.
func (w walker) text(n *yaml.Node, label, s string) string {
	if what, bad := controlAt(s); bad {
		w.at(n, CodeControl, what)
	}
	if runes := utf8.RuneCountInString(s); runes > MaxTextRunes {
		w.at(n, CodeLongText, label, runes, MaxTextRunes)
	}
	return CleanText(s)
}

// required returns the trimmed text of key and reports it when it is missing
// or empty; missingLine is where a missing key is reported.
func (w walker) required(m map[string]entry, key string, missingLine int) (string, int) {
	e, present := m[key]
	if !present {
		w.add(missingLine, CodeMissingKey, key)
		return "", 0
	}
	s, line, ok := w.scalar(e.val, key)
	s = strings.TrimSpace(s)
	if ok && s == "" {
		w.add(line, CodeEmpty, key)
	}
	return s, line
}

// optional returns the trimmed text of key, or "" when it is absent.
func (w walker) optional(m map[string]entry, key string) string {
	e, ok := m[key]
	if !ok {
		return ""
	}
	s, _, _ := w.scalar(e.val, key)
	return strings.TrimSpace(s)
}

// boolean returns the value of a YAML boolean node. Quoted "true" or a YAML
// 1.1 word such as yes is reported: the format wants a real boolean so that
// a typo can never silently flip an answer.
func (w walker) boolean(n *yaml.Node, label string) (bool, bool) {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool" {
		switch strings.ToLower(n.Value) {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	w.at(n, CodeWrongType, label, kindBool)
	return false, false
}

// integer returns the value of a YAML integer node; ok is false (and nothing
// is reported) when n is not an integer, so callers can word the problem.
func integer(n *yaml.Node) (int, bool) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" {
		return 0, false
	}
	var v int
	if err := n.Decode(&v); err != nil {
		return 0, false
	}
	return v, true
}

// validID reports whether id matches ^[a-z0-9][a-z0-9._-]*$.
func validID(id string) bool {
	for i, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		case i > 0 && (r == '.' || r == '_' || r == '-'):
		default:
			return false
		}
	}
	return id != ""
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// suggest returns the candidate closest to key by edit distance, or "" when
// none is within 2 edits. Very short keys need a closer match, so that "x"
// is not "corrected" to "id".
func suggest(key string, candidates []string) string {
	best, bestD := "", 3
	limit := min(2, utf8.RuneCountInString(key)-1)
	for _, c := range candidates {
		if d := editDistance(strings.ToLower(key), c); d <= limit && d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// idTable maps every id claimed so far, across all sources, to the
// "path:line" where it was first used: one namespace for module, lesson and
// question ids.
type idTable map[string]string

// claim records id as used at YAML line line, reporting an id that does not
// match the id pattern or that was already used elsewhere.
func (w walker) claim(ids idTable, id string, line int) {
	if !validID(id) {
		w.add(line, CodeBadID, id)
		return
	}
	if first, used := ids[id]; used {
		w.add(line, CodeDuplicateID, id, first)
		return
	}
	ids[id] = w.path + ":" + strconv.Itoa(w.base+line)
}
