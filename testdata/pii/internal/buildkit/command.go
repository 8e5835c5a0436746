package buildkit

import (
	"bytes"
	"flag"
	"fmt"
	"os"
)

// Main is a builder command: it reads the flags -dialogues (default
// "dialogues"), -o (default out) and -values, builds the set with o, writes
// it and prints its counts; on any error it prints it and exits 1, writing
// nothing.
func Main(o Options, out string) {
	dir := flag.String("dialogues", "dialogues", "directory holding the *.txt dialogue files")
	file := flag.String("o", out, "output file (gzip JSON lines)")
	values := flag.Bool("values", false, "print the value read from each checked entity")
	flag.Parse()

	set, err := Build(*dir, o, *values)
	if err != nil {
		die("%v", err)
	}
	if err := os.WriteFile(*file, set.Bytes(), 0o644); err != nil {
		die("write: %v", err)
	}
	set.PrintCounts()
	fmt.Printf("\nwrote %d calls to %s (%d bytes)\n", set.Len(), *file, len(set.Bytes()))
}

func die(f string, a ...any) {
	fmt.Fprintf(os.Stderr, "build: "+f+"\n", a...)
	os.Exit(1)
}

// IsCurrent rebuilds the set from the dialogues in dir with o (running every
// check) and reports an error if it fails or if the committed file differs
// from it, i.e. a dialogue was edited without rebuilding.
func IsCurrent(dir string, o Options, committed string) error {
	set, err := Build(dir, o, false)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	if set.Len() == 0 {
		return fmt.Errorf("no calls built from %s", dir)
	}
	old, err := os.ReadFile(committed)
	if err != nil {
		return fmt.Errorf("read committed set: %w", err)
	}
	if !bytes.Equal(set.Bytes(), old) {
		return fmt.Errorf("%s is stale: run go run ./build and commit the result", committed)
	}
	return nil
}
