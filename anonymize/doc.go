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
// Memory is bounded by the block size and a few fixed tables per channel,
// never by the length of the recording. VoicePseudo reads the recording
// twice (Recording.Reopen; ProcessJob re-opens the file): a first streaming
// pass measures each speaker, the second masks. Without Reopen it measures
// the first 8 seconds, buffered (256 KiB per channel at 8 kHz); the older
// methods also look 8 seconds ahead for the speaker's median pitch. Process
// returns within one block of its context being cancelled; ProcessJob then
// leaves no output file behind.
//
// # Voice masking, and what it does not do
//
// VoicePseudo (--voice pseudo) normalises each speaker and then draws a
// new voice. It is not the default: VoiceCascade stays the default because
// VoicePseudo keeps only about a quarter of a recogniser's word recall
// (below), and masked calls are mostly shared to be transcribed or trained
// on. Choose VoicePseudo where linking speakers matters more than that. A first pass over the channel (dsp.VoiceMeter) measures the
// speaker's f0 distribution (median and spread, octave errors folded
// back), a formant scale (F2 and F3 against a 17.5 cm neutral tract: a
// vocal-tract-length estimate), and the long-term average spectrum and its
// tilt. A pseudo-voice is drawn per speaker from HMAC-SHA256(key, speaker
// id): a median f0 from 86 to 250 Hz, an f0 spread of 0.13-0.22 octave, a
// formant scale from 0.88 to 1.22 rising with the f0 (jittered), a warp
// shape (±15 % at 700, 1800 and 3000 Hz) and an LTAS (a tilt of 5-10 dB
// per octave with two ±4 dB resonances). dsp.VoiceMap then maps the speaker
// onto it: the f0 contour moves to the target's median and range (log-linear,
// so intonation survives) by a peak-shifting phase vocoder whose ratio
// follows the contour frame by frame, with a slow keyed wobble of 0.15-0.35
// semitone as micro-prosody; the spectral envelope is warped by the ratio
// of target to speaker formant scale along the keyed piecewise-linear shape
// and re-imposed smoother than it came; the long-term spectrum is equalised
// from the speaker's onto the target's (±12 dB). The speaker's own offsets
// (who is higher, whose vocal tract is longer, whose spectrum brighter) are
// cancelled, not carried along. Every 3 s segment draws its parameters
// around the target (±1.5 semitones, f0 range ×2^±0.3, formant scale ±5 %,
// warp shape ±5 %, tilt ±2 dB per octave), interpolated smoothly between
// segment centres; Options.VoiceVariation scales that drift (negative: one
// steady voice per speaker). The same key and speaker id always give the
// same voice; without the key the parameters cannot be computed from
// anything callveil writes (Result.Voices carries only an opaque keyed id).
// The speaker id defaults to the recording and channel, so every call gets
// new voices; SpeakerPerChannel (or any SpeakerIDFunc) keeps one
// pseudo-voice per speaker across calls when a dataset needs that.
//
// Measured on the real-speech set (testdata/voices/real: 10 LibriSpeech
// speakers, 6 utterances of 2.2 s each, in the 8 kHz telephone band; 30
// target and 270 non-target trials per condition), mean of 3 key pairs,
// with anonymize/eval's three attackers (TestRealSpeech_Masking with
// CALLVEIL_EVAL_REAL=1; the semi-informed attacker trains on speech masked
// with six further keys): EER in % before (VoiceCascade, the default) and
// after (VoicePseudo), for the GMM-UBM baseline, the i-vector
// system and their fusion, and the worst of the three, which is what
// counts:
//
//	condition                          GMM-UBM      i-vector     fusion       worst        target
//	                                   before after before after before after before after
//	originals vs originals             10.0  10.0   5.9   5.9   3.3   3.3
//	ignorant                           26.9  40.4  25.4  44.9  22.6  42.2  22.6  40.4   >= 45
//	lazy-informed                      24.4  31.2  23.3  36.7  18.9  31.9  18.9  31.2   >= 40
//	semi-informed (other keys)         23.6  30.1  15.6  24.6  16.0  23.0  15.6  23.0   >= 25
//	semi-informed, disjoint speakers   23.6  25.3  33.3  36.4  24.2  30.0  23.6  25.3   >= 25
//	pitch correlation (log f0)         0.62  0.56 (mean of the 3 key pairs)            >= 0.5
//
// D_sys fell from 0.39-0.70 to 0.26-0.54 in every masked condition, and
// the miss rate at 1 % false acceptance rose from 58-98 % to 86-99 %. So
// against the strongest attacker of each row the ignorant target is missed
// by 4.6 points, the lazy-informed one by 8.8 and the semi-informed one by
// 2.0 (met, at 25.3 %, when the attacker's training speakers are not the
// ones it tests); pitch correlation is met. (The i-vector attacker's
// disjoint-speaker figures say little: trained on the five speakers of the
// other fold it reaches only 30 % EER on originals.) The figures are noisy:
// with 30 target trials one EER step is 3.3 points, and a run of the same
// measurement before one small change to the vocoder (which bin a shifted
// peak lands in) gave 41.0/46.3 ignorant, 35.6/41.1 lazy-informed and
// 29.6/33.0 semi-informed (GMM-UBM/i-vector, three background keys), so
// differences of about 4 points between variants are within the noise.
//
// The drift's cost inside a call (TestPseudoMasking_VoiceConsistencyInACall:
// each real speaker's six utterances joined into one 13 s call, masked as
// one recording): across its 2.2 s pieces the median f0 of the masked call
// spreads by 1.60 semitones (standard deviation) with the drift and 1.27
// without it, against 2.08 in the original, whose own pitch level wanders
// more; the formant scale spreads by 7.1 and 7.5 % (6.0 % original), within
// the estimate's noise. So the drift stays inside a speaker's natural
// variation. Against the attackers (the same measurement, same code, with
// VoiceVariation −1, then with three background keys) the drift raises the ignorant EER by about 4.5 points
// (worst attacker 35.9 → 40.4 %), leaves the lazy-informed one where it
// was (31.2 % both) and lowers the semi-informed ones (worst attacker
// 30.7 → 24.4 %, i-vector 37.8 → 28.4 %; disjoint speakers 30.8 → 25.6 %):
// an attacker trained on masked speech learns the drift as nuisance to
// discount, the opposite of what it was meant to do. Without the drift the
// semi-informed target is met with 5.7 points to spare and the ignorant
// one missed by 9.1; with it, missed by 0.6 and 4.6. The drift stays the
// default because the issue asks for it and the two settings are close to
// the noise; set VoiceVariation −1 where a retrained attacker is the worry.
//
// Utility: pitch correlation is met (0.54-0.56). Word recall of a real
// recogniser is not: with bench/asr_recall.sh (pocketsphinx, US English
// model, on the synthetic 16 kHz set, one random key per run; the
// originals' recall is 0.53) VoiceCascade keeps 0.81 of the original's
// recall and VoicePseudo 0.22-0.26 (0.26 since its equaliser holds its
// 4 kHz value above the telephone band; 0.36-0.43 in runs with its
// equaliser or its smoother envelope turned off, 0.27 with targets drawn
// from a narrower middle band, 0.23 with the bulk of the pitch change done
// by the resampling PitchShift), against the 0.8. So the loss lies less
// in the vocoder than in how far and how the voice is reshaped: the
// mapping moves voices further than the cascade (a 95 Hz voice drawn a
// 240 Hz target is shifted by more than an octave), and the re-imposed
// envelope and equaliser cost the recogniser more than they cost a pitch
// tracker. This is the method's largest open problem; it was found late
// and is not solved here.
//
// Levers that were measured and not taken: filling the top band that a
// shift down empties (dsp.VoiceMapOptions.FillTop) cost the lazy-informed
// EER 6 points; a resampling pitch shift for the bulk of the change kept
// harmonics cleaner but measured no better (worst-case EERs 36.9, 32.0 and
// 26.0 % against 40.4, 31.2 and 24.4 %, within the noise; pitch
// correlation 0.49 against 0.56; word recall 0.23 against 0.22); a
// four-pole envelope gained about 2 points at a clear cost in
// intelligibility. What would close the gap: replacing the speaker's
// excitation (the output still carries their own whitened source spectrum,
// jitter and breathiness), or neural resynthesis, which VoicePrivacy 2024
// found necessary to pass 25-35 % against semi-informed attackers with
// x-vector or ECAPA embeddings. Both attackers here are classical; a neural
// one trained on much more masked speech would do better, so these EERs
// are upper bounds on the protection, not guarantees.
//
// Cost: on one minute of synthetic 8 kHz speech the whole pipeline runs at
// about 1,400× real time of CPU with VoicePseudo (its two passes included)
// against about 2,400× with VoiceCascade, measured in one run
// (BenchmarkProcess, x-realtime-cpu; 1.7× the cascade's CPU, about 1.9×
// for stereo); dsp.VoiceMap itself runs at about 1,800× real time and no
// stage allocates per block.
//
// The limits, plainly: this is signal processing, not a guarantee of
// anonymity. It changes how a voice sounds, not what is said: the words,
// word choice, accent, speaking rate, pauses and the timing of turns all
// survive masking (timing must, so that transcript times stay valid), and
// each of those can identify a person to someone who knows them or has
// other recordings. The redaction of spoken PII, by contrast, is exact
// within the transcript's coverage: a PII word the recogniser missed cannot
// be bleeped.
//
// The older methods remain. VoiceCascade shifts the pitch by 2 to 5
// semitones and, independently, moves the formants by 8 to 18 %, both in
// one phase-vocoder pass, with the pitch moved away from the speaker's own
// band (up below a median f0 of 160 Hz, down above); VoiceCascadeMcAdams
// adds a McAdams transform with α in [0.5, 0.9]. They keep each speaker's
// offsets, which is why an attacker who enrols on speech masked with other
// keys links speakers again (lazy-informed 19-24 % EER above).
package anonymize
