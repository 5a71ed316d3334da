// Command ajar is an offline terminal microlearning tutor: it shows short
// Markdown lessons, runs their quizzes and keeps each learner's progress in a
// local bbolt file. It ships the course "Menanamkan Digital Mindset ASN
// melalui Learning Organization" embedded in the binary.
//
// Usage:
//
//	ajar [--db PATH] [--lang id|en] [--theme dark|light|plain] [--ascii] [--now DATE]
//	ajar [--profile NAME] [--demo] [--plain] [--content DIR]... [--no-builtin]
//	ajar lint [DIR...]
//	ajar report [--profile NAME | --all] [--format json|csv|xapi] [-o FILE]
//	ajar report merge FILE... -o summary.csv
//	ajar init DIR
//	ajar present [--contrast] [--timer N] [--ascii] [--content DIR]... [MODULE or LESSON id]
//	ajar backup [--db PATH]
//	ajar restore [--db PATH] [--list] [BACKUP]
//	ajar version (or ajar --version)
//	ajar help [COMMAND] (or ajar [COMMAND] --help)
//
// This package is the door: it reads the command line, runs the command
// and turns a failure into a message and an exit code. The work is done
// in the packages behind it: lessons loads and checks courses (and words
// lint), lessons/gift converts Moodle question banks, content holds the built-in course and writes the sample module,
// progress keeps each learner's file, progress/report makes the trainer's
// reports (imported by this package only), and tui runs the tutor and the
// presenter. The shipped binary imports no test harness (.ci/imports).
//
// The commands are listed in commands.go, which run dispatches with and
// help is written from. Exit codes: 0 done (help asked for too), 1
// problems found (lint, report merge, init) or another failure, 2 a
// usage error (an unknown command or flag, a bad value: nothing is
// created), 3 the progress file cannot be used.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	// First of ajar's imports for a reason: it must answer lipgloss's
	// background question before bubbletea's init asks the terminal.
	_ "ajar/tui/noquery"

	"ajar/lessons"
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

// run dispatches to a command; it never calls os.Exit, so tests can run it.
// Flags may come before or after the command's name: `ajar --lang en lint`
// and `ajar lint --lang en` mean the same.
func run(args []string, stdout, stderr io.Writer) error {
	lang := langOf(args)
	top, rest, err := findCommand(args, lang)
	if err != nil {
		return err
	}
	cmd, own := top.sub(rest)
	if err := checkArgs(cmd, own, lang); errors.Is(err, flag.ErrHelp) {
		return writeHelp(stdout, cmd, lang)
	} else if err != nil {
		return err
	}
	return top.run(rest, stdout, stderr)
}

// printError prints err for the user and returns the exit code to end
// with: an exitError's own code and message, or 1 and "ajar: " + err.
//
// Messages name files, folders and learners, and those names come from
// disks and progress files anyone may have written, so a control character
// in them is printed escaped (lessons.CleanName): a message must never
// drive the terminal.
func printError(w io.Writer, err error) int {
	var ex exitError
	if errors.As(err, &ex) {
		if ex.msg != "" {
			fmt.Fprintln(w, printable(ex.msg))
		}
		return ex.code
	}
	fmt.Fprintln(w, printable("ajar: "+err.Error()))
	return 1
}

// printable escapes the control characters of each line of msg, keeping
// its line breaks.
func printable(msg string) string {
	lines := strings.Split(msg, "\n")
	for i, l := range lines {
		lines[i] = lessons.CleanName(l)
	}
	return strings.Join(lines, "\n")
}
