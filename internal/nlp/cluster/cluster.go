// Package cluster learns word clusters from unlabeled text: words that occur
// between the same neighbours fall in the same cluster, which lets the
// tagger and parser generalise from words seen in the treebank to words only
// seen in the raw corpus.
//
// Each word of the vocabulary gets a vector of positive pointwise mutual
// information with its left and right neighbours (the most frequent words),
// randomly projected to a few dozen dimensions; spherical k-means then
// groups the words into fine clusters, and the fine centroids into coarse
// ones. Deterministic for a given seed. It does not read files: the caller
// feeds it text.
package cluster

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/nlp/token"
)

// Clusters maps normalised words (token.Normalize) to their clusters.
type Clusters struct {
	ids map[string][3]uint16 // fine, coarse, capitalisation class + 1 (0: unknown)
}

// Of returns the fine and coarse cluster of a word (normalised here), or
// ok=false when the word was not clustered.
func (c *Clusters) Of(word string) (fine, coarse int, ok bool) {
	if c == nil {
		return 0, 0, false
	}
	v, ok := c.ids[token.Normalize(word)]
	return int(v[0]), int(v[1]), ok
}

// OfNormalized is Of for a word already normalised.
func (c *Clusters) OfNormalized(norm string) (fine, coarse int, ok bool) {
	if c == nil {
		return 0, 0, false
	}
	v, ok := c.ids[norm]
	return int(v[0]), int(v[1]), ok
}

// Capitalisation returns how often a word (normalised) is capitalised in
// the corpus away from the start of a sentence, in five classes from 0
// (almost never) to 4 (almost always), or ok=false when unknown.
func (c *Clusters) Capitalisation(norm string) (class int, ok bool) {
	if c == nil {
		return 0, false
	}
	v, ok := c.ids[norm]
	if !ok || v[2] == 0 {
		return 0, false
	}
	return int(v[2]) - 1, true
}

func capClass(upper, total int) uint16 {
	if total < 3 {
		return 0
	}
	r := float64(upper) / float64(total)
	switch {
	case r < 0.05:
		return 1
	case r < 0.35:
		return 2
	case r < 0.65:
		return 3
	case r < 0.95:
		return 4
	}
	return 5
}

// Len returns the number of clustered words.
func (c *Clusters) Len() int { return len(c.ids) }

// Options size the clustering.
type Options struct {
	Vocab    int // words clustered, most frequent first; 0 means 40000
	Contexts int // neighbour words per side; 0 means 500
	Dim      int // projected dimensions; 0 means 64
	Fine     int // fine clusters; 0 means 256
	Coarse   int // coarse clusters; 0 means 32
	Iter     int // k-means iterations; 0 means 12
	MinCount int // least frequency of a clustered word; 0 means 5
	Seed     uint64
}

func (o *Options) defaults() {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.Vocab, 40000)
	def(&o.Contexts, 500)
	def(&o.Dim, 64)
	def(&o.Fine, 256)
	def(&o.Coarse, 32)
	def(&o.Iter, 12)
	def(&o.MinCount, 5)
}

// Build clusters the words of the documents each calls fn with.
func Build(docs func(fn func(text string)), opt Options) *Clusters {
	opt.defaults()
	// Pass 1: the corpus as a stream of word ids, -1 between documents.
	dict := map[string]int32{}
	var words []string
	var freq, upper, inside []int
	var stream []int32
	docs(func(text string) {
		prev := "."
		for _, t := range token.Tokenize(text) {
			n := token.Normalize(t.Text)
			id, ok := dict[n]
			if !ok {
				id = int32(len(words))
				dict[n] = id
				words = append(words, n)
				freq = append(freq, 0)
				upper = append(upper, 0)
				inside = append(inside, 0)
			}
			freq[id]++
			stream = append(stream, id)
			switch prev {
			case ".", "!", "?", ":", "\"", "“", "'", "‘", "(", "-", "--", "*":
			default:
				inside[id]++
				if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsUpper(r) {
					upper[id]++
				}
			}
			prev = t.Text
		}
		stream = append(stream, -1)
	})
	order := make([]int32, len(words))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(words[a], words[b])
	})
	rank := make([]int32, len(words)) // word id -> frequency rank
	for r, id := range order {
		rank[id] = int32(r)
	}
	nv := 0
	for nv < len(order) && nv < opt.Vocab && freq[order[nv]] >= opt.MinCount {
		nv++
	}
	nc := min(opt.Contexts, nv)
	if nv == 0 {
		return &Clusters{ids: map[string][3]uint16{}}
	}
	// Pass 2: neighbour counts for the vocabulary.
	width := 2 * nc
	counts := make([]float32, nv*width)
	for i, id := range stream {
		if id < 0 {
			continue
		}
		r := int(rank[id])
		if r >= nv {
			continue
		}
		row := counts[r*width : (r+1)*width]
		if i > 0 && stream[i-1] >= 0 {
			if c := int(rank[stream[i-1]]); c < nc {
				row[c]++
			}
		}
		if i+1 < len(stream) && stream[i+1] >= 0 {
			if c := int(rank[stream[i+1]]); c < nc {
				row[nc+c]++
			}
		}
	}
	// Positive PMI, then a seeded Gaussian projection.
	colSum := make([]float64, width)
	var total float64
	rowSum := make([]float64, nv)
	for r := 0; r < nv; r++ {
		for c, v := range counts[r*width : (r+1)*width] {
			colSum[c] += float64(v)
			rowSum[r] += float64(v)
			total += float64(v)
		}
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0xc1))
	D := opt.Dim
	proj := make([]float32, width*D)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vec := make([]float32, nv*D)
	for r := 0; r < nv; r++ {
		v := vec[r*D : (r+1)*D]
		for c, x := range counts[r*width : (r+1)*width] {
			if x == 0 {
				continue
			}
			pmi := math.Log(float64(x) * total / (rowSum[r] * colSum[c]))
			if pmi <= 0 {
				continue
			}
			p := proj[c*D : (c+1)*D]
			for d := range v {
				v[d] += float32(pmi) * p[d]
			}
		}
		Unit(v)
	}
	fine := KMeans(vec, nv, D, rng.Perm(nv)[:min(opt.Fine, nv)], opt.Iter)
	cent := Centroids(vec, fine, nv, D, opt.Fine)
	coarse := KMeans(cent, opt.Fine, D, rng.Perm(opt.Fine)[:min(opt.Coarse, opt.Fine)], 2*opt.Iter)
	out := &Clusters{ids: make(map[string][3]uint16, nv)}
	for r := 0; r < nv; r++ {
		f := fine[r]
		id := order[r]
		out.ids[words[id]] = [3]uint16{uint16(f), uint16(coarse[f]), capClass(upper[id], inside[id])}
	}
	return out
}

// Unit scales v to unit length; a zero vector stays zero.
func Unit(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// KMeans clusters the n rows of vec (dimension D, unit length) by cosine
// similarity: the rows numbered in seeds are the first centroids (so there
// are len(seeds) clusters), then iter rounds of assignment and re-centring.
// It returns each row's cluster.
func KMeans(vec []float32, n, D int, seeds []int, iter int) []int {
	k := len(seeds)
	cent := make([]float32, k*D)
	for c, r := range seeds {
		copy(cent[c*D:(c+1)*D], vec[r*D:(r+1)*D])
	}
	assign := make([]int, n)
	for it := 0; it < iter; it++ {
		for i := 0; i < n; i++ {
			v := vec[i*D : (i+1)*D]
			best, bestS := 0, float32(-2)
			for c := 0; c < k; c++ {
				cv := cent[c*D : (c+1)*D]
				var s float32
				for d, x := range v {
					s += x * cv[d]
				}
				if s > bestS {
					best, bestS = c, s
				}
			}
			assign[i] = best
		}
		cent = Centroids(vec, assign, n, D, k)
	}
	return assign
}

// Centroids returns the unit-length mean of the rows of each of k clusters.
func Centroids(vec []float32, assign []int, n, D, k int) []float32 {
	cent := make([]float32, k*D)
	for i := 0; i < n; i++ {
		c := cent[assign[i]*D : (assign[i]+1)*D]
		for d, x := range vec[i*D : (i+1)*D] {
			c[d] += x
		}
	}
	for c := 0; c < k; c++ {
		Unit(cent[c*D : (c+1)*D])
	}
	return cent
}

// Encode returns the clusters as "word\tfine\tcoarse[\tcapitalisation]"
// lines sorted by word.
func (c *Clusters) Encode() []byte {
	words := make([]string, 0, len(c.ids))
	for w := range c.ids {
		words = append(words, w)
	}
	slices.Sort(words)
	var b bytes.Buffer
	for _, w := range words {
		v := c.ids[w]
		if v[2] == 0 {
			fmt.Fprintf(&b, "%s\t%d\t%d\n", w, v[0], v[1])
		} else {
			fmt.Fprintf(&b, "%s\t%d\t%d\t%d\n", w, v[0], v[1], v[2]-1)
		}
	}
	return b.Bytes()
}

// Decode reads clusters written by Encode.
func Decode(r io.Reader) (*Clusters, error) {
	c := &Clusters{ids: map[string][3]uint16{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 && len(f) != 4 {
			return nil, fmt.Errorf("clusters line %d: %d fields, want 3 or 4", line, len(f))
		}
		var v [3]uint16
		for i := 1; i < len(f); i++ {
			n, err := strconv.Atoi(f[i])
			if err != nil || n < 0 || n > 1<<15 {
				return nil, fmt.Errorf("clusters line %d: bad number %q", line, f[i])
			}
			v[i-1] = uint16(n)
		}
		if len(f) == 4 {
			v[2]++
		}
		c.ids[f[0]] = v
	}
	return c, sc.Err()
}
