package quote

import (
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// boundary is a possible span for a quote: where it starts and ends and
// which rule proposed each end.
type boundary struct {
	start, end         int
	startKind, endKind string
}

// rankBoundaries lets the model choose, for each direct or mixed quote, how
// far its content reaches: the quoted words only, the span the rules gave,
// or from the start of its sentence or the word after its cue, to the end
// of the quoted words or of its clause.
func (an *analysis) rankBoundaries() {
	for k := range an.out {
		q := &an.out[k]
		if !q.Direct && !ContainsQuoteMarks(q.Text) || an.how[q.CueSpan] == "colonhead" {
			continue // a headline's "X: …" spans the rest of its paragraph
		}
		cands := an.boundaries(*q)
		if len(cands) < 2 {
			continue
		}
		feats := make([][]string, len(cands))
		for i, b := range cands {
			feats[i] = an.boundaryFeatures(*q, b)
		}
		chosen := 0
		if an.speakers != nil {
			chosen = an.speakers.best(feats)
		}
		if c := an.andThatEnd(cands, chosen); c >= 0 {
			chosen = c // "said it was “dead” and that …": the second clause too
		}
		if c := an.thatStart(*q, cands, chosen); c >= 0 {
			chosen = c // "told reporters that he had spoken to Johnson and that “…”"
		}
		if c := an.runOnEnd(cands, chosen); c >= 0 {
			chosen = c // "Democrats had “put the biggest crack” yet in …"
		}
		if an.strace != nil {
			ch := SpeakerChoice{Parts: []doc.Span{q.Span}, Chosen: chosen, Boundary: true}
			for i, b := range cands {
				ch.People = append(ch.People, Candidate{Span: doc.Span{Start: b.start, End: b.end}, Features: feats[i], Option: b.startKind + "/" + b.endKind})
			}
			*an.strace = append(*an.strace, ch)
		}
		if chosen == 0 {
			continue
		}
		b := cands[chosen]
		q.Span = doc.Span{Start: b.start, End: b.end}
		q.Text = an.text[b.start:b.end]
		q.Direct = false
		for _, seg := range an.segs {
			if seg.in0 == b.start && seg.in1 == b.end {
				q.Direct = true
			}
		}
	}
}

// andThatEnd returns the candidate that carries the chosen span on through
// a reported clause coordinated with its own subordinator ("said their
// father “could be unyielding,” and that Freddy had struggled …"): the
// shortest with the same start that ends past "and that"; -1 when the
// chosen span is not followed by "and that" or no candidate goes on.
func (an *analysis) andThatEnd(cands []boundary, chosen int) int {
	b := cands[chosen]
	k := an.tokenAt(b.end)
	for k < len(an.toks) && !an.toks[k].word && (an.toks[k].text == "," || isCloseMark(an.toks[k].text)) {
		k++
	}
	if k+1 >= len(an.toks) || an.toks[k].lower != "and" || an.toks[k+1].lower != "that" {
		return -1
	}
	best := -1
	for i, c := range cands {
		if c.start == b.start && c.end > an.toks[k+1].end && (best < 0 || c.end < cands[best].end) {
			best = i
		}
	}
	return best
}

// runOnEnd returns the candidate that carries on to the end of the clause a
// chosen span that starts before the quotation's opening mark (or at its
// quoted words, when the quotation opens its sentence and is no title) but
// stops at its quoted words, inside the closing mark, though the sentence
// runs on past it in lower case ("Democrats had “put the biggest crack”
// yet in the glass ceiling", "“I held and hugged” grieving family
// members …"): a quotation set in a clause leaves the clause whole.
// It takes the clause's end, else the parse's; -1 when none or the chosen
// span is no such one.
func (an *analysis) runOnEnd(cands []boundary, chosen int) int {
	b := cands[chosen]
	var ls segment
	found := false
	for _, seg := range an.segs {
		if seg.closed && seg.in1 == b.end && (seg.open > b.start || seg.in0 == b.start && an.opensSentence(seg.open) && !an.isTitle(seg)) {
			ls, found = seg, true
		}
	}
	if !found {
		return -1
	}
	in := strings.TrimRight(an.text[ls.in0:ls.in1], " ")
	if in == "" || strings.ContainsAny(in[len(in)-1:], ".,;:?!…") {
		return -1
	}
	k := an.tokenAt(ls.close)
	if k >= len(an.toks) || !an.toks[k].word || an.toks[k].upper || an.toks[k].start >= an.paras[ls.para].end {
		return -1
	}
	best := -1
	for _, kind := range []string{"clause", "tree"} {
		for i, c := range cands {
			if best < 0 && c.start == b.start && c.end > an.toks[k].start && c.endKind == kind {
				best = i
			}
		}
	}
	return best
}

// thatStart returns the candidate that starts after the cue, with the
// chosen end, when the chosen span starts at the quotation's mark or words
// though a "that" stands between the cue and the quotation ("told
// reporters that he had spoken to Johnson and that “I think …”"): the
// quotation is in the cue's that-clause, which is what was said; -1
// otherwise.
func (an *analysis) thatStart(q doc.Quote, cands []boundary, chosen int) int {
	b := cands[chosen]
	if b.startKind != "rule" && b.startKind != "marks" || q.CueSpan.End == 0 {
		return -1
	}
	var fs segment
	found := false
	for _, seg := range an.segs {
		if seg.in0 >= b.start && seg.open <= b.start+1 || seg.open == b.start {
			fs, found = seg, true
			break
		}
	}
	if !found || q.CueSpan.End > fs.open {
		return -1
	}
	that := false
	for k := an.tokenAt(q.CueSpan.End); k < len(an.toks) && an.toks[k].start < fs.open; k++ {
		if an.toks[k].lower == "that" {
			that = true
		}
	}
	if !that {
		return -1
	}
	for i, c := range cands {
		if c.startKind == "aftercue" && c.end == b.end {
			return i
		}
	}
	return -1
}

// boundaries lists the candidate spans of a quote, the rules' first.
func (an *analysis) boundaries(q doc.Quote) []boundary {
	first, last := -1, -1
	for i, seg := range an.segs {
		if seg.in0 >= q.Span.Start && seg.in1 <= q.Span.End || seg.open >= q.Span.Start && seg.close <= q.Span.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	fs, ls := an.segs[first], an.segs[last]
	starts := []struct {
		at   int
		kind string
	}{{q.Span.Start, "rule"}, {fs.in0, "marks"}}
	ends := []struct {
		at   int
		kind string
	}{{q.Span.End, "rule"}, {ls.in1, "marks"}}
	if si := sentenceIndex(an.a.Sentences, fs.open); si >= 0 {
		sen := an.a.Sentences[si].Span
		if sen.Start < fs.open && sen.Start >= an.paras[fs.para].start {
			starts = append(starts, struct {
				at   int
				kind string
			}{sen.Start, "sentence"})
		}
		if q.CueSpan.End > 0 && q.CueSpan.End <= fs.open && q.CueSpan.Start >= sen.Start {
			k := an.tokenAt(q.CueSpan.End)
			if that := an.thatAfter(k+1, an.tokenAt(fs.open), q.CueSpan); that > 0 {
				k = that // "told state television that …": not whom it was told
			} else {
				for k < len(an.toks) && an.toks[k].start < fs.open && (an.toks[k].lower == "that" || !an.toks[k].word) {
					k++
				}
			}
			// not when only the cue's adjunct stands before the quotation
			if k < len(an.toks) && an.toks[k].start < fs.open && !an.adjunctBefore(k, fs.open, q.CueSpan) {
				starts = append(starts, struct {
					at   int
					kind string
				}{an.toks[k].start, "aftercue"})
			}
		}
	}
	if si := sentenceIndex(an.a.Sentences, max(ls.close-1, ls.open)); si >= 0 {
		e := an.a.Sentences[si].Span.End
		for e > ls.close && strings.ContainsRune(" .;:!?\n", rune(an.text[e-1])) {
			e--
		}
		if a := an.attributionAfter(q, ls.close); a > 0 && a < e {
			// "… “summer of agony” for Clinton …, he said": the reported
			// clause ends before its own attribution
			e = a
			for e > ls.close && strings.ContainsRune(" ,;:—–-\n", rune(an.text[e-1])) {
				e--
			}
		}
		e = an.clauseCut(ls, q.CueSpan, e) // not into a verb coordinated with the cue
		if e > ls.close && e <= an.paras[ls.para].end && !an.cueInside(q, ls.close, e) {
			ends = append(ends, struct {
				at   int
				kind string
			}{e, "clause"})
		}
	}
	if e, ok := an.complementEnd(q.CueSpan, fs.in0); ok && e <= an.paras[ls.para].end {
		e = an.clauseCut(ls, q.CueSpan, e)
		ends = append(ends, struct {
			at   int
			kind string
		}{e, "tree"})
	}
	var out []boundary
	seen := map[[2]int]bool{}
	for _, s := range starts {
		for _, e := range ends {
			if s.at >= e.at || s.at > fs.in0 || e.at < ls.in1 || seen[[2]int{s.at, e.at}] {
				continue
			}
			seen[[2]int{s.at, e.at}] = true
			if len(out) > 0 && an.cueInside(q, s.at, e.at) {
				continue // a quote's words never take in its own cue or speaker
			}
			b := boundary{s.at, e.at, s.kind, e.kind}
			// a span running past the quoted words on one side keeps the
			// quotation mark on the other
			if b.startKind == "marks" && b.endKind != "marks" {
				b.start = fs.open
			}
			if b.endKind == "marks" && b.startKind != "marks" {
				b.end = ls.close
			}
			out = append(out, b)
		}
	}
	if len(out) == 0 || out[0].start != q.Span.Start || out[0].end != q.Span.End {
		return nil
	}
	return out
}

// complementEnd returns where the cue's complement ends by the parse: the
// end of the subtrees of the cue's dependents after it, leaving out
// coordinated verbs, adverbial clauses and parataxis ("called it
// “shameful” and called on leaders") but keeping a coordinated clause
// with its own subordinator ("said it was “dead” and that …"). ok is false when the cue does not
// precede the quotation at byte at in the same parsed sentence.
func (an *analysis) complementEnd(cue doc.Span, at int) (end int, ok bool) {
	if cue.End == 0 || cue.End > at || !an.isParsed {
		return 0, false
	}
	si, ci, ok := an.docTokenAt(cue.End - 1)
	if qs, _, ok2 := an.docTokenAt(at); !ok || !ok2 || qs != si {
		return 0, false
	}
	toks := an.a.Sentences[si].Tokens
	for k := ci + 1; k < len(toks); k++ {
		// the dependent of the cue that k descends from, if any
		c, steps := k, 0
		for c >= 0 && c < len(toks) && toks[c].Head != ci && steps < len(toks) {
			c, steps = toks[c].Head, steps+1
		}
		if c < 0 || c >= len(toks) || c <= ci || steps >= len(toks) {
			continue
		}
		switch toks[c].Deprel {
		case "conj":
			if !subordinated(toks, c) { // "and that …" says more
				continue
			}
		case "cc", "punct", "parataxis", "advcl", "discourse":
			continue
		}
		if toks[k].Deprel != "punct" {
			end = toks[k].Span.End
		}
	}
	for _, seg := range an.segs {
		if seg.closed && seg.in0 < end && end <= seg.in1 {
			end = seg.close // a closing quotation mark stays with its words
		}
	}
	return end, end > at
}

// attributionAfter returns where the quote's cue or speaker starts, the
// earlier of the two, when it lies after byte from; 0 otherwise.
func (an *analysis) attributionAfter(q doc.Quote, from int) int {
	a := 0
	for _, sp := range []doc.Span{q.CueSpan, q.Speaker.Span} {
		if sp.End > 0 && sp.Start >= from && (a == 0 || sp.Start < a) {
			a = sp.Start
		}
	}
	return a
}

// cueInside reports whether the quote's cue or speaker lies in [s, e).
func (an *analysis) cueInside(q doc.Quote, s, e int) bool {
	in := func(sp doc.Span) bool { return sp.End > 0 && sp.Start < e && s < sp.End }
	return in(q.CueSpan) || in(q.Speaker.Span)
}

// boundaryFeatures describes a candidate span of a quote.
func (an *analysis) boundaryFeatures(q doc.Quote, b boundary) []string {
	sk, ek := b.startKind, b.endKind
	pre, post := 0, 0
	first, last := -1, -1
	for i, seg := range an.segs {
		if seg.in0 >= b.start && seg.in1 <= b.end || seg.open >= q.Span.Start && seg.close <= q.Span.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first >= 0 {
		pre = an.wordsBetween(b.start, an.segs[first].open)
		post = an.wordsBetween(an.segs[last].close, b.end)
	}
	how := an.how[q.CueSpan]
	f := []string{"b:start=" + sk, "b:end=" + ek, "b:span=" + sk + "/" + ek,
		"b:pre=" + bucket(pre, 0, 2, 5, 10, 20), "b:post=" + bucket(post, 0, 2, 5, 10, 20),
		"b:span&how=" + sk + "/" + ek + "/" + how, "b:span&direct=" + sk + "/" + ek + "/" + boolString(q.Direct)}
	if an.cueInside(q, b.start, b.end) {
		f = append(f, "b:hascue", "b:hascue&start="+sk)
	}
	if first >= 0 {
		seg := an.segs[first]
		inner := strings.TrimSpace(an.text[seg.in0:seg.in1])
		whole := inner != "" && strings.ToUpper(inner[:1]) == inner[:1] && strings.ContainsAny(inner[len(inner)-1:], ".?!,")
		f = append(f, "b:whole="+boolString(whole)+"/"+sk+"/"+ek)
		if k := an.tokenAt(seg.open) - 1; k >= 0 && an.toks[k].end > an.paras[seg.para].start {
			t := an.toks[k]
			w := t.lower
			if !t.word {
				w = t.text
			}
			if t.word && !isCue(t.lower) && !fragmentCue(t.lower) && t.lower != "that" && t.lower != "as" {
				w = "word"
			}
			f = append(f, "b:before="+w+"/"+sk)
		}
		ls := an.segs[last]
		if k := an.tokenAt(ls.close); k < len(an.toks) && an.toks[k].start < an.paras[ls.para].end {
			t := an.toks[k]
			w := t.lower
			if !t.word {
				w = t.text
			}
			if t.word && !isCue(t.lower) && !isConnector(t.lower) && t.lower != "that" && t.lower != "in" && t.lower != "for" {
				w = "word"
			}
			f = append(f, "b:after="+w+"/"+ek)
		}
		words := 0
		for k := an.tokenAt(seg.in0); k < len(an.toks) && an.toks[k].end <= ls.in1; k++ {
			if an.toks[k].word {
				words++
			}
		}
		f = append(f, "b:qwords="+bucket(words, 1, 2, 4, 8, 15)+"/"+sk+"/"+ek)
	}
	return f
}

// adjunctBefore reports whether the words from token k to the quotation
// opening at byte open are only an adjunct of the cue set off by a comma
// ("saying during the debate last week, “…”"): a preposition or time word
// opening a phrase the parse hangs on the cue as an oblique.
func (an *analysis) adjunctBefore(k, open int, cue doc.Span) bool {
	between := strings.TrimSpace(an.text[an.toks[k].start:open])
	if !strings.HasSuffix(between, ",") || !adjunctPreps[an.toks[k].lower] && !timeWords[an.toks[k].lower] || !an.isParsed {
		return false
	}
	si, ti, ok := an.docTokenAt(an.toks[k].start)
	if !ok {
		return false
	}
	toks := an.a.Sentences[si].Tokens
	n := ti
	if toks[ti].Deprel == "case" || toks[ti].Deprel == "det" || toks[ti].Deprel == "amod" {
		n = toks[ti].Head
	}
	if n < 0 || n >= len(toks) || !strings.HasPrefix(toks[n].Deprel, "obl") {
		return false
	}
	h := toks[n].Head
	if h < 0 || h >= len(toks) || toks[h].Span.Start >= cue.End || cue.Start >= toks[h].Span.End {
		return false
	}
	// the phrase runs up to the comma, or further adjuncts of the cue do
	// ("during the debate last week,")
	ls, li, ok := an.docTokenAt(an.toks[k].start + len(strings.TrimSuffix(between, ",")) - 1)
	if !ok || ls != si {
		return false
	}
	for j := ti; j <= li; j++ {
		if !descends(toks, j, n) && !an.cueAdjunct(toks, j, h) {
			return false
		}
	}
	return true
}

// cueAdjunct reports whether token j lies in a time phrase or adverb hung
// on token h ("last week", "earlier"), not in what it was about.
func (an *analysis) cueAdjunct(toks []doc.Token, j, h int) bool {
	for v, steps := j, 0; v >= 0 && v < len(toks) && steps <= len(toks); v, steps = toks[v].Head, steps+1 {
		if toks[v].Head == h {
			return toks[v].Deprel == "obl:tmod" || toks[v].Deprel == "advmod" ||
				strings.HasPrefix(toks[v].Deprel, "obl") && timeWords[strings.ToLower(toks[v].Text)]
		}
	}
	return false
}
