package tag

import (
	"bytes"
	"testing"

	"github.com/sitrep/sitrep/internal/eval"
)

func sample(t *testing.T, n int) []Example {
	t.Helper()
	sents, err := eval.ReadConlluFile("../../../../shared/train/ud-english-ewt/en_ewt-ud-train.conllu.gz")
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
		}
		out = append(out, ex)
	}
	return out
}

// TestTrainOnSampleAndRoundTrip trains on a small sample, checks that the
// tagger fits it and tags the same after Write and Read, and that training
// is deterministic.
func TestTrainOnSampleAndRoundTrip(t *testing.T) {
	data := sample(t, 300)
	tg := Train(data, TrainOptions{Iterations: 4, Seed: 2})
	var buf, again bytes.Buffer
	if err := tg.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if err := Train(data, TrainOptions{Iterations: 4, Seed: 2}).Write(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("training twice with one seed gave different models")
	}
	tg2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	n, ok := 0, 0
	for _, ex := range data {
		u, x := tg.Tag(ex.Words)
		u2, x2 := tg2.Tag(ex.Words)
		for i := range u {
			if u[i] != u2[i] || x[i] != x2[i] {
				t.Fatalf("round trip changed the tags of %v", ex.Words)
			}
			n++
			if u[i] == ex.UPOS[i] && x[i] == ex.XPOS[i] {
				ok++
			}
		}
	}
	if acc := float64(ok) / float64(n); acc < 0.95 {
		t.Errorf("accuracy on the training sample %.3f, want ≥ 0.95", acc)
	}
}

func TestNormalizeAndShape(t *testing.T) {
	for _, tc := range []struct{ in, shape string }{
		{"Washington", "Xxx"}, {"U.S.", "X.X."}, {"1,000", "d,dd"}, {"e-mail", "x-xx"},
	} {
		if got := shape(tc.in); got != tc.shape {
			t.Errorf("shape(%q) = %q, want %q", tc.in, got, tc.shape)
		}
	}
}
