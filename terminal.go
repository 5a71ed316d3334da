package main

import (
	"os"

	"github.com/charmbracelet/x/term"

	"ajar/tui"
)

// needTerminal refuses to start an interactive program (the tutor, or
// presenter mode) unless both stdin and stdout are a terminal. It runs
// before the progress file is opened, so nothing is created.
//
// Without the check, stdin not a terminal made bubbletea open /dev/tty and
// fail with a raw "could not open a new TTY" (after the progress file had
// been created), and stdout redirected to a file ran a session nobody could
// see, waiting for keys. The message names the commands that need no
// terminal, since a trainer piping ajar into something usually wants one.
// The check is the one bubbletea makes (x/term), so a Windows console
// passes it and a pipe does not.
func needTerminal(name string, in, out *os.File, lang tui.Lang) error {
	if term.IsTerminal(in.Fd()) && term.IsTerminal(out.Fd()) {
		return nil
	}
	msg := name + " perlu terminal interaktif: jalankan langsung di jendela Command Prompt, PowerShell atau terminal,\n" +
		"tanpa pipa (|) atau pengalihan (< >). Tanpa terminal, pakai: ajar lint, ajar report, ajar report merge, ajar init."
	if lang == tui.English {
		msg = name + " needs an interactive terminal: run it directly in a Command Prompt, PowerShell or terminal window,\n" +
			"without a pipe (|) or redirection (< >). Without a terminal, use: ajar lint, ajar report, ajar report merge, ajar init."
	}
	return exitError{code: 2, msg: msg}
}
