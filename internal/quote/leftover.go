package quote

import (
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// LeftoverMargin is the model weight that holds how much an unattributed
// quotation's best option must outscore dropping it to be taken.
const LeftoverMargin = "u:margin"

// leftoverOption is one way to treat a quotation no rule attributed: drop
// it, add it to the quote before or after it (the same cue), or emit it on
// its own with a speaker.
type leftoverOption struct {
	kind    string // "drop", "prev", "next" or "sep"
	group   []int  // the quote parts a join extends
	speaker doc.Speaker
}

// attributeLeftovers lets the model decide, for each quoted segment no rule
// attributed, whether it is a quotation and whose: a continuation of the
// quote before or after it, or a quote of its own whose speaker is the
// previous quote's or a person, organisation or pronoun near it.
func (an *analysis) attributeLeftovers() {
	var added []doc.Quote
	for _, seg := range an.unattributed {
		if an.covered(seg) || !an.hasWords(seg.in0, seg.in1) {
			continue
		}
		opts, feats := an.leftoverOptions(seg)
		chosen := 0
		if an.speakers != nil {
			chosen = an.speakers.best(feats)
			if chosen > 0 && an.speakers.Score(feats[chosen])-an.speakers.Score(feats[0]) < an.speakers.w[LeftoverMargin] {
				chosen = 0
			}
		}
		if an.strace != nil {
			ch := SpeakerChoice{Parts: []doc.Span{{Start: seg.in0, End: seg.in1}}, Chosen: chosen, Leftover: true}
			for i, o := range opts {
				c := Candidate{Name: o.speaker.Name, Span: o.speaker.Span, Features: feats[i], Option: o.kind}
				for _, k := range o.group {
					c.Parts = append(c.Parts, an.out[k].Span)
				}
				ch.People = append(ch.People, c)
			}
			*an.strace = append(*an.strace, ch)
		}
		o := opts[chosen]
		q := doc.Quote{Text: an.text[seg.in0:seg.in1], Direct: true, Span: doc.Span{Start: seg.in0, End: seg.in1}, Speaker: o.speaker}
		switch o.kind {
		case "drop":
			continue
		case "prev", "next":
			g := an.out[o.group[0]]
			q.Speaker, q.CueSpan, q.Cue = g.Speaker, g.CueSpan, g.Cue
		}
		added = append(added, q)
	}
	an.out = append(an.out, added...)
}

// covered reports whether a segment lies inside a quote already found.
func (an *analysis) covered(seg segment) bool {
	for _, q := range an.out {
		if q.Span.Start <= seg.in0 && seg.in1 <= q.Span.End {
			return true
		}
	}
	return false
}

// leftoverOptions lists the ways to treat an unattributed segment and their
// features; option 0 is dropping it.
func (an *analysis) leftoverOptions(seg segment) ([]leftoverOption, [][]string) {
	sf := an.segmentFeatures(seg)
	opts := []leftoverOption{{kind: "drop"}}
	feats := [][]string{append([]string{"u:drop"}, prefixed("u:drop&", sf)...)}
	prev, next := -1, -1
	for k, q := range an.out {
		if !q.Direct && !ContainsQuoteMarks(q.Text) {
			continue
		}
		if q.Span.End <= seg.open && (prev < 0 || q.Span.End > an.out[prev].Span.End) {
			prev = k
		}
		if q.Span.Start >= seg.close && (next < 0 || q.Span.Start < an.out[next].Span.Start) {
			next = k
		}
	}
	pi := seg.para
	for _, side := range []struct {
		kind string
		k    int
	}{{"prev", prev}, {"next", next}} {
		if side.k < 0 {
			continue
		}
		g := an.out[side.k]
		pd := pi - an.paraAt(g.Span.Start)
		gap := an.wordsBetween(g.Span.End, seg.open)
		if side.kind == "next" {
			pd = an.paraAt(g.Span.Start) - pi
			gap = an.wordsBetween(seg.close, g.Span.Start)
		}
		if pd > 2 {
			continue
		}
		var group []int
		for k, q := range an.out {
			if q.CueSpan == g.CueSpan && q.Speaker.Span == g.Speaker.Span {
				group = append(group, k)
			}
		}
		p := "u:" + side.kind
		f := []string{p, p + "&pdist=" + bucket(pd, 0, 1, 2), p + "&gap=" + bucket(gap, 0, 2, 5, 10, 20), p + "&how=" + an.how[g.CueSpan],
			p + "&direct=" + boolString(g.Direct)}
		f = append(f, prefixed(p+"&", sf)...)
		opts = append(opts, leftoverOption{kind: side.kind, group: group})
		feats = append(feats, f)
		if side.kind == "prev" && g.Speaker.Mention != "" {
			// the previous speaker, for a quote of its own
			f := []string{"u:sep:prevspeaker", "u:sep:prevspeaker&pdist=" + bucket(pd, 0, 1, 2), "u:sep:prevspeaker&gap=" + bucket(gap, 0, 2, 5, 10, 20)}
			f = append(f, prefixed("u:sep&", sf)...)
			opts = append(opts, leftoverOption{kind: "sep", speaker: g.Speaker})
			feats = append(feats, f)
		}
	}
	// people and pronouns in the segment's sentence and the one before
	ss := an.a.Sentences
	s0 := sentenceIndex(ss, seg.open)
	from, to := seg.open, seg.close
	if s0 > 0 {
		from = ss[s0-1].Span.Start
	} else if s0 == 0 {
		from = ss[0].Span.Start
	}
	if s1 := sentenceIndex(ss, max(seg.open, seg.close-1)); s1 >= 0 {
		to = ss[s1].Span.End
	}
	anc := an.spanAncestors([]doc.Span{{Start: seg.in0, End: seg.in1}})
	add := func(sp doc.Speaker, kind string) {
		if an.inQuote(sp.Span.Start) {
			return
		}
		for _, o := range opts {
			if o.speaker.Span.Start < sp.Span.End && sp.Span.Start < o.speaker.Span.End {
				return
			}
		}
		dir := "before"
		dist := an.wordsBetween(sp.Span.End, seg.open)
		if sp.Span.Start >= seg.close {
			dir = "after"
			dist = an.wordsBetween(seg.close, sp.Span.End)
		}
		d := bucket(dist, 0, 1, 3, 6, 10, 20)
		rel := an.mentionRel(sp.Span.Start, sp.Span.End)
		f := []string{"u:sep:" + kind, "u:sep:" + kind + "&" + dir + "/" + d, "u:sep&rel=" + rel + "/" + dir, "u:sep&dist=" + d}
		if steps, rel, ok := an.governsQuote(sp.Span, anc); ok {
			f = append(f, "u:sep&gov="+bucket(steps, 1, 2, 3)+"/"+rel, "u:sep&gov&kind="+kind+"/"+rel)
		}
		if _, gov := an.headAndGovernor(sp.Span); gov != nil && depCue(*gov) {
			f = append(f, "u:sep&speechsubj")
		}
		f = append(f, prefixed("u:sep&", sf)...)
		opts = append(opts, leftoverOption{kind: "sep", speaker: sp})
		feats = append(feats, f)
	}
	for _, m := range an.a.Mentions {
		if m.Span.Start >= from && m.Span.End <= to && (m.Type == doc.PER || m.Type == doc.ORG) {
			add(doc.Speaker{ID: m.Entity, Name: an.entityName(m), Mention: m.Text, Span: m.Span}, string(m.Type))
		}
	}
	for k := an.tokenAt(from); k < len(an.toks) && an.toks[k].end <= to; k++ {
		t := an.toks[k]
		if isPronoun(t) && t.lower != "it" && t.lower != "you" {
			add(doc.Speaker{Mention: t.text, Name: t.text, Span: doc.Span{Start: t.start, End: t.end}}, "pron")
		}
	}
	return opts, feats
}

// segmentFeatures describes a quoted segment: its length and shape, where
// it stands, and the word before it.
func (an *analysis) segmentFeatures(seg segment) []string {
	words, upper, first := 0, 0, false
	for k := an.tokenAt(seg.in0); k < len(an.toks) && an.toks[k].end <= seg.in1; k++ {
		t := an.toks[k]
		if !t.word {
			continue
		}
		words++
		if t.upper {
			upper++
		}
		switch t.lower {
		case "i", "we", "my", "our", "me", "us", "i'm", "i’m", "we're", "we’re":
			first = true
		}
	}
	w := bucket(words, 1, 2, 3, 5, 8, 15, 30)
	p := an.paras[seg.para]
	f := []string{"words=" + w, "para=" + bucket(seg.para, 0, 1, 2)}
	if words > 0 && upper == words {
		f = append(f, "titlecase")
	}
	if first {
		f = append(f, "firstperson", "firstperson&words="+w)
	}
	if seg.open == p.start {
		f = append(f, "startspara")
	}
	if strings.TrimSpace(an.text[seg.close:p.end]) == "" {
		f = append(f, "endspara")
	}
	if seg.single {
		f = append(f, "single")
	}
	if !seg.closed {
		f = append(f, "unclosed")
	}
	inner := strings.TrimRight(an.text[seg.in0:seg.in1], " ")
	if n := len(inner); n > 0 && strings.ContainsAny(inner[n-1:], ".?!,") {
		f = append(f, "endpunct="+inner[n-1:])
	}
	if k := an.tokenAt(seg.open) - 1; k >= 0 && an.toks[k].end > p.start {
		t := an.toks[k]
		if t.word {
			f = append(f, "before="+t.lower)
		} else {
			f = append(f, "beforepunct="+t.text)
		}
	}
	if an.verbIn(seg.in0, seg.in1) {
		f = append(f, "verb", "verb&words="+w)
	}
	return f
}

// verbIn reports whether the parse has a verb or auxiliary in [s, e).
func (an *analysis) verbIn(s, e int) bool {
	for _, sen := range an.a.Sentences {
		if sen.Span.End <= s || sen.Span.Start >= e {
			continue
		}
		for _, t := range sen.Tokens {
			if t.Span.Start >= s && t.Span.End <= e && (t.UPOS == "VERB" || t.UPOS == "AUX") {
				return true
			}
		}
	}
	return false
}

func prefixed(p string, fs []string) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = p + f
	}
	return out
}

func boolString(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// tokenRef is a parsed token: its sentence and index.
type tokenRef struct{ si, ti int }

// spanAncestors maps the tokens outside the spans that the words in them
// hang on, up to maxCueSteps heads up, to their distance in heads.
func (an *analysis) spanAncestors(spans []doc.Span) map[tokenRef]int {
	anc := map[tokenRef]int{}
	if !an.isParsed {
		return anc
	}
	for _, qs := range spans {
		inside := func(t doc.Token) bool { return t.Span.Start >= qs.Start && t.Span.End <= qs.End }
		for si, s := range an.a.Sentences {
			if s.Span.End <= qs.Start || s.Span.Start >= qs.End {
				continue
			}
			toks := s.Tokens
			for ti, t := range toks {
				if !inside(t) || t.Head >= 0 && t.Head < len(toks) && inside(toks[t.Head]) {
					continue
				}
				h := toks[ti].Head
				for steps := 1; steps <= maxCueSteps && h >= 0 && h < len(toks); steps++ {
					if inside(toks[h]) {
						break
					}
					r := tokenRef{si, h}
					if d, ok := anc[r]; !ok || steps < d {
						anc[r] = steps
					}
					h = toks[h].Head
				}
			}
		}
	}
	return anc
}

// governsQuote reports whether the phrase at sp hangs directly on a token
// the quotation hangs on (its subject, say), with that token's distance
// from the quotation and the phrase's relation.
func (an *analysis) governsQuote(sp doc.Span, anc map[tokenRef]int) (int, string, bool) {
	si, _, ok := an.docTokenAt(sp.Start)
	if !ok {
		return 0, "", false
	}
	toks := an.a.Sentences[si].Tokens
	h := headIn(toks, sp.Start, sp.End)
	if h < 0 {
		return 0, "", false
	}
	for (toks[h].Deprel == "flat" || toks[h].Deprel == "compound") && toks[h].Head >= 0 && toks[h].Head < len(toks) {
		h = toks[h].Head
	}
	steps, ok := anc[tokenRef{si, toks[h].Head}]
	return steps, toks[h].Deprel, ok
}
