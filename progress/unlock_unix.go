//go:build !windows && !plan9 && !solaris && !aix && !android

package progress

import (
	"os"
	"syscall"
)

// releaseLock drops the flock bbolt took on f (these are the platforms where
// bbolt locks with flock). Closing f alone is not enough after a panic in
// bbolt.Open: bbolt's memory map still references the open file, and the
// lock lives as long as the open file does, so the file would stay locked
// until the process exits.
func releaseLock(f *os.File) { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
