package quote

import (
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// maxCueSteps is how many heads above the quoted words the cue may be.
const maxCueSteps = 6

// parseAttribution attributes a quoted segment through the dependency
// parse: the speech or attitude verb that governs the quoted words (as
// ccomp, parataxis, obj, xcomp or obl, directly or through a few heads) is
// the cue, its subject the speaker (through a relative pronoun to the noun it
// modifies; for a participle or infinitive without a subject, the subject of
// the verb it hangs on; for a passive, the by-agent). When the cue comes
// before the quotation and its complement starts earlier, the quote is mixed
// and runs over the complement's words. Returns an empty attribution when
// the article is not parsed or nothing governs the quotation.
func (an *analysis) parseAttribution(seg segment) attribution {
	if !an.isParsed {
		return attribution{}
	}
	inside := func(t doc.Token) bool { return t.Span.Start >= seg.in0 && t.Span.End <= seg.in1 }
	type found struct {
		si, cue, child, steps int
	}
	best := found{si: -1}
	for si := range an.a.Sentences {
		s := an.a.Sentences[si]
		if s.Span.End <= seg.in0 || s.Span.Start >= seg.close {
			continue
		}
		toks := s.Tokens
		for k, t := range toks {
			if !inside(t) || t.Head >= 0 && t.Head < len(toks) && inside(toks[t.Head]) {
				continue
			}
			// k heads a piece of the quotation: climb to a cue
			child, h := k, t.Head
			for steps := 1; steps <= maxCueSteps && h >= 0 && h < len(toks); steps++ {
				ht := toks[h]
				if inside(ht) {
					break
				}
				if depCue(ht) {
					if best.si < 0 || steps < best.steps {
						best = found{si, h, child, steps}
					}
					break
				}
				child, h = h, ht.Head
			}
		}
	}
	if best.si < 0 {
		return attribution{}
	}
	return an.cueAttribution(seg, best.si, best.cue, best.child, true)
}

// cueAttribution attributes a quoted segment to cue verb cue of sentence
// si, whose dependent child the quotation descends from; nearer lets a
// speech verb between the cue and the quotation take its place.
func (an *analysis) cueAttribution(seg segment, si, cue, child int, nearer bool) attribution {
	type found struct {
		si, cue, child int
	}
	best := found{si, cue, child}
	toks := an.a.Sentences[best.si].Tokens
	if nearer && toks[best.cue].Span.End <= seg.open {
		// a nearer speech verb between the cue and the quotation speaks
		// it ("Sanders said, suggesting a few questions, including, “…”"),
		// whatever the parse hung the quotation on
		for k := best.cue + 1; k < len(toks) && toks[k].Span.End <= seg.open; k++ {
			if depCue(toks[k]) && !an.inQuote(toks[k].Span.Start) {
				best.cue = k
			}
		}
	}
	cv := toks[best.cue]
	subj := depSubject(toks, best.cue)
	if subj < 0 {
		return attribution{}
	}
	s, e := phraseSpan(toks, subj)
	if s >= seg.in0 && e <= seg.in1 {
		return attribution{}
	}
	p := np{an.tokenAt(s), an.tokenAt(e)}
	if p.empty() {
		return attribution{}
	}
	at := attribution{speaker: an.speakerOf(p), cue: cv.Span}
	if cv.Span.End <= seg.open {
		cs, ce := subtreeSpan(toks, best.child)
		if cs < seg.open && an.hasWords(cs, seg.open) {
			at.mixedFrom = cs
			at.mixedTo = max(ce, seg.close)
		}
	}
	return at
}

// hasWords reports whether text[s:e] holds a word.
func (an *analysis) hasWords(s, e int) bool {
	for k := an.tokenAt(s); k < len(an.toks) && an.toks[k].end <= e; k++ {
		if an.toks[k].word {
			return true
		}
	}
	return false
}

// depCue reports whether a parsed token is a speech or attitude verb.
func depCue(t doc.Token) bool {
	if t.UPOS != "VERB" {
		return false
	}
	lower := strings.ToLower(t.Text)
	return fragmentCue(lower) || fragmentCue(strings.ToLower(t.Lemma))
}

// depSubject returns the token that says what verb v governs: its nominal
// subject, the agent of a passive, the noun a relative clause modifies, or
// for a verb without a subject (a participle, an infinitive, a conjunct) the
// subject of the verb it hangs on; -1 when there is none.
func depSubject(toks []doc.Token, v int) int {
	subj, verb := clauseSubject(toks, v)
	if subj >= 0 && relativePronoun(toks, subj, verb) {
		return toks[verb].Head // "X, who said"
	}
	return subj
}

// relativePronoun reports whether subject subj of verb is a relative
// pronoun opening a relative clause ("X, who said").
func relativePronoun(toks []doc.Token, subj, verb int) bool {
	rel := strings.ToLower(toks[subj].Text)
	return (rel == "who" || rel == "that" || rel == "which") && strings.HasPrefix(toks[verb].Deprel, "acl")
}

// clauseSubject returns depSubject's subject as written (a relative pronoun
// left as it is) and the verb it is the subject of; -1, -1 when none.
func clauseSubject(toks []doc.Token, v int) (subj, verb int) {
	for hops := 0; hops < 4 && v >= 0 && v < len(toks); hops++ {
		subj, agent, passive := -1, -1, false
		for k, t := range toks {
			if t.Head != v {
				continue
			}
			switch {
			case t.Deprel == "nsubj" && dayWords[strings.ToLower(t.Text)]:
				// a day misparsed as a participle's subject ("issued a
				// statement Tuesday saying") says when, not who
			case t.Deprel == "nsubj":
				// a time misparsed as a second subject ("officials last
				// October warned") is not the speaker
				if subj < 0 || !timeWords[strings.ToLower(t.Text)] {
					subj = k
				}
			case t.Deprel == "nsubj:pass" || t.Deprel == "aux:pass":
				passive = true
			case t.Deprel == "obl:agent" || t.Deprel == "obl" && hasCase(toks, k, "by"):
				agent = k
			}
		}
		if subj < 0 && passive {
			subj = agent
		}
		if subj >= 0 {
			return subj, v
		}
		if w := withSubject(toks, v); w >= 0 {
			return w, v // "with Vance telling Zelenskyy, “…”": Vance tells
		}
		v = toks[v].Head // a participle, infinitive or conjunct: the verb it hangs on
	}
	return -1, -1
}

// dayWords name a day: never a speaker.
var dayWords = toSet("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow")

// withSubject returns the subject of an absolute participle clause, the
// noun after "with" or "without" right before participle v ("began with
// Vance telling Zelenskyy"), or -1.
func withSubject(toks []doc.Token, v int) int {
	if !strings.HasSuffix(strings.ToLower(toks[v].Text), "ing") || v == 0 {
		return -1
	}
	o := v - 1
	if toks[o].Head != toks[v].Head && toks[o].Head != v || !strings.HasPrefix(toks[o].Deprel, "obl") && !strings.HasPrefix(toks[o].Deprel, "nmod") && toks[o].Deprel != "nsubj" {
		return -1
	}
	if hasCase(toks, o, "with") || hasCase(toks, o, "without") {
		return o
	}
	return -1
}

// hasCase reports whether token k has a case marker child with the given
// lower-case text.
func hasCase(toks []doc.Token, k int, word string) bool {
	for _, t := range toks {
		if t.Head == k && t.Deprel == "case" && strings.EqualFold(t.Text, word) {
			return true
		}
	}
	return false
}

// phraseSpan returns the byte span of the noun phrase headed by token k:
// its subtree without relative clauses, appositions, parentheticals and
// edge punctuation, kept contiguous around the head.
func phraseSpan(toks []doc.Token, k int) (int, int) {
	keep := make([]bool, len(toks))
	keep[k] = true
	var mark func(h int)
	mark = func(h int) {
		for c, t := range toks {
			if t.Head != h || c == h {
				continue
			}
			switch t.Deprel {
			case "acl", "acl:relcl", "appos", "parataxis", "punct", "cc", "conj", "dep":
				continue
			}
			if !keep[c] {
				keep[c] = true
				mark(c)
			}
		}
	}
	mark(k)
	for c, t := range toks {
		if t.Head == k && t.Deprel == "case" && c < k {
			keep[c] = false // "with Vance": the noun, not its preposition
		}
	}
	s, e := k, k
	for s > 0 && keep[s-1] {
		s--
	}
	for e+1 < len(toks) && keep[e+1] {
		e++
	}
	return toks[s].Span.Start, toks[e].Span.End
}

// subtreeSpan returns the byte span of token k's whole subtree (its first to
// its last descendant), without punctuation at the edges.
func subtreeSpan(toks []doc.Token, k int) (int, int) {
	in := make([]bool, len(toks))
	in[k] = true
	for changed := true; changed; {
		changed = false
		for c, t := range toks {
			if !in[c] && t.Head >= 0 && t.Head < len(toks) && in[t.Head] {
				in[c], changed = true, true
			}
		}
	}
	s, e := -1, -1
	for c := range toks {
		if in[c] && toks[c].UPOS != "PUNCT" {
			if s < 0 {
				s = c
			}
			e = c
		}
	}
	if s < 0 {
		return toks[k].Span.Start, toks[k].Span.End
	}
	return toks[s].Span.Start, toks[e].Span.End
}

// parseSpeaker returns the speaker the parse gives a cue verb at span cue
// (its subject, as depSubject finds it), or an empty speaker when the cue
// is not a parsed verb or its subject lies inside the quotation.
func (an *analysis) parseSpeaker(cue doc.Span, seg segment) (doc.Speaker, bool) {
	if !an.isParsed {
		return doc.Speaker{}, false
	}
	si, ti, ok := an.docTokenAt(cue.Start)
	if !ok {
		return doc.Speaker{}, false
	}
	toks := an.a.Sentences[si].Tokens
	if toks[ti].UPOS != "VERB" {
		return doc.Speaker{}, false
	}
	subj := depSubject(toks, ti)
	if subj < 0 {
		return doc.Speaker{}, false
	}
	s, e := phraseSpan(toks, subj)
	if s < seg.close && e > seg.open {
		return doc.Speaker{}, false
	}
	p := np{an.tokenAt(s), an.tokenAt(e)}
	if p.empty() {
		return doc.Speaker{}, false
	}
	sp := an.speakerOf(p)
	return sp, sp.Mention != ""
}

// relativeSpeakers gives a quote whose cue opens a relative clause ("X, now
// the majority leader, who in 2010 said …") its speaker as written, the
// relative pronoun, named by the noun the clause modifies, as a pronoun
// speaker is named by its antecedent.
func (an *analysis) relativeSpeakers() {
	if !an.isParsed {
		return
	}
	for i := range an.out {
		q := &an.out[i]
		si, ti, ok := an.docTokenAt(q.CueSpan.Start)
		if !ok || q.CueSpan.End == 0 {
			continue
		}
		toks := an.a.Sentences[si].Tokens
		if toks[ti].UPOS != "VERB" {
			continue
		}
		subj, verb := clauseSubject(toks, ti)
		if subj < 0 || !relativePronoun(toks, subj, verb) || toks[subj].Span == q.Speaker.Span {
			continue
		}
		h := toks[verb].Head
		if h < 0 || h >= len(toks) {
			continue
		}
		if g := toks[h].Head; toks[h].Deprel == "appos" && g >= 0 && g < len(toks) && toks[g].UPOS == "PROPN" {
			h = toks[h].Head // "McConnell, now the leader, who said": McConnell
		}
		s, e := phraseSpan(toks, h)
		if ps, pe, ok := an.apposedPerson(s); ok && !an.personAt(toks[h].Span) {
			s, e = ps, pe // "McConnell, now the leader, who said", however parsed
		}
		sp := an.speakerOf(np{an.tokenAt(s), an.tokenAt(e)})
		if sp.Mention == "" || speakerPronouns[strings.ToLower(sp.Mention)] || !an.namesAgent(sp, toks[h]) && !an.personAt(doc.Span{Start: s, End: e}) {
			continue // "a letter that says": no one to name
		}
		sp.Mention, sp.Span = toks[subj].Text, toks[subj].Span
		q.Speaker = sp
	}
}

// apposedPerson returns the span of the person named just before byte s,
// with only a comma and at most two words between ("McConnell, now | the
// Senate majority leader"): the person a role in apposition describes.
func (an *analysis) apposedPerson(s int) (int, int, bool) {
	for _, m := range an.a.Mentions {
		if m.Type != doc.PER || m.Span.End > s || s-m.Span.End > 20 {
			continue
		}
		between := an.text[m.Span.End:s]
		if strings.HasPrefix(strings.TrimSpace(between), ",") && len(strings.Fields(strings.Trim(strings.TrimSpace(between), ","))) <= 2 {
			return m.Span.Start, m.Span.End, true
		}
	}
	return 0, 0, false
}

// personAt reports whether a person mention overlaps span.
func (an *analysis) personAt(span doc.Span) bool {
	for _, m := range an.a.Mentions {
		if m.Type == doc.PER && m.Span.Start < span.End && span.Start < m.Span.End {
			return true
		}
	}
	return false
}

// namesAgent reports whether speaker sp, headed by token head, is someone
// who can speak: a person or organisation the recognizer found, or a role
// ("the senator").
func (an *analysis) namesAgent(sp doc.Speaker, head doc.Token) bool {
	for _, m := range an.a.Mentions {
		if m.Span.Start < sp.Span.End && sp.Span.Start < m.Span.End && (m.Type == doc.PER || m.Type == doc.ORG) {
			return true
		}
	}
	w := strings.ToLower(head.Text)
	return roleHead(w) || titles[w]
}

// outerReport attributes a quotation that a free relative's verb names
// ("… through what she calls a “war of words”", "to contrast her approach
// with what they call Trump's “self-centered message”") to the speech or
// attitude verb the parse hangs the free relative on: what is reported is
// that verb's complement, the naming inside it included. Returns an empty
// attribution when head is not such a naming or no such verb governs it.
func (an *analysis) outerReport(seg segment, head attribution) attribution {
	if !an.isParsed || !head.ok() || head.cue.End == 0 || head.cue.End > seg.open {
		return attribution{}
	}
	si, ci, ok := an.docTokenAt(head.cue.Start)
	if !ok {
		return attribution{}
	}
	toks := an.a.Sentences[si].Tokens
	what := -1
	for k := ci - 1; k >= 0 && k >= ci-6; k-- {
		if strings.EqualFold(toks[k].Text, "what") {
			what = k
			break
		}
	}
	if what < 0 || what+1 >= len(toks) || toks[what+1].Span.Start != head.speaker.Span.Start {
		return attribution{} // "what" opens the naming: what its speaker calls
	}
	child, h := ci, toks[ci].Head
	for steps := 1; steps <= maxCueSteps && h >= 0 && h < len(toks); steps++ {
		if depCue(toks[h]) && !an.inQuote(toks[h].Span.Start) && toks[h].Span.End <= toks[what].Span.Start {
			return an.cueAttribution(seg, si, h, child, false)
		}
		child, h = h, toks[h].Head
	}
	return attribution{}
}
