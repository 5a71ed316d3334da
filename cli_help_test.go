package main

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"ajar/tui"
	"ajar/tui/lang"
)

// runCLI runs ajar's dispatcher in-process with every place a progress
// file could go (AJAR_DB, the data folder, the home folder) inside a
// temporary folder, and fails the test when anything is created there:
// nothing run through it (help, version, a usage error, a command with
// nothing to work on) has any business creating a file. It returns the
// exit code, stdout and stderr as a user sees them.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	home := t.TempDir()
	t.Setenv("AJAR_DB", filepath.Join(home, "data", "ajar.db"))
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "xdg"))
	t.Setenv("HOME", filepath.Join(home, "home"))
	var out, errOut bytes.Buffer
	code := 0
	if err := run(args, &out, &errOut); err != nil {
		code = printError(&errOut, err)
	}
	if entries, _ := os.ReadDir(home); len(entries) != 0 {
		t.Errorf("ajar %q (exit %d) created %v", args, code, entries)
	}
	return code, out.String(), errOut.String()
}

// squash joins the words of s with single spaces, so text wrapped by the
// help compares with the text it came from.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// helpRun runs ajar with args in-process and returns stdout; asking for
// help must succeed (exit 0) and print nothing on stderr.
func helpRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, stderr := runCLI(t, args...)
	if code != 0 || stderr != "" || out == "" {
		t.Fatalf("ajar %q: exit %d, stderr %q, stdout %d bytes; want help on stdout and exit 0", args, code, stderr, len(out))
	}
	return out
}

// fitsWidth fails the test for a line of help wider than a default
// Windows console, where it would break in the middle of a word.
func fitsWidth(t *testing.T, help string) {
	t.Helper()
	for _, l := range strings.Split(help, "\n") {
		if utf8.RuneCountInString(l) > helpWidth {
			t.Errorf("help line wider than %d columns: %q", helpWidth, l)
		}
	}
}

// langs are the interface languages with the flag that picks each.
var langs = []struct {
	lang  tui.Lang
	flags []string
}{{tui.Indonesian, nil}, {tui.English, []string{"--lang", "en"}}}

// TestHelpListsEveryCommand: --help, -h, help and help --lang en list
// every command of the dispatch table, each with its one-line summary and
// its example, in the interface language and in no other. A command added
// to the table without its texts fails here.
func TestHelpListsEveryCommand(t *testing.T) {
	for _, c := range everyCommand() {
		for _, b := range []lang.Text{c.summary, c.example} {
			if b.ID == "" || b.EN == "" || strings.Contains(b.ID+b.EN, "\n") {
				t.Errorf("%q: a summary and an example, one line each in both languages, are needed; got %q", c.title(), b)
			}
		}
	}
	for _, l := range langs {
		var outs []string
		for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {"-help"}} {
			outs = append(outs, helpRun(t, append(args, l.flags...)...))
		}
		for i, out := range outs[1:] {
			if out != outs[0] {
				t.Errorf("%s: help form %d differs from --help", l.lang, i+1)
			}
		}
		fitsWidth(t, outs[0])
		out := squash(outs[0])
		for _, c := range everyCommand() {
			other := tui.English
			if l.lang == tui.English {
				other = tui.Indonesian
			}
			if !strings.Contains(out, c.title()+" "+c.summary.In(l.lang)) || !strings.Contains(out, c.example.In(l.lang)) {
				t.Errorf("%s help lacks %q with its summary and example:\n%s", l.lang, c.title(), outs[0])
			}
			if c.summary.In(other) != c.summary.In(l.lang) && strings.Contains(out, c.summary.In(other)) {
				t.Errorf("%s help shows %q's summary in the other language", l.lang, c.title())
			}
		}
	}
}

// TestHelpCommand: `ajar help COMMAND` and `ajar COMMAND --help` show the
// same help, exit 0, with every flag the command has and its description
// in the interface language only.
func TestHelpCommand(t *testing.T) {
	for _, c := range everyCommand()[1:] {
		for _, l := range langs {
			words := strings.Fields(c.name)
			viaHelp := helpRun(t, append(append([]string{"help"}, words...), l.flags...)...)
			viaFlag := helpRun(t, append(append(words, "--help"), l.flags...)...)
			if viaHelp != viaFlag {
				t.Errorf("help %s and %s --help differ:\n%s\n---\n%s", c.name, c.name, viaHelp, viaFlag)
			}
			fitsWidth(t, viaHelp)
			out := squash(viaHelp)
			if !strings.HasPrefix(out, c.title()+": "+c.summary.In(l.lang)) || !strings.Contains(out, c.example.In(l.lang)) {
				t.Errorf("%s help of %s lacks its summary or example:\n%s", l.lang, c.title(), viaHelp)
			}
			c.flagSet().VisitAll(func(f *flag.Flag) {
				id, en, _ := strings.Cut(f.Usage, " / ")
				want, other := en, id
				if l.lang == tui.Indonesian {
					want, other = id, en
				}
				want = strings.ReplaceAll(want, "`", "")
				if !strings.Contains(out, dashed(f.Name)) || !strings.Contains(out, squash(want)) {
					t.Errorf("%s help of %s lacks %s %q:\n%s", l.lang, c.title(), dashed(f.Name), want, viaHelp)
				}
				if strings.Contains(out, squash(strings.ReplaceAll(other, "`", ""))) {
					t.Errorf("%s help of %s shows %s in the other language", l.lang, c.title(), dashed(f.Name))
				}
			})
		}
	}
}

// TestFlagUsageInBothLanguages: every flag's usage is "Indonesian /
// English" and gives a placeholder in both halves or in neither, which
// help relies on to show it in one language.
func TestFlagUsageInBothLanguages(t *testing.T) {
	for _, c := range everyCommand() {
		c.flagSet().VisitAll(func(f *flag.Flag) {
			halves := strings.Split(f.Usage, " / ")
			if len(halves) != 2 || strings.TrimSpace(halves[0]) == "" || strings.TrimSpace(halves[1]) == "" {
				t.Errorf("%s %s: usage %q is not \"Indonesian / English\"", c.title(), dashed(f.Name), f.Usage)
				return
			}
			if strings.HasPrefix(halves[0], "`") != strings.HasPrefix(halves[1], "`") {
				t.Errorf("%s %s: a placeholder in one language only: %q", c.title(), dashed(f.Name), f.Usage)
			}
		})
	}
}

// TestCommandFlagsMatch: the flags the dispatcher checks and help lists
// for each command are the flags the command itself parses. Each command
// is run alone with -h, which makes Go's flag package list the flags the
// command really defined. This is what keeps `report merge`, whose flags
// are defined in runMerge, in step with its table entry.
func TestCommandFlagsMatch(t *testing.T) {
	defined := regexp.MustCompile(`(?m)^  -(\S+)`)
	for _, c := range everyCommand() {
		top, words := c, []string(nil)
		if c.run == nil { // a subcommand: its parent runs it
			name, sub, _ := strings.Cut(c.name, " ")
			top, words = lookup(commands, name), []string{sub}
		}
		var stderr bytes.Buffer
		top.run(append(words, "-h"), io.Discard, &stderr)
		var got, want []string
		for _, m := range defined.FindAllStringSubmatch(stderr.String(), -1) {
			got = append(got, m[1])
		}
		c.flagSet().VisitAll(func(f *flag.Flag) { want = append(want, f.Name) })
		sort.Strings(got)
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s parses the flags %v, its table entry has %v", c.title(), got, want)
		}
	}
}
