package lessons

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// planKeys are the keys a lesson's plan may have.
func planKeys() []string { return []string{"prompt", "actions", "tie"} }

// plan reads a lesson's "plan:" mapping:
//
//	plan:
//	  prompt: "Tuliskan tiga tindakan nyata untuk 30 hari ke depan."
//	  actions: 3                     # 1 to 5; 3 when left out
//	  tie: [Penguasaan pribadi, Model mental, Berpikir sistem]
func (w walker) plan(e entry) *Plan {
	if e.val.Kind != yaml.MappingNode {
		w.at(e.val, CodeWrongType, "plan", kindMapping)
		return nil
	}
	m, order := w.mapping(e.val)
	w.unknownKeys(m, order, planKeys())
	p := &Plan{Actions: 3, Line: w.base + e.key.Line}
	p.Prompt, _ = w.required(m, "prompt", e.key.Line)
	if a, ok := m["actions"]; ok {
		if v, ok := integer(a.val); ok && v >= 1 && v <= 5 {
			p.Actions = v
		} else {
			w.at(a.val, CodeBadPlanActions, a.val.Value)
		}
	}
	if t, ok := m["tie"]; ok {
		if t.val.Kind != yaml.SequenceNode {
			w.at(t.val, CodeWrongType, "tie", kindList)
		} else {
			for _, n := range t.val.Content {
				if s, line, ok := w.scalar(resolve(n), "tie"); ok {
					if s = strings.TrimSpace(s); s == "" {
						w.add(line, CodeEmpty, "tie")
					} else {
						p.Ties = append(p.Ties, s)
					}
				}
			}
		}
	}
	return p
}
