package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"ajar/progress"
	"ajar/tui"
	"ajar/tui/recovery"
)

// This file is the IO around backups: the ajar backup and ajar restore
// commands, the copy made after a session that changed something, and the
// recovery screen's choice carried out when the progress file is damaged
// or empty at start.

// runBackup writes a checked copy of the progress file into its backups
// folder now.
func runBackup(args []string, stdout, stderr io.Writer) error {
	c, lang, _, err := parseCommon("ajar backup", args, stderr)
	if err != nil {
		return err
	}
	path, err := dbPath(c.db)
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return exitError{code: 3, msg: fmt.Sprintf(say(lang, "ajar backup: belum ada berkas kemajuan di %s; tidak ada yang perlu dicadangkan.",
			"ajar backup: there is no progress file at %s yet; nothing to back up."), path)}
	} else if err != nil {
		return exitError{code: 3, msg: storeMessage(err, path, lang)}
	}
	st, err := openStore(path, false, lang)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Verify(); err != nil {
		return exitError{code: 3, msg: storeMessage(err, path, lang)}
	}
	out, err := st.Backup(progress.ReasonManual, time.Now())
	if err != nil {
		return exitError{code: 3, msg: storeMessage(err, path, lang)}
	}
	fmt.Fprintln(stdout, say(lang, "Cadangan dibuat: ", "Backup written: ")+out)
	return nil
}

// restoreFlags are the flags of ajar restore.
type restoreFlags struct {
	commonFlags
	list bool
}

// register adds the flags to fs.
func (f *restoreFlags) register(fs *flag.FlagSet) {
	f.commonFlags.register(fs)
	fs.BoolVar(&f.list, "list", false, "tampilkan cadangan yang ada, masing-masing diperiksa / list the backups, each checked")
}

// runRestore replaces the progress file with a backup: the one named, or
// the newest that passes the check. --list shows the backups instead.
func runRestore(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("ajar restore", stderr)
	var f restoreFlags
	f.register(fs)
	// Flags may come after the backup too: `ajar restore FILE --db PATH`.
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return exitError{code: 2}
	}
	lang, err := f.language()
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return usageError(lang, "ajar restore: sebutkan satu berkas cadangan saja, atau tidak ada untuk yang terbaru",
			"ajar restore: name one backup file, or none for the newest")
	}
	path, err := dbPath(f.db)
	if err != nil {
		return err
	}
	if f.list {
		return listBackups(path, lang, stdout)
	}
	from := ""
	if len(pos) == 1 {
		from = pos[0]
		if _, err := os.Stat(from); errors.Is(err, os.ErrNotExist) {
			return exitError{code: 3, msg: fmt.Sprintf(say(lang, "ajar restore: cadangan %s tidak ditemukan. Daftar cadangan: ajar restore --list",
				"ajar restore: backup %s not found. See the backups: ajar restore --list"), from)}
		}
	}
	if from == "" {
		b, ok, err := progress.NewestGoodBackup(path)
		if err != nil {
			return exitError{code: 3, msg: storeMessage(err, path, lang)}
		}
		if !ok {
			return exitError{code: 3, msg: fmt.Sprintf(say(lang,
				"Tidak ada cadangan yang utuh di %s.", "No good backup in %s."), progress.BackupDir(path))}
		}
		from = b.Path
	}
	kept, err := progress.Restore(path, from, time.Now(), 0)
	if err != nil {
		return exitError{code: 3, msg: storeMessage(err, path, lang)}
	}
	fmt.Fprintf(stdout, say(lang, "Dipulihkan dari %s.\n", "Restored from %s.\n"), from)
	if kept != "" {
		fmt.Fprintf(stdout, say(lang, "Berkas sebelumnya disimpan sebagai %s.\n", "The previous file is kept as %s.\n"), kept)
	}
	return nil
}

// listBackups prints the backups of path, newest first, each checked.
func listBackups(path string, lang tui.Lang, stdout io.Writer) error {
	list, err := progress.ListBackups(path)
	if err != nil {
		return exitError{code: 3, msg: storeMessage(err, path, lang)}
	}
	if len(list) == 0 {
		fmt.Fprintf(stdout, say(lang, "Belum ada cadangan di %s.\n", "No backups in %s yet.\n"), progress.BackupDir(path))
		return nil
	}
	for _, b := range list {
		state := say(lang, "utuh", "good")
		if progress.CheckFile(b.Path) != nil {
			state = say(lang, "RUSAK", "DAMAGED")
		}
		reason := b.Reason
		if reason == "" {
			reason = say(lang, "sesi", "session")
		}
		fmt.Fprintf(stdout, "%s  %-12s %8d KB  %-6s %s\n", b.Time.Format("2006-01-02 15:04"), reason, (b.Size+1023)/1024, state, b.Path)
	}
	return nil
}

// sessionBackup copies the file after a session that changed something,
// then rotates the backups. A failure is reported, never fatal: the
// learner's progress is in the file itself.
func sessionBackup(st *progress.BoltStore, lang tui.Lang, stderr io.Writer) {
	if !st.Changed() {
		return
	}
	if _, err := st.Backup("", time.Now()); err != nil {
		fmt.Fprintln(stderr, say(lang, "ajar: cadangan tidak dibuat: ", "ajar: no backup made: ")+err.Error())
		return
	}
	if err := progress.Rotate(st.Path()); err != nil {
		fmt.Fprintln(stderr, say(lang, "ajar: cadangan lama tidak terhapus: ", "ajar: old backups not removed: ")+err.Error())
	}
}

// recoverStore runs when the progress file at path is damaged or empty at
// start: it shows the recovery screen and carries out the choice. It
// returns true when the file was restored or set aside and can be opened
// afresh; restored reports a restore (automatic backups then pause until
// the next start, so the restored state cannot push good backups out).
func recoverStore(path string, cause error, lang tui.Lang, renderer *lipgloss.Renderer, ascii bool) (retry, restored bool, err error) {
	d := recovery.Deps{Path: path, Empty: errors.Is(cause, progress.ErrEmpty), Lang: lang, Renderer: renderer, ASCII: ascii}
	if !d.Empty {
		d.Detail = detail(cause)
	}
	if b, ok, _ := progress.NewestGoodBackup(path); ok {
		d.Backup, d.BackupTime = b.Path, b.Time
	}
	final, err := tea.NewProgram(recovery.New(d), tea.WithAltScreen()).Run()
	if err != nil {
		return false, false, err
	}
	switch final.(recovery.Model).Chosen() {
	case recovery.Restore:
		if _, err := progress.Restore(path, d.Backup, time.Now(), 0); err != nil {
			return false, false, exitError{code: 3, msg: storeMessage(err, path, lang)}
		}
		return true, true, nil
	case recovery.Fresh:
		if _, err := progress.SetAside(path, time.Now()); err != nil {
			return false, false, exitError{code: 3, msg: storeMessage(err, path, lang)}
		}
		return true, false, nil
	}
	return false, false, exitError{code: 3, msg: storeMessage(cause, path, lang)}
}
