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

// Model is a trained linear classifier: sparse 16-bit quantized weights
// looked up through an open-addressing hash table laid out for few cache
// misses. It is read-only and safe for concurrent use.
type Model struct {
	classes []string
	// Extra holds the stage's own data stored with the weights (a tag
	// dictionary, a label set, ...), keyed by name.
	Extra map[string][]byte

	mask     uint64
	slots    []slot
	keys     []uint64 // full feature of each slot, for writing; 0 when empty
	entries  []qentry // per feature: a header whose class is the count, then the weights
	scale    float32  // weight = q * scale
	nfeat    int
	nweights int
}

// slot is one cell of the hash table: a fingerprint of the feature (0 when
// empty) and where its weights start in entries.
type slot struct {
	fp    uint32
	start uint32
}

type qentry struct {
	class uint16
	q     int16
}

func fingerprint(key uint64) uint32 { return uint32(key>>32) | 1 }

// Classes returns the class names in index order.
func (m *Model) Classes() []string { return m.classes }

// NumFeatures returns how many features have weights.
func (m *Model) NumFeatures() int { return m.nfeat }

// NumWeights returns how many non-zero weights the model holds.
func (m *Model) NumWeights() int { return m.nweights }

// row returns the quantized weights of a feature (nil when it has none).
func (m *Model) row(key uint64) []qentry {
	if len(m.slots) == 0 {
		return nil
	}
	fp := fingerprint(key)
	i := key & m.mask
	for {
		s := m.slots[i]
		if s.fp == fp {
			n := uint32(m.entries[s.start].class)
			return m.entries[s.start+1 : s.start+1+n]
		}
		if s.fp == 0 {
			return nil
		}
		i = (i + 1) & m.mask
	}
}

// Row returns the weights of one feature (nil when it has none).
func (m *Model) Row(feat uint64) []Entry {
	q := m.row(feat)
	if q == nil {
		return nil
	}
	out := make([]Entry, len(q))
	for i, e := range q {
		out[i] = Entry{Class: e.class, W: float32(e.q) * m.scale}
	}
	return out
}

// Scores sets scores[c] to the score of each class c for the instance with
// the given features; scores must have one slot per class.
func (m *Model) Scores(feats []uint64, scores []float32) {
	clear(scores)
	m.AddScores(feats, scores)
}

// AddScores adds the features' weights to scores.
//
// The lookups are memory-bound, so they run in phases over batches of
// features: first all table cells, then all row headers, then the weights.
// Loads within a phase do not depend on each other and the processor
// overlaps their cache misses.
func (m *Model) AddScores(feats []uint64, scores []float32) {
	if len(m.slots) == 0 {
		return
	}
	const batch = 128
	var starts, counts [batch]uint32
	// Integer sums when the classes fit, scaled once at the end; uint8
	// indexes need no bounds checks.
	var acc [256]int32
	for len(feats) > 0 {
		fs := feats[:min(batch, len(feats))]
		feats = feats[len(fs):]
		found := 0
		for _, f := range fs {
			fp := fingerprint(f)
			i := f & m.mask
			for {
				s := m.slots[i]
				if s.fp == fp {
					starts[found] = s.start
					found++
					break
				}
				if s.fp == 0 {
					break
				}
				i = (i + 1) & m.mask
			}
		}
		for k := 0; k < found; k++ {
			counts[k] = uint32(m.entries[starts[k]].class)
		}
		if len(scores) <= len(acc) {
			for k := 0; k < found; k++ {
				st := starts[k] + 1
				for _, e := range m.entries[st : st+counts[k]] {
					acc[uint8(e.class)] += int32(e.q)
				}
			}
			continue
		}
		scale := m.scale
		for k := 0; k < found; k++ {
			st := starts[k] + 1
			for _, e := range m.entries[st : st+counts[k]] {
				scores[e.class] += float32(e.q) * scale
			}
		}
	}
	if len(scores) <= len(acc) {
		for c := range scores {
			scores[c] += float32(acc[c]) * m.scale
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
	scale   float32 // 0: choose from the largest weight
}

func newBuilder(classes []string) *builder {
	return &builder{classes: slices.Clone(classes)}
}

func (b *builder) add(key uint64, row []Entry) {
	b.keys = append(b.keys, key)
	b.flat = append(b.flat, row...)
	b.ends = append(b.ends, len(b.flat))
}

// build quantizes the weights to 16 bits and lays out the table. Weights
// that round to 0 are dropped, and features left without weights.
func (b *builder) build() *Model {
	m := &Model{classes: b.classes, Extra: map[string][]byte{}, scale: b.scale}
	if m.scale == 0 {
		var maxAbs float64
		for _, e := range b.flat {
			maxAbs = math.Max(maxAbs, math.Abs(float64(e.W)))
		}
		m.scale = float32(maxAbs / 32767)
		if m.scale == 0 {
			m.scale = 1
		}
	}
	entries := make([]qentry, 0, len(b.flat)+len(b.keys))
	starts := make([]int, 0, len(b.keys))
	keys := make([]uint64, 0, len(b.keys))
	start := 0
	for j, key := range b.keys {
		head := len(entries)
		entries = append(entries, qentry{})
		for _, e := range b.flat[start:b.ends[j]] {
			q := math.Round(float64(e.W / m.scale))
			if q == 0 {
				continue
			}
			entries = append(entries, qentry{class: e.Class, q: int16(max(-32767, min(32767, q)))})
		}
		start = b.ends[j]
		n := len(entries) - head - 1
		if n == 0 {
			entries = entries[:head]
			continue
		}
		entries[head].class = uint16(n)
		starts = append(starts, head)
		keys = append(keys, key)
		m.nweights += n
	}
	m.entries = slices.Clip(entries)
	m.nfeat = len(keys)
	if len(keys) == 0 {
		return m
	}
	size := 1
	for size < 2*len(keys) {
		size <<= 1
	}
	m.mask = uint64(size - 1)
	m.slots = make([]slot, size)
	m.keys = make([]uint64, size)
	for j, key := range keys {
		i := key & m.mask
		for m.slots[i].fp != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{fp: fingerprint(key), start: uint32(starts[j])}
		m.keys[i] = key
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
	scale := m.scale
	binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(scale))
	bw.Write(buf[:4])

	keys := m.sortedKeys()
	putU(uint64(len(keys)))
	var prev uint64
	for _, k := range keys {
		row := m.row(k)
		putU(k - prev)
		prev = k
		putU(uint64(len(row)))
		for _, e := range row {
			putU(uint64(e.class))
			putS(int64(e.q))
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
	if !(scale > 0) || math.IsInf(float64(scale), 0) {
		return nil, errors.New("model: bad weight scale")
	}
	b.scale = scale
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
	b.scale = m.scale
	p := b.build()
	p.Extra = m.Extra
	return p
}

func (m *Model) sortedKeys() []uint64 {
	keys := make([]uint64, 0, m.nfeat)
	for i, s := range m.slots {
		if s.fp != 0 {
			keys = append(keys, m.keys[i])
		}
	}
	slices.Sort(keys)
	return keys
}

// AverageModels returns the mean of models over the same classes: each
// feature's weights are summed over the models and divided by their number.
func AverageModels(models ...*Model) *Model {
	sums := map[uint64]map[uint16]float32{}
	for _, m := range models {
		for _, k := range m.sortedKeys() {
			row := sums[k]
			if row == nil {
				row = map[uint16]float32{}
				sums[k] = row
			}
			for _, e := range m.Row(k) {
				row[e.Class] += e.W / float32(len(models))
			}
		}
	}
	keys := make([]uint64, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b := newBuilder(models[0].classes)
	for _, k := range keys {
		var row []Entry
		for c, w := range sums[k] {
			row = append(row, Entry{Class: c, W: w})
		}
		slices.SortFunc(row, func(a, b Entry) int { return int(a.Class) - int(b.Class) })
		b.add(k, row)
	}
	return b.build()
}
