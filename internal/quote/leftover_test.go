package quote

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

func TestAttributeLeftovers(t *testing.T) {
	// the rules attribute the first quotation and its title-like mixed
	// quote; the last quotation, a paragraph after one without a quote,
	// is left to the model
	text := "“We will win,” Smith said on Fox's “Sunday Show.”\n\nThe rally went on.\n\n“Nothing can stop us now.”\n\nThe rally ended late. Jones answered: “No.”"
	smith := strings.Index(text, "Smith")
	article := func() *doc.Article {
		return &doc.Article{Text: text, Mentions: []doc.Mention{{Text: "Smith", Type: doc.PER, Span: doc.Span{Start: smith, End: smith + 5}}}}
	}
	last := "Nothing can stop us now."
	tests := []struct {
		name    string
		model   *Ranker
		want    bool   // the last quotation is emitted
		speaker string // by this speaker
		joined  bool   // sharing the first quotation's cue
	}{
		{"no model leaves it out", nil, false, "", false},
		{"dropping preferred", &Ranker{w: map[string]float64{"u:drop": 1}}, false, "", false},
		{"joining the quote before", &Ranker{w: map[string]float64{"u:prev": 2}}, true, "Smith", true},
		{"joining, but under the margin", &Ranker{w: map[string]float64{"u:prev": 2, LeftoverMargin: 3}}, false, "", false},
		{"a quote of its own by the previous speaker", &Ranker{w: map[string]float64{"u:sep:prevspeaker": 2}}, true, "Smith", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(WithoutIndirect(), WithSpeakerModel(tc.model)).Extract(article())
			var first, got *doc.Quote
			for i := range qs {
				switch qs[i].Text {
				case "We will win,":
					first = &qs[i]
				case last:
					got = &qs[i]
				}
			}
			if first == nil {
				t.Fatalf("the first quotation was not attributed: %+v", qs)
			}
			if (got != nil) != tc.want {
				t.Fatalf("last quotation emitted %v, want %v: %+v", got != nil, tc.want, qs)
			}
			if got == nil {
				return
			}
			if got.Speaker.Mention != tc.speaker || (got.CueSpan == first.CueSpan) != tc.joined || !got.Direct {
				t.Errorf("got speaker %q cue %v direct=%v; want speaker %q, joined %v (first cue %v)", got.Speaker.Mention, got.CueSpan, got.Direct, tc.speaker, tc.joined, first.CueSpan)
			}
		})
	}
}
