package main

import (
	"flag"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/callveil/callveil/anonymize"
	"github.com/callveil/callveil/audio"
	"github.com/callveil/callveil/redact"
)

// parseOptions parses pipeline flags alone.
func parseOptions(args ...string) (anonymize.Options, error) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var pf pipelineFlags
	pf.register(fs)
	if err := fs.Parse(args); err != nil {
		return anonymize.Options{}, err
	}
	return pf.options()
}

func TestPipelineFlags_DefaultsAreTheLibrarysDefaults(t *testing.T) {
	o, err := parseOptions()
	require.NoError(t, err)
	def := redact.DefaultPolicy()
	assert.Equal(t, anonymize.VoiceCascade, o.Voice)
	assert.Equal(t, anonymize.BleepTone, o.Bleep)
	assert.Equal(t, def.Pad, o.Redact.Pad)
	assert.Equal(t, def.MinScore, o.Redact.MinScore)
	assert.Equal(t, def.Operator, o.Redact.Operator)
	assert.Equal(t, def.AllChannels, o.Redact.AllChannels)
	assert.Equal(t, redact.AnswersOne, o.Redact.Answers, "the answer rule flags answers to a question for one value by default")
	assert.Equal(t, def.Answers, o.Redact.Answers)
	assert.Nil(t, o.Redact.Types, "all types on")
	assert.Equal(t, audio.EncodingPCM16, o.OutputEncoding)
	assert.Zero(t, o.OutputRate)
	assert.Equal(t, anonymize.SpeakerPerRecording("a/b.wav", 1), o.SpeakerID("a/b.wav", 1))
}

func TestPipelineFlags_MapOneToOne(t *testing.T) {
	o, err := parseOptions("--voice", "mcadams", "--speaker-id", "channel", "--bleep", "noise", "--pad", "250ms",
		"--text-op", "pseudonym", "--min-score", "0.8", "--all-channels", "--answers", "--rate", "16000", "--format", "wav32f")
	require.NoError(t, err)
	assert.Equal(t, anonymize.VoiceMcAdams, o.Voice)
	assert.Equal(t, anonymize.SpeakerPerChannel("x", 1), o.SpeakerID("y", 1))
	assert.Equal(t, anonymize.BleepNoise, o.Bleep)
	assert.Equal(t, 250*time.Millisecond, o.Redact.Pad)
	assert.Equal(t, redact.Pseudonym, o.Redact.Operator)
	assert.Equal(t, 0.8, o.Redact.MinScore)
	assert.True(t, o.Redact.AllChannels)
	assert.Equal(t, redact.AnswersAll, o.Redact.Answers, "--answers alone is the whole rule")
	assert.Equal(t, 16000, o.OutputRate)
	assert.Equal(t, audio.EncodingFloat32, o.OutputEncoding)

	o, err = parseOptions("--speaker-id", "folder")
	require.NoError(t, err)
	assert.Equal(t, o.SpeakerID("agents/ann/1.wav", 0), o.SpeakerID("agents/ann/2.wav", 0), "one voice per folder and channel")
	assert.NotEqual(t, o.SpeakerID("agents/ann/1.wav", 0), o.SpeakerID("agents/bob/1.wav", 0))
	assert.NotEqual(t, o.SpeakerID("agents/ann/1.wav", 0), o.SpeakerID("agents/ann/1.wav", 1))
}

func TestPipelineFlags_Entities(t *testing.T) {
	o, err := parseOptions("--entities", "phone,CARD", "--entities", "EMAIL", "--skip-entities", "card")
	require.NoError(t, err)
	for _, ty := range redact.AllTypes() {
		assert.Equal(t, ty == redact.Phone || ty == redact.Email, o.Redact.Types[ty], "%s", ty)
	}
	o, err = parseOptions("--entities", "CARD,ACCOUNT")
	require.NoError(t, err)
	for _, ty := range redact.AllTypes() {
		want := ty == redact.Card || ty == redact.CardCVV || ty == redact.CardExpiry || ty == redact.Account || ty == redact.IBAN || ty == redact.Routing
		assert.Equal(t, want, o.Redact.Types[ty], "%s: a parent type brings its refinements", ty)
	}
	o, err = parseOptions("--skip-entities", "CARD")
	require.NoError(t, err)
	assert.False(t, o.Redact.Types[redact.CardCVV], "skipping CARD skips its security codes too")
	assert.True(t, o.Redact.Types[redact.Phone])
	o, err = parseOptions("--skip-entities", "NUMBER,ZIP")
	require.NoError(t, err)
	for _, ty := range redact.AllTypes() {
		assert.Equal(t, ty != redact.Number && ty != redact.ZIP, o.Redact.Types[ty], "%s", ty)
	}
}

func TestPipelineFlags_BadValues(t *testing.T) {
	for _, args := range [][]string{
		{"--voice", "robot"},
		{"--speaker-id", "moon"},
		{"--bleep", "kazoo"},
		{"--pad", "-1s"},
		{"--entities", "SHOESIZE"},
		{"--skip-entities", typeList()},
		{"--text-op", "shout"},
		{"--min-score", "1.5"},
		{"--rate", "-8000"},
		{"--format", "mp3"},
	} {
		_, err := parseOptions(args...)
		assert.Error(t, err, "%v", args)
	}
}

func TestParseTranscriptFormat(t *testing.T) {
	f, err := parseTranscriptFormat("")
	require.NoError(t, err)
	assert.Empty(t, f)
	f, err = parseTranscriptFormat("deepgram")
	require.NoError(t, err)
	assert.EqualValues(t, "deepgram", f)
	_, err = parseTranscriptFormat("docx")
	assert.Error(t, err)
}

// --answers takes the answer rule's modes by name, and a boolean's words.
func TestPolicyFlags_Answers(t *testing.T) {
	for arg, want := range map[string]redact.AnswerMode{
		"--answers": redact.AnswersAll, "--answers=all": redact.AnswersAll, "--answers=true": redact.AnswersAll,
		"--answers=one": redact.AnswersOne, "--answers=ONE": redact.AnswersOne,
		"--answers=off": redact.AnswersOff, "--answers=false": redact.AnswersOff,
	} {
		o, err := parseOptions(arg)
		if assert.NoError(t, err, arg) {
			assert.Equal(t, want, o.Redact.Answers, arg)
		}
	}
	_, err := parseOptions("--answers=some")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "answer mode")
}

// A bad --answers value gets an error that names the flag and its modes,
// from anonymize and scan alike: not the flag package's "invalid boolean
// value", which a boolean flag's parse error reads as (--answers may be
// given alone, as a boolean is).
func TestPolicyFlags_BadAnswersModeIsAClearError(t *testing.T) {
	var stderr strings.Builder
	_, code, ok := parseAnonymize([]string{"--answers=some", "calls/", "-o", t.TempDir()}, &stderr)
	assert.False(t, ok)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr.String(), `--answers: redact: unknown answer mode "some" (want one, all or off)`)
	assert.NotContains(t, stderr.String(), "boolean")

	stderr.Reset()
	code = runScan(t.Context(), []string{"--answers=sometimes", "x.json"}, io.Discard, &stderr)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr.String(), `--answers: redact: unknown answer mode "sometimes"`)
	assert.NotContains(t, stderr.String(), "boolean")
}

// "--answers one" (a space, not "=") reads "one" as an input, as for any
// boolean flag: the error says how the mode is given, instead of "stat
// one: no such file" after the rule was turned on whole.
func TestPolicyFlags_AnswersModeAfterASpace(t *testing.T) {
	for _, mode := range []string{"one", "all", "off"} {
		var stderr strings.Builder
		_, code, ok := parseAnonymize([]string{"calls/", "--answers", mode, "-o", t.TempDir()}, &stderr)
		assert.False(t, ok, mode)
		assert.Equal(t, exitUsage, code, mode)
		assert.Contains(t, stderr.String(), "--answers="+mode, mode)

		stderr.Reset()
		code = runScan(t.Context(), []string{"--answers", mode, "x.json"}, io.Discard, &stderr)
		assert.Equal(t, exitUsage, code, mode)
		assert.Contains(t, stderr.String(), "--answers="+mode, mode)
	}
	// An input that is there by that name is an input.
	dir := t.TempDir()
	t.Chdir(dir)
	require.NoError(t, os.Mkdir("one", 0o755))
	var stderr strings.Builder
	cfg, _, ok := parseAnonymize([]string{"--answers", "one", "-o", t.TempDir()}, &stderr)
	assert.True(t, ok, stderr.String())
	assert.Equal(t, []string{"one"}, cfg.inputs)
	assert.Equal(t, redact.AnswersAll, cfg.options.Redact.Answers)
}
