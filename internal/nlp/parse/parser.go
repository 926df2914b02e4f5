package parse

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/learn"
	"github.com/sitrep/sitrep/internal/nlp/cluster"
	"github.com/sitrep/sitrep/internal/nlp/token"
)

// Parser predicts labelled dependency trees. It is read-only and safe for
// concurrent use.
type Parser struct {
	model  *learn.Model
	labels []string // deprels; classes are shift, left-l..., right-l...
	root   int      // index of the "root" label
	// clusters are word clusters from unlabeled text (nil: none).
	clusters *cluster.Clusters
	// featureSet selects the feature templates (see features).
	featureSet int
	// rightToLeft parsers read sentences from the last word to the first.
	rightToLeft bool
	// affinities of word pairs in auto-parsed text, for feature set 4.
	affinities *Affinities
	// beam sets the search (beam.go); the zero value parses greedily.
	beam Beam
}

// latestFeatures is the feature set new parsers train with; models written
// before feature sets were numbered use set 1.
const latestFeatures = 3

// maxFeatures is the highest feature set: set 4 adds word-pair affinities
// (affinity.go), which did not beat set 3 (docs/quality.md).
const maxFeatures = 4

// Example is one gold training sentence. Heads are 0-based, -1 for the root.
// UPOS and XPOS are the tags the parser trains on (predicted ones, ideally);
// GoldUPOS and GoldXPOS, when set, are the gold tags that TrainOptions.GoldTags
// mixes in.
type Example struct {
	Words, UPOS, XPOS []string
	// Alt is the tagger's close second XPOS choice per word ("" for none),
	// which feature set 3 reads (see tag.Tagger.TagAlternatives).
	Alt                []string
	GoldUPOS, GoldXPOS []string
	Heads              []int
	Deprels            []string
}

const shift = 0

// Labels returns the dependency relations the parser predicts.
func (p *Parser) Labels() []string { return p.labels }

func (p *Parser) nclasses() int { return 1 + 2*len(p.labels) }

// decode returns the move and label of a class.
func (p *Parser) decode(c int) (move, label int) {
	switch {
	case c == shift:
		return shift, -1
	case c <= len(p.labels):
		return 1, c - 1
	default:
		return 2, c - 1 - len(p.labels)
	}
}

const (
	moveShift = 0
	moveLeft  = 1
	moveRight = 2
)

// sentence holds the hashed views of a sentence that features use; index n
// is the root, n+1 stands for "no token".
type sentence struct {
	n          int
	word, xpos []uint64
	upos       []uint64
	fine       []uint64
	coarse     []uint64
	suffix     []uint64
	alt        []uint64
	aff        *Affinities
}

var (
	hNone = learn.HashString("<none>")
	hRoot = learn.HashString("<root>")
)

func newSentence(words, upos, xpos, alt []string, cl *cluster.Clusters) *sentence {
	n := len(words)
	buf := make([]uint64, 7*(n+2))
	s := &sentence{n: n}
	s.word, buf = buf[:n+2], buf[n+2:]
	s.xpos, buf = buf[:n+2], buf[n+2:]
	s.upos, buf = buf[:n+2], buf[n+2:]
	s.fine, buf = buf[:n+2], buf[n+2:]
	s.coarse, buf = buf[:n+2], buf[n+2:]
	s.suffix, buf = buf[:n+2], buf[n+2:]
	s.alt = buf[:n+2]
	for i := range s.alt {
		s.alt[i] = hNone
		if i < len(alt) && alt[i] != "" {
			s.alt[i] = learn.HashString(alt[i])
		}
	}
	for i := range words {
		norm := token.Normalize(words[i])
		s.word[i] = learn.HashString(norm)
		s.suffix[i] = learn.Hash1(0x5f, learn.HashString(norm[max(0, len(norm)-3):]))
		s.xpos[i] = learn.HashString(xpos[i])
		s.upos[i] = learn.HashString(upos[i])
		s.fine[i], s.coarse[i] = hNone, hNone
		if f, c, ok := cl.OfNormalized(norm); ok {
			s.fine[i], s.coarse[i] = learn.Hash1(0xf1, uint64(f)), learn.Hash1(0xc0, uint64(c))
		}
	}
	s.word[n], s.xpos[n], s.upos[n], s.fine[n], s.coarse[n], s.suffix[n] = hRoot, hRoot, hRoot, hRoot, hRoot, hRoot
	s.word[n+1], s.xpos[n+1], s.upos[n+1], s.fine[n+1], s.coarse[n+1], s.suffix[n+1] = hNone, hNone, hNone, hNone, hNone, hNone
	return s
}

// state is an arc-hybrid configuration.
type state struct {
	n             int
	stack         []int
	b             int // front of the buffer; n is the root
	heads, labels []int
	left, left2   []int // leftmost and second leftmost child
	right, right2 []int
	nleft, nright []int
	lset, rset    []uint64 // bit sets of the labels of left and right children
}

func newState(n int) *state {
	st := &state{n: n, stack: make([]int, 0, n)}
	buf := make([]int, 10*(n+1))
	st.heads, buf = buf[:n+1], buf[n+1:]
	st.labels, buf = buf[:n+1], buf[n+1:]
	st.left, buf = buf[:n+1], buf[n+1:]
	st.left2, buf = buf[:n+1], buf[n+1:]
	st.right, buf = buf[:n+1], buf[n+1:]
	st.right2, buf = buf[:n+1], buf[n+1:]
	st.nleft, buf = buf[:n+1], buf[n+1:]
	st.nright = buf[:n+1]
	for i := 0; i <= n; i++ {
		st.heads[i], st.labels[i] = -1, -1
		st.left[i], st.left2[i], st.right[i], st.right2[i] = -1, -1, -1, -1
	}
	st.lset = make([]uint64, n+1)
	st.rset = make([]uint64, n+1)
	return st
}

func (st *state) done() bool { return st.b == st.n && len(st.stack) == 0 }

func (st *state) s(i int) int {
	if i < len(st.stack) {
		return st.stack[len(st.stack)-1-i]
	}
	return -1
}

func (st *state) addArc(h, d, l int) {
	st.heads[d], st.labels[d] = h, l
	if d < h {
		if st.left[h] == -1 || d < st.left[h] {
			st.left2[h], st.left[h] = st.left[h], d
		} else if st.left2[h] == -1 || d < st.left2[h] {
			st.left2[h] = d
		}
		st.nleft[h]++
		st.lset[h] |= 1 << (uint(l) & 63)
	} else {
		if st.right[h] == -1 || d > st.right[h] {
			st.right2[h], st.right[h] = st.right[h], d
		} else if st.right2[h] == -1 || d > st.right2[h] {
			st.right2[h] = d
		}
		st.nright[h]++
		st.rset[h] |= 1 << (uint(l) & 63)
	}
}

// valid reports whether move (with label l) may be applied.
func (p *Parser) valid(st *state, move, l int) bool {
	switch move {
	case moveShift:
		return st.b < st.n
	case moveLeft:
		if len(st.stack) == 0 {
			return false
		}
		if st.b == st.n {
			return len(st.stack) == 1 && l == p.root
		}
		return l != p.root
	default:
		return len(st.stack) >= 2 && l != p.root
	}
}

func (st *state) apply(move, l int) {
	switch move {
	case moveShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case moveLeft:
		s0 := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.addArc(st.b, s0, l)
	default:
		s0 := st.stack[len(st.stack)-1]
		s1 := st.stack[len(st.stack)-2]
		st.stack = st.stack[:len(st.stack)-1]
		st.addArc(s1, s0, l)
	}
}

// Parse returns the 0-based heads (-1 for the root) and relations of a
// tagged sentence.
func (p *Parser) Parse(words, upos, xpos []string) (heads []int, deprels []string) {
	return p.ParseAlternatives(words, upos, xpos, nil)
}

// ParseAlternatives is Parse given also the tagger's close second XPOS
// choices (see Example.Alt; nil: none), which parsers of feature set 3 use.
func (p *Parser) ParseAlternatives(words, upos, xpos, alt []string) (heads []int, deprels []string) {
	if !p.rightToLeft {
		return p.parse(words, upos, xpos, alt)
	}
	return reverseTree(p.parse(reversed(words), reversed(upos), reversed(xpos), reversed(alt)))
}

// UsesAlternatives reports whether the parser reads the tagger's second
// choices.
func (p *Parser) UsesAlternatives() bool { return p.featureSet >= 3 }

// reversed returns a reversed copy of s.
func reversed[T any](s []T) []T {
	out := make([]T, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}

// reverseTree maps a tree over the reversed sentence back to the sentence
// (and the other way round).
func reverseTree(heads []int, deprels []string) ([]int, []string) {
	n := len(heads)
	out := reversed(heads)
	for i, h := range out {
		if h >= 0 {
			out[i] = n - 1 - h
		}
	}
	return out, reversed(deprels)
}

func (p *Parser) parse(words, upos, xpos, alt []string) (heads []int, deprels []string) {
	n := len(words)
	heads = make([]int, n)
	deprels = make([]string, n)
	if n == 0 {
		return heads, deprels
	}
	sent := newSentence(words, upos, xpos, alt, p.clusters)
	sent.aff = p.affinities
	st := p.search(sent, n)
	for i := 0; i < n; i++ {
		h := st.heads[i]
		if h == n || h < 0 {
			heads[i] = -1
		} else {
			heads[i] = h
		}
		if st.labels[i] >= 0 {
			deprels[i] = p.labels[st.labels[i]]
		}
	}
	return heads, deprels
}

// search returns the final configuration for sent: the best of the
// beam, or the greedy one.
func (p *Parser) search(sent *sentence, n int) *state {
	if p.beam.Width > 1 {
		return p.beamSearch(sent, n)
	}
	st := newState(n)
	scores := make([]float32, p.nclasses())
	var f []uint64
	for !st.done() {
		f = features(f[:0], sent, st, p.featureSet)
		p.model.Scores(f, scores)
		best := p.bestValid(st, scores)
		move, l := p.decode(best)
		st.apply(move, l)
	}
	return st
}

func (p *Parser) bestValid(st *state, scores []float32) int {
	best := -1
	for c := range scores {
		if best >= 0 && scores[c] <= scores[best] {
			continue
		}
		move, l := p.decode(c)
		if p.valid(st, move, l) {
			best = c
		}
	}
	return best
}

// cost counts the gold arcs that applying move with label l makes
// unreachable (the arc-hybrid dynamic oracle of Goldberg & Nivre 2013).
// gold heads use n for the root.
func cost(st *state, gh, gl []int, move, l int) int {
	c := 0
	switch move {
	case moveShift:
		b := st.b
		for i, k := range st.stack {
			if gh[k] == b {
				c++
			}
			if gh[b] == k && i != len(st.stack)-1 {
				c++
			}
		}
	case moveLeft:
		s0 := st.stack[len(st.stack)-1]
		h := gh[s0]
		if h != st.b && (h > st.b || len(st.stack) > 1 && h == st.stack[len(st.stack)-2]) {
			c++
		}
		if h == st.b && l != gl[s0] {
			c++
		}
		for k := st.b; k < st.n; k++ {
			if gh[k] == s0 {
				c++
			}
		}
	default:
		s0 := st.stack[len(st.stack)-1]
		s1 := st.stack[len(st.stack)-2]
		h := gh[s0]
		if h >= st.b {
			c++
		}
		if h == s1 && l != gl[s0] {
			c++
		}
		for k := st.b; k < st.n; k++ {
			if gh[k] == s0 {
				c++
			}
		}
	}
	return c
}

// TrainOptions control training.
type TrainOptions struct {
	Iterations int     // passes over the data; 0 means 12
	Seed       uint64  // shuffling and exploration seed
	Explore    float64 // probability of following a wrong prediction after the first pass; 0 means 0.9
	MinWeight  float32 // averaged weights smaller than this are dropped; 0 means 0.5
	// GoldTags is the probability that a sentence is trained with its gold
	// tags instead of its predicted ones in an iteration (needs GoldUPOS/GoldXPOS).
	GoldTags float64
	// Heldout, if not empty, are sentences (with predicted tags) on which the
	// averaged model is scored after each iteration from MinIterations on;
	// Train returns the model of the iteration with the best labelled score.
	Heldout       []Example
	MinIterations int
	// AfterIteration, if set, is called with the averaged model of each
	// iteration from MinIterations on (e.g. to save snapshots).
	AfterIteration func(iteration int, p *Parser)
	// FeatureSet selects the feature templates; 0 means the latest.
	FeatureSet int
	// RightToLeft trains a parser that reads sentences backwards.
	RightToLeft bool
	Clusters    *cluster.Clusters
	// Affinities of word pairs in auto-parsed text (feature set 4 needs them).
	Affinities *Affinities
	Log        io.Writer
}

// Train learns a parser from gold trees. The tags in the examples should be
// the ones the tagger will predict (jackknifed), not gold.
func Train(data []Example, opt TrainOptions) *Parser {
	if opt.Iterations == 0 {
		opt.Iterations = 12
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	if opt.MinWeight == 0 {
		opt.MinWeight = 0.5
	}
	if opt.FeatureSet == 0 {
		opt.FeatureSet = latestFeatures
	}
	p := &Parser{clusters: opt.Clusters, featureSet: opt.FeatureSet, rightToLeft: opt.RightToLeft,
		affinities: opt.Affinities}
	if opt.RightToLeft {
		data = reversedExamples(data)
	}
	labelIndex := map[string]int{}
	for _, ex := range data {
		for _, d := range ex.Deprels {
			if _, ok := labelIndex[d]; !ok {
				labelIndex[d] = -1
			}
		}
	}
	labelIndex["root"] = -1
	for l := range labelIndex {
		p.labels = append(p.labels, l)
	}
	sortStrings(p.labels)
	for i, l := range p.labels {
		labelIndex[l] = i
	}
	p.root = labelIndex["root"]
	classes := make([]string, p.nclasses())
	for c := range classes {
		move, l := p.decode(c)
		switch move {
		case moveShift:
			classes[c] = "S"
		case moveLeft:
			classes[c] = "L-" + p.labels[l]
		default:
			classes[c] = "R-" + p.labels[l]
		}
	}
	perc := learn.NewPerceptron(classes...)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	scores := make([]float32, len(classes))
	costs := make([]int, len(classes))
	var f []uint64
	bestLAS, bestIter := -1.0, 0
	var bestModel *learn.Model
	for it := 0; it < opt.Iterations; it++ {
		correct, total := 0, 0
		for _, si := range learn.Shuffle(len(data), opt.Seed, it) {
			ex := data[si]
			n := len(ex.Words)
			if n == 0 {
				continue
			}
			gh := make([]int, n+1)
			gl := make([]int, n+1)
			for i := 0; i < n; i++ {
				gh[i] = ex.Heads[i]
				if gh[i] < 0 {
					gh[i] = n
				}
				gl[i] = labelIndex[ex.Deprels[i]]
			}
			gh[n], gl[n] = -1, -1
			upos, xpos, alt := ex.UPOS, ex.XPOS, ex.Alt
			if opt.GoldTags > 0 && ex.GoldUPOS != nil && rng.Float64() < opt.GoldTags {
				upos, xpos, alt = ex.GoldUPOS, ex.GoldXPOS, nil
			}
			sent := newSentence(ex.Words, upos, xpos, alt, p.clusters)
			sent.aff = p.affinities
			st := newState(n)
			for !st.done() {
				f = features(f[:0], sent, st, p.featureSet)
				perc.Scores(f, scores)
				minCost := 1 << 30
				for c := range classes {
					move, l := p.decode(c)
					costs[c] = -1
					if p.valid(st, move, l) {
						costs[c] = cost(st, gh, gl, move, l)
						minCost = min(minCost, costs[c])
					}
				}
				guess, best := -1, -1
				for c := range classes {
					if costs[c] < 0 {
						continue
					}
					if guess < 0 || scores[c] > scores[guess] {
						guess = c
					}
					if costs[c] == minCost && (best < 0 || scores[c] > scores[best]) {
						best = c
					}
				}
				perc.Update(f, best, guess)
				if costs[guess] == minCost {
					correct++
				}
				total++
				next := best
				if it > 0 && costs[guess] != minCost && rng.Float64() < opt.Explore {
					next = guess
				}
				move, l := p.decode(next)
				st.apply(move, l)
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "parser iteration %d: %.2f%% of transitions optimal (%d features)\n",
				it+1, 100*float64(correct)/float64(total), perc.NumFeatures())
		}
		if it+1 < opt.MinIterations || it+1 == opt.Iterations || len(opt.Heldout) == 0 && opt.AfterIteration == nil {
			continue
		}
		p.model = perc.Model(opt.MinWeight)
		if opt.AfterIteration != nil {
			opt.AfterIteration(it+1, p)
		}
		if len(opt.Heldout) > 0 {
			uas, las := p.score(opt.Heldout)
			if opt.Log != nil {
				fmt.Fprintf(opt.Log, "parser iteration %d: held-out UAS %.2f%% LAS %.2f%%\n", it+1, uas, las)
			}
			if las > bestLAS {
				bestLAS, bestModel, bestIter = las, p.model, it+1
			}
		}
	}
	p.model = perc.Model(opt.MinWeight)
	if opt.AfterIteration != nil {
		opt.AfterIteration(opt.Iterations, p)
	}
	if len(opt.Heldout) > 0 {
		uas, las := p.score(opt.Heldout)
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "parser iteration %d: held-out UAS %.2f%% LAS %.2f%%\n", opt.Iterations, uas, las)
		}
		if bestModel != nil && bestLAS > las {
			p.model = bestModel
			if opt.Log != nil {
				fmt.Fprintf(opt.Log, "parser: keeping iteration %d (best held-out LAS)\n", bestIter)
			}
		}
	}
	return p
}

// reversedExamples returns the examples read backwards.
func reversedExamples(data []Example) []Example {
	out := make([]Example, len(data))
	for i, ex := range data {
		heads, deprels := reverseTree(ex.Heads, ex.Deprels)
		out[i] = Example{Words: reversed(ex.Words), UPOS: reversed(ex.UPOS), XPOS: reversed(ex.XPOS),
			Alt: reversed(ex.Alt), Heads: heads, Deprels: deprels}
		if ex.GoldUPOS != nil {
			out[i].GoldUPOS, out[i].GoldXPOS = reversed(ex.GoldUPOS), reversed(ex.GoldXPOS)
		}
	}
	return out
}

// score returns the unlabelled and labelled attachment scores (percent,
// punctuation included) of the parser on gold trees.
func (p *Parser) score(data []Example) (uas, las float64) {
	words, heads, labelled := 0, 0, 0
	for _, ex := range data {
		h, r := p.ParseAlternatives(ex.Words, ex.UPOS, ex.XPOS, ex.Alt)
		for i := range h {
			words++
			if h[i] == ex.Heads[i] {
				heads++
				if r[i] == ex.Deprels[i] {
					labelled++
				}
			}
		}
	}
	if words == 0 {
		return 0, 0
	}
	return 100 * float64(heads) / float64(words), 100 * float64(labelled) / float64(words)
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// Write stores the parser.
func (p *Parser) Write(w io.Writer) error {
	p.model.Extra["labels"] = []byte(strings.Join(p.labels, "\n"))
	p.model.Extra["features"] = []byte(strconv.Itoa(p.featureSet))
	if p.rightToLeft {
		p.model.Extra["direction"] = []byte("right-to-left")
	}
	if p.clusters != nil {
		p.model.Extra["clusters"] = p.clusters.Encode()
	}
	if p.affinities != nil {
		p.model.Extra["affinities"] = p.affinities.Encode()
	}
	delete(p.model.Extra, "beam")
	if p.beam.Width > 1 {
		p.model.Extra["beam"] = []byte(p.beam.String())
	}
	return p.model.Write(w)
}

// Read loads a parser written by Write.
func Read(r io.Reader) (*Parser, error) {
	m, err := learn.Read(r)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	p := &Parser{model: m, labels: strings.Split(string(m.Extra["labels"]), "\n"), root: -1, featureSet: 1}
	if v, ok := m.Extra["features"]; ok {
		if p.featureSet, err = strconv.Atoi(string(v)); err != nil || p.featureSet < 1 || p.featureSet > maxFeatures {
			return nil, fmt.Errorf("parser: unknown feature set %q", v)
		}
	}
	switch d := string(m.Extra["direction"]); d {
	case "":
	case "right-to-left":
		p.rightToLeft = true
	default:
		return nil, fmt.Errorf("parser: unknown direction %q", d)
	}
	for i, l := range p.labels {
		if l == "root" {
			p.root = i
		}
	}
	if c, ok := m.Extra["clusters"]; ok {
		if p.clusters, err = cluster.Decode(bytes.NewReader(c)); err != nil {
			return nil, fmt.Errorf("parser: %w", err)
		}
	}
	if a, ok := m.Extra["affinities"]; ok {
		if p.affinities, err = DecodeAffinities(a); err != nil {
			return nil, fmt.Errorf("parser: %w", err)
		}
	}
	if v, ok := m.Extra["beam"]; ok {
		if p.beam, err = ParseBeam(string(v)); err != nil {
			return nil, fmt.Errorf("parser: %w", err)
		}
	}
	if p.root < 0 || len(m.Classes()) != p.nclasses() {
		return nil, fmt.Errorf("parser: model has %d classes for %d labels", len(m.Classes()), len(p.labels))
	}
	return p, nil
}

// Average returns the parser whose weights are the mean of those of
// parsers trained alike (same labels, features, clusters and direction)
// from different seeds: the same as averaging their scores, an ensemble at
// the cost of one parser.
func Average(parsers ...*Parser) (*Parser, error) {
	if len(parsers) == 0 {
		return nil, fmt.Errorf("parser: nothing to average")
	}
	first := parsers[0]
	models := make([]*learn.Model, len(parsers))
	for i, p := range parsers {
		if strings.Join(p.labels, "\n") != strings.Join(first.labels, "\n") || p.featureSet != first.featureSet ||
			p.rightToLeft != first.rightToLeft || !sameClusters(p.clusters, first.clusters) ||
			!sameAffinities(p.affinities, first.affinities) {
			return nil, fmt.Errorf("parser: parser %d was not trained like parser 0", i)
		}
		models[i] = p.model
	}
	avg := *first
	avg.model = learn.AverageModels(models...)
	avg.model.Extra = map[string][]byte{}
	return &avg, nil
}

func sameClusters(a, b *cluster.Clusters) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a == b || bytes.Equal(a.Encode(), b.Encode())
}

func sameAffinities(a, b *Affinities) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a == b || bytes.Equal(a.Encode(), b.Encode())
}

// Prune drops the weights smaller than minWeight, trading a little accuracy
// for size and speed.
func (p *Parser) Prune(minWeight float32) {
	p.model = p.model.Prune(minWeight)
}
