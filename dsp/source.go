package dsp

import (
	"errors"
	"fmt"
	"io"

	"github.com/callveil/callveil/audio"
)

// maxZeroReads is how many reads in a row may return no frames and no
// error before a source is taken to be stuck.
const maxZeroReads = 100

// upstream is the reading end every stage with look-ahead shares: it counts
// the frames consumed, remembers that the source ended and with which error
// (io.EOF is the normal end, not an error), and gives up on a source that
// keeps returning nothing, so no stage can spin forever.
type upstream struct {
	src      audio.Stream
	consumed int64 // frames read from src
	srcDone  bool  // src has ended (or failed)
	srcErr   error // why it failed; nil at a clean end
	zeroRuns int   // reads in a row that returned nothing
}

// readSource reads the next frames from src into dst and updates the
// bookkeeping. It returns the number of frames read.
func (u *upstream) readSource(dst [][]float32) int {
	k, err := u.src.Read(dst)
	u.consumed += int64(k)
	switch {
	case err != nil:
		u.srcDone = true
		if !errors.Is(err, io.EOF) {
			u.srcErr = err
		}
	case k == 0:
		u.zeroRuns++
		if u.zeroRuns > maxZeroReads {
			u.srcDone = true
			u.srcErr = fmt.Errorf("dsp: source returned no data %d times: %w", maxZeroReads, io.ErrNoProgress)
		}
	default:
		u.zeroRuns = 0
	}
	return k
}
