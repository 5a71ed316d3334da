package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"ajar/progress"
	"ajar/tui"
)

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
