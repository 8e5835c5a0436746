package transcript

import (
	"errors"
	"time"
)

// Word is one recognised word with its time span.
type Word struct {
	// Text is the word without surrounding punctuation or leading spaces
	// ("Smith", "555", "o'clock").
	Text string
	// Punct is punctuation that followed the word in the source (",", ".",
	// "?"), kept apart so recognizers see clean tokens and writers can put
	// it back.
	Punct string
	// Start and End are offsets from the start of the recording; End >= Start.
	Start, End time.Duration
	// Channel is the audio channel the word was spoken on (0-based); 0 for
	// transcripts of mono or mixed-down audio.
	Channel int
	// Speaker is the diarisation label from the source ("spk_0", "A"), or "".
	Speaker string
	// Confidence is the recogniser's confidence in [0, 1], or -1 if the
	// source gave none.
	Confidence float64
	// Approximate is true when the times were not given by the recogniser
	// for this word but spread over a cue or interpolated from neighbours.
	Approximate bool
}

// Format names a transcript file format.
type Format string

// Formats the package reads and writes.
const (
	FormatWhisper    Format = "whisper"     // OpenAI Whisper JSON (word_timestamps / verbose_json)
	FormatWhisperCpp Format = "whisper.cpp" // whisper.cpp -ojf full JSON
	FormatWhisperX   Format = "whisperx"    // WhisperX aligned JSON
	FormatAWS        Format = "aws"         // AWS Transcribe / Call Analytics
	FormatDeepgram   Format = "deepgram"    // Deepgram pre-recorded API response
	FormatAssemblyAI Format = "assemblyai"  // AssemblyAI transcript
	FormatGoogle     Format = "google"      // Google Speech-to-Text v1
	FormatRevAI      Format = "revai"       // Rev.ai transcript JSON (monologues)
	FormatTwilio     Format = "twilio"      // Twilio Voice Intelligence transcript sentences
	FormatWebVTT     Format = "webvtt"      // WebVTT captions
	FormatSRT        Format = "srt"         // SubRip captions
	FormatNative     Format = "callveil"    // callveil native JSON
)

// Transcript is a word-timed transcript of one recording.
type Transcript struct {
	// Words in order of Start within each channel.
	Words []Word
	// Channels is the number of audio channels the words refer to (at
	// least 1).
	Channels int
	// Source is the format the transcript was read from.
	Source Format
	// Approximate is true when any word's times are approximate; redaction
	// pads such spans more.
	Approximate bool
	// ChannelsUnknown is true when the source names each word's speaker
	// but not the audio channel it was on (AWS Call Analytics or Contact
	// Lens output without ChannelDefinitions): Channel is then 0 for every
	// word, and redaction must bleep every channel of the recording
	// rather than guess one.
	ChannelsUnknown bool

	// doc keeps what a writer needs to write a redacted copy back in the
	// source format (the parsed source document and the mapping from words
	// to places in it). It is nil for transcripts built in code.
	doc any
	// bom records a UTF-8 byte-order mark before the source, which Write
	// puts back.
	bom bool
}

// Redaction replaces the words First..Last (inclusive indices into
// Transcript.Words) with Text when a transcript is written.
type Redaction struct {
	First, Last int
	// Text replaces the whole run of words ("[PHONE]", "####", "PERSON_3f9a",
	// or "" to remove them).
	Text string
}

// Sentinel errors for the categories a caller branches on.
var (
	// ErrUnknownFormat means the input is not a transcript in any format
	// this package knows.
	ErrUnknownFormat = errors.New("transcript: unknown format")
	// ErrInvalid means the input is in a known format but a field is
	// wrong (not a number, negative or reversed times, NaN, absurd values).
	ErrInvalid = errors.New("transcript: invalid")
	// ErrTooLarge means the input exceeds the size limit the caller set.
	ErrTooLarge = errors.New("transcript: too large")
)
