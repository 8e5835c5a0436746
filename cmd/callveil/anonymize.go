package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/transcript"
)

func init() {
	commands["anonymize"] = command{summary: "bleep PII and mask voices in folders or buckets of recordings, with a manifest", run: runAnonymize}
}

// anonymizeConfig is the parsed command line of "callveil anonymize".
type anonymizeConfig struct {
	inputs            []string
	outdir            string
	transcripts       string
	transcriptFormat  transcript.Format
	nativeJSON        bool
	allowNoTranscript bool
	workers           int
	resume            bool
	shard             shard
	keepNames         bool
	keyFile           string
	quiet             bool
	piiReport         piiReportConfig
	options           anonymize.Options
	allowPublicOutput bool
	tempDir           string
}

// anonymizeUsage is the head of "callveil anonymize --help".
const anonymizeUsage = `Usage: callveil anonymize [flags] INPUT... -o OUTDIR

Makes recordings safe to share. INPUT is recordings (.wav, .mp3, .flac, .opus/.ogg/.webm) or folders,
walked recursively (hidden files and folders skipped). For each recording the transcript is the file with the
same base name and a .json, .vtt or .srt extension next to it (or at the same
relative place under --transcripts DIR). callveil bleeps the PII the
transcript reveals, masks every voice with keyed transforms, and writes under
OUTDIR the WAV, the redacted transcript in its own format, and one line per
recording in OUTDIR/manifest.jsonl (no PII text, no key material).

INPUT, OUTDIR and --transcripts may also be bucket URLs: s3://bucket/prefix/,
gs://bucket/prefix/, azblob://container/prefix/ or file:///path (credentials
from each cloud's standard chain, never from the command line). An INPUT URL
ending in a recording's name (s3://bucket/calls/x.wav) takes that one
recording and the transcript beside it; end a prefix with "/". Outputs are
then written as objects, each once when complete; the manifest is one object
per line under OUTDIR/manifest.jsonl.parts/, folded into OUTDIR/manifest.jsonl
at the end. An output inside an input prefix, or one the provider reports as
publicly readable (unless --allow-public-output), is refused.

A recording without a usable transcript is refused (no output) unless
--allow-no-transcript. Outputs are written under temporary names and renamed
when complete. Exit status: 0 all ok, 1 some failed or were refused, 2 bad
usage or unusable OUTDIR, 130 interrupted (re-run with --resume to finish).

Examples:
  callveil keygen -o ~/.config/callveil.key
  callveil anonymize --key-file ~/.config/callveil.key calls/ -o out/
  callveil anonymize --transcripts asr/ --text-op pseudonym -j 8 calls/ -o out/
  callveil anonymize --resume --key-file k calls/ -o out/      # finish an interrupted run
  callveil anonymize --shard 3/8 --key-file k calls/ -o out/   # machine 3 of 8
  callveil anonymize --key-file k s3://calls/2025/ -o s3://calls-safe/2025/

Flags:
`

// parseAnonymize parses the command line. It returns ok == false with the
// exit code when the run must stop (help, or bad usage already reported).
func parseAnonymize(args []string, stderr io.Writer) (cfg anonymizeConfig, code int, ok bool) {
	fs := flag.NewFlagSet("anonymize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pf pipelineFlags
	var shardFlag, namesFlag, trFormat string
	fs.StringVar(&cfg.outdir, "o", "", "output `DIR` (created if missing); e.g. -o out/")
	fs.StringVar(&cfg.transcripts, "transcripts", "", "look for transcripts under `DIR`, mirroring the input tree, instead of next to each recording; e.g. --transcripts asr/")
	fs.StringVar(&trFormat, "transcript-format", "", "read transcripts as `FORMAT` instead of detecting it: whisper, whisper.cpp, whisperx, aws, deepgram, assemblyai, google, webvtt, srt, callveil; e.g. --transcript-format aws")
	fs.BoolVar(&cfg.nativeJSON, "native-json", false, "also write each redacted transcript as callveil native JSON (NAME.callveil.json); e.g. --native-json")
	fs.BoolVar(&cfg.allowNoTranscript, "allow-no-transcript", false, "mask the voice of recordings that have no transcript instead of refusing them; their PII is NOT bleeped (manifest: \"unredacted\": true); a transcript that exists but cannot be read is still refused; e.g. --allow-no-transcript")
	fs.IntVar(&cfg.workers, "j", runtime.NumCPU(), "process `N` recordings in parallel (default: the number of CPUs); e.g. -j 4")
	fs.BoolVar(&cfg.resume, "resume", false, "skip recordings the manifest lists as ok whose output still has the recorded SHA-256 (needs the same key); e.g. --resume")
	fs.StringVar(&shardFlag, "shard", "", "process only shard `K/N` of the recordings (by a stable hash of the relative path), writing manifest-K-of-N.jsonl; e.g. --shard 0/4")
	fs.StringVar(&namesFlag, "names", "hash", "output names: hash (keyed hash of the relative path: file names often hold phone numbers) | keep (mirror the input tree); e.g. --names keep")
	fs.StringVar(&cfg.keyFile, "key-file", "", "secret key `FILE` from callveil keygen (default $"+keyFileEnv+"; without one a random key is used and outputs are not linkable across runs); e.g. --key-file ~/.config/callveil.key")
	fs.BoolVar(&cfg.allowPublicOutput, "allow-public-output", false, "write to an output bucket or prefix that its provider reports as publicly readable (refused otherwise); e.g. --allow-public-output")
	fs.StringVar(&cfg.tempDir, "temp-dir", "", "with buckets, spool each input and stage each output larger than 16 MiB under `DIR` (smaller ones stay in memory; default the system's temporary folder; needs room for one recording and two outputs per worker); e.g. --temp-dir /scratch")
	fs.BoolVar(&cfg.quiet, "quiet", false, "no progress reports (warnings, errors and the final summary still go to stderr); e.g. --quiet")
	pf.register(fs)
	cfg.piiReport.register(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, anonymizeUsage)
		fs.PrintDefaults()
	}
	bad := func(err error) (anonymizeConfig, int, bool) {
		fmt.Fprintf(stderr, "callveil anonymize: %v\n", err)
		return cfg, exitUsage, false
	}
	inputs, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cfg, exitOK, false
		}
		return cfg, exitUsage, false
	}
	cfg.inputs = inputs
	if err := pf.answersModeAsInput(inputs); err != nil {
		return bad(err)
	}
	if len(cfg.inputs) == 0 || cfg.outdir == "" {
		fs.Usage()
		return cfg, exitUsage, false
	}
	if cfg.workers < 1 {
		return bad(fmt.Errorf("-j %d: need at least 1 worker", cfg.workers))
	}
	if shardFlag != "" {
		if cfg.shard, err = parseShard(shardFlag); err != nil {
			return bad(err)
		}
	}
	if cfg.keepNames, err = parseNames(namesFlag); err != nil {
		return bad(err)
	}
	if cfg.transcriptFormat, err = parseTranscriptFormat(trFormat); err != nil {
		return bad(err)
	}
	if cfg.options, err = pf.options(); err != nil {
		return bad(err)
	}
	if err := cfg.piiReport.check(cfg.outdir); err != nil {
		return bad(err)
	}
	return cfg, exitOK, true
}

func runAnonymize(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cfg, code, ok := parseAnonymize(args, stderr)
	if !ok {
		return code
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "callveil anonymize: "+format+"\n", a...)
		return exitUsage
	}

	key, ephemeral, err := loadKey(cfg.keyFile, os.Getenv)
	if err != nil {
		return fail("%v", err)
	}
	if ephemeral {
		if cfg.resume {
			return fail("--resume needs the key of the run it continues (--key-file or $%s): with a new random key the earlier outputs cannot be matched", keyFileEnv)
		}
		fmt.Fprintln(stderr, ephemeralKeyWarning)
	}
	cfg.options.Key = key

	var br *bucketRun
	var recs []recording
	if usesBuckets(cfg) {
		if br, err = openBucketRun(ctx, cfg, log.Warn); err != nil {
			return fail("%v", err)
		}
		defer br.Close()
		recs, err = findObjects(ctx, br, cfg.shard.takes)
	} else {
		if err := checkOutdirNotInput(cfg.outdir, cfg.inputs); err != nil {
			return fail("%v", err)
		}
		if err := prepareOutdir(cfg.outdir); err != nil {
			return fail("%v", err)
		}
		recs, err = findRecordings(ctx, cfg.inputs, cfg.transcripts, cfg.outdir)
	}
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "callveil anonymize: interrupted while looking for recordings; nothing was processed")
		return exitInterrupted
	}
	if err != nil {
		return fail("%v", err)
	}
	if cfg.shard.N > 0 {
		kept := recs[:0]
		for _, r := range recs {
			if cfg.shard.takes(r.Rel) {
				kept = append(kept, r)
			}
		}
		recs = kept
	}

	if len(recs) == 0 {
		log.Warn("no recordings found (looked for .wav, .wave, .mp3, .flac, .opus, .ogg, .oga, .webm and .mka files)", "shard", cfg.shard.String())
	}

	var idx resumeIndex
	var mw manifestSink
	var out outputStore
	if br != nil {
		name := cfg.shard.manifestName()
		if cfg.resume {
			var bad int
			if idx, bad, err = readBucketManifest(ctx, br.out, name); err != nil {
				return fail("%v", err)
			}
			if bad > 0 {
				log.Warn("manifest lines that are not valid JSON were ignored", "lines", bad)
			}
		}
		if mw, err = openBucketManifest(ctx, br.out, name, cfg.resume); err != nil {
			return fail("%v", err)
		}
		out = bucketStore{l: br.out}
	} else {
		manifestPath := filepath.Join(cfg.outdir, cfg.shard.manifestName())
		if cfg.resume {
			var bad int
			if idx, bad, err = readManifest(manifestPath); err != nil {
				return fail("%v", err)
			}
			if bad > 0 {
				log.Warn("manifest lines that are not valid JSON were ignored (a run cut short while writing?)", "lines", bad)
			}
		}
		if mw, err = openManifest(manifestPath, cfg.resume); err != nil {
			return fail("%v", err)
		}
		out = folderStore{cfg.outdir}
	}

	pipe, err := newPipelines(cfg)
	if err == nil && br != nil {
		pipe.bucket = br
	}
	if err != nil {
		mw.Close()
		return fail("%v", err)
	}
	process := pipe.process
	report, err := openPIIReport(cfg)
	if err != nil {
		mw.Close()
		return fail("%v", err)
	}
	if report != nil {
		process = report.wrap(process)
	}
	nm := namer{keep: cfg.keepNames, key: key}
	tasks := planTasks(recs, nm, idx, cfg, br == nil)
	if br == nil {
		cleanPartials(cfg.outdir, tasks, log)
	} else {
		cleanFileblobTemps(br.out, tasks, cfg.shard.manifestName(), log)
		if cfg.resume {
			out = bucketStore{l: br.out, listed: listOutputs(ctx, br.out, tasks)}
		}
	}

	var prog *progress
	if !cfg.quiet && len(tasks) > 0 {
		prog = newProgress(stderr, isTerminal(stderr), len(tasks), progressInterval, log)
	}
	b := &batch{workers: cfg.workers, process: process, manifest: mw, outdir: cfg.outdir, out: out, progress: prog, log: log}
	if br != nil {
		// Inputs are downloaded ahead of the workers, and outputs
		// uploaded while the next recordings are processed (see
		// prefetcher and pipelines.dsp).
		pipe.prefetch = startPrefetch(ctx, tasks, cfg.workers)
		pipe.dsp = make(chan struct{}, max(cfg.workers, 1))
		b.workers = 2 * max(cfg.workers, 1)
	}
	start := time.Now()
	unnote := noteInterrupt(ctx, br != nil, log)
	sum, runErr := b.run(ctx, tasks)
	unnote()
	pipe.prefetch.close()
	closeErr := mw.Close()
	var reportErr error
	if report != nil {
		reportErr = report.finish()
	}
	if br == nil {
		cleanPartials(cfg.outdir, tasks, log)
	}
	fmt.Fprintln(stderr, sum.line(time.Since(start)))

	switch {
	case ctx.Err() != nil:
		fmt.Fprintf(stderr, "callveil anonymize: interrupted; run again with --resume to finish\n")
		return exitInterrupted
	case runErr != nil || closeErr != nil:
		return fail("the manifest could not be written, so the run is not accounted for: %v", errors.Join(runErr, closeErr))
	case reportErr != nil:
		return fail("%v", reportErr)
	}
	return sum.exitCode()
}

// planTasks decides, for every recording, its id and output names. Under
// --resume it attaches the earlier ok line (the workers check the output
// hashes, in parallel). A recording whose output would replace an input,
// or (under --names keep) take an output name already taken (a.wav and
// a.mp3 in one folder), fails instead of overwriting anything.
//
// onDisk is false in bucket mode, where the output location was already
// checked to lie outside every input.
func planTasks(recs []recording, nm namer, idx resumeIndex, cfg anonymizeConfig, onDisk bool) []task {
	tasks := make([]task, 0, len(recs))
	taken := map[string]bool{}
	inputs := map[string]bool{}
	for _, r := range recs {
		for _, p := range []string{r.Path, r.Transcript} {
			if a, err := filepath.Abs(p); err == nil && p != "" {
				inputs[a] = true
			}
		}
	}
	for _, r := range recs {
		t := task{rec: r, id: nm.id(r.Rel), scrub: newScrubber(r, !cfg.keepNames)}
		if cfg.keepNames {
			t.input = r.Rel
		}
		t.names = nm.outputs(r.Rel, t.id, r.Transcript, cfg.nativeJSON)
		fail := func(category, msg string) {
			l := baseLine(t)
			l.Status, l.ErrorCategory, l.Error = statusFailed, category, msg
			t.names = outputNames{} // never touch another recording's files
			t.skip = &l
		}
		switch {
		case taken[t.names.Audio]:
			fail("name_collision", "another input recording has the same output name; rename one, or use --names hash")
		case onDisk && overwritesInput(cfg.outdir, t.names, inputs):
			fail("output_is_input", "the output would replace an input file; choose another output folder")
		default:
			taken[t.names.Audio] = true
			if prev, ok := idx[t.id]; ok && prev.Status == statusOK {
				t.prev = &prev
			}
		}
		tasks = append(tasks, t)
	}
	return tasks
}

// checkOutdirNotInput refuses an output folder that is one of the input
// folders: outputs would mix with the recordings (and, under --names keep,
// replace them).
func checkOutdirNotInput(outdir string, inputs []string) error {
	for _, in := range inputs {
		if st, err := os.Stat(in); err == nil && st.IsDir() {
			if same, _ := samePath(in, outdir); same {
				return fmt.Errorf("the output folder %s is an input folder; choose another (it may lie inside an input)", outdir)
			}
		}
	}
	return nil
}

// overwritesInput reports whether one of the outputs is an input recording
// or a transcript next to one (possible under --names keep when OUTDIR is
// the input folder).
func overwritesInput(outdir string, o outputNames, inputs map[string]bool) bool {
	for _, n := range []string{o.Audio, o.Transcript, o.Native} {
		if n == "" {
			continue
		}
		a, err := filepath.Abs(outPath(outdir, n))
		if err != nil || inputs[a] {
			return true
		}
	}
	return false
}

// interruptNote is logged once at the first interrupt of a bucket run: its
// uploads under way go on for up to uploadGrace (see settledOutputs) and the
// manifest is folded after them, which can look like a hang.
var interruptNote = fmt.Sprintf("interrupted: finishing the uploads under way (up to %v each) and the manifest; press Ctrl-C again to quit at once (then run again with --resume)", uploadGrace)

// noteInterrupt logs interruptNote if ctx ends before the returned function
// is called, and only for a bucket run; the returned function waits for
// the line if it is being written, so nothing is written after it returns.
func noteInterrupt(ctx context.Context, bucket bool, log *slog.Logger) func() {
	if !bucket {
		return func() {}
	}
	written := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		defer close(written)
		log.Warn(interruptNote)
	})
	return func() {
		if !stop() {
			<-written
		}
	}
}
