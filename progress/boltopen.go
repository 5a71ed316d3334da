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

// probe looks at the file before the real open. A missing file is new
// (existed false), unless read-only. An existing one is opened read-only
// first - which takes the shared lock, so a file in use by another ajar is
// reported as locked, not as damaged - and its meta pages and freelist are
// checked (verifyHead) before a read-write bbolt.Open loads the freelist:
// in a damaged or truncated file that load reads past the memory map or
// allocates without bound. An empty file is ErrEmpty, never a new one: it
// is what a crash or a full disk leaves while the file is created. probe
// returns the file's schema version.
func probe(path string, timeout time.Duration, readOnly bool) (version uint32, existed bool, err error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !readOnly:
		return 0, false, nil
	case err != nil:
		return 0, false, err
	case !info.Mode().IsRegular():
		return 0, true, fmt.Errorf("%w: %s", ErrNotAFile, path)
	case info.Size() == 0:
		return 0, true, fmt.Errorf("%w: %w", ErrCorrupt, ErrEmpty)
	}
	db, err := openDB(path, timeout, true)
	if err != nil {
		return 0, true, err
	}
	defer db.Close()
	if err := verifyHead(path); err != nil {
		return 0, true, err
	}
	err = runTx(db, false, func(tx *bbolt.Tx) error {
		if err := checkSize(tx); err != nil {
			return err
		}
		version, err = readSchema(tx)
		return err
	})
	return version, true, err
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
