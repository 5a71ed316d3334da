package classroom

import (
	"testing"

	"ajar/tui/internal/testkit"
)

// TestConsoleTextTable: every text of the console is written in both
// languages and used.
func TestConsoleTextTable(t *testing.T) { testkit.CheckTexts(t, consoleTable) }
