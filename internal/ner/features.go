package ner

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/learn"
)

// Feature templates.
const (
	fBias uint64 = iota + 1
	fWord
	fLower
	fLowerP1
	fLowerN1
	fLowerP2
	fLowerN2
	fBiP
	fBiN
	fShape
	fShapeP
	fShapeN
	fShapeBiP
	fShapeBiN
	fPrefix
	fSuffix
	fCoarse
	fFine
	fCoarseP
	fCoarseN
	fFineP
	fFineN
	fGaz
	fGazP
	fGazN
	fGazShape
	fFirst
	fCaps
	fFineP2
	fFineN2
	fPrefixN
	fNoCaps
	fFineShape
	fGenre
	fTitle
	fDoc
	fDocShape
	fDocFirst
	fDocP
	fDocN
	fHist
	fHistShape
)

// Genre is the kind of text a sentence comes from. The recognizer learns
// names shared by all genres with one set of feature weights and the
// conventions of web text (forums, reviews, e-mail: restaurants and shops
// are places, products and websites no names) with a second set that only
// web sentences read: every feature of a web sentence is also emitted
// conjoined with the genre (Daumé III, "Frustratingly easy domain
// adaptation", 2007), while news sentences read the shared weights alone.
type Genre uint8

// Genres.
const (
	News Genre = iota // edited news and encyclopaedic text (the default)
	Web               // web forums, reviews, e-mail, blogs
)

// String names the genre.
func (g Genre) String() string {
	switch g {
	case News:
		return "news"
	case Web:
		return "web"
	}
	return fmt.Sprintf("genre(%d)", uint8(g))
}

// ParseGenre reads a genre name: "news" or "web".
func ParseGenre(s string) (Genre, error) {
	switch s {
	case "news":
		return News, nil
	case "web":
		return Web, nil
	}
	return News, fmt.Errorf("genre %q: want news or web", s)
}

// token is what the features read of one token, computed once a sentence.
type token struct {
	lower  string
	hWord  uint64
	hLower uint64
	hShape uint64
	coarse uint64
	fine   uint64
	gaz    uint64
	doc    uint64 // what the rest of the document says of the word (docCapital, docLower)
	hist   uint64 // the type the word was mostly tagged as earlier in the document (history.read); 0 when none
}

// shape maps a word to its character classes with runs collapsed:
// "McDonald" → "XxXx", "U.S." → "X.X.", "1996" → "d".
func shape(w string) string {
	var b strings.Builder
	var last byte
	n := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			if r < utf8.RuneSelf {
				c = byte(r)
			} else {
				c = '*'
			}
		}
		if c != last || n == 0 {
			b.WriteByte(c)
			n++
		}
		last = c
		if n > 6 {
			break
		}
	}
	return b.String()
}

// sentenceInfo fills toks for a sentence's words and reports whether the
// sentence is written in capitals, or without any.
func (t *Tagger) sentenceInfo(words []string, toks []token, lower []string, gaz []uint16) (caps, nocaps bool) {
	upper, letters := 0, 0
	for i, w := range words {
		lw := strings.ToLower(w)
		lower[i] = lw
		tk := &toks[i]
		tk.lower = lw
		tk.hWord = learn.HashString(w)
		tk.hLower = learn.HashString(lw)
		tk.hShape = learn.HashString(shape(w))
		c, ok := t.clusters[w]
		if !ok {
			c, ok = t.clusters[lw]
		}
		if !ok && len(w) > 0 {
			r, n := utf8.DecodeRuneInString(lw)
			c, ok = t.clusters[string(unicode.ToUpper(r))+lw[n:]]
		}
		if ok {
			tk.coarse, tk.fine = uint64(c[0])+1, uint64(c[1])+1
		} else {
			tk.coarse, tk.fine = 0, 0
		}
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
	}
	t.gaz.Mark(lower, gaz)
	for i := range toks {
		toks[i].gaz = uint64(gaz[i])
	}
	return letters > 8 && upper*10 > letters*8, letters > 8 && upper == 0
}

const boundary = 0x9e3779b97f4a7c15 // hash standing for "no token"

// features appends the features of position i (of a sentence written as a
// title-case headline when title), and for a genre other than
// News a copy of each conjoined with the genre; news also reads what its
// document says of the words (token.doc, token.hist).
func features(f []uint64, toks []token, i int, caps, nocaps, title bool, g Genre) []uint64 {
	start := len(f)
	at := func(j int) *token {
		if j < 0 || j >= len(toks) {
			return nil
		}
		return &toks[j]
	}
	lw := func(j int) uint64 {
		if tk := at(j); tk != nil {
			return tk.hLower
		}
		return boundary
	}
	sh := func(j int) uint64 {
		if tk := at(j); tk != nil {
			return tk.hShape
		}
		return boundary
	}
	get := func(j int, sel func(*token) uint64) uint64 {
		if tk := at(j); tk != nil {
			return sel(tk)
		}
		return boundary
	}
	tk := &toks[i]
	f = append(f,
		learn.Hash1(fBias, 0),
		learn.Hash1(fWord, tk.hWord),
		learn.Hash1(fLower, tk.hLower),
		learn.Hash1(fLowerP1, lw(i-1)),
		learn.Hash1(fLowerN1, lw(i+1)),
		learn.Hash1(fLowerP2, lw(i-2)),
		learn.Hash1(fLowerN2, lw(i+2)),
		learn.Hash2(fBiP, lw(i-1), tk.hLower),
		learn.Hash2(fBiN, tk.hLower, lw(i+1)),
		learn.Hash1(fShape, tk.hShape),
		learn.Hash1(fShapeP, sh(i-1)),
		learn.Hash1(fShapeN, sh(i+1)),
		learn.Hash2(fShapeBiP, sh(i-1), tk.hShape),
		learn.Hash2(fShapeBiN, tk.hShape, sh(i+1)),
		learn.Hash1(fCoarse, tk.coarse),
		learn.Hash1(fFine, tk.fine),
		learn.Hash1(fCoarseP, get(i-1, func(t *token) uint64 { return t.coarse })),
		learn.Hash1(fCoarseN, get(i+1, func(t *token) uint64 { return t.coarse })),
		learn.Hash1(fFineP, get(i-1, func(t *token) uint64 { return t.fine })),
		learn.Hash1(fFineN, get(i+1, func(t *token) uint64 { return t.fine })),
		learn.Hash1(fFineP2, get(i-2, func(t *token) uint64 { return t.fine })),
		learn.Hash1(fFineN2, get(i+2, func(t *token) uint64 { return t.fine })),
		learn.Hash1(fGaz, tk.gaz),
		learn.Hash1(fGazP, get(i-1, func(t *token) uint64 { return t.gaz })),
		learn.Hash1(fGazN, get(i+1, func(t *token) uint64 { return t.gaz })),
		learn.Hash2(fGazShape, tk.gaz, tk.hShape),
		learn.Hash2(fFirst, boolHash(i == 0), tk.hShape),
		learn.Hash2(fCaps, boolHash(caps), tk.hShape),
		learn.Hash2(fNoCaps, boolHash(nocaps), tk.gaz),
		learn.Hash2(fFineShape, tk.fine, tk.hShape),
	)
	if title {
		f = append(f, learn.Hash2(fTitle, 1, tk.hShape), learn.Hash2(fTitle, 2, tk.gaz), learn.Hash2(fTitle, 3, tk.fine))
	}
	w := tk.lower
	for n := 1; n <= 4 && n < len(w); n++ {
		f = append(f, learn.Hash2(fPrefix, uint64(n), learn.HashString(w[:n])), learn.Hash2(fSuffix, uint64(n), learn.HashString(w[len(w)-n:])))
	}
	if g != News {
		for _, h := range f[start:] {
			f = append(f, learn.Hash2(fGenre, uint64(g), h))
		}
	}
	if g != News { // web text gained nothing from the document's features
		return f
	}
	doc := func(j int) uint64 {
		if tk := at(j); tk != nil {
			return tk.doc
		}
		return 0
	}
	if dp, dn := doc(i-1), doc(i+1); tk.doc != 0 || dp != 0 || dn != 0 {
		f = append(f, learn.Hash1(fDoc, tk.doc), learn.Hash2(fDocShape, tk.doc, tk.hShape),
			learn.Hash2(fDocFirst, tk.doc, boolHash(i == 0)), learn.Hash2(fDocP, dp, tk.doc), learn.Hash2(fDocN, tk.doc, dn))
	}
	if tk.hist != 0 {
		f = append(f, learn.Hash1(fHist, tk.hist), learn.Hash2(fHistShape, tk.hist, tk.hShape))
	}
	return f
}

func boolHash(b bool) uint64 {
	if b {
		return 1
	}
	return 2
}
