package eval

import (
	"math"
	"slices"
)

// PitchTrack estimates the fundamental frequency of x every 10 ms by the
// normalised cross-correlation of 40 ms frames over lags for 60 to 400 Hz,
// after decimating to about 8 kHz. Frame t is centred at t × 10 ms + 20 ms.
// A frame counts as voiced (f0 > 0) when its best correlation is at least
// 0.6 and its energy is within 30 dB of the loudest frame. The best lag is
// taken unless a half or a third of it correlates within 15 % as well (the
// best was then a multiple of the period), and refined to a fraction of a
// sample by parabolic interpolation. Each voiced value is then replaced
// by the median of the voiced values within two frames of it.
func PitchTrack(x []float32, rate int) []float64 {
	if d := rate / 8000; d > 1 {
		y := make([]float32, len(x)/d)
		for i := range y {
			var s float32
			for _, v := range x[i*d : (i+1)*d] {
				s += v
			}
			y[i] = s / float32(d)
		}
		x, rate = y, rate/d
	}
	frame, hop := rate*40/1000, rate/100
	minLag, maxLag := rate/400, rate/60
	if len(x) < frame+maxLag || hop < 1 {
		return nil
	}
	n := 1 + (len(x)-frame-maxLag)/hop
	energy := make([]float64, n)
	peak := 0.0
	for t := range energy {
		for _, v := range x[t*hop : t*hop+frame] {
			energy[t] += float64(v) * float64(v)
		}
		peak = max(peak, energy[t])
	}
	f0 := make([]float64, n)
	r := make([]float64, maxLag+1)
	for t := range f0 {
		if energy[t] <= peak*1e-3 || energy[t] == 0 {
			continue
		}
		seg := x[t*hop:]
		best, bestLag := 0.0, 0
		for lag := minLag; lag <= maxLag; lag++ {
			var num, e2 float64
			for i := 0; i < frame; i++ {
				a, b := float64(seg[i]), float64(seg[i+lag])
				num += a * b
				e2 += b * b
			}
			r[lag] = 0
			if e2 > 0 {
				r[lag] = num / math.Sqrt(energy[t]*e2)
			}
			if r[lag] > best {
				best, bestLag = r[lag], lag
			}
		}
		if best < 0.6 {
			continue
		}
		// The best lag, unless a third or a half of it correlates
		// nearly as well: then the best was a multiple of the period.
		pick := bestLag
		for k := 3; k >= 2; k-- {
			c := int(math.Round(float64(bestLag) / float64(k)))
			if c-1 < minLag {
				continue
			}
			l := c - 1
			for _, m := range []int{c, c + 1} {
				if r[m] > r[l] {
					l = m
				}
			}
			if r[l] >= 0.85*best {
				pick = l
				break
			}
		}
		// A parabola through the peak and its neighbours gives the lag
		// to a fraction of a sample.
		l := float64(pick)
		if pick > minLag && pick < maxLag {
			a, b, c := r[pick-1], r[pick], r[pick+1]
			if d := a - 2*b + c; d < 0 {
				l += 0.5 * (a - c) / d
			}
		}
		f0[t] = float64(rate) / l
	}
	return smooth(f0)
}

// smooth replaces each voiced value by the median of the voiced values
// among it and its two neighbours on each side, which removes isolated
// octave jumps.
func smooth(f0 []float64) []float64 {
	out := make([]float64, len(f0))
	var win []float64
	for t, f := range f0 {
		if f == 0 {
			continue
		}
		win = win[:0]
		for k := max(t-2, 0); k <= min(t+2, len(f0)-1); k++ {
			if f0[k] > 0 {
				win = append(win, f0[k])
			}
		}
		slices.Sort(win)
		out[t] = win[len(win)/2]
	}
	return out
}

// PitchCorrelation is the Pearson correlation of log f0 between two tracks
// over the frames voiced in both (tracks of unequal length are compared
// over the shorter), with the number of such frames. A constant pitch
// shift leaves it at 1: it measures whether the intonation survives. It
// is NaN with fewer than 10 frames voiced in both.
func PitchCorrelation(a, b []float64) (float64, int) {
	var xs, ys []float64
	for i := range min(len(a), len(b)) {
		if a[i] > 0 && b[i] > 0 {
			xs = append(xs, math.Log(a[i]))
			ys = append(ys, math.Log(b[i]))
		}
	}
	if len(xs) < 10 {
		return math.NaN(), len(xs)
	}
	return pearson(xs, ys), len(xs)
}

// pearson is the correlation coefficient of xs and ys (NaN if either is
// constant).
func pearson(xs, ys []float64) float64 {
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= float64(len(xs))
	my /= float64(len(ys))
	var sxy, sxx, syy float64
	for i := range xs {
		dx, dy := xs[i]-mx, ys[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return math.NaN()
	}
	return sxy / math.Sqrt(sxx*syy)
}
