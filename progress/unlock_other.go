//go:build windows || plan9 || solaris || aix || android

package progress

import "os"

// releaseLock does nothing here: bbolt locks these platforms' files with
// fcntl or LockFileEx, which closing the file (done by the caller) releases.
func releaseLock(*os.File) {}
