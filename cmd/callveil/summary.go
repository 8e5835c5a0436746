package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// summary counts what happened to the recordings of one run.
type summary struct {
	mu sync.Mutex
	// counts by status
	ok, failed, refused, skipped int
	// audioSeconds is the length of the recordings processed ok this run.
	audioSeconds float64
	// findings by PII type, over the recordings processed ok this run.
	findings map[string]int
}

func newSummary() *summary { return &summary{findings: map[string]int{}} }

// add counts one manifest line. It is safe for concurrent use.
func (s *summary) add(l manifestLine) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch l.Status {
	case statusOK:
		s.ok++
		s.audioSeconds += l.DurationSeconds
		for t, n := range l.Findings {
			s.findings[t] += n
		}
	case statusFailed:
		s.failed++
	case statusRefused:
		s.refused++
	case statusSkipped:
		s.skipped++
	}
}

// exitCode is exitOK when nothing failed or was refused, else exitFail.
func (s *summary) exitCode() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failed+s.refused > 0 {
		return exitFail
	}
	return exitOK
}

// line is the one-line summary printed at the end of a run, for example
// "callveil: 4 recordings: 3 ok, 0 failed, 1 refused, 0 skipped; 0.05 h of
// audio in 9.1s (19.8x realtime); findings: PERSON=2 PHONE=3".
func (s *summary) line(wall time.Duration) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	total := s.ok + s.failed + s.refused + s.skipped
	return fmt.Sprintf("callveil: %d recordings: %d ok, %d failed, %d refused, %d skipped; %.3f h of audio in %s (%s realtime); findings: %s",
		total, s.ok, s.failed, s.refused, s.skipped,
		s.audioSeconds/3600, wall.Round(100*time.Millisecond), formatRealtime(s.audioSeconds, wall), formatCounts(s.findings))
}

// formatRealtime gives audio seconds per wall second as "12.3x", or "-"
// when no time has passed.
func formatRealtime(audioSeconds float64, wall time.Duration) string {
	if wall <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.1fx", audioSeconds/wall.Seconds())
}

// formatCounts gives "A=1 B=2" sorted by key, or "none".
func formatCounts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k, n := range m {
		if n > 0 {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return "none"
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, m[k])
	}
	return strings.Join(parts, " ")
}
