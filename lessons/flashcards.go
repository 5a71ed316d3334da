package lessons

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// flashcardKeys are the keys of one flashcard.
func flashcardKeys() []string { return []string{"id", "front", "back"} }

// flashcards walks the root node of a flashcards block and returns its
// cards. YAML line 0 of w is the opening fence, where block-wide problems go.
func (w walker) flashcards(root *yaml.Node, ids idTable) []Flashcard {
	if isNull(root) || (root.Kind == yaml.SequenceNode && len(root.Content) == 0) {
		w.add(0, CodeEmptyFlashcards)
		return nil
	}
	if root.Kind != yaml.SequenceNode {
		w.at(root, CodeWrongType, "flashcards", kindList)
		return nil
	}
	cards := make([]Flashcard, 0, len(root.Content))
	for i, n := range root.Content {
		n = resolve(n)
		if n.Kind != yaml.MappingNode {
			w.at(n, CodeWrongType, fmt.Sprintf("flashcards[%d]", i+1), kindMapping)
			continue
		}
		cards = append(cards, w.flashcard(n, ids))
	}
	return cards
}

// flashcard checks one card mapping and decodes what it can of it.
func (w walker) flashcard(n *yaml.Node, ids idTable) Flashcard {
	m, order := w.mapping(n)
	w.unknownKeys(m, order, flashcardKeys())
	c := Flashcard{Line: w.base + n.Line}
	var idLine int
	c.ID, idLine = w.required(m, "id", n.Line)
	if c.ID != "" {
		w.claim(ids, c.ID, idLine)
	}
	c.Front, _ = w.required(m, "front", n.Line)
	c.Back, _ = w.required(m, "back", n.Line)
	return c
}
