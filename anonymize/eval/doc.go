// Package eval measures what callveil leaves behind: how well a speaker-
// verification attacker still recognises masked voices, whether intonation
// survives masking, and how much PII time the bleeps cover. It is the
// library behind "callveil eval-voice" and "callveil eval-redaction".
//
// It sits beside the pipeline it measures (it imports anonymize, audio and
// dsp) and is never on the anonymisation path itself.
//
// # The attackers
//
// Three classical text-independent speaker-verification systems, each a
// Verifier, and their fusions; eval-voice runs the fusion of the two
// voiced systems unless told otherwise (--attacker fusion+pauses adds the
// pause attacker).
//
// Attacker, the baseline (GMM-UBM):
//
//   - MFCC (Davis & Mermelstein, "Comparison of parametric representations
//     for monosyllabic word recognition in continuously spoken sentences",
//     IEEE Trans. ASSP 28(4), 1980): pre-emphasis 0.97, 25 ms Hamming frames
//     every 10 ms, a triangular mel filterbank from 100 Hz to the Nyquist
//     frequency sized for the rate (23 filters up to 4 kHz, 30 at 16 kHz),
//     log, DCT-II to c1..c12, c0 replaced by the log frame energy, and delta
//     coefficients over ±2 frames: 26 values per frame;
//   - energy-based voice activity (frames within 30 dB of the loudest and
//     above −55 dBFS) and cepstral mean normalisation per utterance;
//   - a 32-component diagonal GMM universal background model trained by EM on
//     the attacker's background speech (the enrolment speech unless a
//     condition says otherwise), speaker models by MAP adaptation of the
//     means (relevance 16), and the score of a test utterance as the mean
//     per-frame log-likelihood ratio of speaker model to UBM (Reynolds,
//     Quatieri & Dunn, "Speaker verification using adapted Gaussian mixture
//     models", Digital Signal Processing 10, 2000).
//
// IVectorAttacker: the same MFCC with 19 cepstra, deltas and double deltas
// (60 values) and per-utterance mean and variance normalisation; a
// 32-component UBM; a rank-100 total variability matrix trained by six EM
// steps with minimum divergence; i-vectors (Dehak et al., "Front-end factor
// analysis for speaker verification", IEEE Trans. ASLP 19(4), 2011)
// centred and length-normalised (Garcia-Romero & Espy-Wilson 2011); LDA and
// WCCN (Hatch, Kajarekar & Stolcke 2006) on the background speakers' labels;
// cosine scoring against the mean of a speaker's enrolment i-vectors, with
// symmetric score normalisation (S-norm) against the background utterances
// of other speakers. PLDA is left out: it needs far more training speakers
// than the ten of the real set.
//
// PauseAttacker is the GMM-UBM baseline on the quiet parts only: the 20 ms
// blocks more than 35 dB under an utterance's loudest and above −90 dBFS,
// joined, every frame kept. It hears the recording (room, microphone,
// noise floor), breath and the faint tails of words, which the two voiced
// systems drop with their voice activity detector. An utterance with under
// 0.3 s of such blocks scores 0 (no evidence) against everyone.
//
// Fusion adds the systems' scores after standardising each over all of
// its trials (no labels used; nothing is fitted on them, but the scale is
// taken from the trials' own score spread rather than from the background):
// score-level fusion, the classical way to beat each. The fusion of all
// three systems is the strongest attacker on masked speech (below); the
// fusion of the two voiced ones is kept beside it.
//
// CalibratedFusion fuses the same systems with weights and an offset
// learned by linear logistic regression (FitLinearFusion: the
// prior-weighted cross-entropy of Brümmer's FoCal and BOSARIS toolkits,
// Brümmer & du Preez, Computer Speech and Language 20, 2006; Pigeon,
// Druyts & Verlinde, Digital Signal Processing 10, 2000), with a small
// quadratic penalty on the weights so that separable data converge. The
// trials it learns from come from the background set of the condition
// only, by cross-validation: the background speakers are split into two
// folds; each fold's speakers are enrolled and tested among themselves
// (first half of their recordings against the rest, enrolment on the first
// masked copy, test on another where the background holds several) by
// systems trained on the other fold's speakers. The condition's trials are
// then scored by systems trained on the whole background, and the fitted
// map turns their scores into log-likelihood ratios. With fewer than four
// background speakers, or none with two recordings, it falls back to the
// equal weights of Fusion. eval-voice runs it with --attacker calibrated
// or calibrated+pauses.
//
// Every model of every attacker is trained only on the background set of
// its condition, never on test utterances.
//
// # Conditions and metrics
//
// Each speaker's utterances are split in name order: the first half enrols,
// the rest is tested against every enrolled speaker. The conditions:
// originals vs originals (the attacker works); ignorant (enrol on
// originals, test masked copies); lazy-informed (enrol on copies masked
// with key A, test copies masked with key B); semi-informed (as lazy, but
// the background models, including LDA/WCCN and the S-norm cohort, are
// trained on the enrolment half masked with key A and six further keys,
// speaker labels kept: the VoicePrivacy 2022/2024 attacker retrained on
// anonymised speech, here on the enrolled speakers' own enrolment speech);
// and the same semi-informed attacker with training and trial speakers
// disjoint (two folds of five speakers; the models for one fold's trials
// are trained on every utterance of the other fold's speakers, masked with
// the seven other keys), beside the same two-fold protocol on originals as
// its reference. With ten speakers the disjoint folds train each model on
// five speakers, too few for the i-vector system (30 % EER on originals
// under that protocol), so the first semi-informed condition is the one
// to read; the fold figures show the trend.
//
// EER is the equal error rate; Linkability is D↔sys of Gomez-Barrero et
// al., "General framework to evaluate unlinkability in biometric template
// protection systems", IEEE Trans. Inf. Forensics Security 13(6), 2018
// (arXiv 2017), from 30-bin histograms as in the VoicePrivacy Challenge's
// implementation; MissAtFAR(…, 0.01) is the share of target trials missed
// when at most 1 % of non-target trials are accepted (with 270 non-target
// trials, two may pass): the low false-alarm regime where an attacker
// actually acts, which EER hides.
//
// The attackers are a LOWER BOUND on what an adversary can do. A neural
// speaker embedding (x-vector, ECAPA) trained on thousands of speakers is
// far stronger: in the VoicePrivacy Challenge 2022 (Tomashenko et al.,
// "The VoicePrivacy 2022 Challenge evaluation plan" and results) the
// McAdams baseline with random α gave about 40 % EER against an ignorant
// attacker and about 7 % against a retrained (semi-informed) one. Low
// figures here mean masking failed; high figures do not prove it worked.
//
// # Measured on real speech (testdata/voices/real, 8 kHz telephone band)
//
// Ten LibriSpeech test-other speakers (five female, five male), six 2.2 s
// utterances each, band-passed to 300-3400 Hz and resampled to 8 kHz by
// Telephone: 30 target and 270 non-target trials per condition (one EER
// step is 3.3 %), 30 and 120 in the two-fold conditions. Means over three
// key pairs, each with six further keys for the semi-informed attacker;
// per-recording voices (the default). TestRealSpeech_Masking reproduces
// them (CALLVEIL_EVAL_REAL=1; about 6 CPU-minutes, 12 minutes on two
// busy cores);
// TestAttackers_SeparateRealOriginals guards the attackers on every run
// (under -race only the baseline: the race detector makes the i-vector
// training about fifty times slower).
// Each cell is EER / D_sys / miss rate at 1 % FAR:
//
//	condition                            GMM-UBM (baseline)    i-vector              fusion
//	originals vs originals               10.0 % 0.80  37 %     5.9 % 0.84  37 %      3.3 % 0.93  33 %
//	originals, 2 folds                   13.3 % 0.74  50 %     30.0 % 0.45  90 %     15.0 % 0.70  50 %
//	cascade: ignorant                    26.9 % 0.46  80 %     25.4 % 0.42  91 %     22.6 % 0.54  79 %
//	cascade: lazy-informed               24.4 % 0.52  73 %     23.3 % 0.50  91 %     18.9 % 0.60  74 %
//	cascade: semi-informed               23.6 % 0.54  76 %     15.6 % 0.70  58 %     16.0 % 0.67  63 %
//	cascade: semi-informed, 2 folds      23.6 % 0.54  73 %     33.3 % 0.39  98 %     24.2 % 0.54  82 %
//	mcadams: ignorant                    30.0 % 0.40  86 %     22.3 % 0.52  78 %     22.2 % 0.57  76 %
//	mcadams: lazy-informed               21.4 % 0.55  78 %     24.1 % 0.53  80 %     19.1 % 0.59  66 %
//	mcadams: semi-informed               24.3 % 0.52  83 %     12.8 % 0.73  63 %     14.2 % 0.69  48 %
//	mcadams: semi-informed, 2 folds      19.2 % 0.57  81 %     31.1 % 0.44  90 %     18.9 % 0.61  79 %
//
// Pitch correlation (log f0, original vs masked): cascade 0.62, mcadams
// 0.50. Word recall of a real recogniser (bench/asr_recall.sh,
// pocketsphinx, on the synthetic 16 kHz set whose sentences are known):
// cascade keeps 0.84 of the original's, mcadams 0.19.
//
// The fusion beats the baseline on originals (3.3 % against 10.0 %) and in
// every condition on enrolled speakers, by 2-10 points of EER; the i-vector
// system alone is the strongest semi-informed attacker (15.6 % on cascade,
// 12.8 % on McAdams, against 23.6 % and 24.3 % for the baseline), not far
// from the 7 % of the VoicePrivacy 2022 neural attacker on McAdams. Read a
// masking method's privacy off the strongest attacker of each row. So
// today's masking, on real telephone speech, leaves the voice linkable:
// against issue 17's targets, ignorant ≥ 45 % is missed by about 22 points
// for both methods, lazy-informed ≥ 40 % by about 21, semi-informed ≥ 25 %
// by 9 (cascade) and 12 (mcadams); originals ≤ 5 % is met by the fusion.
// The fusion's miss rates at 1 % FAR on masked speech (48-79 %) say that an
// attacker who accepts almost no false matches still finds a fifth to a
// half of the masked test utterances. The semi-informed attacker gets
// stronger with more background keys (with three instead of six, the
// i-vector system's mean EER was 20.1 % on cascade and 11.7 % on McAdams,
// noise of one or two trials either way on the latter), so these are not
// its limit either.
//
// # Measured on the larger real-speech set (testdata/voices/real30)
//
// Issue 17 asked whether the ten-speaker set is too small to measure (one
// EER step is 3.3 points there) and whether the attacker partly recognises
// the recording rather than the voice. testdata/voices/real30 is a second
// set beside it (the first and its figures are unchanged): 30 LibriSpeech
// speakers (15 female, 15 male), 160 segments of 3.0 s stored at 8 kHz and
// band-passed by Telephone. Ten speakers (those of testdata/voices/real)
// have eight segments of different utterances of one chapter; twenty
// (train-clean-100) have four consecutive segments of one utterance. That
// is 80 target and 2,320 non-target trials per condition: one EER step is
// 1.25 points. No speaker has two chapters (the public copy it is built
// from has one per speaker), so enrolment and test from different sessions
// could not be measured. TestRealSpeech30_Masking reproduces the figures
// (CALLVEIL_EVAL_REAL30=1; about 10 CPU-minutes per method at three key
// pairs with six background keys, 45 minutes on two cores at load 10-14).
//
// Strongest attacker of each row (EER %; the attacker is the fusion unless
// marked g for the GMM-UBM baseline), same attackers, same protocol:
//
//	condition              real (10 spk)   real30 (30 spk)   real30 screening   + pause attacker   target
//	                       3 pairs, 6 bg   3 pairs, 6 bg     1 pair, 3 bg       1 pair, 3 bg
//	originals              3.3             5.0               5.0                3.6 p              <= 5
//	cascade: ignorant      22.6            30.2 g            32.5               30.0 p             >= 45
//	cascade: lazy          18.9            19.9              18.5 g             18.0 p             >= 40
//	cascade: semi          15.6            13.9              13.1               13.1               >= 25
//	pseudo: ignorant       21.1            24.5              24.7               21.2 p             >= 45
//	pseudo: lazy           26.8            24.2 g            22.5 g             20.0 p             >= 40
//	pseudo: semi           17.4            18.9              17.0 g             15.5 p             >= 25
//	pitch correlation      0.62 / 0.57     0.59 / 0.55       0.58 / 0.56        0.58 / 0.56        >= 0.5
//
// (pitch correlation: cascade / pseudo. The last column adds the pause
// attacker and the fusion of all three, p, to the attackers whose worst is
// taken; see "The attacker that also reads the quiet parts" below, which
// also has the mean of two key pairs. It was measured at the
// screening protocol only: the full one did not fit in
// the session on a shared machine.) Cascade on real30 per attacker (EER / D_sys / miss at 1 % FAR; 3 pairs):
//
//	condition                  GMM-UBM              i-vector             fusion
//	originals                  8.8 % 0.77  36 %     9.8 % 0.80  29 %     5.0 % 0.87  16 %
//	originals, 2 folds         8.8 % 0.78  33 %     22.9 % 0.44  84 %    11.1 % 0.74  36 %
//	ignorant                   30.2 % 0.35  82 %    38.2 % 0.23  94 %    30.3 % 0.34  84 %
//	lazy-informed              20.8 % 0.54  60 %    24.5 % 0.47  71 %    19.9 % 0.59  54 %
//	semi-informed              20.0 % 0.57  60 %    14.0 % 0.70  43 %    13.9 % 0.68  46 %
//	semi-informed, 2 folds     21.2 % 0.55  65 %    25.7 % 0.44  91 %    19.5 % 0.57  63 %
//
// What the bigger set shows. The attackers still work (originals 5.0 %
// with the fusion: the target is just met, 3.3 % on the small set). The
// retrained attackers find the same gaps: cascade lazy-informed 19.9 %
// against 18.9 %, semi-informed 13.9 % against 15.6 %, both within one step
// of the small set's. Only the ignorant attacker is weaker (30.2 % against
// 22.6 %), which may come from the longer segments or from the other
// speakers; this was not separated. So the small set was noisy, not misleading: issue 17's targets are missed
// on the larger set by about the same amounts, for cascade ignorant by
// 14.8 points (22.4 on the small set), lazy-informed by 20.1 (21.1),
// semi-informed by 11.1 (9.4). Pseudo against cascade keeps its sign on
// both sets: worse against the ignorant attacker (24.5 % against 30.2 %),
// better against the retrained ones (lazy 24.2 % against 19.9 %, semi
// 18.9 % against 13.9 %); pseudo misses the targets by 20.5, 15.8 and 6.1
// points on real30 (23.9, 13.2 and 7.6 on the small set). No method meets
// them on either set.
//
// What the recording gives the attacker. Two halves of real30 of one shape
// (10 speakers x 4 segments, 20 target trials each, one step 5 points) on
// originals: four utterances of a chapter against one utterance cut in
// four give GMM-UBM 5.0 % / 10.0 %, i-vector 10.0 % / 6.1 %, fusion 3.9 % /
// 5.0 %: no sign, at this resolution, that one unbroken recording makes
// originals easier. On cascade-masked copies (one key pair, three
// background keys, strongest attacker) the one-utterance half is not
// easier either: ignorant 25.0 % / lazy 20.0 % / semi 15.0 %, against
// 10.0 % / 15.0 % / 10.0 % for the four-utterance half, whose speakers are
// those of the ten-speaker set. The halves differ in their speakers as
// well as in the recording, so this does not separate the two; it shows no
// advantage from one unbroken recording (each half trains the attackers on
// its own ten speakers only, so neither is comparable to the full set's).
// The recording does carry identity, though: the GMM-UBM attacker on the pauses alone (20 ms blocks more than 35 dB under
// a segment's loudest, above -90 dBFS; 129 of 160 segments have 0.3 s of
// them; every frame kept) gets 26.9 % EER over all speakers (20.0 % on the
// twenty one-utterance speakers, 24.1 % on the ten others), and on masked copies
// (first key pair only, 60 target trials) still 23.3 % masked vs masked
// with another key for cascade (23.7 % for pseudo), 36.7 % (36.1 %)
// against originals. What is in these blocks is the room, the microphone
// and the noise floor, but also breath and the tails of the speaker's own
// words. The attackers' voice activity detector drops these frames (it
// keeps those within 30 dB of the loudest), so none of the figures above
// comes from them. They are a second cue that masking does not remove: on
// them alone the lazy-informed attack (23.3 %) is about as good as the full
// attacker on masked speech (19.9 %). (These pause figures are the
// preamble of TestRealSpeech30_Masking: pause blocks of the segments that
// have 0.3 s of them, cepstral mean normalised.)
//
// The attacker that also reads the quiet parts. PauseAttacker is that
// pause attacker made a Verifier, with one change that makes it stronger:
// it keeps the cepstral mean (the room's and microphone's colour and
// level, which normalisation throws away), so over all 160 segments (those
// with under 0.3 s of pauses score 0) it gets 22.2 % EER on the originals
// against 31.7 % with normalisation. Fused with the GMM-UBM and i-vector
// systems (a Fusion of all three), it is the strongest attacker on
// originals and against the ignorant attacker; the figures below take the
// worst of all five attackers. On real30 with three background keys (the
// screening protocol; one EER step 1.25 points, and differences under
// about 4 points are within the noise of 80 target trials per key pair),
// means of the first two key pairs:
// EER % / D_sys / miss at 1 % FAR of the three-way fusion, and the worst
// of the voiced attackers and their fusion (g: the GMM-UBM) before it and
// of all five now:
//
//	condition            fusion of three          worst before   worst now
//	cascade: originals   3.6  0.91   6 %          5.0            3.6
//	cascade: ignorant    29.6 0.38  71 %          31.5           29.6
//	cascade: lazy        19.6 0.62  48 %          20.5           19.6
//	cascade: semi        16.2 0.68  43 %          15.2           15.2
//	pseudo: originals    3.6  0.91   6 %          5.0            3.6
//	pseudo: ignorant     22.5 0.48  74 %          25.1           22.5
//	pseudo: lazy         20.6 0.54  59 %          23.8 g         20.6
//	pseudo: semi         16.9 0.60  54 %          19.2 g         16.9
//
// It lowers the originals' EER by one step (5.0 to 3.6 %; miss at 1 % FAR
// 16 to 6 %), the ignorant figures by 1.9 (cascade) and 2.6 points
// (pseudo) and pseudo's retrained ones by 2.3-3.2 points; cascade's
// retrained ones by at most one point. The pauses add less
// to what the voiced frames already give an attacker that enrols on
// masked speech than to one that enrols on the originals. The
// fusion adds standardised scores with equal weights.
//
// Learned weights (session 10). CalibratedFusion fits the weights on
// cross-validated trials of the background speakers (above). On real30
// with three key pairs and three background keys each (the screening
// protocol's background, all three pairs), means of the three pairs, EER
// % / D_sys / miss at 1 % FAR (g, i: the best single system is the
// GMM-UBM or the i-vector one; the pause attacker alone is never the
// best; originals are the same for both methods; reproduced by
// TestRealSpeech30_Masking with CALLVEIL_EVAL_REAL30=1,
// CALLVEIL_EVAL_MASKING_ONLY=1, CALLVEIL_EVAL_BACKGROUND=3,
// CALLVEIL_EVAL_CALIBRATED=1 and CALLVEIL_EVAL_PAIRS=1 with
// CALLVEIL_EVAL_FIRST_PAIR=0, 1 and 2; 13-18 minutes per method and pair
// on two cores at load 12-18):
//
//	cascade          best single        equal G+I          calibrated G+I     equal G+I+P        calibrated G+I+P
//	originals         8.8 0.77  36 % g   5.0 0.87  16 %     5.0 0.87  20 %     3.6 0.91   6 %     5.0 0.89   9 %
//	ignorant         30.2 0.35  82 % g  30.4 0.34  84 %    29.2 0.36  83 %    27.6 0.40  72 %    27.8 0.37  79 %
//	lazy-informed    20.7 0.55  60 % g  19.9 0.59  54 %    20.3 0.58  56 %    19.2 0.62  47 %    18.5 0.62  51 %
//	semi-informed    17.1 0.63  50 % i  14.9 0.67  50 %    14.3 0.65  51 %    15.0 0.69  44 %    14.7 0.68  45 %
//	semi, 2 folds    20.9 0.55  65 % g  19.6 0.57  59 %    20.2 0.56  60 %    17.6 0.62  57 %    17.5 0.60  52 %
//	pseudo           best single        equal G+I          calibrated G+I     equal G+I+P        calibrated G+I+P
//	ignorant         25.0 0.44  76 % g  24.5 0.44  76 %    24.6 0.44  75 %    22.6 0.47  73 %    23.7 0.45  73 %
//	lazy-informed    24.2 0.48  69 % g  24.6 0.48  70 %    23.9 0.48  72 %    21.2 0.54  57 %    21.8 0.52  65 %
//	semi-informed    21.5 0.52  67 % i  20.2 0.56  60 %    19.4 0.57  59 %    17.9 0.59  54 %    18.2 0.59  52 %
//	semi, 2 folds    24.5 0.47  68 % g  23.5 0.50  68 %    24.9 0.51  70 %    19.8 0.58  56 %    20.1 0.56  56 %
//
// The learned weights do not make a stronger attacker. On originals the
// calibrated fusion of three systems is one step worse than the equal
// one (5.0 against 3.6 %, miss at 1 % FAR 9 against 6 %); on masked
// speech the two differ by 1.1 points at most, 0.1-0.7 better on
// cascade's retrained attackers, 0.2 worse on its ignorant one, 0.3-1.1
// worse on all four of pseudo's rows, within the noise of 80 target trials per pair. Of the two voiced
// systems, the calibrated fusion has the equal one's EER on originals
// (5.0 %; miss at 1 % FAR 20 against 16 %) and is 1.4 points worse to
// 1.2 better on the eight masked rows. Why it cannot do better here: the
// weights are learned on systems trained on half the background speakers
// (15 of 30; 7-8 in the two-fold conditions), where the i-vector system
// is much weaker than on all of them (22.9 % against 9.8 % EER on
// originals), so it gets half the GMM-UBM's weight or less (originals:
// 1.72 against 0.86 on standardised scores; in the two-fold conditions
// about 0), while trained on all of them it is about as good as the
// GMM-UBM. The fitting trials are also few (38-42 targets; a system of
// pure noise got 0.4 times the GMM-UBM's weight on the eight synthetic
// voices, with 8). Standardising the scored trials by their own spread
// instead (OwnSpread) gave the same picture (three systems: originals
// 3.8 %; cascade ignorant, lazy, semi 27.7, 19.7, 15.5 %; pseudo 22.2,
// 22.0, 18.1 %). So eval-voice keeps the equal-weight fusion as its
// default, and --attacker calibrated and calibrated+pauses run beside it.
// As a sixth and seventh attacker they lower the worst of some rows a
// little, which is what masking must withstand: cascade lazy-informed
// 18.5 % (19.2 % the worst of the five before, in these runs),
// semi-informed 14.3 % (14.9 %), semi with disjoint speakers 17.5 %
// (17.6 %); cascade's ignorant and all of pseudo's worst are unchanged.
// Folds of more speakers (five folds train on 24 of 30) would bring the
// i-vector system nearer its full strength at twice the cost; not tried.
//
// Closing the cue. anonymize.PausesComfortNoise replaces the quiet parts
// after masking by keyed noise (see the anonymize package doc). With it
// the pause attacker falls to near chance (cascade, two key pairs:
// ignorant 49.5 %, lazy 44.8 %, semi 43.2 %, from 39.9, 35.9 and 36.1 %;
// pseudo: 46.9, 43.1 and 44.7 %, from 39.1, 35.1 and 31.9 %),
// but the worst attacker is not weakened: on cascade the retrained
// attackers get stronger (lazy 17.3 % against 19.6 %, lower in both key
// pairs; semi 13.7 % against 15.2 %; ignorant 31.7 % against 29.6 %), on
// pseudo the figures move within the noise (24.9, 22.5 and 17.1 %
// against 22.5, 20.6 and 16.9 %). A possible cause, not tested: the
// masked noise floor at the edges of speech, which the voiced attackers'
// 25 ms windows and deltas reach into, varied with the key and so
// confused them; keyed noise that does not follow the voice's transform
// confuses them less. So it is not on by default. How much of the voiced
// frames' identity is the recording (reverberation and noise under the
// speech) this measurement does not separate: that needs speakers recorded
// in two sessions, which this set lacks.
//
// # Measured on the synthetic set (testdata/voices/8k)
//
// With the GMM-UBM baseline, before the real-speech set existed. Eight
// synthetic voices (espeak-ng and flite), five 2-3 s utterances each:
// 16 target and 112 non-target trials per condition, so one EER moves in
// steps of about 6 %. TestCascadeMasking_OnVoiceSet reproduces these
// figures (means over three key pairs), and asserts the attacker works:
//
//	condition                              targets    per-recording voices   one pseudo-voice per speaker
//	originals vs originals                 ≤ 10 %     1.8 % (D_sys 0.97)     1.8 % (D_sys 0.97)
//	originals vs masked (ignorant)         ≥ 40 %     41.7 % (D_sys 0.39)    45.8 % (D_sys 0.41)
//	masked vs masked, other key (lazy)     ≥ 35 %     10.1 % (D_sys 0.80)    31.2 % (D_sys 0.57)
//	pitch correlation (log f0)             ≥ 0.6      0.87                   0.85
//
// The 16 kHz copies (MP3) give the same picture: originals 0.9 %, ignorant
// 41.7 % / 38.4 %, lazy-informed 10.4 % / 25.6 %, pitch 0.85 / 0.84
// (per-recording / per-speaker voices).
//
// The default Cascade masking (a keyed voice per recording) defeats the
// ignorant attacker and keeps intonation, but misses the lazy-informed
// target by about 25 points, most likely because the pitch direction
// follows the speaker's own median f0 and the shifts and warps are drawn
// from narrow ranges, so an attacker that enrols on several recordings
// masked with other keys learns a model that spans the transform family
// and still finds the speaker. With
// one pseudo-voice per speaker the enrolment covers a single transform and
// the miss is about 4 points (about 10 at 16 kHz). Closing the gap needs a
// wider, less speaker-tied transform family: the pitch direction drawn from
// the key rather than from f0, larger formant ranges, a third independent
// dimension, or a target-voice conversion instead of a perturbation.
// VoiceCascadeMcAdams, measured the same way at 8 kHz, lifts the
// lazy-informed EER to 25-28 % (ignorant 48-49 %) but this package's pitch
// tracker then finds little intonation (correlation 0.14), so it trades
// the utility target for part of the privacy one. None of this is tuned
// here, and the attacker was not tuned to make masking pass.
//
// # Redaction figures
//
// EvaluateRedaction works on a 10 ms grid: coverage is the share of
// ground-truth PII time inside bleeped spans, collateral the share of non-PII
// speech (voice activity on the original) inside them, and residual the
// correlation of the original's and output's log-energy contours inside the
// PII spans (near 0 when the speech is gone; compare KeptCorrelation for
// speech that was kept). Voice masking changes every sample, so the
// loudness contour, which it keeps, is what shows whether speech survived.
package eval
