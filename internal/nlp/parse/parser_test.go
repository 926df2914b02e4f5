package parse

import (
	"bytes"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/eval"
)

// treebank is read once for all tests.
var treebank = sync.OnceValues(func() ([]eval.UDSentence, error) {
	return eval.ReadConlluFile("../../../../shared/train/ud-english-ewt/en_ewt-ud-train.conllu.gz")
})

func sample(t *testing.T, n int) []Example {
	t.Helper()
	sents, err := treebank()
	if err != nil {
		t.Skip("shared treebank not available:", err)
	}
	var out []Example
	for _, s := range sents[:n] {
		var ex Example
		for _, w := range s.Words {
			ex.Words = append(ex.Words, w.Form)
			ex.UPOS = append(ex.UPOS, w.UPOS)
			ex.XPOS = append(ex.XPOS, w.XPOS)
			ex.Heads = append(ex.Heads, w.Head-1)
			ex.Deprels = append(ex.Deprels, w.Deprel)
		}
		out = append(out, ex)
	}
	return out
}

// TestTrainOnSampleBuildsTrees trains on a small sample, in each reading
// direction, and checks that the parser fits it, outputs well-formed trees in
// the sentence's own word order and survives a round trip.
func TestTrainOnSampleBuildsTrees(t *testing.T) {
	data := sample(t, 150)
	for _, rtl := range []bool{false, true} {
		t.Run(map[bool]string{false: "left-to-right", true: "right-to-left"}[rtl], func(t *testing.T) {
			testTrainOnSample(t, data, rtl)
		})
	}
}

func testTrainOnSample(t *testing.T, data []Example, rightToLeft bool) {
	p := Train(data, TrainOptions{Iterations: 4, Seed: 1, RightToLeft: rightToLeft})
	var buf bytes.Buffer
	if err := p.Write(&buf); err != nil {
		t.Fatal(err)
	}
	p2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if p2.rightToLeft != rightToLeft {
		t.Fatalf("direction right-to-left=%v read back as %v", rightToLeft, p2.rightToLeft)
	}
	words, ok := 0, 0
	for _, ex := range data {
		heads, rels := p.Parse(ex.Words, ex.UPOS, ex.XPOS)
		heads2, rels2 := p2.Parse(ex.Words, ex.UPOS, ex.XPOS)
		roots := 0
		for i := range heads {
			if heads[i] != heads2[i] || rels[i] != rels2[i] {
				t.Fatalf("round trip changed the parse of %v", ex.Words)
			}
			if heads[i] == -1 {
				roots++
				if rels[i] != "root" {
					t.Errorf("root labelled %q", rels[i])
				}
			} else if heads[i] < 0 || heads[i] >= len(heads) || heads[i] == i {
				t.Fatalf("bad head %d at %d", heads[i], i)
			}
			words++
			if heads[i] == ex.Heads[i] {
				ok++
			}
		}
		if roots != 1 {
			t.Errorf("%d roots in %v", roots, ex.Words)
		}
	}
	if uas := float64(ok) / float64(words); uas < 0.9 {
		t.Errorf("UAS on the training sample %.3f, want ≥ 0.9", uas)
	}
}

func TestEmptySentence(t *testing.T) {
	p := Train(sample(t, 5), TrainOptions{Iterations: 1, Seed: 1})
	if h, r := p.Parse(nil, nil, nil); len(h) != 0 || len(r) != 0 {
		t.Fatal("parse of nothing returned something")
	}
}

// TestFeatureSetRoundTrip checks that a model keeps the feature set it was
// trained with, so that models of older sets still parse as trained.
func TestFeatureSetRoundTrip(t *testing.T) {
	data := sample(t, 40)
	counter := NewAffinityCounter()
	for _, ex := range data {
		counter.Count(ex.Words, ex.Heads)
	}
	aff := counter.Affinities(1)
	for _, set := range []int{1, 2, 3, 4} {
		opt := TrainOptions{Iterations: 2, Seed: 1, FeatureSet: set}
		if set == 4 {
			opt.Affinities = aff
		}
		p := Train(data, opt)
		var buf bytes.Buffer
		if err := p.Write(&buf); err != nil {
			t.Fatal(err)
		}
		p2, err := Read(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if p2.featureSet != set {
			t.Fatalf("feature set %d read back as %d", set, p2.featureSet)
		}
		if (p2.affinities != nil) != (set == 4) || set == 4 && p2.affinities.Len() != aff.Len() {
			t.Fatalf("set %d: affinities not kept", set)
		}
		for _, ex := range data {
			if !parsesAlike(p, p2, ex) {
				t.Fatalf("set %d: round trip changed the parse of %v", set, ex.Words)
			}
		}
	}
}

// TestHeldoutKeepsBestIteration checks that training with held-out sentences
// returns a model that scores at least as well on them as the last one.
func TestHeldoutKeepsBestIteration(t *testing.T) {
	data := sample(t, 60)
	train, heldout := data[:45], data[45:]
	last := Train(train, TrainOptions{Iterations: 4, Seed: 1})
	var seen []int
	best := Train(train, TrainOptions{Iterations: 4, Seed: 1, Heldout: heldout, MinIterations: 2,
		AfterIteration: func(it int, _ *Parser) { seen = append(seen, it) }})
	if want := []int{2, 3, 4}; len(seen) != len(want) || seen[0] != 2 || seen[2] != 4 {
		t.Errorf("snapshots after iterations %v, want %v", seen, want)
	}
	_, lastLAS := last.score(heldout)
	_, bestLAS := best.score(heldout)
	if bestLAS < lastLAS {
		t.Errorf("held-out LAS %.2f of the kept model is below %.2f of the last iteration", bestLAS, lastLAS)
	}
}

// TestAverage checks that a parser averaged with itself parses as it does,
// that an average of two seeds gives well-formed trees, and that parsers
// trained differently are refused.
func TestAverage(t *testing.T) {
	data := sample(t, 60)
	a := Train(data, TrainOptions{Iterations: 2, Seed: 1})
	b := Train(data, TrainOptions{Iterations: 2, Seed: 2})
	self, err := Average(a, a)
	if err != nil {
		t.Fatal(err)
	}
	ab, err := Average(a, b)
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range data {
		if !parsesAlike(a, self, ex) {
			t.Fatalf("parser averaged with itself parses %v differently", ex.Words)
		}
		heads, _ := ab.Parse(ex.Words, ex.UPOS, ex.XPOS)
		roots := 0
		for i, h := range heads {
			if h == -1 {
				roots++
			} else if h < 0 || h >= len(heads) || h == i {
				t.Fatalf("bad head %d at %d", h, i)
			}
		}
		if roots != 1 {
			t.Fatalf("%d roots in %v", roots, ex.Words)
		}
	}
	other := Train(data, TrainOptions{Iterations: 2, Seed: 1, FeatureSet: 1})
	if _, err := Average(a, other); err == nil {
		t.Error("averaged parsers of different feature sets")
	}
}
