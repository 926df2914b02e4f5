package ner

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/kb"
)

// TestTrainDeterministicAndLearns trains twice on a small sample: the model
// files must be identical, and the model must recover most training spans.
func TestTrainDeterministicAndLearns(t *testing.T) {
	sents, err := ReadIOB(filepath.Join("..", "..", "..", "shared", "train", "conll2003-en", "train.txt.gz"))
	if err != nil {
		t.Skip("CoNLL-2003 train not available:", err)
	}
	sents = sents[:400]
	base, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	g := NewGazetteer(base)
	c := Clusters{"Germany": {1, 10}, "France": {1, 10}, "Monday": {2, 20}}
	var files [2][]byte
	var tg *Tagger
	for i := range files {
		tg = Train(sents, c, g, TrainOptions{Epochs: 3, Seed: 7})
		var buf bytes.Buffer
		if err := tg.Write(&buf); err != nil {
			t.Fatal(err)
		}
		files[i] = buf.Bytes()
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Fatalf("two trainings gave different models (%d and %d bytes)", len(files[0]), len(files[1]))
	}
	loaded, err := Load(bytes.NewReader(files[0]), base)
	if err != nil {
		t.Fatal(err)
	}
	gold, found := 0, 0
	for _, s := range sents {
		pred := map[Span]bool{}
		for _, sp := range Spans(loaded.Tag(s.Words)) {
			pred[sp] = true
		}
		for _, sp := range Spans(s.Tags) {
			gold++
			if pred[sp] {
				found++
			}
		}
	}
	if r := float64(found) / float64(gold); r < 0.8 {
		t.Errorf("training recall %.2f, want ≥ 0.8", r)
	}
}
