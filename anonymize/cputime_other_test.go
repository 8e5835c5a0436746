//go:build !unix

package anonymize_test

import "time"

// processCPU is unavailable here; the CPU-time metric is then skipped.
func processCPU() time.Duration { return -1 }
