package eval

import (
	"fmt"
	"sort"
	"strings"
)

// NERCounts holds exact-span entity counts for one type.
type NERCounts struct{ TP, FP, FN int }

// PRF returns precision, recall and F1.
func (c NERCounts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// NERScore is conlleval-style exact-span scoring restricted to some types.
type NERScore struct {
	Types  []string
	ByType map[string]*NERCounts
}

// NewNERScore scores only the given entity types (others are ignored in
// both gold and prediction).
func NewNERScore(types ...string) *NERScore {
	s := &NERScore{Types: types, ByType: map[string]*NERCounts{}}
	for _, t := range types {
		s.ByType[t] = &NERCounts{}
	}
	return s
}

type nerSpan struct {
	start, end int
	typ        string
}

func nerSpans(tags []string) map[nerSpan]bool {
	out := map[nerSpan]bool{}
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if len(t) < 3 || (t[0] != 'B' && t[0] != 'I') {
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out[nerSpan{i, j, typ}] = true
		i = j - 1
	}
	return out
}

// Add scores one sentence's IOB2 tags.
func (s *NERScore) Add(gold, pred []string) {
	g, p := nerSpans(gold), nerSpans(pred)
	for sp := range g {
		c := s.ByType[sp.typ]
		if c == nil {
			continue
		}
		if p[sp] {
			c.TP++
		} else {
			c.FN++
		}
	}
	for sp := range p {
		if c := s.ByType[sp.typ]; c != nil && !g[sp] {
			c.FP++
		}
	}
}

// Total sums the counts over the scored types.
func (s *NERScore) Total() NERCounts {
	var t NERCounts
	for _, c := range s.ByType {
		t.TP += c.TP
		t.FP += c.FP
		t.FN += c.FN
	}
	return t
}

// String prints overall and per-type figures.
func (s *NERScore) String() string {
	var b strings.Builder
	p, r, f := s.Total().PRF()
	fmt.Fprintf(&b, "overall  P %.4f  R %.4f  F1 %.4f\n", p, r, f)
	types := append([]string(nil), s.Types...)
	sort.Strings(types)
	for _, t := range types {
		c := s.ByType[t]
		p, r, f := c.PRF()
		fmt.Fprintf(&b, "%-8s P %.4f  R %.4f  F1 %.4f  (gold %d)\n", t, p, r, f, c.TP+c.FN)
	}
	return b.String()
}
