package parse

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"

	"github.com/sitrep/sitrep/internal/learn"
	"github.com/sitrep/sitrep/internal/nlp/token"
)

// Affinities tell how often a word heads another in automatically parsed
// text (Chen et al. 2009, "Improving dependency parsing with subtrees from
// auto-parsed data"): counted over millions of words, the pairs a parser
// attaches often ("ban" → "imports", "talks" → "with") are mostly right even
// where single parses are wrong, and they let the parser weigh attachments
// between words the treebank never pairs. Each pair of normalised words and
// direction maps to one byte: a frequency class (1–7) and a pointwise mutual
// information class (1–7); 0 means never seen.
type Affinities struct {
	pairs map[uint32]uint8
}

// AffinityCounter counts head–dependent pairs in parsed sentences; it is not
// safe for concurrent use (merge several with Add).
type AffinityCounter struct {
	pairs      map[arc]int32
	heads      map[uint64]int32
	dependents map[uint64]int32
	arcs       int64
}

// arc is a head and a dependent (word hashes) and whether the head comes
// first.
type arc struct {
	head, dep uint64
	headFirst bool
}

// NewAffinityCounter returns an empty counter.
func NewAffinityCounter() *AffinityCounter {
	return &AffinityCounter{pairs: map[arc]int32{}, heads: map[uint64]int32{}, dependents: map[uint64]int32{}}
}

// Count adds the arcs of a parsed sentence (heads 0-based, -1 for the root).
func (c *AffinityCounter) Count(words []string, heads []int) {
	hashes := make([]uint64, len(words))
	for i, w := range words {
		hashes[i] = learn.HashString(token.Normalize(w))
	}
	for d, h := range heads {
		hw := hRoot
		if h >= 0 {
			hw = hashes[h]
		}
		c.pairs[arc{hw, hashes[d], h >= 0 && h < d}]++
		c.heads[hw]++
		c.dependents[hashes[d]]++
		c.arcs++
	}
}

// Add merges the counts of o into c.
func (c *AffinityCounter) Add(o *AffinityCounter) {
	for k, v := range o.pairs {
		c.pairs[k] += v
	}
	for k, v := range o.heads {
		c.heads[k] += v
	}
	for k, v := range o.dependents {
		c.dependents[k] += v
	}
	c.arcs += o.arcs
}

// Arcs is the number of arcs counted.
func (c *AffinityCounter) Arcs() int64 { return c.arcs }

// pairKey is the table key of an arc: 32 bits of its hash, enough for a few
// million pairs with rare collisions.
func pairKey(head, dep uint64, headFirst bool) uint32 {
	dir := uint64(0)
	if headFirst {
		dir = 1
	}
	return uint32(learn.Hash3(0xaff, head, dep, dir))
}

// Affinities returns the classes of the pairs seen at least minCount times.
func (c *AffinityCounter) Affinities(minCount int) *Affinities {
	a := &Affinities{pairs: map[uint32]uint8{}}
	total := float64(c.arcs)
	for p, n := range c.pairs {
		if int(n) < minCount {
			continue
		}
		pmi := math.Log2(float64(n) * total / (float64(c.heads[p.head]) * float64(c.dependents[p.dep])))
		a.pairs[pairKey(p.head, p.dep, p.headFirst)] = frequencyClass(n) | pmiClass(pmi)<<3
	}
	return a
}

// frequencyClass buckets a count on a log scale: 1 for 1, 2 for 2–3, 3 for
// 4–7 and so on up to 7.
func frequencyClass(n int32) uint8 {
	if n <= 0 {
		return 0
	}
	return uint8(min(7, 1+math.Floor(math.Log2(float64(n)))))
}

// pmiClass buckets pointwise mutual information (bits): below -1, -1–0,
// 0–1, 1–2, 2–3, 3–5 and above 5 give 1 to 7.
func pmiClass(pmi float64) uint8 {
	switch {
	case pmi < -1:
		return 1
	case pmi < 0:
		return 2
	case pmi < 1:
		return 3
	case pmi < 2:
		return 4
	case pmi < 3:
		return 5
	case pmi < 5:
		return 6
	default:
		return 7
	}
}

// of returns the class byte of a head and dependent (word hashes as in
// sentence.word) where the head comes first or not.
func (a *Affinities) of(head, dep uint64, headFirst bool) uint8 {
	if a == nil {
		return 0
	}
	return a.pairs[pairKey(head, dep, headFirst)]
}

// Len is the number of pairs.
func (a *Affinities) Len() int { return len(a.pairs) }

// Encode writes the table compactly: the keys sorted and delta-coded as
// varints, then one class byte per key.
func (a *Affinities) Encode() []byte {
	keys := make([]uint32, 0, len(a.pairs))
	for k := range a.pairs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := binary.AppendUvarint(nil, uint64(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		out = binary.AppendUvarint(out, uint64(k-prev))
		prev = k
	}
	for _, k := range keys {
		out = append(out, a.pairs[k])
	}
	return out
}

// DecodeAffinities reads a table written by Encode.
func DecodeAffinities(b []byte) (*Affinities, error) {
	n, w := binary.Uvarint(b)
	if w <= 0 || n > uint64(len(b)) {
		return nil, fmt.Errorf("affinities: bad length")
	}
	b = b[w:]
	keys := make([]uint32, n)
	prev := uint64(0)
	for i := range keys {
		d, w := binary.Uvarint(b)
		if w <= 0 || prev+d > math.MaxUint32 {
			return nil, fmt.Errorf("affinities: bad key %d", i)
		}
		prev += d
		keys[i] = uint32(prev)
		b = b[w:]
	}
	if uint64(len(b)) != n {
		return nil, fmt.Errorf("affinities: %d class bytes for %d keys", len(b), n)
	}
	a := &Affinities{pairs: make(map[uint32]uint8, n)}
	for i, k := range keys {
		a.pairs[k] = b[i]
	}
	return a, nil
}
