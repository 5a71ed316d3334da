package tui

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"

	"ajar/progress"
)

// storeError says in the interface language what went wrong with the
// progress file and what the learner can do, instead of Go's error chain
// ("progress: apply: /path: ...") or a panic's text.
func (t texts) storeError(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, progress.ErrCorrupt):
		return t.errDamaged
	case diskFull(err):
		return t.errDiskFull
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS):
		return t.errNoPermission
	case errors.Is(err, progress.ErrInvalid), errors.Is(err, progress.ErrCheckTaken):
		return fmt.Sprintf(t.errRefused, innermost(err))
	}
	return fmt.Sprintf(t.errStoreOther, innermost(err))
}

// diskFull recognises a full disk on every platform: ENOSPC on Unix, and
// on Windows ERROR_DISK_FULL (112) or ERROR_HANDLE_DISK_FULL (39), whose
// Errno does not match syscall.ENOSPC.
func diskFull(err error) bool {
	var errno syscall.Errno
	if errors.As(err, &errno) && (errno == syscall.ENOSPC || errno == 112 || errno == 39) {
		return true
	}
	return errors.Is(err, syscall.ENOSPC)
}

// innermost is the last part of an error chain's message: the cause,
// without the operation prefixes that mean nothing to a learner.
func innermost(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 && i+2 < len(msg) {
		return msg[i+2:]
	}
	return msg
}
