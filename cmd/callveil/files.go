package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// fileSHA256 returns the hex SHA-256 of the file at path.
func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// outputStore is where a run's outputs are: a folder (folderStore) or a
// bucket prefix (bucketStore). Names are slash-separated and relative.
type outputStore interface {
	// sha256 is the hex SHA-256 of the output name.
	sha256(ctx context.Context, name string) (string, error)
	// exists reports whether the output name is there.
	exists(ctx context.Context, name string) bool
	// removeAll deletes the outputs of a recording that did not succeed
	// this time (fail closed: a refused or failed recording has no output,
	// not even one left from an earlier run). Missing ones are fine.
	removeAll(ctx context.Context, o outputNames) error
}

// folderStore is an output folder on disk.
type folderStore struct{ dir string }

func (f folderStore) sha256(_ context.Context, name string) (string, error) {
	return fileSHA256(outPath(f.dir, name))
}

func (f folderStore) exists(_ context.Context, name string) bool {
	st, err := os.Stat(outPath(f.dir, name))
	return err == nil && st.Mode().IsRegular()
}

func (f folderStore) removeAll(_ context.Context, o outputNames) error {
	var errs []error
	for _, p := range []string{o.Audio, o.Transcript, o.Native} {
		if p == "" {
			continue
		}
		if err := os.Remove(outPath(f.dir, p)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// prepareOutdir creates the output folder if needed and checks that files
// can be created in it.
func prepareOutdir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	f, err := os.CreateTemp(dir, ".callveil-check-*")
	if err != nil {
		return fmt.Errorf("output folder %s is not writable: %w", dir, err)
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}
