package ner

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/kb"
	"github.com/sitrep/sitrep/internal/learn"
	"github.com/sitrep/sitrep/internal/nlp/truecase"
)

// Types the model distinguishes. MISC is learned (the training sets mark
// it) and reported as NORP when the words are a nationality in the
// knowledge base, as MISC otherwise.
var types = []string{"PER", "ORG", "LOC", "MISC"}

// classNames lists the BILOU classes: O, then B-, I-, L-, U- of each type.
func classNames() []string {
	out := []string{"O"}
	for _, t := range types {
		out = append(out, "B-"+t, "I-"+t, "L-"+t, "U-"+t)
	}
	return out
}

// Tagger is a trained recognizer. It is read-only and safe for concurrent
// use.
type Tagger struct {
	model    scorer
	classes  []string
	clusters Clusters
	gaz      *Gazetteer
	allowed  [][]bool  // allowed[prev][cur]; prev index len(classes) = sentence start
	trans    []float32 // trans[prev*len(classes)+cur], same prev indexing
	final    []bool    // classes that may end a sentence
	// document: the model learnt what the rest of a document says of a
	// word (train ner --doc-context); without it TagDocument tags each
	// sentence alone
	document bool
}

type scorer interface {
	Scores(feats []uint64, scores []float32)
}

func newTagger(m scorer, classes []string, trans []float32, c Clusters, g *Gazetteer) *Tagger {
	t := &Tagger{model: m, classes: classes, trans: trans, clusters: c, gaz: g}
	n := len(classes)
	t.allowed = make([][]bool, n+1)
	t.final = make([]bool, n)
	for p := 0; p <= n; p++ {
		t.allowed[p] = make([]bool, n)
		for c := 0; c < n; c++ {
			t.allowed[p][c] = allowed(prefix(classes, p), classes[c])
		}
	}
	for c := range classes {
		pc := classes[c]
		t.final[c] = pc == "O" || pc[0] == 'L' || pc[0] == 'U'
	}
	return t
}

func prefix(classes []string, p int) string {
	if p >= len(classes) {
		return "O"
	}
	return classes[p]
}

// allowed says whether BILOU class cur may follow prev.
func allowed(prev, cur string) bool {
	open := prev != "O" && (prev[0] == 'B' || prev[0] == 'I')
	if open {
		return cur != "O" && (cur[0] == 'I' || cur[0] == 'L') && cur[2:] == prev[2:]
	}
	return cur == "O" || cur[0] == 'B' || cur[0] == 'U'
}

// state is per-call scratch space.
type state struct {
	toks   []token
	lower  []string
	gaz    []uint16
	feats  []uint64 // features of all positions, concatenated
	ends   []int    // feats[ends[i-1]:ends[i]] are position i's
	scores []float32
	delta  []float32
	back   []int32
	tags   []int
}

var statePool = sync.Pool{New: func() any { return &state{} }}

func (s *state) reset(n, classes int) {
	if cap(s.toks) < n {
		s.toks = make([]token, n)
		s.lower = make([]string, n)
		s.gaz = make([]uint16, n)
		s.tags = make([]int, n)
		s.ends = make([]int, n)
	}
	s.toks, s.lower, s.gaz, s.tags, s.ends = s.toks[:n], s.lower[:n], s.gaz[:n], s.tags[:n], s.ends[:n]
	if cap(s.scores) < n*classes {
		s.scores = make([]float32, n*classes)
		s.delta = make([]float32, n*classes)
		s.back = make([]int32, n*classes)
	}
	s.scores, s.delta, s.back = s.scores[:n*classes], s.delta[:n*classes], s.back[:n*classes]
	s.feats = s.feats[:0]
}

// posFeats returns position i's features after decode.
func (s *state) posFeats(i int) []uint64 {
	from := 0
	if i > 0 {
		from = s.ends[i-1]
	}
	return s.feats[from:s.ends[i]]
}

// decode finds the best BILOU class sequence of a sentence (with its
// document context, nil when read alone): per-token scores from the model
// plus tag-transition scores, by Viterbi under the BILOU constraints.
func (t *Tagger) decode(words []string, g Genre, title bool, ctx []uint8, s *state) []int {
	n, k := len(words), len(t.classes)
	s.reset(n, k)
	caps, nocaps := t.sentenceInfo(words, s.toks, s.lower, s.gaz)
	for i := range s.toks {
		s.toks[i].doc, s.toks[i].hist = 0, 0
		if ctx != nil {
			s.toks[i].doc, s.toks[i].hist = uint64(ctx[i]&3), uint64(ctx[i]>>2)
		}
	}
	for i := 0; i < n; i++ {
		s.feats = features(s.feats, s.toks, i, caps, nocaps, title, g)
		s.ends[i] = len(s.feats)
		t.model.Scores(s.posFeats(i), s.scores[i*k:(i+1)*k])
	}
	const neg = float32(-1e30)
	for c := 0; c < k; c++ {
		s.delta[c] = neg
		if t.allowed[k][c] && (n > 1 || t.final[c]) {
			s.delta[c] = s.scores[c] + t.trans[k*k+c]
		}
	}
	for i := 1; i < n; i++ {
		for c := 0; c < k; c++ {
			best, arg := neg, int32(0)
			if i < n-1 || t.final[c] {
				for p := 0; p < k; p++ {
					if !t.allowed[p][c] || s.delta[(i-1)*k+p] == neg {
						continue
					}
					if v := s.delta[(i-1)*k+p] + t.trans[p*k+c]; v > best {
						best, arg = v, int32(p)
					}
				}
			}
			if best > neg {
				best += s.scores[i*k+c]
			}
			s.delta[i*k+c], s.back[i*k+c] = best, arg
		}
	}
	best := 0
	for c := 1; c < k; c++ {
		if s.delta[(n-1)*k+c] > s.delta[(n-1)*k+best] {
			best = c
		}
	}
	for i := n - 1; i >= 0; i-- {
		s.tags[i] = best
		best = int(s.back[i*k+best])
	}
	return s.tags
}

// Tag returns the IOB2 tags (B-PER, I-ORG, B-NORP, ..., O) of a sentence's
// words, read as news.
func (t *Tagger) Tag(words []string) []string {
	return t.TagGenre(words, News)
}

// TagGenre returns the IOB2 tags of a sentence's words, read as text of
// genre g.
func (t *Tagger) TagGenre(words []string, g Genre) []string {
	out := make([]string, len(words))
	t.TagGenreInto(words, g, out)
	return out
}

// TagInto writes the IOB2 tags of words, read as news, into out
// (len(out) ≥ len(words)). A title-case headline is read as running text
// would write it (package truecase).
func (t *Tagger) TagInto(words []string, out []string) {
	t.TagGenreInto(words, News, out)
}

// TagGenreInto is TagInto for text of genre g.
func (t *Tagger) TagGenreInto(words []string, g Genre, out []string) {
	if len(words) == 0 {
		return
	}
	restored := truecase.Default().Restore(words)
	s := statePool.Get().(*state)
	defer statePool.Put(s)
	t.tagRestored(restored, g, &restored[0] != &words[0], nil, s, out)
}

// tagRestored writes the IOB2 tags of words read back by truecase (a
// title-case headline when title), with their document context (nil when
// read alone), into out.
func (t *Tagger) tagRestored(words []string, g Genre, title bool, ctx []uint8, s *state, out []string) {
	tags := t.decode(words, g, title, ctx, s)
	for i := 0; i < len(words); i++ {
		c := t.classes[tags[i]]
		if c == "O" {
			out[i] = "O"
			continue
		}
		typ := c[2:]
		j := i
		for j < len(words) && t.classes[tags[j]] != "O" && (j == i || t.classes[tags[j]][0] == 'I' || t.classes[tags[j]][0] == 'L') && t.classes[tags[j]][2:] == typ {
			last := t.classes[tags[j]][0]
			j++
			if last == 'L' || last == 'U' {
				break
			}
		}
		if typ == "MISC" && t.gaz.IsDemonym(words[i:j]) {
			typ = doc.NORP
		}
		out[i] = "B-" + typ
		for k := i + 1; k < j; k++ {
			out[k] = "I-" + typ
		}
		i = j - 1
	}
}

// Annotate tags the tokens of every sentence of the article (Token.NER),
// read as one document (TagDocument).
func (t *Tagger) Annotate(a *doc.Article) {
	words := make([][]string, len(a.Sentences))
	for si := range a.Sentences {
		for _, tk := range a.Sentences[si].Tokens {
			words[si] = append(words[si], tk.Text)
		}
	}
	tags := t.TagDocument(words, News)
	for si := range a.Sentences {
		toks := a.Sentences[si].Tokens
		for i := range toks {
			toks[i].NER = tags[si][i]
		}
	}
}

// Write stores the model with its clusters.
func (t *Tagger) Write(w io.Writer) error {
	m, ok := t.model.(*learn.Model)
	if !ok {
		return fmt.Errorf("ner: tagger is still training")
	}
	if m.Extra == nil {
		m.Extra = map[string][]byte{}
	}
	m.Extra["clusters"] = t.clusters.encode()
	tr := make([]byte, 4*len(t.trans))
	for i, v := range t.trans {
		binary.LittleEndian.PutUint32(tr[4*i:], math.Float32bits(v))
	}
	m.Extra["transitions"] = tr
	if t.document {
		m.Extra["document"] = []byte{1}
	}
	return m.Write(w)
}

// Load reads a model written by Write; the gazetteer comes from base.
func Load(r io.Reader, base *kb.KB) (*Tagger, error) {
	m, err := learn.Read(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	var g *Gazetteer
	if base != nil {
		g = NewGazetteer(base)
	}
	classes := m.Classes()
	tr := m.Extra["transitions"]
	if len(tr) != 4*(len(classes)+1)*len(classes) {
		return nil, fmt.Errorf("ner model: transitions missing or of the wrong size")
	}
	trans := make([]float32, len(tr)/4)
	for i := range trans {
		trans[i] = math.Float32frombits(binary.LittleEndian.Uint32(tr[4*i:]))
	}
	t := newTagger(m, classes, trans, decodeClusters(m.Extra["clusters"]), g)
	t.document = len(m.Extra["document"]) > 0
	return t, nil
}

//go:embed ner.bin.gz
var embedded []byte

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the embedded model with the embedded knowledge base's
// gazetteer, loaded once.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		base, err := kb.Default()
		if err != nil {
			defaultErr = err
			return
		}
		defaultTagger, defaultErr = Load(bytes.NewReader(embedded), base)
	})
	return defaultTagger, defaultErr
}
