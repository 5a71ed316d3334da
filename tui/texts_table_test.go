package tui

import (
	"testing"

	"ajar/tui/internal/testkit"
)

// TestTextTable: every text is written in both languages and used.
func TestTextTable(t *testing.T) { testkit.CheckTexts(t, textTable) }
