package lessons

import "go.yaml.in/yaml/v3"

// moduleKeys are the keys module.yaml may have.
func moduleKeys() []string { return []string{"id", "title", "order", "summary"} }

// moduleMeta checks the root node of module.yaml and fills m from it. A
// missing key is reported without a line: it concerns the whole file.
func (w walker) moduleMeta(m *Module, root *yaml.Node, ids idTable) {
	if root == nil {
		for _, k := range []string{"id", "title", "order"} {
			w.add(0, CodeMissingKey, k)
		}
		return
	}
	if root.Kind != yaml.MappingNode {
		w.at(root, CodeWrongType, "module.yaml", kindMapping)
		return
	}
	e, order := w.mapping(root)
	w.unknownKeys(e, order, moduleKeys())
	var idLine int
	m.ID, idLine = w.required(e, "id", 0)
	if m.ID != "" {
		w.claim(ids, m.ID, idLine)
	}
	m.Title, _ = w.required(e, "title", 0)
	m.Summary = w.optional(e, "summary")
	if o, ok := e["order"]; !ok {
		w.add(0, CodeMissingKey, "order")
	} else if v, ok := integer(o.val); ok {
		m.Order = v
	} else {
		w.at(o.val, CodeWrongType, "order", kindInt)
	}
}

// course reads the optional course.yaml at the root of s.
func (ld *loader) course(s Source) {
	w, root, ok := ld.readYAML(s, "course.yaml")
	if !ok {
		return
	}
	if root == nil || root.Kind != yaml.MappingNode {
		w.add(0, CodeMissingKey, "title")
		return
	}
	before := len(ld.probs)
	m, order := w.mapping(root)
	w.unknownKeys(m, order, []string{"title"})
	// A title with a problem (a control character, say) is not shown.
	if title, _ := w.required(m, "title", 0); ld.title == "" && len(ld.probs) == before {
		ld.title = title
	}
}
