// Package transcript is callveil's word-timed transcript model, with readers
// and writers for the formats real speech recognisers produce.
//
// It owns floor 1 of callveil's layers (see DESIGN.md) and imports only the
// standard library. It knows nothing of audio or of PII: redact finds PII in
// a Transcript, and this package writes a redacted copy back in the format it
// was read from.
//
// # Reading
//
// Read, ReadFile and ReadWithOptions detect the format from the content
// (Detect does only that); ReadFormat skips detection. Every reader gives
// the same model: Word.Text is clean (no leading spaces, trailing
// punctuation moved to Word.Punct, leading quotes and brackets dropped;
// square brackets such as "[PHONE]" are kept), Confidence is -1 when the
// source has none, Channel is 0-based, and the words are ordered by
// Channel and then Start (stable), so a run of words of one channel is
// contiguous. Transcript.Channels is at least 1.
//
// What each reader takes from where:
//
//	format       words                                          times                      channel / speaker
//	whisper      segments[].words[] (CLI, word_timestamps;      start, end (s)             - / segment speaker
//	             whisper-timestamped's text/confidence);        (no word times: text
//	             top-level words[] (API verbose_json)           spread, approximate)
//	whisperx     segments[].words[]; word_segments[] copies     start, end (s); missing:   - / speaker
//	                                                            interpolated, approximate
//	whisper.cpp  transcription[].tokens[] (-ojf): BPE pieces    offsets.from/to (ms)       - / -
//	             joined into words, "[_..._]" tokens skipped;
//	             without tokens: text spread over segment
//	aws          results.items[] (pronunciation; punctuation    start_time, end_time       channel_label "ch_N", else
//	             items attach to the previous word);            (strings, s)               the channel_labels list the
//	             channel_labels.channels[].items[] when                                    word is in / speaker_label,
//	             items is empty, else copies                                               else speaker_labels.segments
//	aws (Call    Transcript[].Items[] (post-call output)        BeginOffsetMillis,         ChannelDefinitions /
//	Analytics)                                                  EndOffsetMillis (ms)       ParticipantRole
//	deepgram     results.channels[c].alternatives[0].words[]:   start, end (s)             c / speaker
//	             punctuated_word, else word; utterances copies
//	assemblyai   words[]; utterances[].words[] copies;          start, end (integer ms)    channel "1".. -> 0.. /
//	             sentences[] / paragraphs[] endpoint JSON                                  speaker (or utterance's)
//	google       results[].alternatives[0].words[]; with        startTime "1.400s" or      channelTag-1 /
//	             diarization the last result's tagged words,    {seconds,nanos}            speakerTag or speakerLabel
//	             earlier results as copies
//	revai        monologues[].elements[] of type "text"         ts, end_ts (s)             - / monologue speaker
//	twilio       sentences[].words[] (Voice Intelligence)       start_time, end_time (s)   media_channel-1 / -
//	aws (Contact Transcript[].Content spread over the turn          BeginOffsetMillis..        unknown (all channels
//	Lens)        (approximate)                                  EndOffsetMillis            bleeped) / ParticipantId
//	webvtt, srt  cue text, tags removed, entities decoded       see below (approximate)    - / <v Name> (WebVTT)
//	callveil     words[] of the native JSON                     start, end (s)             channel / speaker
//
// Caption formats have times per cue only. A word that an inline WebVTT
// timestamp ("<00:00:01.500>") starts, and that is alone until the next
// timestamp or the cue end, gets exactly that span. All other caption words
// share the span of their cue (or of the stretch between two timestamps)
// in proportion to their characters, one extra character for each gap, and
// are marked Approximate. WhisperX words without times get the gap between
// their timed neighbours the same way. Transcript.Approximate is set when
// any word is approximate, so redaction can pad such spans more.
//
// # Channels
//
// A word bleeped on the wrong channel stays audible, so no reader guesses a
// channel. An AWS file with channel identification whose word cannot be
// placed on a channel (no channel_label and in no channel's list), or sits
// on a channel beyond the declared count, is refused (ErrInvalid). A
// Twilio sentence without media_channel is refused. A file that names
// speakers but not channels (Call Analytics or Contact Lens output without
// ChannelDefinitions) is read with Transcript.ChannelsUnknown set, and
// redact then bleeps every channel.
//
// The readers were checked on real engine outputs committed to public
// repositories (testdata/transcripts/real, with each source and licence).
//
// # Limits and errors
//
// Input is read up to ReadOptions.MaxBytes (DefaultMaxBytes, 64 MiB) and
// rejected beyond it with ErrTooLarge; memory stays under twice the limit
// however long the input. Times must be finite, not negative, not reversed
// and not later than ReadOptions.MaxTime (DefaultMaxTime, 24 h). Errors
// wrap ErrUnknownFormat (not a transcript we know), ErrInvalid (a known
// format with a bad field) or ErrTooLarge, and name the format and the
// field or line:
//
//	aws: results.items[17].start_time: "abc" is not a number: transcript: invalid
//	webvtt: line 12: "00:00:0x.000" is not a timestamp like 00:01:02.345: transcript: invalid
//
// # Writing
//
// Write writes a transcript back in the format it was read from, with each
// Redaction's words replaced by its Text. In word lists the Text goes on
// the run's first word, whose end time becomes the run's last word's, and
// the other words are removed (all of them when Text is ""). Every text
// field that repeats the words is rebuilt from the redacted words: Whisper
// segment and full text (and a rebuilt segment's token ids), WhisperX
// segment text (and character alignments), whisper.cpp segment text (and
// the token id of a redacted token), AWS results.transcripts[] and
// audio_segments[] (Call Analytics: Transcript[].Content), Deepgram
// alternatives[0].transcript and utterances,
// AssemblyAI text and utterances, Google alternatives[0].transcript, cue
// text. Then, failing closed, every other string in the document (Deepgram
// paragraphs and summaries, AssemblyAI entities and chapters, further
// alternatives, WebVTT voice names, NOTE blocks, cue identifiers, and a
// text field that holds words its word list does not) has each
// whitespace-separated token that equals a redacted word replaced, ignoring
// case and surrounding punctuation; tokens with inner punctuation
// ("555-0142") are checked part by part, parts of three characters or
// more. This sweep catches repetitions of the words, not paraphrases (a
// summary that spells a number out). It leaves identifiers, codes and
// labels alone: fields named id, type, language, language_code, model,
// speaker, speaker_label, channel_label, ParticipantRole and the like, and
// any key ending in _id, Id, _code, Code, _at, _model or _version (see
// labelKeys), so "en_us" or "spk_0" never turn into "en_[PERSON]".
//
// The JSON writers copy the source bytes outside the values they change:
// with no redaction the copy is byte-identical to the input (a byte-order
// mark included), and a redacted copy keeps the original indentation, key
// order, number text and escapes everywhere else. The
// caption writers keep the file byte for byte outside the redacted words.
// WriteNative writes any transcript as callveil native JSON (see
// NativeVersion for the layout), which round-trips everything in the model.
package transcript
