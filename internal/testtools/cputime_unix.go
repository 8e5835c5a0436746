//go:build unix

package testtools

import (
	"syscall"
	"time"
)

// CPUTime returns the CPU time (user and system) the process has used, or
// 0 where the system does not say. Tests that bound a cost use it rather
// than wall time, which a loaded machine stretches: a caller falls back to
// wall time when it returns 0.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
