package main

import (
	"context"
	"io"
	"time"

	"github.com/callveil/callveil/store"
)

// uploadGrace is how long an upload already under way may go on after the
// run is interrupted, so that its outcome is known (see settledOutputs).
const uploadGrace = 30 * time.Second

// settledOutputs is a bucket run's output location as ProcessStored writes
// to it, with one change: an upload that has started is not cut off when
// the run is interrupted, but finishes (for up to uploadGrace), so that
// whether its object exists is known when Put returns.
//
// Cutting it off would not stop it. Once an upload's request is sent, the
// server may still make the object after the client gave up on it: the
// client reports the cancellation at once, the recording's outputs are
// removed, and then the object appears, with no line in the manifest. The
// gs:// interrupt test saw this about once in 15 runs (fake-gcs-server:
// DELETEs at 12.4666 s, the upload they raced answered at 12.4724 s), and
// the same holds of any HTTP object store. With the upload finished
// first, either Put returns nil and the recording can still end ok (its
// line is written after the interrupt, as the manifest's are), or it
// failed and no object was made; a removal after it is not raced. An
// upload not yet started when the run is interrupted is not started.
//
// The Location is a named field, not embedded: embedded, every other
// method of store.Location (Create, and any write method added to it
// later) would be settledOutputs' too, without the grace, and found by
// ProcessStored's interface checks (PutSHA256 was so once). Each method
// anonymize.Outputs and its optional interfaces use is written out here.
type settledOutputs struct {
	loc *store.Location
}

// Remove removes the output name (anonymize.Outputs).
func (o settledOutputs) Remove(ctx context.Context, name string) error {
	return o.loc.Remove(ctx, name)
}

// Create starts the output name as store.Location.Create does, with the
// same promise: a write whose ctx ends before Close is abandoned and makes
// no object. Once Close has begun (the upload is then being sent whole),
// the interruption of ctx gives it uploadGrace to finish, as Put.
func (o settledOutputs) Create(ctx context.Context, name, contentType string) (io.WriteCloser, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	uctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	w, err := o.loc.Create(uctx, name, contentType)
	if err != nil {
		cancel()
		return nil, err
	}
	sw := &settledWriter{w: w, ctx: ctx, cancel: cancel, closing: make(chan struct{})}
	sw.stop = context.AfterFunc(ctx, func() {
		select {
		case <-sw.closing:
			graceThenCancel(uctx, cancel)
		default:
			cancel() // not closing yet: abandon the write
		}
	})
	return sw, nil
}

// settledWriter is a write of settledOutputs.Create.
type settledWriter struct {
	w       io.WriteCloser
	ctx     context.Context // the caller's
	cancel  context.CancelFunc
	stop    func() bool
	closing chan struct{} // closed when Close begins
}

func (w *settledWriter) Write(p []byte) (int, error) { return w.w.Write(p) }

// Close finishes the write, given uploadGrace if ctx ends meanwhile; if ctx
// had already ended, the write is abandoned and Close returns ctx's error.
func (w *settledWriter) Close() error {
	if err := w.ctx.Err(); err != nil {
		w.stop()
		w.cancel()
		w.w.Close()
		return err
	}
	close(w.closing)
	err := w.w.Close()
	w.stop()
	w.cancel()
	return err
}

// Put writes the output name as store.Location.Put does, except that once
// it starts, the interruption of ctx gives it uploadGrace to finish.
func (o settledOutputs) Put(ctx context.Context, name, contentType string, body io.ReadSeeker, size int64) error {
	return settle(ctx, func(uctx context.Context) error {
		return o.loc.Put(uctx, name, contentType, body, size)
	})
}

// PutSHA256 is Put given the body's SHA-256, as store.Location.PutSHA256.
// ProcessStored prefers it to Put, so without it here ProcessStored would
// fall back to Put (when the Location was embedded, to the Location's own
// PutSHA256, with no grace: an interrupted upload could make its object
// after the recording's outputs were removed).
func (o settledOutputs) PutSHA256(ctx context.Context, name, contentType string, body io.ReadSeeker, size int64, sum []byte) error {
	return settle(ctx, func(uctx context.Context) error {
		return o.loc.PutSHA256(uctx, name, contentType, body, size, sum)
	})
}

// settle runs upload unless ctx has ended, with a context that ends
// uploadGrace after ctx does (or when upload returns).
func settle(ctx context.Context, upload func(context.Context) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	uctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel() // after stop: ends the wait below if it started
	stop := context.AfterFunc(ctx, func() { graceThenCancel(uctx, cancel) })
	defer stop()
	return upload(uctx)
}

// graceThenCancel cancels uctx uploadGrace from now, unless it ends first.
func graceThenCancel(uctx context.Context, cancel context.CancelFunc) {
	t := time.NewTimer(uploadGrace)
	defer t.Stop()
	select {
	case <-t.C:
		cancel()
	case <-uctx.Done():
	}
}
