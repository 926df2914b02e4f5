package quote

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// Ranker is a linear model that ranks candidates by the sum of their
// features' weights, trained by TrainRanker. The speaker ranker
// (DefaultSpeakerModel) is one.
type Ranker struct {
	w map[string]float64
}

// Candidate is a mention that may be a quotation's speaker and the
// features a Ranker scores.
type Candidate struct {
	Name     string
	Span     doc.Span
	Features []string
	// Option is, for an unattributed quotation, what taking the candidate
	// does: "drop", "prev" or "next" (join the quote whose Parts are given)
	// or "sep" (a quote of its own spoken by Name at Span).
	Option string
	Parts  []doc.Span
}

// bucket names the range of bounds v falls in: "=b" for an exact lower
// bound, "b+" past the last.
func bucket(v int, bounds ...int) string {
	for i, b := range bounds {
		if v <= b {
			if i == 0 || v == b {
				return strconv.Itoa(b)
			}
			return strconv.Itoa(bounds[i-1]+1) + "-" + strconv.Itoa(b)
		}
	}
	return strconv.Itoa(bounds[len(bounds)-1]+1) + "+"
}

// Score is the model's score for a candidate's features.
func (m *Ranker) Score(features []string) float64 {
	s := 0.0
	for _, f := range features {
		s += m.w[f]
	}
	return s
}

// best returns the index of the highest-scoring candidate (the first on
// ties), or -1 when there are none.
func (m *Ranker) best(feats [][]string) int {
	best, bs := -1, 0.0
	for i, f := range feats {
		if s := m.Score(f); best < 0 || s > bs {
			best, bs = i, s
		}
	}
	return best
}

// RankExample is a training example: a pronoun's candidates and which
// of them are right (any number, at least one for the example to teach).
type RankExample struct {
	Features [][]string
	Right    []bool
}

// TrainRanker trains a ranking averaged perceptron: for each example,
// when the highest-scoring candidate is wrong, the best-scoring right one's
// features are rewarded and the wrong one's penalised. Examples are visited
// in an order shuffled from seed each epoch.
func TrainRanker(examples []RankExample, epochs int, seed int64) *Ranker {
	w := map[string]float64{}
	sum := map[string]float64{} // weight sums for averaging, kept lazily
	stamp := map[string]int{}
	step := 0
	touch := func(f string, d float64) {
		sum[f] += w[f] * float64(step-stamp[f])
		stamp[f] = step
		w[f] += d
	}
	rng := rand.New(rand.NewSource(seed))
	idx := make([]int, len(examples))
	for i := range idx {
		idx[i] = i
	}
	m := &Ranker{w: w}
	for range epochs {
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for _, i := range idx {
			ex := examples[i]
			step++
			pred := m.best(ex.Features)
			if pred < 0 || ex.Right[pred] {
				continue
			}
			gold, gs := -1, 0.0
			for k, f := range ex.Features {
				if s := m.Score(f); ex.Right[k] && (gold < 0 || s > gs) {
					gold, gs = k, s
				}
			}
			if gold < 0 {
				continue
			}
			for _, f := range ex.Features[gold] {
				touch(f, 1)
			}
			for _, f := range ex.Features[pred] {
				touch(f, -1)
			}
		}
	}
	avg := map[string]float64{}
	for f, v := range w {
		a := (sum[f] + v*float64(step-stamp[f])) / float64(step)
		if a != 0 {
			avg[f] = a
		}
	}
	return &Ranker{w: avg}
}

// Accuracy returns the share of examples with a right candidate where the
// model ranks a right one first.
func (m *Ranker) Accuracy(examples []RankExample) (ok, n int) {
	for _, ex := range examples {
		has := false
		for _, r := range ex.Right {
			has = has || r
		}
		if !has {
			continue
		}
		n++
		if b := m.best(ex.Features); b >= 0 && ex.Right[b] {
			ok++
		}
	}
	return ok, n
}

// Write stores the model as gzipped "feature<TAB>weight" lines, sorted.
func (m *Ranker) Write(w io.Writer) error {
	names := make([]string, 0, len(m.w))
	for f, v := range m.w {
		if s := strconv.FormatFloat(v, 'f', 3, 64); s != "0.000" && s != "-0.000" {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	zw := gzip.NewWriter(w)
	for _, f := range names {
		fmt.Fprintf(zw, "%s\t%s\n", f, strconv.FormatFloat(m.w[f], 'f', 3, 64))
	}
	return zw.Close()
}

// ReadRanker reads a model written by Write. An empty input gives a
// nil model (the rule resolves pronouns).
func ReadRanker(r io.Reader) (*Ranker, error) {
	br := bufio.NewReader(r)
	if _, err := br.Peek(1); err == io.EOF {
		return nil, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, err
	}
	m := &Ranker{w: map[string]float64{}}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f, v, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("pronoun model: bad line %q", sc.Text())
		}
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil, fmt.Errorf("pronoun model: %w", err)
		}
		m.w[f] = x
	}
	return m, sc.Err()
}

// MergeRankers returns a model with the weights of both (their features
// must not overlap).
func MergeRankers(a, b *Ranker) *Ranker {
	m := &Ranker{w: map[string]float64{}}
	for _, r := range []*Ranker{a, b} {
		for f, v := range r.w {
			m.w[f] += v
		}
	}
	return m
}

// AverageRankers returns the ranker whose weights are the mean of rs's:
// rankers trained from different seeds (visiting order) averaged, so that
// the model depends less on the order of training.
func AverageRankers(rs ...*Ranker) *Ranker {
	m := &Ranker{w: map[string]float64{}}
	for _, r := range rs {
		for f, v := range r.w {
			m.w[f] += v / float64(len(rs))
		}
	}
	return m
}

// SetWeight sets the weight of feature f.
func (m *Ranker) SetWeight(f string, v float64) { m.w[f] = v }

// Best returns the index of the highest-scoring candidate, or -1.
func (m *Ranker) Best(features [][]string) int { return m.best(features) }
