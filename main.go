// Command ajar is an offline terminal microlearning tutor: it shows short
// Markdown lessons, runs their quizzes and keeps each learner's progress in a
// local bbolt file. It ships the course "Menanamkan Digital Mindset ASN
// melalui Learning Organization" embedded in the binary.
//
// Usage:
//
//	ajar [--db PATH] [--lang id|en] [--theme dark|light|plain] [--ascii] [--now DATE]
//	ajar [--profile NAME] [--demo] [--content DIR]... [--no-builtin]
//	ajar lint [DIR...]
//	ajar report [--profile NAME | --all] [--format json|csv|xapi] [-o FILE]
//	ajar report merge FILE... -o summary.csv
//	ajar init DIR
//	ajar present [--contrast] [--timer N] [--content DIR]... [MODULE or LESSON id]
//	ajar backup [--db PATH]
//	ajar restore [--db PATH] [--list] [BACKUP]
package main

import (
	"io"
	"os"
	"strings"

	// First of ajar's imports for a reason: it must answer lipgloss's
	// background question before bubbletea's init asks the terminal.
	_ "ajar/tui/noquery"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		os.Exit(printError(os.Stderr, err))
	}
}

// exitError carries a message for the user and the exit code to end with.
type exitError struct {
	code int
	msg  string
}

// Error implements error.
func (e exitError) Error() string { return e.msg }

// run dispatches to a subcommand; it never calls os.Exit, so tests can run it.
// Flags may come before or after the subcommand: `ajar --lang en lint` and
// `ajar lint --lang en` mean the same.
func run(args []string, stdout, stderr io.Writer) error {
	sub, rest := splitSubcommand(args)
	switch sub {
	case "lint":
		return runLint(rest, stdout, stderr)
	case "report":
		return runReport(rest, stdout, stderr)
	case "init":
		return runInit(rest, stdout, stderr)
	case "present":
		return runPresent(rest, stdout, stderr)
	case "backup":
		return runBackup(rest, stdout, stderr)
	case "restore":
		return runRestore(rest, stdout, stderr)
	}
	return runTutor(args, stderr)
}

// valueFlags are the flags that take a separate value ("--db PATH").
const valueFlags = " -db --db -lang --lang -theme --theme -now --now -profile --profile -content --content -timer --timer -format --format -o --o -sep --sep "

// splitSubcommand finds the first word that is not a flag or a flag's value
// and, when it names a subcommand, returns it with the other arguments.
func splitSubcommand(args []string) (string, []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return "", args
		}
		if strings.HasPrefix(a, "-") {
			if !strings.Contains(a, "=") && strings.Contains(valueFlags, " "+a+" ") {
				i++ // skip the flag's value
			}
			continue
		}
		if a == "lint" || a == "report" || a == "init" || a == "present" || a == "backup" || a == "restore" {
			rest := append(append([]string(nil), args[:i]...), args[i+1:]...)
			return a, rest
		}
		return "", args
	}
	return "", args
}
