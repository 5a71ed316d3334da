package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"ajar/tui"
	"ajar/tui/lang"
)

// Flag usage strings are written "Indonesian / English", each half may
// start with a `PLACEHOLDER` for the value ("`NAMA` ... / `NAME` ..."),
// so `ajar help` shows every flag in the interface language (help.go). A
// flag shared by several commands is defined once below.

// newFlagSet builds a FlagSet that reports errors instead of exiting.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// commonFlags are the flags every subcommand that opens progress shares.
type commonFlags struct {
	db   string
	lang string
}

// register adds the common flags to a FlagSet.
func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.db, "db", "", "`BERKAS` berkas kemajuan belajar (bawaan: AJAR_DB, ajar.db di samping program, atau folder data pengguna)"+
		" / `FILE` the progress file (default: AJAR_DB, an ajar.db beside the program, or the user's data folder)")
	langFlag(fs, &c.lang)
}

// parseCommon parses args for a command whose only flags are the common
// ones, returning them, the language and the other arguments.
func parseCommon(name string, args []string, stderr io.Writer) (commonFlags, tui.Lang, []string, error) {
	fs := newFlagSet(name, stderr)
	var c commonFlags
	c.register(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return c, "", nil, exitError{code: 2}
	}
	lang, err := c.language()
	return c, lang, pos, err
}

// language validates --lang.
func (c commonFlags) language() (tui.Lang, error) {
	switch c.lang {
	case "id", "":
		return tui.Indonesian, nil
	case "en":
		return tui.English, nil
	}
	return "", exitError{code: 2, msg: fmt.Sprintf("ajar: --lang %q tidak dikenal; pakai id atau en", c.lang)}
}

// langFlag defines --lang.
func langFlag(fs *flag.FlagSet, p *string) {
	fs.StringVar(p, "lang", "id", "`id|en` bahasa antarmuka / `id|en` interface language")
}

// themeFlag defines --theme.
func themeFlag(fs *flag.FlagSet, p *string) {
	fs.StringVar(p, "theme", "dark", "`dark|light|plain` warna tampilan; plain tanpa warna / `dark|light|plain` colours; plain has none")
}

// contentFlags define --content and --no-builtin: which courses are
// loaded.
func contentFlags(fs *flag.FlagSet, dirs *stringList, noBuiltin *bool) {
	fs.Var(dirs, "content", "`FOLDER` folder modul atau kursus milik pelatih (boleh diulang) / `FOLDER` a trainer's module or course folder (repeatable)")
	fs.BoolVar(noBuiltin, "no-builtin", false, "tanpa kursus bawaan (dengan --content) / without the built-in course (with --content)")
}

// outputFlags define -o and --sep, where a report goes and its CSV
// separator.
func outputFlags(fs *flag.FlagSet, out, sep *string) {
	fs.StringVar(out, "o", "-", "`BERKAS` berkas keluaran; - untuk layar / `FILE` output file; - for the screen")
	fs.StringVar(sep, "sep", ";", "`PEMISAH` pemisah kolom CSV: ; , atau tab / `SEP` CSV column separator: ; , or tab")
}

// stringList is a repeatable string flag.
type stringList []string

// String implements flag.Value.
func (l *stringList) String() string { return strings.Join(*l, ", ") }

// Set implements flag.Value.
func (l *stringList) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// say picks the Indonesian or English text: lang.Say, named short for the
// many messages of the commands (whose variables are often called lang).
func say(l tui.Lang, id, en string) string { return lang.Say(l, id, en) }

// usageError is an exit-2 error with its message in the interface language.
func usageError(lang tui.Lang, id, en string) error {
	if lang == tui.English {
		return exitError{code: 2, msg: en}
	}
	return exitError{code: 2, msg: id}
}

// firstWord returns the index of the first argument that is neither a flag
// nor the value of one of valueFlags, or -1.
func firstWord(args []string, valueFlags map[string]bool) int {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			if i+1 < len(args) {
				return i + 1
			}
			return -1
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			return i
		}
		if name := strings.TrimLeft(a, "-"); !strings.Contains(name, "=") && valueFlags[name] {
			i++
		}
	}
	return -1
}

// parseInterspersed parses flags that may come before, between or after
// the positional arguments (`merge a.json b.json -o s.csv`) and returns the
// positional ones. After "--" everything is positional.
func parseInterspersed(fset interface {
	Parse([]string) error
	Args() []string
}, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fset.Parse(args); err != nil {
			return nil, err
		}
		rest := fset.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
