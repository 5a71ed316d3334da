// Command upgradetime measures how long ajar takes to open a progress file
// written by an older ajar: the full check of the file, the pre-upgrade
// backup and the upgrade itself, all of which Open does before the learner
// sees the course map. The file is copied first and never changed.
//
// Usage, from the repository root, with a file an older ajar wrote (for
// schema 2, run genprogress from a checkout of commit bfbb2bc):
//
//	go run ./scripts/upgradetime -db r200k-schema2.db
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"ajar/progress"
)

func main() {
	db := flag.String("db", "", "progress file written by an older ajar (copied, never changed)")
	flag.Parse()
	if err := run(*db); err != nil {
		fmt.Fprintln(os.Stderr, "upgradetime:", err)
		os.Exit(1)
	}
}

func run(db string) error {
	if db == "" {
		return fmt.Errorf("-db FILE is required")
	}
	dir, err := os.MkdirTemp("", "upgradetime")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "ajar.db")
	if err := copyFile(db, path); err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}

	start := time.Now()
	if err := progress.CheckFile(path); err != nil {
		return err
	}
	check := time.Since(start)

	start = time.Now()
	st, err := progress.Open(path, progress.Options{})
	if err != nil {
		return err
	}
	open := time.Since(start)
	list, err := st.Profiles()
	if err != nil {
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	backups, err := progress.ListBackups(path)
	if err != nil {
		return err
	}

	start = time.Now()
	st, err = progress.Open(path, progress.Options{})
	if err != nil {
		return err
	}
	again := time.Since(start)
	if err := st.Verify(); err != nil {
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	fmt.Printf("%s: %.1f MiB, %d learners\n", db, float64(info.Size())/(1<<20), len(list))
	fmt.Printf("  full check alone:                   %v\n", check.Round(time.Millisecond))
	fmt.Printf("  first open (check, backup, upgrade): %v (%d backup kept)\n", open.Round(time.Millisecond), len(backups))
	fmt.Printf("  open again (nothing to upgrade):     %v\n", again.Round(time.Millisecond))
	return nil
}

// copyFile copies src to a new file dst.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
