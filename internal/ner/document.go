package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/nlp/truecase"
)

// What the rest of a document says of a word (Ratinov and Roth 2009,
// "context aggregation"): whether the word is written elsewhere with a
// capital inside a sentence (docCapital) or all in lower case (docLower).
// Only sentences written in mixed case count as evidence: the words of a
// headline in capitals or in title case are capitalised whatever they are.
const (
	docCapital uint8 = 1 << iota
	docLower
)

// docCase says how a document's sentence writes the word at position i:
// capitalised inside the sentence, in lower case, or neither (a first word
// with a capital, a word without letters).
func docCase(words []string, i int) uint8 {
	w := words[i]
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsUpper(r):
		if i > 0 {
			return docCapital
		}
	case strings.ToLower(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0:
		return docLower
	}
	return 0
}

// mixedCase reports whether a sentence is written in mixed case: neither
// a restored title-case headline nor a headline in capitals.
func mixedCase(words []string, title bool) bool {
	if title {
		return false
	}
	upper, letters := 0, 0
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
	}
	return !(letters > 8 && upper*10 > letters*8)
}

// docContext returns for each word of each sentence of a document what the
// other mixed-case sentences of the document and the other words of its own
// say of it (docCapital, docLower); nil for title-case sentences, which
// training meets alone (TitleCaseCopies).
func docContext(sents [][]string, title []bool) [][]uint8 {
	type count struct{ capital, lower int }
	counts := map[string]*count{}
	mixed := make([]bool, len(sents))
	for si, words := range sents {
		mixed[si] = mixedCase(words, title[si])
		if !mixed[si] {
			continue
		}
		for i, w := range words {
			c := docCase(words, i)
			if c == 0 {
				continue
			}
			lw := strings.ToLower(w)
			n := counts[lw]
			if n == nil {
				n = &count{}
				counts[lw] = n
			}
			if c == docCapital {
				n.capital++
			} else {
				n.lower++
			}
		}
	}
	out := make([][]uint8, len(sents))
	for si, words := range sents {
		if title[si] {
			continue
		}
		out[si] = make([]uint8, len(words))
		for i, w := range words {
			n := counts[strings.ToLower(w)]
			if n == nil {
				continue
			}
			capital, lower := n.capital, n.lower
			if mixed[si] {
				switch docCase(words, i) {
				case docCapital:
					capital--
				case docLower:
					lower--
				}
			}
			var c uint8
			if capital > 0 {
				c |= docCapital
			}
			if lower > 0 {
				c |= docLower
			}
			out[si][i] = c
		}
	}
	return out
}

// DocContexts fills Sentence.Doc of sentences read in document order, a
// document starting at each DocStart.
func DocContexts(sents []Sentence) {
	for start := 0; start < len(sents); {
		end := start + 1
		for end < len(sents) && !sents[end].DocStart {
			end++
		}
		words := make([][]string, end-start)
		title := make([]bool, end-start)
		for i := range words {
			words[i], title[i] = sents[start+i].Words, sents[start+i].Title
		}
		for i, c := range docContext(words, title) {
			sents[start+i].Doc = c
		}
		start = end
	}
}

// TagDocument returns the IOB2 tags of the sentences of a document, read
// as text of genre g, in order: with a model trained on document context,
// the words of news also read what the rest of the document says of them
// (written elsewhere with a capital, or in lower case) and how they were
// tagged in earlier sentences; other models tag each sentence alone.
func (t *Tagger) TagDocument(sents [][]string, g Genre) [][]string {
	out := make([][]string, len(sents))
	for i, words := range sents {
		out[i] = make([]string, len(words))
	}
	t.TagDocumentInto(sents, g, out)
	return out
}

// TagDocumentInto is TagDocument writing into out (len(out[i]) ≥
// len(sents[i])).
func (t *Tagger) TagDocumentInto(sents [][]string, g Genre, out [][]string) {
	restored := make([][]string, len(sents))
	title := make([]bool, len(sents))
	tc := truecase.Default()
	for i, words := range sents {
		if len(words) == 0 {
			continue
		}
		restored[i] = tc.Restore(words)
		title[i] = &restored[i][0] != &words[0]
	}
	ctx := make([][]uint8, len(sents))
	if t.document {
		ctx = docContext(restored, title)
	}
	s := statePool.Get().(*state)
	defer statePool.Put(s)
	h := history{}
	for i, words := range restored {
		if len(words) == 0 {
			continue
		}
		h.read(words, ctx[i])
		t.tagRestored(words, g, title[i], ctx[i], s, out[i])
		h.add(words, ctx[i], s.tags)
	}
}

// history counts how the words of a document were tagged so far
// (Ratinov and Roth 2009, "prediction history"): for each lower-cased
// word, its tokens tagged O, PER, ORG, LOC and MISC.
type history map[string]*[1 + 4]int32

// read adds to ctx (a sentence's document context, nil for a sentence
// read alone) the type other than O each word was mostly tagged as so far,
// +1 (2 for PER, ..., 5 for MISC; a word only ever tagged O reads none),
// in the bits above docCapital and docLower.
func (h history) read(words []string, ctx []uint8) {
	if ctx == nil {
		return
	}
	for i, w := range words {
		ctx[i] &= 3
		n := h[strings.ToLower(w)]
		if n == nil {
			continue
		}
		best, most := 0, int32(0)
		for c := 1; c < len(n); c++ {
			if n[c] > most {
				best, most = c, n[c]
			}
		}
		if best > 0 {
			ctx[i] |= uint8(best+1) << 2
		}
	}
}

// add counts a sentence's BILOU classes (classNames order).
func (h history) add(words []string, ctx []uint8, classes []int) {
	if ctx == nil {
		return
	}
	for i, w := range words {
		if strings.IndexFunc(w, unicode.IsLetter) < 0 {
			continue
		}
		lw := strings.ToLower(w)
		n := h[lw]
		if n == nil {
			n = new([5]int32)
			h[lw] = n
		}
		typ := 0
		if classes[i] > 0 {
			typ = 1 + (classes[i]-1)/4
		}
		n[typ]++
	}
}
