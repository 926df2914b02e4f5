package tag

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/learn"
)

// Tagger predicts UPOS and XPOS tags. It is read-only and safe for
// concurrent use.
type Tagger struct {
	model *learn.Model
	upos  []string // per class
	xpos  []string
	dict  map[string]int32  // word -> class for frequent unambiguous words
	amb   map[string]uint64 // normalised word -> hash of the set of classes seen with it
}

// Example is one gold-tagged training sentence.
type Example struct {
	Words, UPOS, XPOS []string
}

// feature templates
const (
	fBias uint64 = iota + 1
	fWord
	fRaw
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fShape
	fP1
	fP2
	fP1P2
	fP1Word
	fPrevWord
	fPrev2Word
	fNextWord
	fNext2Word
	fPrevSuf3
	fNextSuf3
	fWordNext
	fPrevWordWord
	fNextShape
	fPrevShape
	fP1Suf3
	fFirstShape
	fAmb
	fNextAmb
	fNext2Amb
	fPrevAmb
	fAmbP1
	fAmbNextAmb
)

// wordInfo holds the hashed views of one token that features combine.
type wordInfo struct {
	norm, raw, shape, amb  uint64
	suf1, suf2, suf3, suf4 uint64
	pre1, pre2, pre3       uint64
	normS                  string
}

var (
	hStart  = learn.HashString("<s>")
	hStart2 = learn.HashString("<s2>")
	hEnd    = learn.HashString("</s>")
	hEnd2   = learn.HashString("</s2>")
	hNone   = learn.HashString("<none>")
)

// Normalize lower-cases w and folds digits so that numbers share features.
func Normalize(w string) string {
	hasDigit := false
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			hasDigit = true
			break
		}
	}
	if !hasDigit {
		return strings.ToLower(w)
	}
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isDigits(w) {
		return "!year"
	}
	b := []byte(strings.ToLower(w))
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// shape maps letters to X/x, digits to d, keeps other characters, and
// collapses runs longer than two.
func shape(w string) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
		}
		last = c
		b.WriteRune(c)
	}
	return b.String()
}

func suffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[i:]
}

func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[:i]
}

func (t *Tagger) info(words []string) []wordInfo {
	infos := make([]wordInfo, len(words))
	for i, w := range words {
		n := Normalize(w)
		inf := &infos[i]
		inf.normS = n
		inf.norm = learn.HashString(n)
		inf.raw = learn.HashString(w)
		inf.shape = learn.HashString(shape(w))
		inf.suf1 = learn.HashString(suffix(n, 1))
		inf.suf2 = learn.HashString(suffix(n, 2))
		inf.suf3 = learn.HashString(suffix(n, 3))
		inf.suf4 = learn.HashString(suffix(n, 4))
		inf.pre1 = learn.HashString(prefix(n, 1))
		inf.pre2 = learn.HashString(prefix(n, 2))
		inf.pre3 = learn.HashString(prefix(n, 3))
		if a, ok := t.amb[n]; ok {
			inf.amb = a
		} else {
			inf.amb = hNone
		}
	}
	return infos
}

// features appends the features of position i given the two previous tags.
func features(f []uint64, infos []wordInfo, i int, p1, p2 uint64) []uint64 {
	w := &infos[i]
	prevW, prev2W, nextW, next2W := hStart, hStart2, hEnd, hEnd2
	prevS3, nextS3, prevShape, nextShape := hStart, hEnd, hStart, hEnd
	prevAmb, nextAmb, next2Amb := hStart, hEnd, hEnd2
	if i > 0 {
		prevW, prevS3, prevShape, prevAmb = infos[i-1].norm, infos[i-1].suf3, infos[i-1].shape, infos[i-1].amb
	}
	if i > 1 {
		prev2W = infos[i-2].norm
	}
	if i+1 < len(infos) {
		nextW, nextS3, nextShape, nextAmb = infos[i+1].norm, infos[i+1].suf3, infos[i+1].shape, infos[i+1].amb
	}
	if i+2 < len(infos) {
		next2W, next2Amb = infos[i+2].norm, infos[i+2].amb
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	return append(f,
		learn.Hash1(fBias, 0),
		learn.Hash1(fWord, w.norm),
		learn.Hash1(fRaw, w.raw),
		learn.Hash1(fSuf1, w.suf1),
		learn.Hash1(fSuf2, w.suf2),
		learn.Hash1(fSuf3, w.suf3),
		learn.Hash1(fSuf4, w.suf4),
		learn.Hash1(fPre1, w.pre1),
		learn.Hash1(fPre2, w.pre2),
		learn.Hash1(fPre3, w.pre3),
		learn.Hash1(fShape, w.shape),
		learn.Hash1(fP1, p1),
		learn.Hash1(fP2, p2),
		learn.Hash2(fP1P2, p1, p2),
		learn.Hash2(fP1Word, p1, w.norm),
		learn.Hash1(fPrevWord, prevW),
		learn.Hash1(fPrev2Word, prev2W),
		learn.Hash1(fNextWord, nextW),
		learn.Hash1(fNext2Word, next2W),
		learn.Hash1(fPrevSuf3, prevS3),
		learn.Hash1(fNextSuf3, nextS3),
		learn.Hash2(fWordNext, w.norm, nextW),
		learn.Hash2(fPrevWordWord, prevW, w.norm),
		learn.Hash1(fNextShape, nextShape),
		learn.Hash1(fPrevShape, prevShape),
		learn.Hash2(fP1Suf3, p1, w.suf3),
		learn.Hash2(fFirstShape, first, w.shape),
		learn.Hash1(fAmb, w.amb),
		learn.Hash1(fNextAmb, nextAmb),
		learn.Hash1(fNext2Amb, next2Amb),
		learn.Hash1(fPrevAmb, prevAmb),
		learn.Hash2(fAmbP1, w.amb, p1),
		learn.Hash2(fAmbNextAmb, w.amb, nextAmb),
	)
}

var classHashes [1 << 10]uint64

func init() {
	for i := range classHashes {
		classHashes[i] = learn.HashString("c" + strconv.Itoa(i))
	}
}

func classHash(c int) uint64 {
	if c < 0 {
		return hStart
	}
	return classHashes[c]
}

func classHash2(c int) uint64 {
	if c < 0 {
		return hStart2
	}
	return classHashes[c]
}

// Tag returns the UPOS and XPOS tags of a sentence's words.
func (t *Tagger) Tag(words []string) (upos, xpos []string) {
	classes := t.classes(words)
	upos = make([]string, len(words))
	xpos = make([]string, len(words))
	for i, c := range classes {
		upos[i], xpos[i] = t.upos[c], t.xpos[c]
	}
	return upos, xpos
}

func (t *Tagger) classes(words []string) []int {
	infos := t.info(words)
	out := make([]int, len(words))
	scores := make([]float32, len(t.upos))
	var f []uint64
	p1, p2 := -1, -1
	for i := range words {
		c, ok := t.dict[words[i]]
		if ok {
			out[i] = int(c)
		} else {
			f = features(f[:0], infos, i, classHash(p1), classHash2(p2))
			out[i] = t.model.Predict(f, scores)
		}
		p2, p1 = p1, out[i]
	}
	return out
}

// TrainOptions control training.
type TrainOptions struct {
	Iterations int    // passes over the data; 0 means 8
	Seed       uint64 // shuffling seed
	Log        io.Writer
}

// Train learns a tagger from gold-tagged sentences.
func Train(data []Example, opt TrainOptions) *Tagger {
	if opt.Iterations == 0 {
		opt.Iterations = 8
	}
	p := learn.NewPerceptron()
	t := &Tagger{dict: map[string]int32{}, amb: map[string]uint64{}}
	gold := make([][]int, len(data))
	for i, ex := range data {
		gold[i] = make([]int, len(ex.Words))
		for j := range ex.Words {
			c := p.Class(ex.UPOS[j] + "\t" + ex.XPOS[j])
			gold[i][j] = c
		}
	}
	t.setClasses(p.Classes())
	t.buildDictionaries(data, gold)

	scores := make([]float32, len(p.Classes()))
	var f []uint64
	for it := 0; it < opt.Iterations; it++ {
		correct, total := 0, 0
		for _, si := range learn.Shuffle(len(data), opt.Seed, it) {
			words := data[si].Words
			infos := t.info(words)
			p1, p2 := -1, -1
			for i := range words {
				g := gold[si][i]
				guess := g
				if c, ok := t.dict[words[i]]; ok {
					guess = int(c)
				} else {
					f = features(f[:0], infos, i, classHash(p1), classHash2(p2))
					guess = p.Predict(f, scores)
					p.Update(f, g, guess)
				}
				if guess == g {
					correct++
				}
				total++
				p2, p1 = p1, guess
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "tagger iteration %d: train accuracy %.2f%% (%d features)\n", it+1, 100*float64(correct)/float64(total), p.NumFeatures())
		}
	}
	t.model = p.Model(0)
	return t
}

func (t *Tagger) setClasses(classes []string) {
	t.upos = make([]string, len(classes))
	t.xpos = make([]string, len(classes))
	for i, c := range classes {
		t.upos[i], t.xpos[i], _ = strings.Cut(c, "\t")
	}
}

// buildDictionaries collects, from the training data, the tags of frequent
// unambiguous words and every word's set of tags (its ambiguity class).
func (t *Tagger) buildDictionaries(data []Example, gold [][]int) {
	counts := map[string]map[int]int{}
	normCounts := map[string]map[int]int{}
	for i, ex := range data {
		for j, w := range ex.Words {
			for _, m := range []struct {
				tab map[string]map[int]int
				key string
			}{{counts, w}, {normCounts, Normalize(w)}} {
				c := m.tab[m.key]
				if c == nil {
					c = map[int]int{}
					m.tab[m.key] = c
				}
				c[gold[i][j]]++
			}
		}
	}
	for w, c := range counts {
		n, best, bestN := 0, 0, -1
		for k, v := range c {
			n += v
			if v > bestN || v == bestN && k < best {
				best, bestN = k, v
			}
		}
		if n >= 20 && float64(bestN)/float64(n) >= 0.995 {
			t.dict[w] = int32(best)
		}
	}
	for w, c := range normCounts {
		var set []int
		n := 0
		for k, v := range c {
			n += v
			if v >= 2 || len(c) == 1 {
				set = append(set, k)
			}
		}
		if n < 2 {
			continue
		}
		slices.Sort(set)
		t.amb[w] = ambHash(set)
	}
}

func ambHash(set []int) uint64 {
	h := learn.HashString("amb")
	for _, c := range set {
		h = learn.Hash2(h, uint64(c), 0)
	}
	return h
}

// Write stores the tagger.
func (t *Tagger) Write(w io.Writer) error {
	var dict, amb bytes.Buffer
	keys := make([]string, 0, len(t.dict))
	for k := range t.dict {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&dict, "%s\t%d\n", k, t.dict[k])
	}
	keys = keys[:0]
	for k := range t.amb {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&amb, "%s\t%x\n", k, t.amb[k])
	}
	t.model.Extra["dict"] = dict.Bytes()
	t.model.Extra["amb"] = amb.Bytes()
	return t.model.Write(w)
}

// Read loads a tagger written by Write.
func Read(r io.Reader) (*Tagger, error) {
	m, err := learn.Read(r)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	t := &Tagger{model: m, dict: map[string]int32{}, amb: map[string]uint64{}}
	t.setClasses(m.Classes())
	sc := bufio.NewScanner(bytes.NewReader(m.Extra["dict"]))
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), "\t")
		c, err := strconv.Atoi(v)
		if err != nil || c < 0 || c >= len(t.upos) {
			return nil, fmt.Errorf("tagger: bad dictionary line %q", sc.Text())
		}
		t.dict[k] = int32(c)
	}
	sc = bufio.NewScanner(bytes.NewReader(m.Extra["amb"]))
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), "\t")
		h, err := strconv.ParseUint(v, 16, 64)
		if err != nil {
			return nil, fmt.Errorf("tagger: bad ambiguity line %q", sc.Text())
		}
		t.amb[k] = h
	}
	return t, nil
}
