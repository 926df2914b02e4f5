package quote

import (
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	split "github.com/sitrep/sitrep/internal/segment" // named apart from this package's segment type
)

// indirectSpeech adds reported speech outside quotation marks: "X said
// (that) CLAUSE", "CLAUSE, X said", "According to X, CLAUSE" and "CLAUSE,
// according to X". A clause may hold whole quotations no rule attributed
// ("The campaign is paying “dozens” of canvassers, according to X"): it is
// then a mixed quote; one that cuts a quotation is none.
func (an *analysis) indirectSpeech() {
	taken := func(s, e int) bool {
		for _, q := range an.out {
			if q.Span.Start < e && s < q.Span.End {
				return true
			}
		}
		for _, g := range an.segs {
			if g.open < e && s < g.close && (g.open < s || g.close > e) {
				return true // a quotation running past the sentence
			}
		}
		return false
	}
	for _, p := range an.paras {
		first := an.tokenAt(p.start)
		last := an.tokenAt(p.end)
		s := first
		for k := first; k < last; k++ {
			tk := an.toks[k]
			endHere := !tk.word && sentenceEnd(an.text, tk.start)
			if !endHere && k+1 < last {
				continue
			}
			e := k + 1
			if endHere {
				e = k
			}
			if e > s && !taken(an.toks[s].start, an.toks[e-1].end) {
				if q, ok := an.reported(s, e); ok && !an.cutsQuotation(q.Span) {
					an.out = append(an.out, q)
				}
			}
			s = k + 1
		}
	}
}

// reported finds reported speech in the sentence of tokens [s, e).
func (an *analysis) reported(s, e int) (doc.Quote, bool) {
	t := an.toks
	mk := func(p np, cs, ce, from, to int) (doc.Quote, bool) {
		to = an.reportedEnd(from, to)
		if pi := an.paraAt(t[from].start); pi < len(an.paras) && an.paras[pi].start == t[from].start {
			// "June 22 (Reuters) - Russian strikes … killed …, officials
			// said": the dateline is not what they said
			if n := split.DatelineEnd(an.text[t[from].start:an.paras[pi].end]); n > 0 {
				for from < to && t[from].start < an.paras[pi].start+n {
					from++
				}
			}
		}
		for to > from && !t[to-1].word {
			to--
		}
		words := 0
		for k := from; k < to; k++ {
			if t[k].word {
				words++
			}
		}
		if words < 3 {
			return doc.Quote{}, false
		}
		sp := an.speakerOf(p)
		if sp.Mention == "" {
			return doc.Quote{}, false
		}
		span := doc.Span{Start: t[from].start, End: t[to-1].end}
		return doc.Quote{Text: span.Of(an.text), Speaker: sp, Span: span, CueSpan: doc.Span{Start: cs, End: ce}, Cue: an.text[cs:ce]}, true
	}
	for k := s; k+1 < e; k++ {
		if t[k].lower == "according" && t[k+1].lower == "to" {
			p := an.npForward(k+2, e)
			if p.empty() {
				continue
			}
			to := max(p.to, an.accordingObjectEnd(k, e)) // "according to calculations by Amy Glasmeier of MIT"
			if k == s && to < e && t[to].text == "," {
				return mk(p, t[k].start, t[k+1].end, to+1, e)
			}
			if k > s && t[k-1].text == "," && to >= e-1 {
				return mk(p, t[k].start, t[k+1].end, s, k-1)
			}
		}
	}
	for c := s + 1; c < e; c++ {
		tk := t[c]
		if !tk.word || tk.upper || !isCue(tk.lower) || an.passiveOrModifier(tk.start) {
			continue
		}
		// "CLAUSE, said X." at the end of the sentence
		// a verb that takes a noun object ("…, described Trump's approach")
		// has its object after it, not its subject; the reported part is a
		// clause
		if c > s+2 && t[c-1].text == "," && (!ambiguousCues[tk.lower] || invertingCues[tk.lower]) &&
			(!an.isParsed || an.verbIn(t[s].start, t[c-1].start)) {
			if p := an.npForward(c+1, e); !p.empty() && (p.to >= e || an.phraseEnd(p.from, e) >= e) && an.agentPhrase(p) && !an.subjectBefore(tk.start) {
				return mk(p, tk.start, tk.end, s, c-1)
			}
		}
		// "CLAUSE, X said." at the end of the sentence
		if c+1 >= e || an.onlyAdjuncts(c+1, e) {
			k := c
			for k > s && adverbials[t[k-1].lower] {
				k--
			}
			p := an.npBackward(k, s)
			if !p.empty() && p.from > s+1 && t[p.from-1].text == "," {
				return mk(p, tk.start, tk.end, s, p.from-1)
			}
		}
		// "X said (that) CLAUSE"
		k := c
		for k > s && (adverbials[t[k-1].lower] || timeWords[t[k-1].lower]) {
			k-- // "officials last October warned"
		}
		p := an.npBackward(k, s)
		if p.empty() || p.from != s && t[p.from-1].word && !adverbialStart(t[p.from-1]) {
			continue
		}
		from := c + 1
		if tk.lower == "told" || tk.lower == "tells" || tk.lower == "tell" || tk.lower == "telling" {
			for from < e && from-c < 6 && t[from].lower != "that" {
				from++
			}
			if from >= e {
				continue
			}
		}
		if from < e && t[from].lower == "that" {
			from++
		} else if ambiguousCues[tk.lower] {
			continue
		}
		if from < e && (nameStops[t[from].lower] && !speakerPronouns[t[from].lower] || !t[from].word) {
			continue // "said in a statement", "said on Monday"
		}
		if from < e {
			return mk(p, tk.start, tk.end, from, e)
		}
	}
	return doc.Quote{}, false
}

// passiveOrModifier reports whether the parse makes the word at byte i a
// passive verb or a participle modifying a noun: "a ceasefire declared by
// Russia appears to have held" reports nothing.
func (an *analysis) passiveOrModifier(i int) bool {
	if !an.isParsed {
		return false
	}
	si, ti, ok := an.docTokenAt(i)
	if !ok {
		return false
	}
	toks := an.a.Sentences[si].Tokens
	switch toks[ti].Deprel {
	case "acl", "amod":
		return true
	}
	for _, k := range toks {
		if k.Head == ti && (k.Deprel == "aux:pass" || k.Deprel == "obl:agent" || k.Deprel == "nsubj:pass") {
			return true
		}
	}
	return false
}

// onlyAdjuncts reports whether tokens [i, e) are a short time or place
// phrase ("on Monday", "in a statement").
func (an *analysis) onlyAdjuncts(i, e int) bool {
	if e-i > 6 {
		return false
	}
	return nameStops[an.toks[i].lower] && !speakerPronouns[an.toks[i].lower]
}

// reportedEnd cuts reported content [from, to) where the speaker's next
// act or another attribution begins: "no deaths had been reported | but
// warned that ...", "China was ready to work with Russia | , according to
// a statement".
func (an *analysis) reportedEnd(from, to int) int {
	t := an.toks
	for k := from + 1; k+1 < to; k++ {
		switch {
		case t[k].text == "," && t[k+1].lower == "according" && k+2 < to && t[k+2].lower == "to":
			return k
		case (t[k].lower == "but" || t[k].lower == "and") && isCue(t[k+1].lower) && !ambiguousCues[t[k+1].lower] &&
			strings.HasSuffix(t[k+1].lower, "ed"):
			return k
		case t[k].text == "," && an.closingAttribution(k+1, to):
			return k // "Putin told Trump that Russia was reviewing its stance | , an aide said"
		}
	}
	return to
}

// closingAttribution reports whether tokens [k, to) are a speaker and a
// speech verb closing the sentence ("an aide said"): an attribution of the
// whole report, not part of it.
func (an *analysis) closingAttribution(k, to int) bool {
	t := an.toks
	p := an.npForward(k, to)
	if p.empty() || p.to >= to || p.to-k > 6 || !isCue(t[p.to].lower) || ambiguousCues[t[p.to].lower] {
		return false
	}
	return p.to+1 >= to || an.onlyAdjuncts(p.to+1, to)
}

// agentPhrase reports whether the noun phrase p can name a speaker after
// its verb: it has a capitalised word or ends in a role ("said the head of
// the service"), and is no pronoun ("…, said it").
func (an *analysis) agentPhrase(p np) bool {
	for k := p.from; k < p.to; k++ {
		if t := an.toks[k]; t.word && (t.upper && !speakerPronouns[t.lower] || roleHead(t.lower)) {
			return true
		}
	}
	return false
}

// subjectBefore reports whether the parse gives the verb at byte i a
// subject before it ("Morrell, a veteran who retired, said the approach
// …" is no inverted "…, said X").
func (an *analysis) subjectBefore(i int) bool {
	si, ti, ok := an.docTokenAt(i)
	if !ok {
		return false
	}
	for _, t := range an.a.Sentences[si].Tokens[:ti] {
		if t.Head == ti && strings.HasPrefix(t.Deprel, "nsubj") {
			return true
		}
	}
	return false
}

// cutsQuotation reports whether span sp overlaps a quotation without
// holding it whole.
func (an *analysis) cutsQuotation(sp doc.Span) bool {
	for _, g := range an.segs {
		if g.open < sp.End && sp.Start < g.close && (g.in0 < sp.Start || g.in1 > sp.End) {
			return true
		}
	}
	return false
}

// accordingObjectEnd returns the token index after the phrase that
// "according to" at token k governs by the parse (its object with every
// modifier: "calculations by Amy Glasmeier of the Massachusetts Institute of
// Technology", "some on Twitter"), not past token e; k+2 when the article
// is not parsed there or "according" governs nothing after "to".
func (an *analysis) accordingObjectEnd(k, e int) int {
	if !an.isParsed || k+2 >= e {
		return k + 2
	}
	si, ti, ok := an.docTokenAt(an.toks[k].start)
	if !ok {
		return k + 2
	}
	toks := an.a.Sentences[si].Tokens
	h := toks[ti].Head
	if h < 0 || h >= len(toks) || toks[h].Span.Start <= an.toks[k+1].start {
		return k + 2
	}
	_, end := subtreeSpan(toks, h)
	return an.tokenAfter(end, e)
}

// phraseEnd returns the token index after the largest phrase by the parse
// that starts at token k ("David Wasserman, an elections analyst at the
// Cook Political Report"), not past token e; k when the article is not
// parsed there.
func (an *analysis) phraseEnd(k, e int) int {
	if !an.isParsed || k >= e {
		return k
	}
	si, ti, ok := an.docTokenAt(an.toks[k].start)
	if !ok {
		return k
	}
	toks := an.a.Sentences[si].Tokens
	for h := toks[ti].Head; h >= 0 && h < len(toks); h = toks[ti].Head {
		if s, _ := subtreeSpan(toks, h); s != toks[ti].Span.Start {
			break
		}
		ti = h
	}
	_, end := subtreeSpan(toks, ti)
	return an.tokenAfter(end, e)
}

// tokenAfter returns the index of the first token ending after byte end,
// not past e.
func (an *analysis) tokenAfter(end, e int) int {
	n := an.tokenAt(end)
	for n < e && an.toks[n].end <= end {
		n++
	}
	return min(n, e)
}
