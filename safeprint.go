package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"ajar/lessons"
)

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
