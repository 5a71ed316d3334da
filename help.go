package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"ajar/tui"
)

// Help: `ajar --help` and `ajar help` list every command of the table
// with a line saying what it does and an example; `ajar help COMMAND` and
// `ajar COMMAND --help` show one command with its flags. Everything is in
// the interface language (--lang), since a learner who reads no English
// must still find the commands; the flags' texts come from the flags
// themselves (see flags.go), so a new flag is listed without more work.

// helpWidth is where help text wraps: the width of a default Windows
// console, the smallest terminal ajar is used in.
const helpWidth = 80

// runHelp is `ajar help [COMMAND [SUBCOMMAND]]`.
func runHelp(args []string, stdout, stderr io.Writer) error {
	_, lang, words, err := parseCommon("ajar help", args, stderr)
	if err != nil {
		return err
	}
	cmd := tutor()
	for i, w := range words {
		next := lookup(commands, w)
		if i > 0 {
			next = lookup(cmd.subs, cmd.name+" "+w)
		}
		if next == nil {
			return unknownCommand(strings.Join(words[:i+1], " "), lang)
		}
		cmd = next
	}
	return writeHelp(stdout, cmd, lang)
}

// writeHelp writes the help of c: the overview for the tutor, ajar
// itself, else the command's own.
func writeHelp(w io.Writer, c *command, lang tui.Lang) error {
	var b strings.Builder
	if c == tutor() {
		overview(&b, lang)
	} else {
		commandHelp(&b, c, lang)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// overview is the help of ajar as a whole: every command, then the
// tutor's flags.
func overview(b *strings.Builder, lang tui.Lang) {
	b.WriteString(say(lang, "ajar: tutor pembelajaran mikro di terminal, tanpa internet.\n\n",
		"ajar: an offline terminal microlearning tutor.\n\n"))
	b.WriteString(say(lang, "Pemakaian:\n  ajar [OPSI]...\n  ajar PERINTAH [OPSI]... [ARGUMEN]...\n\n",
		"Usage:\n  ajar [FLAG]...\n  ajar COMMAND [FLAG]... [ARGUMENT]...\n\n"))
	b.WriteString(say(lang, "Perintah:\n", "Commands:\n"))
	writeRows(b, commandRows(everyCommand(), lang))
	b.WriteString(say(lang, "\nOpsi tutor (ajar tanpa perintah):\n", "\nFlags of the tutor (ajar without a command):\n"))
	writeRows(b, flagRows(tutor().flagSet(), lang))
	b.WriteString("\n")
	for _, para := range []string{
		say(lang, "Bantuan dan opsi satu perintah: ajar help PERINTAH, atau ajar PERINTAH --help.",
			"One command's help with its flags: ajar help COMMAND, or ajar COMMAND --help."),
		say(lang, "Untuk bahasa Inggris, tambahkan --lang en pada perintah apa pun.",
			"ajar speaks Indonesian unless --lang en is added, to any command."),
	} {
		writeWrapped(b, para)
	}
}

// commandHelp is the help of one command: what it does, how to type it,
// an example, its subcommands and its flags.
func commandHelp(b *strings.Builder, c *command, lang tui.Lang) {
	writeWrapped(b, c.title()+": "+c.summary.In(lang))
	usage := c.title() + say(lang, " [OPSI]...", " [FLAG]...")
	if a := c.args.In(lang); a != "" {
		usage += " " + a
	}
	fmt.Fprintf(b, "\n%s\n  %s\n\n%s\n  %s\n", say(lang, "Pemakaian:", "Usage:"), usage,
		say(lang, "Contoh:", "Example:"), c.example.In(lang))
	if len(c.subs) > 0 {
		b.WriteString(say(lang, "\nSubperintah:\n", "\nSubcommands:\n"))
		writeRows(b, commandRows(c.subs, lang))
	}
	b.WriteString(say(lang, "\nOpsi:\n", "\nFlags:\n"))
	writeRows(b, flagRows(c.flagSet(), lang))
}

// row is one entry of a two-column list: a command or a flag on the
// left, what it does on the right, wrapped, and for a command an example
// under it, never wrapped so it can be copied as it stands.
type row struct {
	left, text, example string
}

// commandRows are the rows of cmds.
func commandRows(cmds []*command, lang tui.Lang) []row {
	rows := make([]row, len(cmds))
	for i, c := range cmds {
		rows[i] = row{c.title(), c.summary.In(lang), say(lang, "contoh: ", "example: ") + c.example.In(lang)}
	}
	return rows
}

// flagRows are the rows of fs's flags in name order, with their values'
// placeholders and defaults, and -h/--help last.
func flagRows(fs *flag.FlagSet, lang tui.Lang) []row {
	var rows []row
	fs.VisitAll(func(f *flag.Flag) {
		placeholder, text := flagText(f, lang)
		left := dashed(f.Name)
		if placeholder != "" {
			left += " " + placeholder
			if f.DefValue != "" {
				text += fmt.Sprintf(say(lang, " (bawaan: %s)", " (default: %s)"), f.DefValue)
			}
		}
		rows = append(rows, row{left: left, text: text})
	})
	return append(rows, row{left: "-h, --help", text: say(lang, "tampilkan bantuan ini", "show this help")})
}

// flagText is a flag's description in lang and the placeholder for its
// value ("" for a switch), from its usage "Indonesian / English", each
// half possibly starting with a `PLACEHOLDER`.
func flagText(f *flag.Flag, lang tui.Lang) (placeholder, text string) {
	text = f.Usage
	if id, en, ok := strings.Cut(f.Usage, " / "); ok {
		text = say(lang, id, en)
	}
	if rest, ok := strings.CutPrefix(text, "`"); ok {
		if name, after, ok := strings.Cut(rest, "`"); ok {
			return name, strings.TrimSpace(after)
		}
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return "", text
	}
	return say(lang, "NILAI", "VALUE"), text
}

// dashed is a flag as it is typed: -o for a one-letter name, --name
// otherwise (Go's flag package takes either, and these are the usual
// spellings).
func dashed(name string) string {
	if utf8.RuneCountInString(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// writeRows writes rows as two columns: the left one indented by two
// spaces, the right one wrapped to helpWidth and starting on the next line
// when the left is too long for the column.
func writeRows(b *strings.Builder, rows []row) {
	col := 0
	for _, r := range rows {
		col = max(col, utf8.RuneCountInString(r.left))
	}
	col = min(col+4, 26) // two spaces before, two after
	indent := strings.Repeat(" ", col)
	for _, r := range rows {
		b.WriteString("  " + r.left)
		pad := col - 2 - utf8.RuneCountInString(r.left)
		if pad < 2 {
			b.WriteString("\n")
			pad = col
		}
		for i, l := range wrap(r.text, helpWidth-col) {
			if i > 0 {
				pad = col
			}
			b.WriteString(strings.Repeat(" ", pad) + l + "\n")
		}
		if r.example != "" {
			b.WriteString(indent + r.example + "\n")
		}
	}
}

// writeWrapped writes text wrapped to helpWidth.
func writeWrapped(b *strings.Builder, text string) {
	for _, l := range wrap(text, helpWidth) {
		b.WriteString(l + "\n")
	}
}

// wrap breaks text at spaces into lines of at most width characters; a
// longer word stays whole on its own line.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		switch {
		case line == "":
			line = w
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	return append(lines, line)
}
