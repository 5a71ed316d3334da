package tui

import (
	"testing"

	"ajar/lessons"
	"ajar/tui/internal/testkit"
)

// TestTextTable: every text is written in both languages and used.
func TestTextTable(t *testing.T) { testkit.CheckTexts(t, textTable) }

// TestGivenWords: a stored true/false answer shows in the interface
// language on the check's result; other answers show as stored.
func TestGivenWords(t *testing.T) {
	id, en := textsFor(Indonesian), textsFor(English)
	for _, c := range []struct {
		t          texts
		typ        lessons.QuestionType
		given, out string
	}{
		{id, lessons.TrueFalse, "true", "Benar"},
		{id, lessons.TrueFalse, "false", "Salah"},
		{en, lessons.TrueFalse, "false", "False"},
		{id, lessons.Fill, "true", "true"},
		{id, lessons.Single, "Bandung", "Bandung"},
	} {
		if got := c.t.givenWords(c.typ, c.given); got != c.out {
			t.Errorf("givenWords(%s, %q) = %q, want %q", c.typ, c.given, got, c.out)
		}
	}
}
