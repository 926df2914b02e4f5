package ner

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/kb"
)

// trainingSample returns the first n sentences of CoNLL-2003 train, the
// embedded knowledge base and its gazetteer; it skips the test without the
// shared data.
func trainingSample(t *testing.T, n int) ([]Sentence, *kb.KB, *Gazetteer) {
	t.Helper()
	sents, err := ReadIOB(filepath.Join("..", "..", "..", "shared", "train", "conll2003-en", "train.txt.gz"))
	if err != nil {
		t.Skip("CoNLL-2003 train not available:", err)
	}
	base, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	return sents[:n], base, NewGazetteer(base)
}

// spanRecall is the share of the sentences' gold spans the tagger finds.
func spanRecall(tg *Tagger, sents []Sentence) float64 {
	gold, found := 0, 0
	for _, s := range sents {
		pred := map[Span]bool{}
		for _, sp := range Spans(tg.Tag(s.Words)) {
			pred[sp] = true
		}
		for _, sp := range Spans(s.Tags) {
			gold++
			if pred[sp] {
				found++
			}
		}
	}
	return float64(found) / float64(gold)
}

// TestTrainDeterministicAndLearns trains twice on a small sample: the model
// files must be identical, and the model must recover most training spans.
func TestTrainDeterministicAndLearns(t *testing.T) {
	sents, base, g := trainingSample(t, 400)
	c := Clusters{"Germany": {1, 10}, "France": {1, 10}, "Monday": {2, 20}}
	var files [2][]byte
	for i := range files {
		tg := Train(sents, c, g, TrainOptions{Epochs: 3, Seed: 7})
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
	if loaded.document {
		t.Error("a model trained on sentences alone loads as one that reads document context")
	}
	if r := spanRecall(loaded, sents); r < 0.75 {
		t.Errorf("training recall %.4f, want ≥ 0.75", r)
	}
}

// TestAverage checks that the mean of a tagger with itself tags as it does,
// and that taggers from different seeds average into one that differs from
// each and recovers the training spans at least about as well as the worse.
func TestAverage(t *testing.T) {
	sents, _, g := trainingSample(t, 300)
	a := Train(sents, nil, g, TrainOptions{Epochs: 2, Seed: 1})
	b := Train(sents, nil, g, TrainOptions{Epochs: 2, Seed: 2})
	self, err := Average(0, a, a)
	if err != nil {
		t.Fatal(err)
	}
	mixed, err := Average(0, a, b)
	if err != nil {
		t.Fatal(err)
	}
	differ := 0
	for _, s := range sents {
		if strings.Join(self.Tag(s.Words), " ") != strings.Join(a.Tag(s.Words), " ") {
			t.Fatalf("a tagger averaged with itself tags %q differently", strings.Join(s.Words, " "))
		}
		if strings.Join(mixed.Tag(s.Words), " ") != strings.Join(a.Tag(s.Words), " ") {
			differ++
		}
	}
	if differ == 0 {
		t.Error("averaging taggers from two seeds changed nothing")
	}
	ra, rb, rm := spanRecall(a, sents), spanRecall(b, sents), spanRecall(mixed, sents)
	if rm < min(ra, rb)-0.02 {
		t.Errorf("averaged tagger's training recall %.3f, below the seeds' %.3f and %.3f", rm, ra, rb)
	}
	if _, err := Average(0); err == nil {
		t.Error("averaging no taggers gave no error")
	}
}
