package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"ajar/progress"
	"ajar/tui"
)

// The progress file as every command sees it: where it is, opening it,
// and what to tell the user, in their language, when it cannot be used.

// dbPath picks the progress file: --db, then AJAR_DB, then an ajar.db next
// to the executable (ajar carried on a USB stick keeps its progress there),
// then the per-user data folder of the operating system.
func dbPath(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if env := os.Getenv("AJAR_DB"); env != "" {
		return env, nil
	}
	if exe, err := os.Executable(); err == nil {
		if p := portableDB(exe); p != "" {
			return p, nil
		}
	}
	dir, err := dataDir(runtime.GOOS, os.Getenv, os.UserHomeDir)
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "ajar", "ajar.db"), nil
}

// dataDir is the per-user data folder: %LOCALAPPDATA% on Windows,
// ~/Library/Application Support on macOS, $XDG_DATA_HOME or ~/.local/share
// elsewhere. It takes its inputs as arguments so every OS can be tested.
func dataDir(goos string, getenv func(string) string, home func() (string, error)) (string, error) {
	switch goos {
	case "windows":
		if d := getenv("LOCALAPPDATA"); d != "" {
			return d, nil
		}
		h, err := home()
		if err != nil {
			return "", fmt.Errorf("no LOCALAPPDATA and no home folder: %w", err)
		}
		return filepath.Join(h, "AppData", "Local"), nil
	case "darwin":
		h, err := home()
		if err != nil {
			return "", fmt.Errorf("no home folder: %w", err)
		}
		return filepath.Join(h, "Library", "Application Support"), nil
	}
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return d, nil
	}
	h, err := home()
	if err != nil {
		return "", fmt.Errorf("no XDG_DATA_HOME and no home folder: %w", err)
	}
	return filepath.Join(h, ".local", "share"), nil
}

// openStore opens the progress file and turns the store's sentinel errors
// into messages a learner can act on.
func openStore(path string, readOnly bool, lang tui.Lang) (*progress.BoltStore, error) {
	st, err := progress.Open(path, progress.Options{ReadOnly: readOnly})
	if err == nil {
		return st, nil
	}
	return nil, exitError{code: 3, msg: storeMessage(err, path, lang)}
}

// portableDB returns the ajar.db beside the executable exe if it exists as
// a regular file, else "".
func portableDB(exe string) string {
	if resolved, err := filepath.EvalSymlinks(exe); err == nil {
		exe = resolved
	}
	p := filepath.Join(filepath.Dir(exe), "ajar.db")
	if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
		return p
	}
	return ""
}

// storeMessage explains a failure to open the progress file in the user's
// language, saying what happened, to which file, and what to do next.
func storeMessage(err error, path string, lang tui.Lang) string {
	en := lang == tui.English
	switch {
	case errors.Is(err, progress.ErrLocked):
		if en {
			return fmt.Sprintf("ajar is already open in another window (progress file %s is in use).\nClose that window first, then try again.", path)
		}
		return fmt.Sprintf("ajar sudah terbuka di jendela lain (berkas kemajuan %s sedang dipakai).\nTutup jendela itu dulu, lalu coba lagi.", path)
	case errors.Is(err, progress.ErrEmpty):
		if en {
			return fmt.Sprintf("The progress file %s is empty (what a crash or a full disk leaves while it is created); ajar has not touched it.\nStart ajar in a terminal to restore a backup or start afresh, or: ajar restore --list", path)
		}
		return fmt.Sprintf("Berkas kemajuan %s kosong (sisa komputer mati mendadak atau disk penuh saat berkas dibuat); ajar tidak mengubahnya.\nJalankan ajar di terminal untuk memulihkan cadangan atau mulai dari awal, atau: ajar restore --list", path)
	case errors.Is(err, progress.ErrNotAFile):
		example := filepath.Join(path, "ajar.db")
		if en {
			return fmt.Sprintf("%s is a folder (or a device), not a progress file; ajar has not touched it.\nGive --db a file name, e.g. --db %s", path, example)
		}
		return fmt.Sprintf("%s adalah folder (atau perangkat), bukan berkas kemajuan; ajar tidak mengubahnya.\nBeri --db nama berkas, mis. --db %s", path, example)
	case errors.Is(err, progress.ErrCorrupt):
		if en {
			return fmt.Sprintf("The progress file %s is damaged, so ajar will not touch it.\nSee the backups with: ajar restore --list   and restore the newest good one with: ajar restore\nDetail: %v", path, detail(err))
		}
		return fmt.Sprintf("Berkas kemajuan %s rusak, jadi ajar tidak akan mengubahnya.\nLihat cadangannya dengan: ajar restore --list   dan pulihkan yang terbaru dengan: ajar restore\nRincian: %v", path, detail(err))
	case errors.Is(err, fs.ErrPermission):
		if en {
			return fmt.Sprintf("ajar may not read or write %s: %v\nCheck the folder's permissions, an antivirus that blocks it (Controlled Folder Access), or choose another file with --db.", path, detail(err))
		}
		return fmt.Sprintf("ajar tidak diizinkan membaca atau menulis %s: %v\nPeriksa hak akses foldernya, antivirus yang memblokirnya (Controlled Folder Access), atau pilih berkas lain dengan --db.", path, detail(err))
	case errors.Is(err, progress.ErrOlderSchema):
		// Reports only read; ajar backup opens the file to write, which
		// upgrades it after keeping a copy of the old one.
		if en {
			return fmt.Sprintf("The progress file %s was written by an older ajar and must be upgraded once before it can be reported on (a report only reads).\nUpgrade it, keeping a copy of the old file in its backups folder, with: ajar backup --db %s", path, path)
		}
		return fmt.Sprintf("Berkas kemajuan %s ditulis oleh ajar versi lama dan perlu diperbarui sekali sebelum dilaporkan (laporan hanya membaca).\nPerbarui berkas itu, dengan salinan berkas lama di folder cadangannya, dengan: ajar backup --db %s", path, path)
	case errors.Is(err, progress.ErrNewerSchema):
		if en {
			return fmt.Sprintf("The progress file %s was written by a newer ajar. Please use that version (or newer).", path)
		}
		return fmt.Sprintf("Berkas kemajuan %s ditulis oleh ajar versi yang lebih baru. Pakai versi itu (atau yang lebih baru).", path)
	}
	if en {
		return fmt.Sprintf("Cannot open the progress file %s: %v", path, err)
	}
	return fmt.Sprintf("Berkas kemajuan %s tidak dapat dibuka: %v", path, err)
}

// detail is the cause of an error without the chain of operations and the
// path before it, which the message already names.
func detail(err error) string {
	msg := err.Error()
	for _, marker := range []string{progress.ErrCorrupt.Error() + ": ", progress.ErrEmpty.Error()} {
		if i := strings.Index(msg, marker); i >= 0 {
			return msg[i:]
		}
	}
	return msg
}
