package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressInterval is how often a plain progress line is logged when
// stderr is not a terminal.
const progressInterval = 10 * time.Second

// progress reports how far a batch is: a progress bar when stderr is a
// terminal, otherwise a log line every interval. It is safe for concurrent
// use; a nil *progress reports nothing.
type progress struct {
	mu           sync.Mutex
	total, n     int
	audioSeconds float64
	start        time.Time
	now          func() time.Time

	bar  *progressbar.ProgressBar
	log  *slog.Logger
	stop chan struct{}
	wg   sync.WaitGroup
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgress starts reporting on a batch of total recordings: with a bar
// on w when terminal is true, else with a log line every interval.
func newProgress(w io.Writer, terminal bool, total int, interval time.Duration, log *slog.Logger) *progress {
	p := &progress{total: total, start: time.Now(), now: time.Now, log: log}
	if terminal {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("anonymizing"),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		return p
	}
	p.stop = make(chan struct{})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.logLine()
			case <-p.stop:
				return
			}
		}
	}()
	return p
}

// progressState is a snapshot of a batch's progress.
type progressState struct {
	Done, Total  int
	AudioSeconds float64
	Elapsed      time.Duration
	// ETA is the estimated time left, from the mean time per recording so
	// far, or -1 before the first recording is done.
	ETA time.Duration
}

// state returns a snapshot.
func (p *progress) state() progressState {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := progressState{Done: p.n, Total: p.total, AudioSeconds: p.audioSeconds, Elapsed: p.now().Sub(p.start), ETA: -1}
	if p.n > 0 {
		s.ETA = time.Duration(float64(s.Elapsed) / float64(p.n) * float64(p.total-p.n))
	}
	return s
}

// String gives "12/40 recordings, 0.42 h of audio, 31.0x realtime, ETA 2m10s".
func (s progressState) String() string {
	eta := "unknown"
	if s.ETA >= 0 {
		eta = s.ETA.Round(time.Second).String()
	}
	return fmt.Sprintf("%d/%d recordings, %.2f h of audio, %s realtime, ETA %s",
		s.Done, s.Total, s.AudioSeconds/3600, formatRealtime(s.AudioSeconds, s.Elapsed), eta)
}

// done records one finished recording with its status and audio length.
func (p *progress) done(status string, audioSeconds float64) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.n++
	if status == statusOK {
		p.audioSeconds += audioSeconds
	}
	p.mu.Unlock()
	if p.bar != nil {
		s := p.state()
		p.bar.Describe(fmt.Sprintf("%.2f h audio, %s realtime", s.AudioSeconds/3600, formatRealtime(s.AudioSeconds, s.Elapsed)))
		p.bar.Add(1)
	}
}

// logLine logs the progress as one structured line.
func (p *progress) logLine() {
	s := p.state()
	eta := "unknown"
	if s.ETA >= 0 {
		eta = s.ETA.Round(time.Second).String()
	}
	p.log.Info("progress", "done", s.Done, "total", s.Total,
		"audio_hours", fmt.Sprintf("%.3f", s.AudioSeconds/3600),
		"x_realtime", formatRealtime(s.AudioSeconds, s.Elapsed), "eta", eta)
}

// finish stops reporting and clears the bar.
func (p *progress) finish() {
	if p == nil {
		return
	}
	if p.bar != nil {
		p.bar.Finish()
		p.bar.Clear()
		return
	}
	if p.stop != nil {
		close(p.stop)
		p.wg.Wait()
		p.stop = nil
	}
}
