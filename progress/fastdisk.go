//go:build !ajar_slowdisk

package progress

import "time"

// commitDelay is zero in every build but the kill harness's (see
// slowdisk.go).
func commitDelay() time.Duration { return 0 }
