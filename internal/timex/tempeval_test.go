package timex_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/timex"
)

// TestTempEval3 scores DATE and TIME expressions on the TempEval-3 training
// documents (TimeBank + AQUAINT) and holds the bar.
func TestTempEval3(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "eval", "tempeval3")
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("tempeval3 set missing at %s: %v", dir, err)
	}
	docs, err := eval.ReadTimeMLDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	tagger := timex.New()
	var all eval.TimexScore
	for _, d := range docs {
		var gold, sys []eval.TimexSpan
		for _, g := range d.Timexes {
			if g.Type == timex.Date || g.Type == timex.Time {
				gold = append(gold, eval.TimexSpan{Start: g.Start, End: g.End, Type: g.Type, Value: g.Value})
			}
		}
		for _, x := range tagger.Tag(d.Text, d.DCT) {
			if x.Type == timex.Date || x.Type == timex.Time {
				sys = append(sys, eval.TimexSpan{Start: x.Span.Start, End: x.Span.End, Type: x.Type, Value: x.Value})
			}
			if d.Text[x.Span.Start:x.Span.End] != x.Text {
				t.Fatalf("%s: span %v does not cover %q", d.Name, x.Span, x.Text)
			}
		}
		all.Add(gold, sys)
	}
	p, r, f := all.Relaxed()
	_, _, sf := all.Strict()
	t.Logf("docs %d gold %d sys %d relaxed P %.4f R %.4f F1 %.4f strict F1 %.4f value acc %.4f (at granularity %.4f)",
		len(docs), all.Gold, all.Sys, p, r, f, sf, all.ValueAccuracy(), all.ValueAccuracyAtGranularity())
	if f < 0.90 {
		t.Errorf("relaxed span F1 %.4f < 0.90", f)
	}
	if all.ValueAccuracy() < 0.85 {
		t.Errorf("value accuracy %.4f < 0.85", all.ValueAccuracy())
	}
}
