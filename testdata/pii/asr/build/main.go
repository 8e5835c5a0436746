// Command build makes the ASR PII evaluation set ../asr.jsonl.gz
// (record format: testdata/pii/README.md): real pocketsphinx output over
// synthesised speech of real dialogue, labelled by time.
//
// Three steps (testdata/pii/asr/README.md):
//
//	go run ./build -select /path/to/sgd/train   # writes dialogues/sgd.txt from Schema-Guided Dialogue
//	go run ./build -select /path/to/sgd/train -extra -first 128   # and dialogues/sgd2.txt
//	go run ./build -recognise /tmp/asr-work     # synthesises and recognises every call (needs flite,
//	                                            # espeak-ng, sox, pocketsphinx): writes recognised.jsonl.gz
//	go run ./build                              # labels the recogniser's words: writes ../asr.jsonl.gz
//
// Only the last step runs in tests; it needs no tool. It uses only the
// standard library and the builders' buildkit, nothing from callveil: the
// set was made without reading the detector.
package main

import (
	"flag"
	"fmt"
	"os"
)

const (
	dialoguesDir   = "dialogues"
	recognisedPath = "recognised.jsonl.gz"
	setPath        = "../asr.jsonl.gz"
)

func main() {
	sel := flag.String("select", "", "Schema-Guided Dialogue train/ directory: choose calls and write dialogues/sgd.txt")
	first := flag.Int("first", 1, "with -select: the first call number")
	extra := flag.Bool("extra", false, "with -select: a second selection, written to dialogues/sgd2.txt, that leaves out sgd.txt's dialogues")
	rec := flag.String("recognise", "", "work directory: synthesise and recognise every call (needs flite, espeak-ng, sox, pocketsphinx)")
	only := flag.String("only", "", "with -recognise: only these call numbers (comma-separated), merged into the existing file")
	out := flag.String("o", recognisedPath, "with -recognise: the file written")
	jobs := flag.Int("j", 2, "with -recognise: calls processed at once")
	partial := flag.Bool("partial", false, "leave out the calls not recognised yet (to look at a trial run; never for the committed set)")
	values := flag.Bool("values", false, "print each entity's reference and recognised words")
	flag.Parse()
	var err error
	switch {
	case *sel != "":
		if *extra {
			err = selectSGD(*sel, dialoguesDir+"/sgd2.txt", *first, dialoguesDir+"/sgd.txt")
		} else {
			err = selectSGD(*sel, dialoguesDir+"/sgd.txt", *first, "")
		}
	case *rec != "":
		err = recogniseAll(dialoguesDir, *rec, *out, *only, *jobs)
	default:
		var s *asrSet
		s, err = buildSet(dialoguesDir, recognisedPath, *partial)
		if err == nil {
			if *values {
				s.printValues()
			}
			err = os.WriteFile(setPath, s.data, 0o644)
		}
		if err == nil {
			s.printStats()
			fmt.Printf("\nwrote %d calls to %s (%d bytes)\n", len(s.recs), setPath, len(s.data))
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "build:", err)
		os.Exit(1)
	}
}
