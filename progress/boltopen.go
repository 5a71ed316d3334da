package progress

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime/debug"
	"syscall"
	"time"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Opening a file that may be damaged, truncated or locked without crashing
// or leaving the lock behind: the helpers of Open.
// openDB opens the bbolt file, mapping bbolt's errors and panics to ours.
func openDB(path string, timeout time.Duration, readOnly bool) (db *bbolt.DB, err error) {
	// bbolt locks the file before it reads any page; keep hold of it so a
	// panic halfway through Open does not leave the file locked.
	var file *os.File
	openFile := func(name string, flag int, perm os.FileMode) (*os.File, error) {
		f, err := os.OpenFile(name, flag, perm)
		if err == nil {
			file = f
		}
		return f, err
	}
	// A truncated file is memory-mapped past its end; touching those pages
	// raises SIGBUS, which panicOnFault turns into a recoverable panic.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if file != nil {
				releaseLock(file)
				_ = file.Close()
			}
			// bbolt's memory map of the file cannot be reached to unmap; it
			// leaks, which is harmless as the app reports the error and exits.
			db, err = nil, corruptf("panic while opening: %v", r)
		}
	}()
	db, err = bbolt.Open(path, 0o600, &bbolt.Options{
		Timeout:  timeout,
		ReadOnly: readOnly,
		OpenFile: openFile,
	})
	switch {
	case err == nil:
		return db, nil
	case errors.Is(err, berrors.ErrTimeout):
		return nil, fmt.Errorf("%w (waited %s)", ErrLocked, timeout)
	case !isOSError(err):
		// bbolt reports what it found in the file with plain errors:
		// ErrInvalid (not a bbolt file), ErrVersionMismatch, ErrChecksum,
		// and unexported ones such as "file size too small" for a file cut
		// short. Failures of the OS (permissions, missing file, disk) carry
		// an errno and pass through unchanged.
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	return nil, err
}

// isOSError reports whether err came from a system call rather than from
// the contents of the file.
func isOSError(err error) bool {
	var (
		errno   syscall.Errno
		pathErr *fs.PathError
		sysErr  *os.SyscallError
	)
	return errors.As(err, &errno) || errors.As(err, &pathErr) || errors.As(err, &sysErr)
}

// probe checks an existing file read-only before the read-write open. A
// read-write bbolt.Open loads the freelist page at once, and in a file cut
// short that page lies past the end: bbolt would read beyond its memory map
// and panic on whatever it finds, or crash. A read-only open reads only the
// checksummed meta pages, which say how long the file must be.
func probe(path string, timeout time.Duration) error {
	info, err := os.Stat(path)
	if err != nil || info.Size() == 0 {
		return nil // a new file, or an OS problem the real open reports
	}
	db, err := openDB(path, timeout, true)
	if err != nil {
		return err
	}
	defer db.Close()
	return runTx(db, false, checkSize)
}

// checkSize refuses a file shorter than its meta page says. Pages past the
// end would fault on first use; catching it at open turns a later crash into
// a clear error at start-up.
func checkSize(tx *bbolt.Tx) error {
	info, err := os.Stat(tx.DB().Path())
	if err != nil {
		return err
	}
	if need := tx.Size(); need > info.Size() {
		return corruptf("file is truncated: %d bytes, the database needs %d", info.Size(), need)
	}
	return nil
}
