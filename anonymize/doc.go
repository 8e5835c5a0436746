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
//     channel's voice transforms (and, with Options.Pauses set to
//     PausesComfortNoise, dsp.ComfortNoise in the quiet parts); then into
//     a WAV writer that writes only the fmt and data chunks.
//  4. Output length equals input length and output time t is input time t:
//     every dsp stage has zero net latency.
//
// Memory is bounded by the block size and a few fixed tables per channel,
// never by the length of the recording. VoicePseudo (and VoicePseudoNorm)
// reads the recording twice (Recording.Reopen; ProcessJob re-opens the file): a first streaming
// pass measures each speaker, the second masks. Without Reopen it measures
// the first 8 seconds, buffered (256 KiB per channel at 8 kHz); the older
// methods also look 8 seconds ahead for the speaker's median pitch. Process
// returns within one block of its context being cancelled; ProcessJob then
// leaves no output file behind.
//
// # Voice masking, and what it does not do
//
// VoicePseudo (--voice pseudo) measures each speaker and then moves them
// to a keyed pseudo-voice a bounded way. It is not the default:
// VoiceCascade stays the default because VoicePseudo, once bounded so that
// a recogniser keeps its words, is no longer clearly stronger (the figures
// below). A first pass over the channel (dsp.VoiceMeter) measures the
// speaker's f0 distribution (median and spread, octave errors folded
// back), a formant scale (F2 and F3 against a 17.5 cm neutral tract: a
// vocal-tract-length estimate), and the long-term average spectrum. A
// pseudo-voice is drawn per speaker from HMAC-SHA256(key, speaker id): a
// "height", an f0 spread of 0.13-0.22 octave and a warp shape (±15 % at
// 700, 1800 and 3000 Hz). Its median f0 is then drawn, at that height, from
// the part of the 86-250 Hz range that lies 2 to 5 semitones away from the
// speaker's own median, up or down; its formant scale likewise from the
// part of 0.88-1.22 that lies 5 to 12 % away from the speaker's.
// dsp.VoiceMap maps the speaker onto it: the f0 contour moves to the
// target's median and range (log-linear, so intonation survives) by a
// peak-shifting phase vocoder whose ratio follows the contour frame by
// frame, with a slow keyed wobble of 0.15-0.35 semitone as micro-prosody;
// the spectral envelope (full LPC order) is warped by the ratio of target
// to speaker formant scale along the keyed piecewise-linear shape. One
// voice per speaker by default; Options.VoiceVariation > 0 makes the
// parameters drift every 3 s around the target (±1.5 semitones, f0 range
// ×2^±0.3, formant scale ±5 %, warp shape ±5 %). The same key and speaker
// id always give the same voice; without the key the parameters cannot be
// computed from anything callveil writes (Result.Voices carries only an
// opaque keyed id). The speaker id defaults to the recording and channel,
// so every call gets new voices; SpeakerPerChannel (or any SpeakerIDFunc)
// keeps one pseudo-voice per speaker across calls when a dataset needs
// that.
//
// Why it is bounded. Until this version VoicePseudo drew its target from
// the whole adult range, whatever the speaker (a 95 Hz voice could be
// sent to 240 Hz), re-imposed a smoothed envelope and equalised the
// long-term spectrum onto the target's. A recogniser kept only 0.22-0.33
// of its words. An ablation of the chain (bench/asr_recall.sh's measure,
// pocketsphinx_batch on the synthetic 16 kHz set, one key; the stages
// switched off one at a time by temporary switches, not kept) found the
// causes:
//
//	variant                                                        word recall / original's
//	no pitch change, no envelope, no equaliser (the vocoder alone)   1.00
//	no pitch change, envelope, warp and equaliser                    0.87
//	old targets: shift only, formants moving with the pitch          0.34
//	old targets: shift, envelope kept (no warp, no equaliser)        0.54
//	  the same with the smoothed envelope                            0.38
//	  the same with the warp                                         0.41
//	  the same without drift, wobble or range mapping                0.60
//	shift capped at ±5 semitones, envelope kept                      0.81
//	shift capped at ±3 semitones, envelope kept                      0.92
//	shift capped at ±5 semitones, with the warp                      0.66
//	old VoicePseudo, everything on                                   0.33
//	targets within ±5 st and ±12 %, smoothed envelope, equaliser     0.75
//	  full-order envelope, equaliser                                 0.78
//	  full-order envelope, no equaliser                              0.84, 0.85 (keys 1, 2)
//	  at least 2 st and 5 % away, no drift (this version)            0.81, 0.77, 0.72 (three keys)
//	  the same with at most 4 st                                     0.81, 0.79, 0.75
//	VoiceCascade                                                     0.82, 0.78, 0.79
//
// By share of the damage: the size of the pitch shift (recall falls by
// about 0.05 a semitone past 3; on a per-utterance split of the old
// targets, 0.25 beyond +9 semitones and 0.48 below -5), then the warp,
// the smoothed envelope and the equaliser. The equaliser bought little
// privacy anyway: both attackers, like the recogniser, normalise the
// cepstral mean, which takes out a fixed spectral shape.
//
// Measured on the real-speech set (testdata/voices/real: 10 LibriSpeech
// speakers, 6 utterances of 2.2 s each, in the 8 kHz telephone band; 30
// target and 270 non-target trials per condition), mean of 3 key pairs,
// with anonymize/eval's three attackers (TestRealSpeech_Masking with
// CALLVEIL_EVAL_REAL=1; the semi-informed attacker trains on speech masked
// with six further keys): EER in %, worst of the GMM-UBM, i-vector and
// fused attackers, for VoiceCascade (the default), the old VoicePseudo,
// the bounded variant that kept the most words, and this version:
//
//	condition                    cascade  old pseudo  within ±5 st  2-4 st  this version  target
//	originals vs originals         3.3       3.3         3.3         3.3       3.3        <= 5
//	ignorant                      22.6      40.4        16.4        21.9      21.1        >= 45
//	lazy-informed                 18.9      31.2        21.0        22.1      26.8        >= 40
//	semi-informed (other keys)    15.6      23.0        10.1        14.1      17.4        >= 25
//	pitch correlation             0.62      0.56        0.62        0.61      0.57        >= 0.5
//	word recall / original's      0.80      0.22-0.33   0.84        0.78      0.77        >= 0.8
//
// ("within ±5 st" drew anywhere in the window and still drifted; "2-4 st"
// is this version with at most 4 semitones.) For this version D_sys is
// 0.34-0.63 and the miss rate at 1 % false acceptance 62-91 % across the
// attackers and masked conditions (the cascade: 0.39-0.70 and 58-98 %).
// Against the worst attacker it beats the cascade lazy-informed (+7.9
// points) and semi-informed (+1.8) and not ignorant (-1.5, within one
// EER step); word recall is 0.77 of the original's against the cascade's
// 0.80 (0.82, 0.78, 0.79 with the same three keys). So neither the recall
// target (missed by 0.03) nor any of the three privacy targets is met
// (ignorant by 23.9 points, lazy-informed by 13.2, semi-informed by 7.6),
// and VoiceCascade stays the default.
//
// So the trade-off is steep and the targets are not met together: every
// semitone and every per cent of formant scale that a recogniser forgives
// an attacker forgives too. A target drawn anywhere within ±5 semitones
// kept the words but let the ignorant attacker link speakers more often
// than the cascade does, because some speakers were barely moved;
// excluding the speaker's own neighbourhood (as the cascade does) bought
// the EER back at the cost of some recall. The drift is off by default:
// in the previous measurement it lowered the semi-informed EER (worst
// attacker 30.7 → 24.4 %, an attacker trained on masked speech learns it
// as nuisance to discount) while raising the ignorant one by 4.5 points;
// in one key pair with this version, drift gave 30.7/24.8/16.7 % against
// 27.0/23.3/21.1 % without (ignorant/lazy/semi-informed), and a formant
// change of at least 8 % instead of 5 % gave 26.7/23.3/20.0 % with word
// recall 0.76, so neither was taken. Inside a call
// (TestPseudoMasking_VoiceConsistencyInACall: each real speaker's six
// utterances joined and masked as one recording) the median f0 of its
// 2.2 s pieces spreads by 1.14 semitones without the drift and 1.53 with
// it, against 2.08 in the original; the formant scale by 7.8 and 5.9 %
// (6.0 %), within the estimate's noise. What would
// close the gap: replacing the speaker's excitation was tried next and
// did not help (below); what remains is neural resynthesis, which
// VoicePrivacy 2024 found necessary to pass
// 25-35 % against semi-informed attackers with x-vector or ECAPA
// embeddings. Both attackers here are classical; a neural one trained on
// much more masked speech would do better, so these EERs are upper bounds
// on the protection, not guarantees. The recall figures are pocketsphinx
// on synthetic speech (its recall on the originals is 0.64 in batch
// mode); a stronger recogniser would be a better judge.
//
// Session 6 tried the levers named above, each measured with the same
// attackers on the same real-speech set. Screening runs used one key pair
// and three background keys (30 target trials: an EER step is 3.3 points
// and a run moves by about ±4 from key to key), worst-case EER in %,
// ignorant / lazy-informed / semi-informed:
//
//	variant (on the 5-12 % version)                         ignorant  lazy  semi  pitch corr
//	as it is                                                  27.0    23.3  20.0    0.57
//	harmonics flattened onto the envelope (Flatten 1)         28.5    23.3  18.5    0.59
//	random-phase aspiration above a keyed 2-3 kHz             23.3    20.0  18.9    0.57
//	envelope shape above 2.5 kHz kept at 0.3 (HighBand)       26.7    27.4  16.7    0.58
//	all of the above, keyed H1 ±6 dB and 1.5-3 dB shimmer     27.4    20.0  21.1    0.56
//	warp shape ±20 % instead of ±15 %                         26.7    26.7  24.8    0.56
//	warp shape ±30 %                                          26.7    30.0  23.3    0.58
//	formant scale 10-20 % away (range widened by 0.08)        30.0    30.0  23.7    0.58
//	pitch 3-7 semitones away                                  33.3    22.2  14.8    0.51
//	pitch 1.5-4 st, formant 8-16 %, warp shape ±25 %          28.9    24.1  20.4    0.58
//
// Replacing the source (dsp.VoiceExcitation: the harmonics' levels
// relative to the envelope, H1, shimmer, aspiration) and compressing the
// upper band's envelope (VoiceMapOptions.HighBandHz) bought nothing the
// noise of these runs can show: both attackers, like the recogniser, see
// 8 kHz speech through a mel filterbank and cepstra of low order with the
// cepstral mean removed, so they read the envelope's shape and its motion,
// not a voice's harmonic fine structure, and any fixed spectral shape a key
// adds is removed with the mean. They stay in dsp, off, for whoever wants
// to build on them. The formant distance and the warp shape were the only
// levers that moved all three conditions; a larger pitch shift raised the
// ignorant EER but lowered the semi-informed one (the attacker trained on
// masked speech learns pitch as a nuisance).
//
// The full measurement (3 key pairs, 6 background keys) and the word recall
// of pocketsphinx (bench/asr_recall.sh, KEYS=3, pocketsphinx_continuous on
// the synthetic 16 kHz set; recall of the originals 0.531) of the
// candidates, against the cascade and the 5-12 % version, recall in one
// run with the same three keys:
//
//	                          cascade   5-12 %, ±15 %   10-20 %, ±20 %   5-12 %, ±20 %   target
//	ignorant                   22.6         21.1            25.2            23.3           >= 45
//	lazy-informed              18.9         26.8            26.5            24.7           >= 40
//	semi-informed              15.6         17.4            18.4            17.8           >= 25
//	pitch correlation          0.62         0.57            0.56            0.56           >= 0.5
//	recall per key          .380 .486 .432  .277 .401 .377  .240 .301 .325  .264 .318 .432
//	recall / original's        0.82         0.66            0.54            0.64           >= 0.8
//
// (D_sys and the miss rate at 1 % false alarms over the attackers and
// masked conditions: 0.39-0.63 and 66-90 % for the 10-20 % candidate,
// 0.37-0.62 and 64-96 % for the ±20 % one.) The 10-20 % candidate is
// harder to link for the ignorant attacker (+4.1 points) and no better
// for the other two (-0.3, +1.0), and it costs a fifth of the remaining
// words (0.54 of the original's recall against 0.66); a wider warp shape
// alone moved the three conditions by +2.2, -2.1 and +0.4 points, which
// is noise. Neither was taken: VoicePseudo keeps the 5-12 % targets and
// the ±15 % shape, and VoiceCascade stays the default, since VoicePseudo
// meets neither condition for replacing it (recall at least 0.80 of the
// original's, and better than the cascade against every attacker). Note
// that in this run, with pocketsphinx_continuous and keys 1-3, the
// 5-12 % version keeps 0.66 of the original's words, not the 0.77 the
// table above gives from the earlier pocketsphinx_batch runs with other
// keys; the cascade keeps 0.82 here and 0.80 there. (The 5-12 % column's
// EERs are the earlier measurement of these parameters; since then
// drawAway no longer returns a target outside its range when a speaker
// sits at its edge, which changes the targets of a few per cent of
// utterances and was in the ±20 % run only.) On the real-speech clips at
// 8 kHz (bench/asr_recall.sh SET=real, key 1), where the reference is the
// recogniser's own hypothesis on the original (their transcripts are not
// available), pocketsphinx keeps 0.33 of the words it heard with the
// cascade and 0.19 with VoicePseudo: a 16 kHz model on telephone speech
// hears little (175 words in 60 originals), but the order is the same.
// Every privacy target stays
// missed: by the 5-12 % version's figures, ignorant by 23.9 points,
// lazy-informed by 13.2 and semi-informed by 7.6.
//
// Session 7 tried three levers on what the attackers do see, on top of
// the 5-12 % version: the frame-by-frame envelope (formant
// normalisation), the pitch contour's shape, and drift within the
// utterance; same attackers, same set, same screening and full protocols.
//
// Formant normalisation (VoicePseudoNorm, --voice pseudo-norm; Lobanov,
// "Classification of Russian vowels spoken by different speakers", JASA
// 49(2B), 1971, on log frequency): the first pass also measures the
// median and spread of F1, F2 and F3 (the lowest sharp resonance of the
// formant model in 250-1100, 800-2700 and 1700-3700 Hz; dsp.VoiceStats),
// and dsp.VoiceMap tracks them in every frame and warps the envelope
// piecewise-linearly through anchors at the frame's formants (smoothed
// over a few frames), each moved to the same z-score in the target's
// distribution: medians 390, 1500 and 2500 Hz times the target's formant
// scale, jittered by ±5, ±5 and ±4 % from the key and held within 20 %
// of the speaker's own, spreads drawn from 0.20-0.30, 0.28-0.45 and
// 0.11-0.20 octave (the real-speech clips measure about 0.25, 0.38 and
// 0.16) and kept within a factor 1.6 of the speaker's. On synthetic
// vowels it puts each formant where the target asks (F2 and F3 within
// 4 %, F1 within 7 %) and scales a two-vowel space's F2 spread by 0.75
// and 1.33 when asked for 0.7 and 1.4 (dsp's TestVoiceMap_NormalisesFormants).
// It did not help:
//
//	screening (1 key pair, 3 background keys)        ignorant  lazy  semi  pitch corr
//	VoicePseudo (the 5-12 % version)                    27.0    23.3  20.0    0.57
//	normalised, medians within 20 % of the speaker's    27.8    16.7  18.9    0.58
//	  medians anywhere (within a factor 2)              30.0    16.7  20.0    0.60
//	  target spreads ×0.6 (a smaller vowel space)       30.0    22.2  16.3    0.55
//
// The f0 contour's shape (dsp.VoiceContour, measured on VoicePseudo by a
// temporary switch, not kept in this package): the voiced frames' log-f0
// deviation from the speaker's median is split into a phrase component
// (an exponential average with a 0.5 s time constant) and accents (the
// rest); the accents are kept, the speaker's phrase component scaled by
// 0.3, and a keyed declination added (a sawtooth falling 0.3 octave over
// each 2 s phrase), after Fujisaki's phrase and accent commands and Tavi
// et al.'s functional decomposition of f0 for de-identification (Speech
// Communication 140, 2022). Screening: 26.7 / 29.3 / 23.0 % (pitch
// correlation 0.53); with the phrase component removed and 0.4 octave of
// declination, 26.7 / 27.0 / 20.0 % (0.55).
//
// A third lever came out of the first two: both lost to the retrained
// attacker by giving it structure it could learn, so the drift session 6
// measured (Options.VoiceVariation 1: pitch ±1.5 semitones, f0 range
// ×2^±0.3, formant scale and warp shape ±5 %, tilt ±2 dB/octave, drawn
// anew per segment and interpolated smoothly) was tried with 0.5 s
// segments instead of 3 s (a temporary switch: the segment length is not
// an option of this package), so that every 2.2 s utterance is a mixture of
// four or five voices around the target rather than one or two. The
// per-segment variation of VoiceSegment is the published idea of
// VoicePrivacy's random-pseudo-speaker selection taken below the
// utterance (Srivastava et al., "Design choices for x-vector based speaker
// anonymization", Interspeech 2020, on utterance- against speaker-level
// targets). Screening: 26.7 / 27.4 / 23.3 % (pitch correlation 0.64).
//
//	full (3 key pairs, 6 background keys)            ignorant  lazy  semi  pitch corr  recall, 3 keys
//	VoiceCascade (session 6)                            22.6    18.9  15.6    0.62        0.82
//	VoicePseudo (session 6; the same on this code)      21.1    26.8  17.4    0.57        0.66
//	VoicePseudoNorm                                     24.2    18.6  14.4    0.57        0.74
//	VoicePseudo with VoiceContour                       24.7    28.5  14.8    0.51        0.63 (key 1)
//	VoicePseudo, drift in 0.5 s segments                24.4    29.5  16.8    0.58        0.65
//	target                                             >= 45   >= 40 >= 25   >= 0.5      >= 0.8
//
// (VoicePseudo remeasured on this code gives the same figures to the
// tenth: the new formant statistics leave its formant scale and output
// untouched. Recall is pocketsphinx_continuous's on the synthetic 16 kHz
// set, relative to the original's 0.531, mean of keys 1-3 in one run
// each (per key: cascade .380 .486 .432, VoicePseudo .277 .401 .377,
// VoicePseudoNorm .363 .401 .408, drift .264 .387 .380), one key moving by about ±0.1
// around the mean. D_sys 0.39-0.71 and miss rate at 1 % false alarms
// 61-96 % over the attackers and masked conditions for VoicePseudoNorm,
// 0.36-0.68 and 57-93 % with the contour, 0.36-0.64 and 56-91 % with
// the short drift.)
//
// None of the three is taken. Formant normalisation makes the ignorant
// attacker's task harder (+3.1 points against VoicePseudo as session 6
// measured it) and the lazy- and semi-informed attackers' easier (-8.2
// and -3.0; against the cascade +1.6, -0.3 and -1.2, within one EER
// step): cancelling each recording's own formant statistics cancels
// the variation between one recording of a speaker and the next as much
// as the speaker's offsets, and what is left (the formants' motion, scaled
// to a keyed size the attacker discounts) still tells speakers apart. The
// contour behaves like a larger pitch shift did in session 6: the
// ignorant and lazy-informed attackers lose (+3.6, +1.7), the one
// retrained on masked speech learns the keyed declination as nuisance and
// gains (-2.6), and the pitch correlation falls to the target's edge. So
// against the strongest attacker (semi-informed ≥ 25 %) both are
// a step backwards, and neither meets the recall target. VoicePseudoNorm
// stays available, off, as --voice pseudo-norm (it keeps more words than
// VoicePseudo, 0.74 of the original's against 0.66, the one gain it
// showed); VoiceContour stays in dsp, off. The short drift is the only
// variant that beats the cascade against all three attackers (+1.8,
// +10.6 and +1.2 points), but against VoicePseudo without drift it gains
// +3.3 and +2.7 and loses 0.6 on the semi-informed attacker, one EER step
// or less each, which this set cannot tell from noise, and it keeps
// VoicePseudo's 0.65 of the words, not the 0.80 the issue asks; so it is
// not made VoicePseudo's default and the segment length stays 3 s.
// VoiceCascade stays the default: no method meets recall ≥ 0.80 and beats
// it everywhere. The gaps to the targets are as before: by the
// best figure per condition of any method here (24.7, 29.5 and 17.4 %),
// ignorant is missed by 20.3 points, lazy-informed by 10.5 and
// semi-informed by 7.6.
//
// Later in session 7, one more classical lever was tried on the envelope, the one the
// attackers read: vector-quantisation envelope mapping (VoicePseudoVQ,
// --voice pseudo-vq; Abe, Nakamura, Shikano & Kuwabara, "Voice conversion
// through vector quantization", ICASSP 1988; dsp.VoiceCodebook). A
// codebook of 64 speaker-independent envelopes (cepstra c1-c16 of the
// full-order LPC envelope over 0-4 kHz, each channel's running mean over
// about a second removed) and, per class, the mean of each of 8 voices
// were trained offline by k-means on the synthetic TTS voices
// (testdata/voices/8k, 4,335 voiced frames; never the real-speech set),
// and are committed as a generated table with its generator. On top of
// VoicePseudo, every voiced frame's envelope (after the warp) is moved a
// keyed 30-70 % of the way toward its nearest class as a keyed training
// voice has it: the phone class is kept, the speaker's detail within it
// replaced in part. On dsp's synthetic speech it does what it says (the
// mean squared cepstral distance to the target voice's codewords falls
// from 0.150 to 0.071 at a mix of 0.7; TestVoiceMap_CodebookPullsEnvelopesTowardTheTargetVoice).
// It did not buy privacy against the retrained attacker. Screening (1 key
// pair, 3 background keys, worst of the three attackers, EER in %; the
// variants by temporary switches, not kept):
//
//	screening (1 key pair, 3 background keys)            ignorant  lazy  semi  pitch corr
//	VoicePseudo (this run; as in sessions 6 and 7)          27.0    23.3  20.0    0.57
//	VoicePseudoVQ (keyed mix 0.3-0.7, keyed voice)          30.0    25.9  23.3    0.62
//	  the same, envelope read on every bin (3aa2cee)        30.0    23.3  16.7    0.61
//	  mix 1 (the class's codeword replaces the detail)      30.0    23.3  20.0    0.61
//	  mix 1 toward the shared codeword, not a voice's        33.0    20.0  17.4    0.60
//	  a keyed voice per class (mix 0.3-0.7)                 30.0    23.3  16.7    0.61
//	  a keyed voice per class, mix 1                        30.0    26.7  16.7    0.61
//
//	two key pairs, 3 background keys (60 target trials):
//	VoicePseudo                                             23.3    25.0  20.0    0.56
//	VoicePseudoVQ                                           25.0    23.0  18.3    0.60
//
// (D_sys 0.39-0.61 and the miss rate at 1 % false alarms 63-97 % over the
// attackers and masked conditions for VoicePseudoVQ as committed, one key
// pair; 0.43-0.63 and 72-95 % over two.) Every variant raises the ignorant
// attacker's EER in the first key pair, by 3.0 points (one EER step; 6.0
// toward the shared codeword), but over two key pairs the gain is 1.7
// points, and no variant moves the lazy- or semi-informed attacker by more
// than one step either way (over two pairs: -2.0 and -1.7): the committed
// version's +3.3 comes with -3.3 for the same method whose envelope is
// read on every bin instead of a 62.5 Hz grid, a change too small to
// matter to the method, which is the noise of these runs. The likely reason is
// the one sessions 6 and 7 found. Pulling toward a codeword keeps the
// class sequence (the phones and the envelope's motion between them) and
// the part of each frame the mix leaves; the attacker retrained on masked
// speech learns the keyed target voice as nuisance and reads the rest, and
// at a mix of 1, or toward the shared codeword, what it reads is how this
// speaker's frames fall into the 64 classes, which, it seems, still
// identifies them. The screening did not beat VoicePseudo by two EER steps
// on the semi-informed attacker (nor did two key pairs), so by this
// session's rule neither the full measurement nor the word recall was run,
// and VoicePseudoVQ stays off (available as --voice pseudo-vq);
// VoiceCascade stays the default. The gaps to the targets are unchanged
// (by the best figure per condition of the full measurements above:
// ignorant 20.3 points, lazy-informed 10.5, semi-informed 7.6). Its cost:
// 1.2-1.4× VoiceMap's CPU (BenchmarkVoiceMap 8k-fine-codebook against
// 8k-fine, four runs each in one process at load 2.6: 1,304-1,421× against
// 1,858-1,988× real time of CPU; after the nearest-codeword search learnt
// to stop early, at load 4: 1,437-1,465× against 1,626-1,878×), no
// allocation per block (TestVoiceMap_CodebookAllocatesNothing). The whole
// pipeline (BenchmarkProcess, one minute of synthetic 8 kHz speech, three
// runs of five iterations each in one process at load 4.6) ran at 793-895×
// real time of CPU with VoicePseudoVQ against 1,028-1,134× with
// VoicePseudo and 1,838-2,285× with the cascade: about 2.5× the cascade's
// CPU between midpoints (2.1-2.9× across runs), beyond the 2×
// bound, where VoicePseudo sits at about 2.0×; in an earlier run at the
// same load, 771-1,009× against 1,321-1,370× and 2,214-2,447×.
//
// What the levers cost: 17-25 % more of VoiceMap's CPU, both on
// (BenchmarkVoiceMap, 8k against 8k-norm-contour, three alternating runs
// on a busy machine: 1,656-1,938× against 1,373-1,553× real time of
// CPU), and still no allocation per block (TestVoiceMap_LeversAllocateNothing).
// The whole pipeline with VoicePseudoNorm ran at 867-914× real time of
// CPU against 962-1,158× for VoicePseudo and 1,210-1,979× for the cascade
// (BenchmarkProcess, two runs each at load 10-15, so noisy): 1.3-2.3×
// the cascade's CPU across those runs, about 1.7× between their
// midpoints, near the 2× bound.
//
// Cost: on one minute of synthetic 8 kHz speech the whole pipeline runs at
// 1,240-1,330× real time of CPU with VoicePseudo (its two passes included)
// against 1,640-2,080× with VoiceCascade, 1.3-1.6× the cascade's CPU
// (stereo: 630-680× against 900-980×, 1.4-1.5×), in two runs of ten
// iterations on a quiet machine (BenchmarkProcess, x-realtime-cpu); no
// stage allocates per block. The full-order envelope saves VoiceMap one
// Levinson recursion and one FFT a frame.
//
// # The quiet parts: comfort noise (issue 17)
//
// Masking transforms the voice; what lies between the words (the room,
// the microphone, the noise floor, breath) goes through the same transform
// and still identifies the recording. anonymize/eval's PauseAttacker (a
// GMM-UBM on the 20 ms blocks more than 35 dB under the loudest, cepstral
// mean kept) links the real30 originals at 22.2 % EER on those blocks
// alone, and cascade-masked copies at 35.9 % masked vs masked with another
// key (two key pairs).
//
// Options.Pauses = PausesComfortNoise (--pauses comfort-noise) replaces
// them after VoiceCascade or VoicePseudo by dsp.ComfortNoise: white noise
// through a one-pole tilt (coefficient −0.3 to 0.9) and a ±9 dB resonance
// at 300-3000 Hz, at −66 to −54 dBFS, all drawn from HMAC(key, speaker id),
// nothing from the audio. The gate works on 10 ms frames: a frame is
// quiet when it is more than 30 dB under the channel's speech level (a
// peak tracker: the loudest frame of the next second, or the level before
// less 1 dB/s, never under −50 dBFS, so a channel silent while the other
// party talks stays gated), and it is replaced only when no louder frame
// lies within 80 ms before or 30 ms after it; a 10 ms smoothstep
// crossfade joins noise and signal, and the bleeps pass untouched.
// Everything else is bit-identical, and output length and timing are
// exact. On the real30 originals it touched none of the 32,585 frames
// the attackers count as speech (within 30 dB of a segment's loudest and
// above −55 dBFS) and replaced 97.2 % of the pause frames further than
// the hold from speech (59.4 % of all pause frames: the rest are the short
// gaps between words and word tails, kept on purpose). Cost: the stage
// runs at about 29,000× real time, no allocation per block; the pipeline
// with cascade measured 1,868× real time of CPU with it and 1,613×
// without (BenchmarkProcess, three iterations on a busy machine: the
// difference is noise).
//
// What it buys, on real30 (8 kHz, three background keys, mean of two key
// pairs; one EER step is 1.25 points and a
// difference under about 4 points is within the noise of 80 target trials
// per pair): EER % of the pause attacker alone and of the worst of all
// five attackers (GMM-UBM, i-vector, pause attacker and the two fusions):
//
//	                             pauses kept      comfort noise
//	                             pause   worst    pause   worst
//	originals                    22.2    3.6      22.2    3.6
//	cascade: ignorant            39.9    29.6     49.5    31.7
//	cascade: lazy-informed       35.9    19.6     44.8    17.3
//	cascade: semi-informed       36.1    15.2     43.2    13.7
//	pseudo: ignorant             39.1    22.5     46.9    24.9
//	pseudo: lazy-informed        35.1    20.6     43.1    22.5
//	pseudo: semi-informed        31.9    16.9     44.7    17.1
//
// (Pitch correlation 0.58 for cascade and 0.56 for pseudo, with and
// without.) It closes the cue it was built for: the pause attacker falls
// to 43-50 %, near chance, from 32-40 %. But the worst attacker is not
// weakened. On cascade the attackers retrained on masked speech get
// stronger with it (lazy-informed 17.3 % against 19.6 %, lower in both key
// pairs; semi-informed 13.7 % against 15.2 %), on pseudo the figures move
// within the noise (+2.4, +1.9 and +0.2 points). The voiced attackers never used the replaced frames,
// but their 25 ms windows and deltas reach into them at the edges of
// speech; the masked noise floor there varied with the key, and keyed
// noise that does not follow the voice's transform seems to confuse them
// less (not tested further). So it stays off by default (DefaultPauses is
// PausesKeep): it removes the room and the line from the pauses, for users
// who share recordings that those would link, and is no fix for the voice.
// It also costs a recogniser words, although every frame the attackers
// count as speech passes bit-identical: on the real-speech clips at 8 kHz
// (bench/asr_recall.sh with PAUSES=comfort-noise, SET=real, key 1)
// pocketsphinx keeps 0.27 of the words it heard in the originals with the
// cascade and comfort noise, against 0.33 without (48 and 58 of 175
// words; one key's figure moves by about ±0.04), probably because the
// hiss in the pauses is heard as speech or blurs word boundaries (not
// examined).
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
