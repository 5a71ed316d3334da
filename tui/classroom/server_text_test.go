package classroom

import (
	"testing"

	"ajar/tui/internal/testkit"
)

// TestServeTextTable: every text of the server is written in both
// languages and used.
func TestServeTextTable(t *testing.T) { testkit.CheckTexts(t, serveTextTable) }
