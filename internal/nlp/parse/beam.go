package parse

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Beam sets how the parser searches: it keeps up to Width partial parses,
// scoring each transition by its log-probability under a softmax of the
// perceptron's scores divided by Temperature, and branches only on
// transitions within Margin (log-probability) of the best one. Width 1 is
// greedy parsing. The perceptron is trained locally (one transition at a
// time), so its raw scores are not comparable between configurations; the
// softmax makes them so, and the temperature sets how far a confident early
// choice outweighs later ones (docs/quality.md).
type Beam struct {
	Width       int
	Temperature float64
	Margin      float64
}

// String is the form Beam is stored in a model file.
func (b Beam) String() string {
	return fmt.Sprintf("%d %g %g", b.Width, b.Temperature, b.Margin)
}

// ParseBeam reads a Beam written by String.
func ParseBeam(s string) (Beam, error) {
	var b Beam
	f := strings.Fields(s)
	if len(f) != 3 {
		return b, fmt.Errorf("beam %q: want width, temperature and margin", s)
	}
	var err1, err2, err3 error
	b.Width, err1 = strconv.Atoi(f[0])
	b.Temperature, err2 = strconv.ParseFloat(f[1], 64)
	b.Margin, err3 = strconv.ParseFloat(f[2], 64)
	if err1 != nil || err2 != nil || err3 != nil || b.Width < 1 || b.Temperature <= 0 || b.Margin < 0 {
		return b, fmt.Errorf("beam %q: want width ≥ 1, temperature > 0 and margin ≥ 0", s)
	}
	return b, nil
}

// Beam returns the parser's search settings.
func (p *Parser) Beam() Beam { return p.beam }

// SetBeam changes the parser's search settings; a width below 2 parses
// greedily. It is not safe to call while the parser is in use.
func (p *Parser) SetBeam(b Beam) {
	if b.Width < 1 {
		b.Width = 1
	}
	p.beam = b
}

// clone returns a deep copy of the configuration.
func (st *state) clone() *state {
	m := st.n + 1
	c := &state{n: st.n, b: st.b, stack: append(make([]int, 0, st.n), st.stack...)}
	buf := make([]int, 8*m)
	for i, src := range [][]int{st.heads, st.labels, st.left, st.left2, st.right, st.right2, st.nleft, st.nright} {
		copy(buf[i*m:(i+1)*m], src)
	}
	c.heads, c.labels, c.left, c.left2 = buf[:m:m], buf[m:2*m:2*m], buf[2*m:3*m:3*m], buf[3*m:4*m:4*m]
	c.right, c.right2, c.nleft, c.nright = buf[4*m:5*m:5*m], buf[5*m:6*m:6*m], buf[6*m:7*m:7*m], buf[7*m:]
	sets := make([]uint64, 2*m)
	copy(sets, st.lset)
	copy(sets[m:], st.rset)
	c.lset, c.rset = sets[:m:m], sets[m:]
	return c
}

type beamItem struct {
	st    *state
	score float64 // log-probability of the transitions so far (relative)
}

type beamCandidate struct {
	item, class int
	score       float64
}

// beamSearch parses sent by the parser's beam and returns the best final
// configuration. Every configuration takes 2n transitions, so all finish
// together.
func (p *Parser) beamSearch(sent *sentence, n int) *state {
	b := p.beam
	invT := 1 / b.Temperature
	beam := make([]beamItem, 1, b.Width)
	beam[0] = beamItem{st: newState(n)}
	next := make([]beamItem, 0, b.Width)
	uses := make([]int, b.Width)
	scores := make([]float32, p.nclasses())
	var f []uint64
	var cands []beamCandidate
	for !beam[0].st.done() {
		cands = cands[:0]
		for i, it := range beam {
			f = features(f[:0], sent, it.st, p.featureSet)
			p.model.Scores(f, scores)
			mx := float32(math.Inf(-1))
			for c, s := range scores {
				if s > mx {
					if move, l := p.decode(c); p.valid(it.st, move, l) {
						mx = s
					}
				}
			}
			// With one configuration every candidate shares the
			// normaliser, so only the differences to the best matter.
			norm := float64(mx) * invT
			if len(beam) > 1 {
				z := 0.0
				for c, s := range scores {
					if d := float64(s-mx) * invT; d > -12 {
						if move, l := p.decode(c); p.valid(it.st, move, l) {
							z += math.Exp(d)
						}
					}
				}
				norm += math.Log(z)
			}
			// Branch on moves, each with its best label: configurations
			// that differ only in a label have the same future.
			var bestOf [3]int
			bestOf[0], bestOf[1], bestOf[2] = -1, -1, -1
			for c, s := range scores {
				if float64(s-mx)*invT < -b.Margin {
					continue
				}
				if move, l := p.decode(c); p.valid(it.st, move, l) && (bestOf[move] < 0 || s > scores[bestOf[move]]) {
					bestOf[move] = c
				}
			}
			for _, c := range bestOf {
				if c >= 0 {
					cands = insertCandidate(cands, beamCandidate{i, c, it.score + float64(scores[c])*invT - norm}, b.Width)
				}
			}
		}
		keep := 0
		for keep < len(cands) && cands[keep].score >= cands[0].score-b.Margin {
			keep++
		}
		cands = cands[:keep]
		for i := range beam {
			uses[i] = 0
		}
		for _, c := range cands {
			uses[c.item]++
		}
		next = next[:0]
		for _, c := range cands {
			st := beam[c.item].st
			if uses[c.item]--; uses[c.item] > 0 {
				st = st.clone()
			}
			move, l := p.decode(c.class)
			st.apply(move, l)
			score := c.score
			if len(cands) == 1 {
				score = 0
			}
			if !hasSignature(next, st) {
				next = append(next, beamItem{st, score})
			}
		}
		beam, next = next, beam
	}
	return beam[0].st
}

// insertCandidate adds c to cands, kept sorted by falling score and at
// most width long.
func insertCandidate(cands []beamCandidate, c beamCandidate, width int) []beamCandidate {
	i := len(cands)
	for i > 0 && cands[i-1].score < c.score {
		i--
	}
	if i >= width {
		return cands
	}
	if len(cands) < width {
		cands = append(cands, beamCandidate{})
	}
	copy(cands[i+1:], cands[i:len(cands)-1])
	cands[i] = c
	return cands
}

// hasSignature reports whether one of items is in the same configuration as
// st as far as any feature can see: the same stack and buffer, and the same
// children and child labels of the words on them. Their futures are then the
// same, so the later (lower scoring) one is dropped: dynamic-programming
// merging (Huang & Sagae 2010) within the beam.
func hasSignature(items []beamItem, st *state) bool {
	for _, it := range items {
		if sameSignature(it.st, st) {
			return true
		}
	}
	return false
}

func sameSignature(a, b *state) bool {
	if a.b != b.b || !slices.Equal(a.stack, b.stack) {
		return false
	}
	// sameArc: the same child (and its label) in one of the child slots.
	sameArc := func(arr, brr []int, h int) bool {
		d := arr[h]
		return d == brr[h] && (d < 0 || a.labels[d] == b.labels[d])
	}
	same := func(i int) bool {
		if !sameArc(a.left, b.left, i) || !sameArc(a.left2, b.left2, i) || !sameArc(a.right, b.right, i) ||
			!sameArc(a.right2, b.right2, i) || a.nleft[i] != b.nleft[i] || a.nright[i] != b.nright[i] ||
			a.lset[i] != b.lset[i] || a.rset[i] != b.rset[i] {
			return false
		}
		// Features also read the leftmost child's leftmost child and the
		// rightmost child's rightmost one.
		if l := a.left[i]; l >= 0 && !sameArc(a.left, b.left, l) {
			return false
		}
		if r := a.right[i]; r >= 0 && !sameArc(a.right, b.right, r) {
			return false
		}
		return true
	}
	for _, x := range a.stack {
		if !same(x) {
			return false
		}
	}
	return same(a.b)
}
