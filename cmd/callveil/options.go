package main

import (
	"flag"
	"fmt"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/redact"
	"github.com/callveil/callveil/transcript"
)

// policyFlags are the flags that map onto redact.Policy, shared by
// "anonymize" and "scan". Their defaults are the library's defaults.
type policyFlags struct {
	pad          time.Duration
	entities     listFlag
	skipEntities listFlag
	textOp       string
	minScore     float64
	allChannels  bool
	answers      answerFlag
}

// answerFlag is --answers, the answer rule's mode (redact.AnswerMode):
// "one" (the default), "all" or "off"; given alone ("--answers") it is
// "all", and "true"/"false" are "all"/"off", as for a boolean flag. A mode
// is given with "=" ("--answers=one"): like a boolean flag it takes no
// separate argument. A bad value is kept and reported by policy, as
// "--answers: ...": the flag package would report it as an "invalid
// boolean value".
type answerFlag struct {
	mode   redact.AnswerMode
	err    error // the first bad value's
	asBool bool  // given alone or as "true"
}

// String implements flag.Value.
func (a *answerFlag) String() string {
	if a == nil {
		return redact.AnswersOne.String()
	}
	return a.mode.String()
}

// Set implements flag.Value; a bad value's error waits for policy.
func (a *answerFlag) Set(s string) error {
	a.asBool = s == "true"
	m, err := redact.ParseAnswerMode(s)
	if err != nil {
		if a.err == nil {
			a.err = fmt.Errorf("--answers: %w", err)
		}
		return nil
	}
	a.mode = m
	return nil
}

// IsBoolFlag lets --answers be given alone, as "all".
func (a *answerFlag) IsBoolFlag() bool { return true }

// pipelineFlags are the flags that map one to one onto anonymize.Options
// and redact.Policy. Their defaults are the library's defaults.
type pipelineFlags struct {
	policyFlags
	voice     string
	pauses    string
	speakerID string
	bleep     string
	rate      int
	format    string
}

// Names of the --speaker-id choices.
const (
	speakerFile    = "file"    // new voices for every recording (the library's default)
	speakerChannel = "channel" // channel N has the same voice in every recording
	speakerFolder  = "folder"  // channel N has the same voice in every recording of one folder
)

// Names of the --format choices.
const (
	formatWAV16  = "wav16"
	formatWAV32F = "wav32f"
)

// register adds the pipeline flags to fs, with the library's defaults and
// an example each.
func (pf *pipelineFlags) register(fs *flag.FlagSet) {
	var methods, experimental []string
	for _, m := range anonymize.VoiceMethods() {
		methods = append(methods, string(m))
		if m.Experimental() {
			experimental = append(experimental, string(m))
		}
	}
	fs.StringVar(&pf.voice, "voice", string(anonymize.VoiceCascade),
		"voice masking `METHOD`: "+strings.Join(methods, "|")+" ("+strings.Join(experimental, " and ")+
			" are experimental: measured no better than cascade or pseudo, kept to reproduce that; see go doc ./anonymize); e.g. --voice mcadams")
	fs.StringVar(&pf.pauses, "pauses", string(anonymize.DefaultPauses),
		"what becomes of each channel's quiet parts (room, noise floor, breath) under cascade and pseudo masking: keep|comfort-noise (keyed noise in their place); e.g. --pauses comfort-noise")
	fs.StringVar(&pf.speakerID, "speaker-id", speakerFile,
		"what a pseudo-voice is tied to: file (new voices per recording), channel (channel N sounds the same in every recording), folder (the same within one folder); e.g. --speaker-id channel")
	fs.StringVar(&pf.bleep, "bleep", string(anonymize.BleepTone),
		"what replaces PII speech: tone|silence|noise; e.g. --bleep silence")
	pf.policyFlags.register(fs)
	fs.IntVar(&pf.rate, "rate", 0,
		"resample the output to `HZ` (0 keeps the input's rate); e.g. --rate 16000")
	fs.StringVar(&pf.format, "format", formatWAV16,
		"output encoding: wav16 (16-bit PCM) | wav32f (32-bit float); e.g. --format wav32f")
}

// register adds the redaction policy flags to fs.
func (pf *policyFlags) register(fs *flag.FlagSet) {
	def := redact.DefaultPolicy()
	fs.DurationVar(&pf.pad, "pad", def.Pad,
		"`DURATION` bleeped before and after each finding (approximate word times get more); e.g. --pad 250ms")
	fs.Var(&pf.entities, "entities",
		"only these PII `TYPES` (comma-separated; default all: "+typeList()+"); e.g. --entities PHONE,CARD,EMAIL")
	fs.Var(&pf.skipEntities, "skip-entities",
		"PII `TYPES` not to redact; e.g. --skip-entities NUMBER,ZIP")
	fs.StringVar(&pf.textOp, "text-op", string(redact.Tag),
		"how PII is replaced in the transcript: tag ([PHONE]) | mask (####) | pseudonym (PERSON_3f9a0c1e, keyed) | remove; e.g. --text-op pseudonym")
	fs.Float64Var(&pf.minScore, "min-score", def.MinScore,
		"drop findings scoring below this `SCORE` in [0,1]; e.g. --min-score 0.8")
	fs.BoolVar(&pf.allChannels, "all-channels", def.AllChannels,
		"bleep every channel, not only the speaker's; e.g. --all-channels")
	pf.answers.mode = def.Answers
	fs.Var(&pf.answers, "answers",
		"bleep the answer to a question for PII that no rule recognised, as the type asked (a value a speech recogniser garbled into other words): one (default: a question for one value, a number, name, date of birth or address; 0.23-1.24 % of other words on weak-recogniser transcripts, 0-0.07 % more on written ones) | all (also \"where ...?\" and two values, \"the address and phone number?\"; 1.9-2.5 %) | off; --answers alone is all; e.g. --answers=off")
}

// answersModeAsInput catches "--answers one": like any boolean-like flag
// --answers takes no separate argument, so "one" became an input and the
// rule was turned on whole. An input named as a mode that does not exist
// (stat fails) after --answers given alone is reported with the form to
// use; an input that is there by that name is left alone.
func (pf *policyFlags) answersModeAsInput(inputs []string) error {
	if !pf.answers.asBool {
		return nil
	}
	for _, in := range inputs {
		if _, err := redact.ParseAnswerMode(in); err != nil || in == "true" || in == "false" {
			continue
		}
		if _, err := os.Stat(in); err == nil {
			continue
		}
		return fmt.Errorf("--answers %s: %q was read as an input; give the mode with \"=\": --answers=%s", in, in, strings.ToLower(in))
	}
	return nil
}

// policy turns the flags into a redact.Policy (without the key).
func (pf *policyFlags) policy() (redact.Policy, error) {
	p := redact.DefaultPolicy()
	if pf.pad < 0 {
		return p, fmt.Errorf("--pad %v: must not be negative", pf.pad)
	}
	p.Pad = pf.pad
	if pf.minScore < 0 || pf.minScore > 1 {
		return p, fmt.Errorf("--min-score %v: must be in [0, 1]", pf.minScore)
	}
	p.MinScore = pf.minScore
	p.AllChannels = pf.allChannels
	if pf.answers.err != nil {
		return p, pf.answers.err
	}
	p.Answers = pf.answers.mode
	if err := choice("text-op", pf.textOp, string(redact.Tag), string(redact.Mask), string(redact.Pseudonym), string(redact.Remove)); err != nil {
		return p, err
	}
	p.Operator = redact.Operator(pf.textOp)
	types, err := pf.types()
	if err != nil {
		return p, err
	}
	p.Types = types
	return p, nil
}

// typeList is the PII types as a comma-separated list.
func typeList() string {
	var s []string
	for _, t := range redact.AllTypes() {
		s = append(s, string(t))
	}
	return strings.Join(s, ",")
}

// withRefinements adds to ts the types that refine one of them (CARD
// brings CARD_CVV and CARD_EXPIRY, ACCOUNT brings IBAN and ROUTING), so a
// selection keeps meaning what it meant before those types were split off.
func withRefinements(ts []redact.Type) []redact.Type {
	out := slices.Clone(ts)
	for _, u := range redact.AllTypes() {
		if p := u.Parent(); p != "" && slices.Contains(ts, p) && !slices.Contains(out, u) {
			out = append(out, u)
		}
	}
	return out
}

// parseTypes turns a list of type names (any case) into types, refusing
// unknown ones.
func parseTypes(flagName string, names []string) ([]redact.Type, error) {
	var out []redact.Type
	for _, n := range names {
		t := redact.Type(strings.ToUpper(n))
		if !slices.Contains(redact.AllTypes(), t) {
			return nil, fmt.Errorf("--%s: unknown PII type %q (known: %s)", flagName, n, typeList())
		}
		out = append(out, t)
	}
	return out, nil
}

// options turns the flags into anonymize.Options (without the key). It
// reports bad values as errors naming the flag.
func (pf *pipelineFlags) options() (anonymize.Options, error) {
	var o anonymize.Options
	if !slices.Contains(anonymize.VoiceMethods(), anonymize.VoiceMethod(pf.voice)) {
		var m []string
		for _, v := range anonymize.VoiceMethods() {
			m = append(m, string(v))
		}
		return o, choice("voice", pf.voice, m...)
	}
	o.Voice = anonymize.VoiceMethod(pf.voice)
	if err := choice("pauses", pf.pauses, string(anonymize.PausesKeep), string(anonymize.PausesComfortNoise)); err != nil {
		return o, err
	}
	o.Pauses = anonymize.PauseMode(pf.pauses)

	switch pf.speakerID {
	case speakerFile:
		o.SpeakerID = anonymize.SpeakerPerRecording
	case speakerChannel:
		o.SpeakerID = anonymize.SpeakerPerChannel
	case speakerFolder:
		o.SpeakerID = speakerPerFolder
	default:
		return o, choice("speaker-id", pf.speakerID, speakerFile, speakerChannel, speakerFolder)
	}

	if err := choice("bleep", pf.bleep, string(anonymize.BleepTone), string(anonymize.BleepSilence), string(anonymize.BleepNoise)); err != nil {
		return o, err
	}
	o.Bleep = anonymize.BleepKind(pf.bleep)

	p, err := pf.policy()
	if err != nil {
		return o, err
	}
	o.Redact = p

	switch pf.format {
	case formatWAV16:
		o.OutputEncoding = audio.EncodingPCM16
	case formatWAV32F:
		o.OutputEncoding = audio.EncodingFloat32
	default:
		return o, choice("format", pf.format, formatWAV16, formatWAV32F)
	}
	if pf.rate < 0 || pf.rate > 384000 {
		return o, fmt.Errorf("--rate %d: want 0 (keep) or a rate in Hz up to 384000", pf.rate)
	}
	o.OutputRate = pf.rate
	return o, nil
}

// types builds Policy.Types from --entities and --skip-entities: nil (all
// on) when neither is given.
func (pf *policyFlags) types() (map[redact.Type]bool, error) {
	if len(pf.entities) == 0 && len(pf.skipEntities) == 0 {
		return nil, nil
	}
	on, err := parseTypes("entities", pf.entities)
	if err != nil {
		return nil, err
	}
	off, err := parseTypes("skip-entities", pf.skipEntities)
	if err != nil {
		return nil, err
	}
	if len(on) == 0 {
		on = redact.AllTypes()
	}
	m := map[redact.Type]bool{}
	for _, t := range withRefinements(on) {
		m[t] = true
	}
	for _, t := range withRefinements(off) {
		delete(m, t)
	}
	if len(m) == 0 {
		return nil, fmt.Errorf("--entities/--skip-entities leave no PII type to redact")
	}
	// Types not in the map are off; keep the map explicit for every type.
	for _, t := range redact.AllTypes() {
		if !m[t] {
			m[t] = false
		}
	}
	return m, nil
}

// speakerPerFolder ties a voice to the recording's folder and channel: the
// CLI's recording id is the relative input path, so recordings kept in one
// folder per agent get one pseudo-voice per agent and channel.
func speakerPerFolder(recordingID string, channel int) string {
	return "folder:" + path.Dir(recordingID) + "#" + strconv.Itoa(channel)
}

// transcriptFormats are the values --transcript-format accepts.
var transcriptFormats = []transcript.Format{
	transcript.FormatWhisper, transcript.FormatWhisperCpp, transcript.FormatWhisperX,
	transcript.FormatAWS, transcript.FormatDeepgram, transcript.FormatAssemblyAI,
	transcript.FormatGoogle, transcript.FormatWebVTT, transcript.FormatSRT, transcript.FormatNative,
}

// parseTranscriptFormat reads --transcript-format ("" = detect).
func parseTranscriptFormat(s string) (transcript.Format, error) {
	if s == "" {
		return "", nil
	}
	var names []string
	for _, f := range transcriptFormats {
		if string(f) == s {
			return f, nil
		}
		names = append(names, string(f))
	}
	return "", choice("transcript-format", s, names...)
}
