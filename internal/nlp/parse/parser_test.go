package parse

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
			ex.Heads = append(ex.Heads, w.Head-1)
			ex.Deprels = append(ex.Deprels, w.Deprel)
		}
		out = append(out, ex)
	}
	return out
}

// TestTrainOnSampleBuildsTrees trains on a small sample and checks that the
// parser fits it, outputs well-formed trees and survives a round trip.
func TestTrainOnSampleBuildsTrees(t *testing.T) {
	data := sample(t, 150)
	p := Train(data, TrainOptions{Iterations: 4, Seed: 1})
	var buf bytes.Buffer
	if err := p.Write(&buf); err != nil {
		t.Fatal(err)
	}
	p2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
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
