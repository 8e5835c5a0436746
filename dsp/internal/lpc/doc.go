// Package lpc holds the frame mathematics of linear prediction that the dsp
// voice transforms share: autocorrelation, the Levinson–Durbin recursion,
// Burg's method, the analysis (inverse, all-zero) and synthesis (all-pole)
// filters, with or without history, polynomial roots, and the McAdams
// pole-angle warp.
//
// Everything here works on one frame of float64 samples held by the caller;
// nothing keeps state between calls except the reusable workspace of a
// RootFinder, and nothing allocates once that workspace exists.
//
// Conventions: a prediction polynomial of order p is stored as
// a = [1, a1, ..., ap] and stands for A(z) = 1 + a1·z⁻¹ + ... + ap·z⁻ᵖ, so
// the prediction error (residual) is e[n] = Σ a[j]·x[n−j] and the all-pole
// model of the frame is 1/A(z). The poles are the roots of the monic
// polynomial zᵖ + a1·zᵖ⁻¹ + ... + ap, the same slice read as coefficients in
// descending powers.
//
// References: N. Levinson (1947) and J. Durbin (1960) for the recursion;
// J. P. Burg (1975) and S. L. Marple (1980) for Burg's method;
// J. Makhoul, "Linear prediction: a tutorial review", Proc. IEEE 63(4), 1975;
// L. Bairstow (1920) for the quadratic-factor iteration and O. Aberth
// (1973) and L. W. Ehrlich (1967) for the simultaneous root iteration; S. McAdams, "Spectral fusion, spectral parsing and the
// formation of auditory images", PhD thesis, Stanford, 1984, and J. Patino
// et al., "Speaker anonymisation using the McAdams coefficient",
// Interspeech 2021 (the VoicePrivacy B2 baseline) for the pole warp.
package lpc
