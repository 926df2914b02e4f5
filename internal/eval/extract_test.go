package eval

import (
	"math"
	"testing"
)

func TestShingleScore(t *testing.T) {
	tests := []struct {
		name, gold, pred string
		p, r, f          float64
	}{
		{"identical", "the council voted to build a terminal", "the council voted to build a terminal", 1, 1, 1},
		{"extra text lowers precision", "the council voted to build a terminal",
			"the council voted to build a terminal read more about it", 4.0 / 8, 1, 2 * 0.5 / 1.5},
		{"punctuation is not a token", "the council, voted: to build", "the council voted to build", 1, 1, 1},
		// Python's \w is Unicode: Hangul words are tokens, so different
		// Korean texts do not match (ASCII-only tokens would see two empty
		// texts and score 1).
		{"non-Latin words count", "정부는 오늘 새로운 정책을 발표했다", "경찰은 어제 사고 현장을 조사했다", 0, 0, 0},
		{"non-Latin identical", "정부는 오늘 새로운 정책을 발표했다", "정부는 오늘 새로운 정책을 발표했다", 1, 1, 1},
		{"both empty", "", "", 1, 1, 1},
		{"empty prediction", "the council voted to build", "", 0, 0, 0},
	}
	for _, tt := range tests {
		p, r, f := ShingleScore(tt.gold, tt.pred)
		if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 || math.Abs(f-tt.f) > 1e-9 {
			t.Errorf("%s: P/R/F = %.3f/%.3f/%.3f, want %.3f/%.3f/%.3f", tt.name, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}
