// Package eval measures what callveil leaves behind: how well a speaker-
// verification attacker still recognises masked voices, whether intonation
// survives masking, and how much PII time the bleeps cover. It is the
// library behind "callveil eval-voice" and "callveil eval-redaction".
//
// It sits beside the pipeline it measures (it imports anonymize, audio and
// dsp) and is never on the anonymisation path itself.
//
// # The attacker
//
// A classical text-independent speaker-verification system:
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
//     the enrolment speech, speaker models by MAP adaptation of the means
//     (relevance 16), and the score of a test utterance as the mean per-frame
//     log-likelihood ratio of speaker model to UBM (Reynolds, Quatieri &
//     Dunn, "Speaker verification using adapted Gaussian mixture models",
//     Digital Signal Processing 10, 2000).
//
// Each speaker's utterances are split in name order: the first half enrols,
// the rest is tested against every enrolled speaker. EER is the equal error
// rate; Linkability is D↔sys of Gomez-Barrero et al., "General framework to
// evaluate unlinkability in biometric template protection systems", IEEE
// Trans. Inf. Forensics Security 13(6), 2018 (arXiv 2017), from 30-bin
// histograms as in the VoicePrivacy Challenge's implementation.
//
// The attacker is a LOWER BOUND on what an adversary can do. A neural
// speaker embedding (x-vector, ECAPA) is far stronger, and an attacker who
// knows the masking method retrains on masked speech: in the VoicePrivacy
// Challenge 2022 (Tomashenko et al., "The VoicePrivacy 2022 Challenge
// evaluation plan" and results) the McAdams baseline with random α gave
// about 40 % EER against an ignorant attacker and about 7 % against a
// retrained (semi-informed) one. Low figures here mean masking failed;
// high figures do not prove it worked.
//
// # Measured on testdata/voices (8 kHz)
//
// Eight synthetic voices (espeak-ng and flite), five 2-3 s utterances each:
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
