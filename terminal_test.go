package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ajar/tui"
)

func TestNeedTerminalRefusesAFile(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "bukan-terminal"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for lang, want := range map[tui.Lang]string{
		tui.Indonesian: "ajar perlu terminal interaktif",
		tui.English:    "ajar needs an interactive terminal",
	} {
		var ex exitError
		if err := needTerminal("ajar", f, f, lang); !errors.As(err, &ex) || ex.code != 2 ||
			!strings.HasPrefix(ex.msg, want) || !strings.Contains(ex.msg, "ajar lint, ajar report") {
			t.Errorf("%s: needTerminal = %v, want exit 2 with %q and the commands", lang, err, want)
		}
	}
}
