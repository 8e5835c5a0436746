//go:build !unix

package testtools

import "time"

// CPUTime is not measured on this system; it returns 0, and callers fall
// back to wall time.
func CPUTime() time.Duration { return 0 }
