package ner

import (
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/kb"
	"github.com/sitrep/sitrep/internal/learn"
)

// Gazetteer kinds, as bits.
const (
	gazCountry = 1 << iota
	gazCity
	gazPerson
	gazGroup // armed groups, IGOs, seats
	gazOrg
	gazDemonym
	gazSurname
	gazFirstName
)

// firstNameMin is how many knowledge-base people must share a first word for
// it to count as a first name; personTitles are first words that are not.
// The list is not gum.go's personTitleWords: that one also holds "chief"
// and "bishop", which the committed model saw marked as first names, so
// merging the two waits for the next retraining.
const firstNameMin = 2

var personTitles = map[string]bool{"sir": true, "sheikh": true, "shaikh": true, "king": true, "queen": true, "prince": true,
	"princess": true, "emir": true, "general": true, "gen.": true, "dr": true, "dr.": true, "lord": true, "lady": true,
	"president": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true, "saint": true, "st.": true}

// maxGazWords bounds the length of a gazetteer match in word parts.
const maxGazWords = 6

// Gazetteer marks token sequences that name knowledge-base entries.
type Gazetteer struct {
	keys map[uint64]uint8
}

// NewGazetteer collects the names, aliases and demonyms of the base.
func NewGazetteer(k *kb.KB) *Gazetteer {
	g := &Gazetteer{keys: map[uint64]uint8{}}
	add := func(name string, bit uint8) {
		var parts []string
		for _, t := range simpleTokens(name, nil) {
			parts = appendParts(parts, t)
		}
		if len(parts) == 0 || len(parts) > maxGazWords {
			return
		}
		if len(parts) == 1 {
			r := []rune(name)
			if !unicode.IsUpper(r[0]) {
				return
			}
		}
		h := uint64(0)
		for i, p := range parts {
			h = learn.Hash2(7, h, learn.HashString(p))
			if i < len(parts)-1 {
				g.keys[h] |= 0 // a prefix of a longer name: keep searching
			}
		}
		g.keys[h] |= bit
	}
	firsts := map[string]int{}
	for _, e := range k.Entries {
		var bit uint8
		switch e.Kind {
		case kb.KindCountry:
			bit = gazCountry
		case kb.KindCity, kb.KindRegion:
			bit = gazCity
		case kb.KindPerson:
			bit = gazPerson
		case kb.KindGroup, kb.KindIGO, kb.KindSeat:
			bit = gazGroup
		default:
			bit = gazOrg
		}
		add(e.Name, bit)
		for _, a := range e.Aliases {
			add(a, bit)
		}
		for _, d := range e.Demonyms {
			add(d, gazDemonym)
		}
		if e.Kind == kb.KindPerson {
			if f := strings.Fields(e.Name); len(f) >= 2 {
				add(f[len(f)-1], gazSurname)
				if !personTitles[strings.ToLower(f[0])] {
					firsts[f[0]]++
				}
			}
		}
	}
	for name, n := range firsts {
		if n >= firstNameMin {
			add(name, gazFirstName)
		}
	}
	return g
}

// appendParts adds a token's lower-case parts split at hyphens.
func appendParts(parts []string, tok string) []string {
	for _, p := range strings.Split(strings.ToLower(tok), "-") {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// Mark sets out[i] to a feature value for token i: 0 when no gazetteer
// name covers it, else the kinds of the longest match starting at or
// covering the token, with its position (begin, inside).
func (g *Gazetteer) Mark(lower []string, out []uint16) {
	for i := range out {
		out[i] = 0
	}
	if g == nil {
		return
	}
	n := len(lower)
	for i := 0; i < n; {
		if lower[i] == "-" || out[i] != 0 {
			i++
			continue
		}
		h := uint64(0)
		bestEnd, bestBits := -1, uint8(0)
		words := 0
		for j := i; j < n && words < maxGazWords; j++ {
			if strings.IndexByte(lower[j], '-') < 0 {
				h = learn.Hash2(7, h, learn.HashString(lower[j]))
				words++
			} else {
				for _, p := range strings.Split(lower[j], "-") {
					if p != "" {
						h = learn.Hash2(7, h, learn.HashString(p))
						words++
					}
				}
			}
			bits, ok := g.keys[h]
			if !ok {
				break
			}
			if bits != 0 {
				bestEnd, bestBits = j+1, bits
			}
		}
		if bestEnd < 0 {
			i++
			continue
		}
		out[i] = 1<<8 | uint16(bestBits)
		for j := i + 1; j < bestEnd; j++ {
			out[j] = 2<<8 | uint16(bestBits)
		}
		i = bestEnd
	}
}

// IsDemonym reports whether the words are, as a whole, a nationality in the
// knowledge base (Russian, Russians).
func (g *Gazetteer) IsDemonym(words []string) bool {
	if g == nil {
		return false
	}
	var parts []string
	for _, w := range words {
		parts = appendParts(parts, w)
	}
	if len(parts) == 0 {
		return false
	}
	h := uint64(0)
	for _, p := range parts {
		h = learn.Hash2(7, h, learn.HashString(p))
	}
	return g.keys[h]&gazDemonym != 0
}

// MarkDemonyms tags as MISC the untagged words of sentences that the base
// knows as nationalities ("Armenians", "Thai"), as CoNLL-2003 does: for
// training data such as GUM's, which names people, places and
// organisations only and would otherwise teach that nationalities are no
// names.
func (g *Gazetteer) MarkDemonyms(sents []Sentence) int {
	n := 0
	for _, s := range sents {
		for i, w := range s.Words {
			if s.Tags[i] == "O" && w != strings.ToLower(w) && g.IsDemonym([]string{w}) {
				s.Tags[i] = "B-MISC"
				n++
			}
		}
	}
	return n
}
