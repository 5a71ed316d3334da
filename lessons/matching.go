package lessons

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// MaxPairs is the most pairs a matching question has: the learner puts a
// right item against a left item with one digit key, 1 to 9.
const MaxPairs = 9

// pairKeys are the keys of one pair of a matching question.
func pairKeys() []string { return []string{"left", "right"} }

// pairs decodes and checks the pairs of a matching question: 2 to
// MaxPairs mappings of left and right, neither empty, no left and no right
// text twice (the learner could not tell which one is meant); qline is the
// question's YAML line, where a missing key is reported.
func (w walker) pairs(m map[string]entry, qline int) []Pair {
	e, ok := m["pairs"]
	if !ok {
		w.add(qline, CodeMissingKey, "pairs")
		return nil
	}
	if e.val.Kind != yaml.SequenceNode && !isNull(e.val) {
		w.at(e.val, CodeWrongType, "pairs", kindList)
		return nil
	}
	var out []Pair
	seen := map[string]map[string]int{"left": {}, "right": {}}
	for i, pn := range e.val.Content {
		pn = resolve(pn)
		label := fmt.Sprintf("pairs[%d]", i+1)
		if pn.Kind != yaml.MappingNode {
			w.at(pn, CodeWrongType, label, kindMapping)
			continue
		}
		pm, porder := w.mapping(pn)
		w.unknownKeys(pm, porder, pairKeys())
		p := Pair{Line: w.base + pn.Line}
		for _, side := range pairKeys() {
			se, has := pm[side]
			if !has {
				w.at(pn, CodeMissingKey, side)
				continue
			}
			s, line, ok := w.literal(se.val, label+"."+side)
			if !ok {
				continue
			}
			trimmed := strings.TrimSpace(s)
			if first, dup := seen[side][trimmed]; trimmed == "" {
				w.add(line, CodeEmpty, label+"."+side)
			} else if dup {
				w.add(line, CodeDuplicatePair, side, trimmed, w.base+first)
			} else {
				seen[side][trimmed] = line
			}
			if side == "left" {
				p.Left = s
			} else {
				p.Right = s
			}
		}
		out = append(out, p)
	}
	switch n := len(e.val.Content); {
	case n < 2:
		w.at(e.key, CodeTooFew, "pairs", 2, n)
	case n > MaxPairs:
		w.at(e.key, CodeTooManyPairs, MaxPairs, n)
	}
	return out
}
