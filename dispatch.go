package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"

	"ajar/tui"
)

// findCommand returns the command args name, with args without its name;
// the tutor, with all of args, when no word names a command.
func findCommand(args []string) (*command, []string) {
	i := firstWord(args, valueFlags(everyCommand()...))
	if i < 0 {
		return tutor(), args
	}
	c := lookup(commands, args[i])
	if c == nil {
		return tutor(), args
	}
	return c, append(append([]string(nil), args[:i]...), args[i+1:]...)
}

// helpAsked reports whether args, parsed with c's flags, ask for help
// (-h, -help or --help).
func helpAsked(c *command, args []string) bool {
	_, err := parseInterspersed(c.flagSet(), args)
	return errors.Is(err, flag.ErrHelp)
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

// unknownCommand is the usage error for a word that names no command.
func unknownCommand(word string, lang tui.Lang) error {
	return usageError(lang,
		fmt.Sprintf("ajar: %q bukan perintah ajar.\nDaftar perintah: ajar help", word),
		fmt.Sprintf("ajar: %q is not an ajar command.\nSee the commands: ajar help", word))
}
