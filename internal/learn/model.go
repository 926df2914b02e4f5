package learn

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Entry is one class's weight for a feature.
type Entry struct {
	Class uint16
	W     float32
}

// Model is a trained linear classifier: sparse weights looked up through an
// open-addressing hash table. It is read-only and safe for concurrent use.
type Model struct {
	classes []string
	// Extra holds the stage's own data stored with the weights (a tag
	// dictionary, a label set, ...), keyed by name.
	Extra map[string][]byte

	mask    uint64
	slots   []slot
	entries []Entry
	nfeat   int
}

// slot is one cell of the open-addressing table: a feature and where its
// weights are (entries[start:start+count]); key 0 marks an empty cell.
type slot struct {
	key   uint64
	start uint32
	count uint32
}

// Classes returns the class names in index order.
func (m *Model) Classes() []string { return m.classes }

// NumFeatures returns how many features have weights.
func (m *Model) NumFeatures() int { return m.nfeat }

// NumWeights returns how many non-zero weights the model holds.
func (m *Model) NumWeights() int { return len(m.entries) }

// find returns the slot of key, or nil.
func (m *Model) find(key uint64) *slot {
	if len(m.slots) == 0 {
		return nil
	}
	i := (key ^ key>>32) & m.mask
	for {
		s := &m.slots[i]
		if s.key == key {
			return s
		}
		if s.key == 0 {
			return nil
		}
		i = (i + 1) & m.mask
	}
}

// Row returns the weights of one feature (nil when it has none).
func (m *Model) Row(feat uint64) []Entry {
	s := m.find(feat)
	if s == nil {
		return nil
	}
	return m.entries[s.start : s.start+s.count]
}

// Scores sets scores[c] to the score of each class c for the instance with
// the given features; scores must have one slot per class.
func (m *Model) Scores(feats []uint64, scores []float32) {
	clear(scores)
	m.AddScores(feats, scores)
}

// AddScores adds the features' weights to scores.
func (m *Model) AddScores(feats []uint64, scores []float32) {
	for _, f := range feats {
		s := m.find(f)
		if s == nil {
			continue
		}
		for _, e := range m.entries[s.start : s.start+s.count] {
			scores[e.Class] += e.W
		}
	}
}

// Predict returns the highest-scoring class for feats.
func (m *Model) Predict(feats []uint64, scores []float32) int {
	m.Scores(feats, scores)
	return Argmax(scores)
}

// builder assembles a Model from rows added in any order.
type builder struct {
	classes []string
	keys    []uint64
	ends    []int
	flat    []Entry
}

func newBuilder(classes []string) *builder {
	return &builder{classes: slices.Clone(classes)}
}

func (b *builder) add(key uint64, row []Entry) {
	b.keys = append(b.keys, key)
	b.flat = append(b.flat, row...)
	b.ends = append(b.ends, len(b.flat))
}

func (b *builder) build() *Model {
	m := &Model{classes: b.classes, Extra: map[string][]byte{}, nfeat: len(b.keys), entries: b.flat}
	if len(b.keys) == 0 {
		return m
	}
	size := 1
	for size < 2*len(b.keys) {
		size <<= 1
	}
	m.mask = uint64(size - 1)
	m.slots = make([]slot, size)
	start := 0
	for j, key := range b.keys {
		i := (key ^ key>>32) & m.mask
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{key: key, start: uint32(start), count: uint32(b.ends[j] - start)}
		start = b.ends[j]
	}
	return m
}

const magic = "sitrep-linear-1\n"

// Write stores the model: gzip-compressed, features sorted, weights
// quantized to 16 bits on one scale (weights that round to 0 are dropped).
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	putS := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	putBytes := func(b []byte) { putU(uint64(len(b))); bw.Write(b) }

	bw.WriteString(magic)
	putU(uint64(len(m.classes)))
	for _, c := range m.classes {
		putBytes([]byte(c))
	}
	names := make([]string, 0, len(m.Extra))
	for k := range m.Extra {
		names = append(names, k)
	}
	slices.Sort(names)
	putU(uint64(len(names)))
	for _, k := range names {
		putBytes([]byte(k))
		putBytes(m.Extra[k])
	}
	var maxAbs float64
	for _, e := range m.entries {
		maxAbs = math.Max(maxAbs, math.Abs(float64(e.W)))
	}
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(scale))
	bw.Write(buf[:4])

	keys := m.sortedKeys()
	putU(uint64(len(keys)))
	var prev uint64
	var q []int64
	var cls []uint16
	for _, k := range keys {
		q, cls = q[:0], cls[:0]
		for _, e := range m.Row(k) {
			v := int64(math.Round(float64(e.W / scale)))
			if v != 0 {
				q = append(q, v)
				cls = append(cls, e.Class)
			}
		}
		putU(k - prev)
		prev = k
		putU(uint64(len(q)))
		for i := range q {
			putU(uint64(cls[i]))
			putS(q[i])
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a model written by Write.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("model: not a sitrep linear model")
	}
	var rerr error
	getU := func() uint64 {
		v, err := binary.ReadUvarint(br)
		if err != nil && rerr == nil {
			rerr = err
		}
		return v
	}
	getS := func() int64 {
		v, err := binary.ReadVarint(br)
		if err != nil && rerr == nil {
			rerr = err
		}
		return v
	}
	getBytes := func() []byte {
		n := getU()
		if rerr != nil || n > 1<<30 {
			rerr = errors.New("bad length")
			return nil
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil && rerr == nil {
			rerr = err
		}
		return b
	}
	nc := getU()
	if nc > 1<<16 {
		return nil, errors.New("model: too many classes")
	}
	classes := make([]string, 0, nc)
	for i := uint64(0); i < nc && rerr == nil; i++ {
		classes = append(classes, string(getBytes()))
	}
	b := newBuilder(classes)
	extra := map[string][]byte{}
	ne := getU()
	for i := uint64(0); i < ne && rerr == nil; i++ {
		k := string(getBytes())
		extra[k] = getBytes()
	}
	var sb [4]byte
	if _, err := io.ReadFull(br, sb[:]); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	nf := getU()
	var key uint64
	var row []Entry
	for i := uint64(0); i < nf && rerr == nil; i++ {
		key += getU()
		n := getU()
		row = row[:0]
		for j := uint64(0); j < n && rerr == nil; j++ {
			c := getU()
			if c >= nc {
				rerr = errors.New("class out of range")
				break
			}
			row = append(row, Entry{Class: uint16(c), W: float32(getS()) * scale})
		}
		b.add(key, row)
	}
	if rerr != nil {
		return nil, fmt.Errorf("model: %w", rerr)
	}
	m := b.build()
	m.Extra = extra
	return m, nil
}

// Prune returns a copy of the model without the weights whose magnitude is
// below minWeight, and without the features left with no weights.
func (m *Model) Prune(minWeight float32) *Model {
	keys := m.sortedKeys()
	b := newBuilder(m.classes)
	var row []Entry
	for _, k := range keys {
		row = row[:0]
		for _, e := range m.Row(k) {
			if e.W >= minWeight || e.W <= -minWeight {
				row = append(row, e)
			}
		}
		if len(row) > 0 {
			b.add(k, row)
		}
	}
	p := b.build()
	p.Extra = m.Extra
	return p
}

func (m *Model) sortedKeys() []uint64 {
	keys := make([]uint64, 0, m.nfeat)
	for _, s := range m.slots {
		if s.key != 0 {
			keys = append(keys, s.key)
		}
	}
	slices.Sort(keys)
	return keys
}
