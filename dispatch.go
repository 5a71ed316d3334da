package main

import (
	"errors"
	"flag"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"ajar/tui"
)

// The dispatcher checks a command line before the command runs: the word
// after ajar must name a command and every flag must be one the command
// has. What is wrong is said in the interface language with a suggestion
// and exit code 2, before anything is opened or created: a typo such as
// `ajar presnet` used to start the tutor and create a progress file.

// findCommand returns the command args name, with args without its name;
// the tutor, with all of args, when no word comes before "--". A word that
// names no command is a usage error.
func findCommand(args []string, lang tui.Lang) (*command, []string, error) {
	i := firstWord(args, valueFlags(everyCommand()...))
	if i < 0 || (i > 0 && args[i-1] == "--") {
		return tutor(), args, nil
	}
	c := lookup(commands, args[i])
	if c == nil {
		// A mistyped flag before the word comes first, as typed: in
		// `ajar --profle Ani` the word is the flag's value.
		if err := checkArgs(tutor(), args[:i], lang); err != nil && !errors.Is(err, flag.ErrHelp) {
			return nil, nil, err
		}
		return nil, nil, unknownCommand(args[i], lang)
	}
	return c, append(append([]string(nil), args[:i]...), args[i+1:]...), nil
}

// checkArgs parses args with c's flags, as c will, and returns
// flag.ErrHelp when they ask for help, or a usage error saying what is
// wrong.
func checkArgs(c *command, args []string, lang tui.Lang) error {
	fs := c.flagSet()
	pos, err := parseInterspersed(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return err
	case err != nil:
		return usageError(lang, c.title()+": "+flagProblem(c, fs, err, tui.Indonesian)+"\nDaftar opsi: "+helpFor(c),
			c.title()+": "+flagProblem(c, fs, err, tui.English)+"\nSee the flags: "+helpFor(c))
	case c.noArgs && len(pos) > 0:
		return usageError(lang,
			fmt.Sprintf("%s: argumen %q tidak dikenal; %s tidak memerlukan argumen selain opsi.\nBantuan: %s", c.title(), pos[0], c.title(), helpFor(c)),
			fmt.Sprintf("%s: unknown argument %q; %s takes flags only.\nHelp: %s", c.title(), pos[0], c.title(), helpFor(c)))
	}
	return nil
}

// helpFor is the command line that shows c's help.
func helpFor(c *command) string { return strings.TrimSpace("ajar help " + c.name) }

// badValue matches the flag package's message for a value it cannot
// parse, capturing the value (quoted) and the flag.
var badValue = regexp.MustCompile(`^invalid (?:boolean )?value (".*") for (?:flag )?-(\S+): `)

// flagProblem says in lang what the flag package's parse error err means,
// for the flags of c in fs. Go's messages are English and terse ("flag
// provided but not defined: -strikt"), so the usual ones are reworded.
func flagProblem(c *command, fs *flag.FlagSet, err error, lang tui.Lang) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		return unknownFlag(c, fs, name, lang)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		if f := fs.Lookup(name); f != nil {
			placeholder, _ := flagText(f, lang)
			return fmt.Sprintf(say(lang, "%s perlu nilai, mis. %s %s", "%s needs a value, e.g. %s %s"), dashed(name), dashed(name), placeholder)
		}
	}
	if m := badValue.FindStringSubmatch(msg); m != nil {
		if f, value := fs.Lookup(m[2]), unquote(m[1]); f != nil {
			placeholder, _ := flagText(f, lang)
			return strings.TrimSpace(fmt.Sprintf(say(lang, "%q bukan nilai yang sah untuk %s %s", "%q is not a valid value for %s %s"),
				value, dashed(f.Name), placeholder))
		}
	}
	return msg
}

// unquote undoes the quoting of a Go-quoted string, or returns it as it is.
func unquote(s string) string {
	if u, err := strconv.Unquote(s); err == nil {
		return u
	}
	return s
}

// unknownFlag says that c has no flag name, suggesting the one of c's
// flags it resembles, or else the commands that have it.
func unknownFlag(c *command, fs *flag.FlagSet, name string, lang tui.Lang) string {
	names := []string{"help"}
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	msg := fmt.Sprintf(say(lang, "opsi %s tidak dikenal", "unknown flag %s"), dashed(name))
	if picks := suggest(name, names); picks != nil {
		for i, p := range picks {
			picks[i] = dashed(p)
		}
		return msg + say(lang, "; maksud Anda: ", "; did you mean ") + strings.Join(picks, say(lang, " atau ", " or ")) + "?"
	}
	var owners []string
	for _, o := range everyCommand() {
		if o != c && o.flagSet().Lookup(name) != nil {
			owners = append(owners, o.title())
		}
	}
	if owners != nil {
		msg += fmt.Sprintf(say(lang, "; %s adalah opsi untuk: %s", "; %s is a flag of: %s"), dashed(name), strings.Join(owners, ", "))
	}
	return msg
}

// unknownCommand is the usage error for words that name no command,
// suggesting the commands (or the tutor's flags: `ajar demo`) that its
// last word resembles.
func unknownCommand(words string, lang tui.Lang) error {
	var names, shown []string
	for _, c := range everyCommand()[1:] {
		names = append(names, c.name[strings.LastIndex(c.name, " ")+1:])
		shown = append(shown, c.title())
	}
	tutor().flagSet().VisitAll(func(f *flag.Flag) {
		if lookup(commands, f.Name) == nil {
			names = append(names, f.Name)
			shown = append(shown, "ajar "+dashed(f.Name))
		}
	})
	fields := strings.Fields(words)
	var picks []string
	if len(fields) > 0 {
		for _, p := range suggest(fields[len(fields)-1], names) {
			picks = append(picks, shown[indexOf(names, p)])
		}
	}
	id := fmt.Sprintf("ajar: %q bukan perintah ajar", words)
	en := fmt.Sprintf("ajar: %q is not an ajar command", words)
	if picks != nil {
		id += "; maksud Anda: " + strings.Join(picks, " atau ") + "?"
		en += "; did you mean: " + strings.Join(picks, " or ") + "?"
	}
	return usageError(lang, id+"\nDaftar perintah: ajar help", en+"\nSee the commands: ajar help")
}

// indexOf is the index of the first s in list, or -1.
func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// langOf is the interface language args ask for with --lang (the last
// one, as the flag package reads them), for what is said before a
// command has parsed its flags: English for "en", else Indonesian.
func langOf(args []string) tui.Lang {
	lang := tui.Indonesian
	for i := 0; i < len(args) && args[i] != "--"; i++ {
		name, value, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		if !strings.HasPrefix(args[i], "-") || name != "lang" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			i++
			value = args[i]
		}
		lang = tui.Indonesian
		if value == "en" {
			lang = tui.English
		}
	}
	return lang
}

// suggest returns the candidates word was probably meant to be, for a
// "did you mean" after a typo: those at the smallest edit distance from
// word, if that is small for its length (1 up to 4 letters, 2 beyond),
// else those word is the start of (at least 3 letters: "rep" for
// report). Case is ignored. The result keeps the candidates' order.
func suggest(word string, candidates []string) []string {
	w := strings.ToLower(word)
	limit := 1
	if len([]rune(w)) > 4 {
		limit = 2
	}
	best, out := limit+1, []string(nil)
	for _, c := range candidates {
		switch d := editDistance(w, strings.ToLower(c)); {
		case d < best:
			best, out = d, []string{c}
		case d == best:
			out = append(out, c)
		}
	}
	if out != nil || len([]rune(w)) < 3 {
		return out
	}
	for _, c := range candidates {
		if strings.HasPrefix(strings.ToLower(c), w) {
			out = append(out, c)
		}
	}
	return out
}

// editDistance is the optimal string alignment distance between a and b:
// the insertions, deletions, substitutions and swaps of two neighbouring
// letters that turn one into the other. A swap counts once, since
// "presnet" for present is one slip of the fingers, not two.
func editDistance(a, b string) int {
	s, t := []rune(a), []rune(b)
	// d[i][j] is the distance between s[:i] and t[:j].
	d := make([][]int, len(s)+1)
	for i := range d {
		d[i] = make([]int, len(t)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(s); i++ {
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(s)][len(t)]
}
