package learn

import (
	"math"
	"slices"
)

// weight is one class's weight for one feature during training, with the
// running sum the averaged perceptron needs (updated lazily).
type weight struct {
	class int32
	w     float32
	total float64 // sum of w over the steps before since
	since int64   // step at which total was last brought up to date
}

// Perceptron is a multiclass averaged perceptron under training. It is not
// safe for concurrent use.
type Perceptron struct {
	classes []string
	index   map[string]int
	weights map[uint64][]weight
	step    int64
}

// NewPerceptron returns an untrained perceptron over the given classes.
func NewPerceptron(classes ...string) *Perceptron {
	p := &Perceptron{index: map[string]int{}, weights: map[uint64][]weight{}}
	for _, c := range classes {
		p.Class(c)
	}
	return p
}

// Class returns the index of the class named name, adding it if new.
func (p *Perceptron) Class(name string) int {
	if i, ok := p.index[name]; ok {
		return i
	}
	p.index[name] = len(p.classes)
	p.classes = append(p.classes, name)
	return len(p.classes) - 1
}

// Classes returns the class names in index order.
func (p *Perceptron) Classes() []string { return p.classes }

// NumFeatures returns how many features have a weight.
func (p *Perceptron) NumFeatures() int { return len(p.weights) }

// Scores sets scores[c] to the current score of each class c for the
// instance with the given features; scores must have one slot per class.
func (p *Perceptron) Scores(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		for _, w := range p.weights[f] {
			scores[w.class] += w.w
		}
	}
}

// Predict returns the highest-scoring class (the lowest index on ties).
func (p *Perceptron) Predict(feats []uint64, scores []float32) int {
	p.Scores(feats, scores)
	return Argmax(scores)
}

// Update counts one training instance and, when guess differs from truth,
// moves the weights of feats towards truth and away from guess. Call it for
// every instance, also the correctly predicted ones: averaging counts them.
func (p *Perceptron) Update(feats []uint64, truth, guess int) {
	p.step++
	if truth == guess {
		return
	}
	for _, f := range feats {
		ws := p.weights[f]
		ws = p.add(ws, int32(truth), 1)
		ws = p.add(ws, int32(guess), -1)
		p.weights[f] = ws
	}
}

func (p *Perceptron) add(ws []weight, class int32, delta float32) []weight {
	for i := range ws {
		if ws[i].class == class {
			w := &ws[i]
			w.total += float64(p.step-w.since) * float64(w.w)
			w.since = p.step
			w.w += delta
			return ws
		}
	}
	return append(ws, weight{class: class, w: delta, since: p.step})
}

// Model returns the averaged weights as a read-only model. Weights whose
// averaged magnitude is below minWeight are dropped (0 keeps all non-zero
// weights). The perceptron can go on training afterwards.
func (p *Perceptron) Model(minWeight float32) *Model {
	keys := make([]uint64, 0, len(p.weights))
	for k := range p.weights {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b := newBuilder(p.classes)
	steps := float64(max(p.step, 1))
	var row []Entry
	for _, k := range keys {
		row = row[:0]
		for _, w := range p.weights[k] {
			total := w.total + float64(p.step-w.since)*float64(w.w)
			avg := float32(total / steps)
			if avg == 0 || math.Abs(float64(avg)) < float64(minWeight) {
				continue
			}
			row = append(row, Entry{Class: uint16(w.class), W: avg})
		}
		if len(row) > 0 {
			slices.SortFunc(row, func(a, b Entry) int { return int(a.Class) - int(b.Class) })
			b.add(k, row)
		}
	}
	return b.build()
}

// Argmax returns the index of the largest score (the first on ties), or -1
// for an empty slice.
func Argmax(scores []float32) int {
	best := -1
	for i, s := range scores {
		if best < 0 || s > scores[best] {
			best = i
		}
	}
	return best
}
