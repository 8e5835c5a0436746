package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/callveil/callveil/store"
)

// A run reads or writes object storage ("bucket mode") when any of its
// inputs, its output or its transcripts folder is given as a URL
// (s3://, gs://, azblob://, file://). Every location of such a run, plain
// paths included, is then opened through the store package, and the
// manifest is written as a sequence of objects (see bucketManifest).
// A run with plain paths only works on folders as before.

// usesBuckets reports whether cfg names any location by URL.
func usesBuckets(cfg anonymizeConfig) bool {
	if store.IsURL(cfg.outdir) || store.IsURL(cfg.transcripts) {
		return true
	}
	for _, in := range cfg.inputs {
		if store.IsURL(in) {
			return true
		}
	}
	return false
}

// bucketRun holds the opened locations of a run in bucket mode.
type bucketRun struct {
	inputs []*store.Location
	// only[i], when not "", is the one recording input i names (an input
	// given as an object URL or a file path): inputs[i] is then the
	// prefix or folder it lies in.
	only        []string
	transcripts *store.Location // nil: next to each recording
	out         *store.Location
	// tmpDir is a private folder (mode 0700) for the spooled inputs and
	// staged outputs of this run that are too large to hold in memory
	// (anonymize.Storage.InMemoryBytes), removed by Close.
	tmpDir string
}

// openBucketRun opens every location of cfg and checks the output: not
// inside an input, and not publicly readable (unless allowed).
func openBucketRun(ctx context.Context, cfg anonymizeConfig, warn func(msg string, args ...any)) (_ *bucketRun, err error) {
	r := &bucketRun{}
	// One opener for the run: its S3 locations share one client (one
	// configuration load, one credential resolution, one connection pool).
	var op store.Opener
	defer func() {
		if err != nil {
			r.Close()
		}
	}()
	for _, in := range cfg.inputs {
		where, only, err := splitSingleInput(in)
		if err != nil {
			return nil, fmt.Errorf("input: %w", err)
		}
		l, err := op.Open(ctx, where, false)
		if err != nil {
			return nil, fmt.Errorf("input: %w", err)
		}
		r.inputs = append(r.inputs, l)
		r.only = append(r.only, only)
	}
	if cfg.transcripts != "" {
		if r.transcripts, err = op.Open(ctx, cfg.transcripts, false); err != nil {
			return nil, fmt.Errorf("--transcripts: %w", err)
		}
	}
	if r.out, err = op.Open(ctx, cfg.outdir, true); err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	for _, in := range r.inputs {
		if in.Contains(r.out) {
			return nil, fmt.Errorf("the output %s lies inside the input %s: outputs would mix with the recordings; choose another prefix", r.out, in)
		}
	}
	pub, reason := r.out.Public(ctx)
	switch {
	case pub == store.Public && !cfg.allowPublicOutput:
		return nil, fmt.Errorf("the output %s is publicly readable (%s): anonymized calls still hold voices and context; use a private bucket, or --allow-public-output if publishing is the point", r.out, reason)
	case pub == store.Public:
		warn("writing to a publicly readable output, as --allow-public-output asked", "output", r.out.String(), "why", reason)
	case pub == store.PublicUnknown:
		warn("could not tell whether the output bucket is publicly readable; check its access settings", "output", r.out.String(), "why", reason)
	}
	removeStaleRunDirs(cfg.tempDir)
	if r.tmpDir, err = os.MkdirTemp(cfg.tempDir, fmt.Sprintf("%s%d-*", runDirPrefix, os.Getpid())); err != nil {
		return nil, fmt.Errorf("temporary folder: %w", err)
	}
	return r, nil
}

// splitSingleInput tells an input that names one recording from one that
// names a folder or prefix. A local path to a file, or a URL whose last
// path element has a recording's extension (s3://b/calls/x.wav; end a
// prefix with "/" to mean a prefix), names one recording: it returns the
// folder or prefix holding it and its name there. Anything else is
// returned as it is, with only "". A URL naming one recording whose key
// the prefix cannot address (an empty element at either end of the
// folder: s3://b//x.wav, s3://b/calls//x.wav) is refused with ErrURL.
func splitSingleInput(in string) (where, only string, err error) {
	if !store.IsURL(in) {
		st, err := os.Stat(in)
		if err != nil || st.IsDir() {
			return in, "", nil // Open reports a missing folder
		}
		return filepath.Dir(in), filepath.Base(in), nil
	}
	u, err := url.Parse(in)
	if err != nil {
		return in, "", nil // Open reports it
	}
	dir, base := path.Split(u.Path)
	if base == "" || !audioExts[strings.ToLower(path.Ext(base))] {
		return in, "", nil
	}
	if strings.HasPrefix(u.Path, "//") || strings.HasSuffix(dir, "//") {
		// The location's prefix drops empty elements at its ends, so
		// s3://b/calls//x.wav would read calls/x.wav, another object.
		return "", "", fmt.Errorf("%w: %s://%s%s: an empty path element before the recording's name", store.ErrURL, u.Scheme, u.Host, u.EscapedPath())
	}
	u.Path, u.RawPath = dir, ""
	return u.String(), base, nil
}

// runDirPrefix starts the name of a run's temporary folder, followed by
// the process id: "callveil-run-4242-123456".
const runDirPrefix = "callveil-run-"

// removeStaleRunDirs removes the temporary folders of runs whose process
// is gone (killed before it could clean up): they hold spooled recordings,
// which are unredacted. A folder whose process still runs is left alone,
// as is any folder where that cannot be told.
func removeStaleRunDirs(tempDir string) {
	if tempDir == "" {
		tempDir = os.TempDir()
	}
	entries, err := os.ReadDir(tempDir)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), runDirPrefix)
		if !ok || !e.IsDir() {
			continue
		}
		pidStr, _, _ := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidStr)
		if err != nil || pid <= 0 || pid == os.Getpid() || processAlive(pid) {
			continue
		}
		os.RemoveAll(filepath.Join(tempDir, e.Name()))
	}
}

// Close removes the temporary folder and closes the buckets.
func (r *bucketRun) Close() {
	if r.tmpDir != "" {
		os.RemoveAll(r.tmpDir)
	}
	for _, l := range append(append([]*store.Location{}, r.inputs...), r.transcripts, r.out) {
		if l != nil {
			l.Close()
		}
	}
}

// inputFS is the location as an fs.FS for reading recordings: a local
// folder directly (its files can seek, so nothing is spooled), a bucket
// through store (each object one streaming GET, spooled by the pipeline).
func inputFS(ctx context.Context, l *store.Location) fs.FS {
	if l.Scheme == "file" {
		return os.DirFS(filepath.Join(l.BucketName, filepath.FromSlash(l.Prefix)))
	}
	return l.FS(ctx)
}

// hiddenKey reports whether a path element of name starts with a dot (as
// the folder walk skips hidden files and folders).
func hiddenKey(name string) bool {
	for _, part := range strings.Split(name, "/") {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return false
}

// findObjects lists the recordings under the run's input locations page by
// page. A recording's transcript is an object with the same name and a
// transcript extension, under the same prefix or, with --transcripts, at
// the same relative name there. Only the recordings for which keep holds
// (those of this run's --shard) are kept, as they are listed: what is
// kept is one small record per recording of the shard and one name per
// transcript; the listing itself holds one page at a time. (Two inputs
// holding the same relative path are still refused: both copies fall in
// the same shard.)
func findObjects(ctx context.Context, r *bucketRun, keep func(rel string) bool) ([]recording, error) {
	var recs []recording
	seen := map[string]int{}
	var trNames map[string]bool
	if r.transcripts != nil {
		trNames = map[string]bool{}
		if err := r.transcripts.List(ctx, func(page []store.Object) error {
			for _, o := range page {
				if isTranscriptName(o.Name) && !hiddenKey(o.Name) {
					trNames[o.Name] = true
				}
			}
			return nil
		}); err != nil {
			return nil, fmt.Errorf("--transcripts: %w", err)
		}
	}
	for i, in := range r.inputs {
		names := trNames
		if names == nil {
			names = map[string]bool{}
		}
		first := len(recs)
		onlyFound := false
		list := in.List
		only := r.only[i]
		if only != "" {
			// One recording: list only the names that start like it
			// (itself and its transcripts), not the whole prefix.
			list = func(ctx context.Context, fn func([]store.Object) error) error {
				return in.ListPrefix(ctx, relStripExt(only)+".", fn)
			}
		}
		err := list(ctx, func(page []store.Object) error {
			for _, o := range page {
				if hiddenKey(o.Name) {
					continue
				}
				if r.transcripts == nil && isTranscriptName(o.Name) {
					names[o.Name] = true
					continue
				}
				if !audioExts[strings.ToLower(path.Ext(o.Name))] || only != "" && o.Name != only {
					continue
				}
				onlyFound = true
				if !keep(o.Name) {
					continue // another shard's
				}
				if prev, ok := seen[o.Name]; ok {
					return fmt.Errorf("inputs %s and %s both hold a recording at the same relative path %s; give them as separate runs", r.inputs[prev], in, o.Name)
				}
				seen[o.Name] = i
				recs = append(recs, recording{Path: o.Name, Rel: o.Name, In: in, TranscriptIn: r.transcripts, Size: o.Size})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if only != "" && !onlyFound {
			return nil, fmt.Errorf("input %s%s: %w", in, only, store.ErrNotFound)
		}
		for k := first; k < len(recs); k++ {
			recs[k].Transcript = pickTranscript(relStripExt(recs[k].Rel), names)
		}
	}
	return recs, nil
}

// pickTranscript returns base plus the first transcript extension found in
// names, in the order of transcriptExtSpellings (any case, as in a
// folder), or "".
func pickTranscript(base string, names map[string]bool) string {
	for _, e := range transcriptExtSpellings {
		if names[base+e] {
			return base + e
		}
	}
	return ""
}

// bucketStore is an output prefix in a bucket.
type bucketStore struct {
	l *store.Location
	// listed, when not nil, answers exists for the names it was made
	// for, from one listing instead of one HEAD request each.
	listed *listedOutputs
}

// listedOutputs is which of some wanted output names a listing of the
// output prefix found.
type listedOutputs struct {
	wanted map[string]bool // name -> found
}

// listOutputs lists the output prefix once to learn which of the
// transcript outputs that --resume will check (those of recordings an
// earlier run finished) exist, so that each check is not a HEAD request.
// It gives up, returning nil (one HEAD each, as before), when there are
// none to check or when the listing takes more pages than there are
// names to check: a prefix shared by many shards can hold far more than
// this run needs. The listing is taken before the batch starts: a
// transcript output deleted after it is found missing by the next
// --resume, which then does its recording again (an audio output is
// still read whole for its SHA-256 by each check).
func listOutputs(ctx context.Context, l *store.Location, tasks []task) *listedOutputs {
	lo := &listedOutputs{wanted: map[string]bool{}}
	for _, t := range tasks {
		if t.prev == nil {
			continue
		}
		for _, n := range []string{t.prev.TranscriptOutput, t.prev.NativeOutput} {
			if n != "" {
				lo.wanted[n] = false
			}
		}
	}
	if len(lo.wanted) == 0 {
		return nil
	}
	pages := 0
	errTooLong := errors.New("listing longer than the checks it saves")
	err := l.List(ctx, func(page []store.Object) error {
		if pages++; pages > len(lo.wanted) {
			return errTooLong
		}
		for _, o := range page {
			if _, ok := lo.wanted[o.Name]; ok {
				lo.wanted[o.Name] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil
	}
	return lo
}

func (b bucketStore) sha256(ctx context.Context, name string) (string, error) {
	r, err := b.l.Open(ctx, name)
	if err != nil {
		return "", err
	}
	defer r.Close()
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func (b bucketStore) exists(ctx context.Context, name string) bool {
	if b.listed != nil {
		if found, ok := b.listed.wanted[name]; ok {
			return found
		}
	}
	ok, err := b.l.Exists(ctx, name)
	return err == nil && ok
}

func (b bucketStore) removeAll(ctx context.Context, o outputNames) error {
	// Remove even when the run was interrupted: this is what keeps a
	// failed recording from leaving an output behind.
	// On S3 the names go in one DeleteObjects request, not one DELETE
	// each.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
	defer cancel()
	var names []string
	for _, n := range []string{o.Audio, o.Transcript, o.Native} {
		if n != "" {
			names = append(names, n)
		}
	}
	return b.l.RemoveAll(ctx, names)
}

// newRunID names this run's manifest parts so that they sort after every
// earlier run's: UTC time to the second, then random hex.
func newRunID() string {
	var b [4]byte
	rand.Read(b[:])
	return time.Now().UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

// cleanFileblobTemps removes the temporary files that fileblob left in a
// local output folder (a plain path or file:// in bucket mode) when a run
// was killed before it could finish an object: fileblob writes each
// object to "NAME.HEX.tmp" beside its final name and renames it on Close,
// and a SIGKILL leaves the temporary. As with cleanPartials in folder
// mode, only temporaries of this run's own outputs are touched (its
// recordings' outputs, its manifest and its manifest's parts), so
// machines sharing the folder under --shard never remove each other's
// work in progress. Call it before the batch starts.
func cleanFileblobTemps(l *store.Location, tasks []task, manifest string, log *slog.Logger) {
	if l.Scheme != "file" {
		return
	}
	root := filepath.Join(l.BucketName, filepath.FromSlash(l.Prefix))
	byDir := map[string]map[string]bool{}
	add := func(name string) {
		p := filepath.Join(root, filepath.FromSlash(name))
		d := filepath.Dir(p)
		if byDir[d] == nil {
			byDir[d] = map[string]bool{}
		}
		byDir[d][filepath.Base(p)] = true
	}
	for _, t := range tasks {
		for _, n := range []string{t.names.Audio, t.names.Transcript, t.names.Native} {
			if n != "" {
				add(n)
			}
		}
	}
	add(manifest)
	partsDir := filepath.Join(root, filepath.FromSlash(manifest+partsSuffix))
	for dir, finals := range byDir {
		removeFileblobTemps(dir, func(final string) bool { return finals[final] }, log)
	}
	removeFileblobTemps(partsDir, func(final string) bool { return strings.HasSuffix(final, ".jsonl") }, log)
}

// removeFileblobTemps removes the files in dir named "FINAL.HEX.tmp" for
// which ours(FINAL) holds.
func removeFileblobTemps(dir string, ours func(final string) bool, log *slog.Logger) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		final, ok := fileblobTempOf(e.Name())
		if !ok || e.IsDir() || !ours(final) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
			log.Warn("could not remove a temporary output file", "error", err.Error())
		}
	}
}

// fileblobTempOf returns FINAL for a name "FINAL.HEX.tmp", as fileblob
// names the temporary file of an object being written.
func fileblobTempOf(name string) (final string, ok bool) {
	rest, ok := strings.CutSuffix(name, ".tmp")
	if !ok {
		return "", false
	}
	i := strings.LastIndexByte(rest, '.')
	if i <= 0 || i == len(rest)-1 {
		return "", false
	}
	for _, c := range rest[i+1:] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return "", false
		}
	}
	return rest[:i], true
}
