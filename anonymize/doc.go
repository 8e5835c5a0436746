// Package anonymize is the one-recording pipeline: decode, bleep the PII a
// transcript reveals, mask each speaker's voice with keyed parameters,
// encode. It owns floor 3 of callveil's layers (see DESIGN.md) and is where
// audio, dsp, redact and transcript meet; it knows nothing of folders,
// workers or manifests (that is cmd/callveil).
//
// # Order and guarantees
//
//  1. The transcript is read and checked against the audio: words past the
//     audio's end (by more than a second), on channels the audio lacks, or
//     out of order make the recording fail with ErrTranscriptMismatch
//     rather than bleep the wrong places. A missing or unreadable
//     transcript fails with ErrNoTranscript unless Options.AllowNoTranscript
//     is set (fail closed).
//  2. redact finds the PII and turns it into padded spans per channel.
//  3. The audio streams through dsp.Bleep first, so no later transform ever
//     sees PII speech it could smear outside a span; then through each
//     channel's voice transforms; then into a WAV writer that writes only
//     the fmt and data chunks.
//  4. Output length equals input length and output time t is input time t:
//     every dsp stage has zero net latency.
//
// Memory is bounded by the block size plus a fixed look-ahead of
// 8 seconds per channel used to estimate each speaker's median pitch, never
// by the length of the recording. Process returns within one block of its
// context being cancelled; ProcessJob then leaves no output file behind.
//
// # Voice masking, and what it does not do
//
// The default method, VoiceCascade, shifts the pitch by 2 to 5 semitones
// and, independently, moves the formants (the spectral envelope) by 8 to
// 18 %, both in one phase-vocoder pass. VoiceCascadeMcAdams
// adds a McAdams transform with α in [0.5, 0.9]. The parameters are drawn
// per speaker from HMAC-SHA256(key, speaker id): the same key and speaker
// id always give the same voice, and without the key the parameters cannot
// be computed from anything callveil writes (Result.Voices carries only an
// opaque keyed id). The pitch moves away from the speaker's own band: a
// voice whose median f0 is below 160 Hz is shifted up, one above it down.
// The speaker id defaults to the recording and channel, so every call gets
// new voices and masked calls cannot be linked by voice; SpeakerPerChannel
// (or any SpeakerIDFunc) keeps one pseudo-voice per speaker across calls
// when a dataset needs that.
//
// Why keyed: a fixed, published shift is inverted by shifting back. With
// keyed, multi-dimensional parameters the inverse is unknown to whoever
// lacks the key, so the "ignorant" attacker who compares masked speech with
// enrolment recordings faces a voice that is not the speaker's.
//
// The limits, plainly: this is signal processing, not a guarantee of
// anonymity. Speaker identity lives in more than pitch and formants
// (rhythm, accent, word choice, breathing), and all of those survive. An
// attacker who knows the method and retrains a speaker-verification model
// on speech masked the same way recovers much of the identity: in the
// VoicePrivacy Challenge 2022 the McAdams baseline with random α rose from
// about 40 % equal error rate against an ignorant attacker to about 7 %
// against a retrained ("semi-informed") one. Treat masked voices as harder
// to identify, not impossible. The redaction of spoken PII, by contrast, is
// exact within the transcript's coverage: a PII word the recogniser missed
// cannot be bleeped.
package anonymize
