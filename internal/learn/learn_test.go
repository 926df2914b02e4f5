package learn

import (
	"bytes"
	"testing"
)

// toyInstances is a small problem: the word feature decides the class.
func toyInstances() (feats [][]uint64, labels []int) {
	words := []string{"red", "green", "blue"}
	for i := 0; i < 60; i++ {
		w := words[i%3]
		var f Features
		f.Add("word", w)
		f.Add("bias", "")
		feats = append(feats, f)
		labels = append(labels, i%3)
	}
	return feats, labels
}

func train(seed uint64) *Perceptron {
	p := NewPerceptron("R", "G", "B")
	feats, labels := toyInstances()
	scores := make([]float32, 3)
	for epoch := 0; epoch < 5; epoch++ {
		for _, i := range Shuffle(len(feats), seed, epoch) {
			p.Update(feats[i], labels[i], p.Predict(feats[i], scores))
		}
	}
	return p
}

func TestPerceptronLearnsAndRoundTrips(t *testing.T) {
	p := train(7)
	m := p.Model(0)
	m.Extra["note"] = []byte("hello")
	feats, labels := toyInstances()
	scores := make([]float32, 3)
	for i := range feats {
		if got := m.Predict(feats[i], scores); got != labels[i] {
			t.Fatalf("instance %d: predicted %d, want %d", i, got, labels[i])
		}
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if string(m2.Extra["note"]) != "hello" || len(m2.Classes()) != 3 || m2.Classes()[1] != "G" {
		t.Fatalf("round trip lost metadata: %v %q", m2.Classes(), m2.Extra["note"])
	}
	s2 := make([]float32, 3)
	for i := range feats {
		m.Scores(feats[i], scores)
		m2.Scores(feats[i], s2)
		for c := range scores {
			if d := scores[c] - s2[c]; d > 1e-3 || d < -1e-3 {
				t.Fatalf("instance %d class %d: score %v after round trip, was %v", i, c, s2[c], scores[c])
			}
		}
	}
}

func TestTrainingIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := train(3).Model(0).Write(&a); err != nil {
		t.Fatal(err)
	}
	if err := train(3).Model(0).Write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("same seed gave different model files")
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	if _, err := Read(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Fatal("Read accepted garbage")
	}
}

func TestUnknownFeaturesScoreZero(t *testing.T) {
	m := train(1).Model(0)
	scores := []float32{1, 2, 3}
	m.Scores([]uint64{Hash1(HashString("nope"), 42)}, scores)
	for _, s := range scores {
		if s != 0 {
			t.Fatalf("unknown feature scored %v", scores)
		}
	}
}

// TestScoresSumRows checks AddScores against the rows it sums, for rows of
// several lengths, with few classes (integer accumulator) and many (the
// general path), and after a write/read round trip.
func TestScoresSumRows(t *testing.T) {
	for _, nclasses := range []int{5, 256, 300} {
		classes := make([]string, nclasses)
		for i := range classes {
			classes[i] = string(rune('A'+i%26)) + string(rune('a'+i/26))
		}
		b := newBuilder(classes)
		var feats []uint64
		for k := 0; k < 40; k++ {
			var row []Entry
			for j := 0; j < k%6; j++ {
				row = append(row, Entry{Class: uint16((k*7 + j*31) % nclasses), W: float32(k - 2*j)})
			}
			key := Hash1(uint64(k), 99)
			feats = append(feats, key)
			b.add(key, row)
		}
		m := b.build()
		var buf bytes.Buffer
		if err := m.Write(&buf); err != nil {
			t.Fatal(err)
		}
		m2, err := Read(&buf)
		if err != nil {
			t.Fatal(err)
		}
		want := make([]float32, nclasses)
		for _, f := range feats {
			for _, e := range m.Row(f) {
				want[e.Class] += e.W
			}
		}
		for name, model := range map[string]*Model{"built": m, "read back": m2} {
			got := make([]float32, nclasses)
			model.Scores(feats, got)
			for c := range got {
				if d := got[c] - want[c]; d > 1e-3 || d < -1e-3 {
					t.Fatalf("%d classes, %s: class %d scored %v, rows sum to %v", nclasses, name, c, got[c], want[c])
				}
			}
		}
		if m.NumWeights() == 0 || m2.NumWeights() != m.NumWeights() {
			t.Fatalf("%d classes: %d weights, %d read back", nclasses, m.NumWeights(), m2.NumWeights())
		}
	}
}
