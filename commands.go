package main

import (
	"flag"
	"io"
	"strings"

	"ajar/tui/lang"
)

// in is the text in lang.

// command is one entry of ajar's command table. The dispatcher (run) and
// the help read the table, so a command added here is routed and listed
// in `ajar help` with no other list to keep in step.
type command struct {
	// name is what follows ajar: "lint", "report merge" for a subcommand,
	// "" for ajar itself, the tutor.
	name string
	// run carries the command out, given the arguments without its name
	// (flags typed before the name included). A subcommand has none: its
	// parent runs it, as `ajar report` runs `ajar report merge`.
	run func(args []string, stdout, stderr io.Writer) error
	// flags registers the command's flags: the same function the command
	// parses with, so the check sees exactly the flags the command has.
	flags func(fs *flag.FlagSet)
	// noArgs is set when the command takes no argument besides flags.
	noArgs bool
	// args names the arguments after the flags in the usage line
	// ("[FOLDER...]"); summary says in one line what the command does;
	// example is one command line that works as typed.
	args, summary, example lang.Text
	// subs are the command's subcommands.
	subs []*command
}

// commands is the table, the tutor first. It is filled in init because
// some entries' functions read it.
var commands []*command

func init() {
	commands = []*command{
		{
			name:   "",
			run:    runTutor,
			flags:  func(fs *flag.FlagSet) { new(tutorFlags).register(fs) },
			noArgs: true,
			summary: tr("Memulai tutor: pelajaran singkat, kuis, dan ulangan harian; kemajuan disimpan di PC ini.",
				"Starts the tutor: short lessons, quizzes and a daily review; progress is kept on this PC."),
			example: tr(`ajar --profile "Ani Lestari"`, `ajar --profile "Ani Lestari"`),
		},
		{
			name:  "present",
			run:   runPresent,
			flags: func(fs *flag.FlagSet) { new(presentFlags).register(fs) },
			args:  tr("[ID-MODUL-ATAU-PELAJARAN]", "[MODULE-OR-LESSON-ID]"),
			summary: tr("Slide layar penuh dari pelajaran untuk kelas; kemajuan siapa pun tidak diubah.",
				"Full-screen slides of the lessons for a classroom; nobody's progress is touched."),
			example: tr("ajar present m4", "ajar present m4"),
		},
		{
			name:   "serve",
			run:    runServe,
			flags:  func(fs *flag.FlagSet) { new(serveFlags).register(fs) },
			noArgs: true,
			summary: tr("Kelas lewat SSH: pelajar menyambung dari terminal PC mereka sendiri; kemajuan semua disimpan di PC ini.",
				"A class over SSH: learners connect from their own PCs' terminals; everyone's progress is kept on this PC."),
			example: tr("ajar serve --class-code 482913", "ajar serve --class-code 482913"),
		},
		{
			name:  "report",
			run:   runReport,
			flags: func(fs *flag.FlagSet) { new(reportFlags).register(fs) },
			summary: tr("Laporan pelatih tentang pelajar di PC ini: JSON, CSV (Excel) atau xAPI.",
				"The trainer's report of this PC's learners: JSON, CSV (Excel) or xAPI."),
			example: tr("ajar report --all --format csv -o laporan.csv", "ajar report --all --format csv -o report.csv"),
			subs: []*command{{
				name: "report merge",
				// runMerge defines these itself; TestCommandFlagsMatch
				// keeps the two in step.
				flags: func(fs *flag.FlagSet) {
					var lang, out, sep string
					langFlag(fs, &lang)
					outputFlags(fs, &out, &sep)
				},
				args: tr("LAPORAN.json...", "REPORT.json..."),
				summary: tr("Menggabungkan laporan JSON dari beberapa PC menjadi satu ringkasan CSV.",
					"Merges JSON reports from several PCs into one CSV summary."),
				example: tr("ajar report merge a.json b.json -o ringkasan.csv", "ajar report merge a.json b.json -o summary.csv"),
			}},
		},
		{
			name:  "init",
			run:   runInit,
			flags: func(fs *flag.FlagSet) { new(initFlags).register(fs) },
			args:  tr("FOLDER", "FOLDER"),
			summary: tr("Menulis modul contoh berkomentar ke FOLDER sebagai titik awal modul Anda.",
				"Writes a commented sample module into FOLDER to start your own module from."),
			example: tr("ajar init modul-saya", "ajar init my-module"),
		},
		{
			name:  "import",
			run:   runImport,
			flags: func(fs *flag.FlagSet) { new(importFlags).register(fs) },
			args:  tr("gift BERKAS.gift", "gift FILE.gift"),
			summary: tr("Mengubah bank soal Moodle (GIFT) menjadi folder modul ajar; yang tidak dapat dibawa disebut per soal.",
				"Turns a Moodle question bank (GIFT) into an ajar module folder; what cannot be carried over is named per question."),
			example: tr("ajar import gift bank-soal.gift -o modul-bank", "ajar import gift questions.gift -o bank-module"),
		},
		{
			name:  "export",
			run:   runExport,
			flags: func(fs *flag.FlagSet) { new(exportFlags).register(fs) },
			args:  tr("gift [ID-MODUL-ATAU-PELAJARAN]", "gift [MODULE-OR-LESSON-ID]"),
			summary: tr("Menulis soal modul, pelajaran atau seluruh kursus sebagai GIFT untuk diimpor ke Moodle.",
				"Writes the questions of a module, a lesson or the whole course as GIFT to import into Moodle."),
			example: tr("ajar export gift m4 -o m4.gift", "ajar export gift m4 -o m4.gift"),
		},
		{
			name:  "lint",
			run:   runLint,
			flags: func(fs *flag.FlagSet) { new(lintFlags).register(fs) },
			args:  tr("[FOLDER...]", "[FOLDER...]"),
			summary: tr("Memeriksa modul dan mencetak setiap masalah sebagai berkas:baris: pesan; tanpa FOLDER, kursus bawaan.",
				"Checks modules and prints every problem as file:line: message; without FOLDER, the built-in course."),
			example: tr("ajar lint modul-saya", "ajar lint my-module"),
		},
		{
			name:   "backup",
			run:    runBackup,
			flags:  func(fs *flag.FlagSet) { new(commonFlags).register(fs) },
			noArgs: true,
			summary: tr("Membuat salinan berkas kemajuan yang sudah diperiksa di folder backups-nya, sekarang.",
				"Writes a checked copy of the progress file into its backups folder now."),
			example: tr("ajar backup", "ajar backup"),
		},
		{
			name:  "restore",
			run:   runRestore,
			flags: func(fs *flag.FlagSet) { new(restoreFlags).register(fs) },
			args:  tr("[BERKAS-CADANGAN]", "[BACKUP-FILE]"),
			summary: tr("Mengganti berkas kemajuan dengan cadangan: yang disebut, atau yang terbaru dan utuh.",
				"Replaces the progress file with a backup: the one named, or the newest good one."),
			example: tr("ajar restore --list", "ajar restore --list"),
		},
		{
			name:   "version",
			run:    runVersion,
			flags:  func(fs *flag.FlagSet) { new(commonFlags).register(fs) },
			noArgs: true,
			summary: tr("Menampilkan versi dan commit ajar (juga: --version).",
				"Prints ajar's version and commit (also: --version)."),
			example: tr("ajar version", "ajar version"),
		},
		{
			name:  "help",
			run:   runHelp,
			flags: func(fs *flag.FlagSet) { new(commonFlags).register(fs) },
			args:  tr("[PERINTAH]", "[COMMAND]"),
			summary: tr("Menampilkan bantuan ini, atau bantuan satu perintah beserta opsinya.",
				"Shows this help, or one command's help with its flags."),
			example: tr("ajar help report", "ajar help report"),
		},
	}
}

// tutor is ajar without a command.
func tutor() *command { return commands[0] }

// everyCommand lists the commands and their subcommands, the tutor first.
func everyCommand() []*command {
	var all []*command
	for _, c := range commands {
		all = append(all, c)
		all = append(all, c.subs...)
	}
	return all
}

// lookup finds the command named name among cmds, or nil.
func lookup(cmds []*command, name string) *command {
	for _, c := range cmds {
		if c.name != "" && c.name == name {
			return c
		}
	}
	return nil
}

// flagSet is a FlagSet of the command's flags that prints nothing: the
// dispatcher says what is wrong itself, in the interface language.
func (c *command) flagSet() *flag.FlagSet {
	fs := flag.NewFlagSet(c.title(), flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	c.flags(fs)
	return fs
}

// title is how the command is typed: "ajar" or "ajar report merge".
func (c *command) title() string {
	return strings.TrimSpace("ajar " + c.name)
}

// sub returns the subcommand args name first, with args without that
// word, or c itself and args when none is named.
func (c *command) sub(args []string) (*command, []string) {
	if len(c.subs) == 0 {
		return c, args
	}
	i := firstWord(args, valueFlags(c))
	if i < 0 {
		return c, args
	}
	s := lookup(c.subs, c.name+" "+args[i])
	if s == nil {
		return c, args
	}
	return s, append(append([]string(nil), args[:i]...), args[i+1:]...)
}

// valueFlags are the flags of cmds that take a value ("--db PATH"), so a
// search for the first word skips their values.
func valueFlags(cmds ...*command) map[string]bool {
	names := map[string]bool{}
	for _, c := range cmds {
		c.flagSet().VisitAll(func(f *flag.Flag) {
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
				names[f.Name] = true
			}
		})
	}
	return names
}

// tr is one text of the command table: Indonesian, then English.
func tr(id, en string) lang.Text { return lang.Text{ID: id, EN: en} }
