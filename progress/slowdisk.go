//go:build ajar_slowdisk

package progress

import (
	"os"
	"time"
)

// commitDelay is, in builds for the kill harness (scripts/killtest, built
// with -tags ajar_slowdisk), AJAR_TEST_COMMIT_DELAY (a duration such as
// 30ms): every write transaction waits that long before it commits, as an
// old hard disk with an antivirus does on every fsync, so saving lags the
// screen the way it does on such a PC.
func commitDelay() time.Duration {
	d, _ := time.ParseDuration(os.Getenv("AJAR_TEST_COMMIT_DELAY"))
	return d
}
