package quote

import (
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

func TestRankBoundaries(t *testing.T) {
	text := "Smith said the plan was “dead on arrival” in Congress."
	rules := "the plan was “dead on arrival” in Congress"
	tests := []struct {
		name   string
		model  *Ranker
		want   string
		direct bool
	}{
		{"no model keeps the rules' span", nil, rules, false},
		{"model keeping the rules' span", &Ranker{w: map[string]float64{"b:span=rule/rule": 1}}, rules, false},
		{"model preferring the quoted words", &Ranker{w: map[string]float64{"b:span=marks/marks": 1}}, "dead on arrival", true},
		{"model preferring to end at the marks", &Ranker{w: map[string]float64{"b:end=marks": 1, "b:start=rule": 1}}, "the plan was “dead on arrival”", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &doc.Article{Text: text}
			qs := New(WithoutIndirect(), WithSpeakerModel(tc.model)).Extract(a)
			if len(qs) != 1 {
				t.Fatalf("got %d quotes, want 1: %+v", len(qs), qs)
			}
			if q := qs[0]; q.Text != tc.want || q.Direct != tc.direct || q.Span.Of(text) != q.Text {
				t.Errorf("got %q direct=%v span %v; want %q direct=%v", q.Text, q.Direct, q.Span, tc.want, tc.direct)
			}
		})
	}
}
