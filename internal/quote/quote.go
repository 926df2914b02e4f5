package quote

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gender"
	"github.com/sitrep/sitrep/internal/kb"
)

// Extractor finds quotes and their speakers. It holds no mutable state and
// is safe for concurrent use.
type Extractor struct {
	indirect bool
	kb       *kb.KB
	names    gender.FirstNames
	speakers *Ranker
}

// Option changes how an Extractor works.
type Option func(*Extractor)

// WithoutIndirect turns off extraction of indirect speech: only direct and
// mixed quotes are returned.
func WithoutIndirect() Option { return func(x *Extractor) { x.indirect = false } }

// WithKB links speakers to knowledge-base persons by name and uses the
// knowledge base to tell people from places and organisations when the
// article has no mentions from the NER stage.
func WithKB(k *kb.KB) Option { return func(x *Extractor) { x.kb = k } }

// WithFirstNames sets the first-name genders used to resolve he/she
// speakers (by default the embedded table, gender.DefaultFirstNames).
func WithFirstNames(f gender.FirstNames) Option { return func(x *Extractor) { x.names = f } }

// New returns an Extractor. By default it extracts direct, mixed and
// indirect quotes.
func New(opts ...Option) *Extractor {
	x := &Extractor{indirect: true}
	x.names, _ = gender.DefaultFirstNames() // an unreadable table leaves genders to titles and pronouns
	x.speakers, _ = DefaultSpeakerModel()   // an unreadable model leaves speakers to the rules
	for _, o := range opts {
		o(x)
	}
	return x
}

// Annotate fills a.Quotes from a.Text, using a.Sentences, a.Mentions and
// a.Entities when earlier stages filled them.
func (x *Extractor) Annotate(a *doc.Article) { a.Quotes = x.Extract(a) }

// Extract returns the quotes in a, in text order.
func (x *Extractor) Extract(a *doc.Article) []doc.Quote { return x.extract(a, nil) }

// extract is Extract, appending each speaker choice to strace when it is
// not nil.
func (x *Extractor) extract(a *doc.Article, strace *[]SpeakerChoice) []doc.Quote {
	an := &analysis{a: a, text: a.Text, kb: x.kb, names: x.names, speakers: x.speakers, strace: strace}
	an.paras = paragraphs(a.Text)
	an.segs = scanSegments(a.Text, an.paras)
	an.toks = tokenize(a.Text, 0, len(a.Text))
	an.isParsed = an.parsed()
	an.findPersons()
	an.attributeSegments()
	if an.speakers != nil || an.strace != nil {
		an.rankSpeakers()
		an.attributeLeftovers()
		an.rankBoundaries()
	}
	if x.indirect {
		an.indirectSpeech()
	}
	an.resolvePronouns()
	an.relativeSpeakers()
	sort.SliceStable(an.out, func(i, j int) bool { return an.out[i].Span.Start < an.out[j].Span.Start })
	an.out = dropContained(an.out)
	for i := range an.out {
		an.out[i].Sentence = sentenceIndex(a.Sentences, an.out[i].Span.Start)
	}
	return an.out
}

// dropContained removes a quote whose span lies within another quote's of
// the same cue: two quotations of one mixed quote ("took “every precaution”
// … “at a much greater risk”") both widened to the whole clause are one
// quote. qs is sorted by start.
func dropContained(qs []doc.Quote) []doc.Quote {
	out := qs[:0]
	for _, q := range qs {
		dup := false
		for _, p := range out {
			if p.CueSpan == q.CueSpan && p.Span.Start <= q.Span.Start && q.Span.End <= p.Span.End {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, q)
		}
	}
	return out
}

// analysis is the working state of one Extract call.
type analysis struct {
	a       *doc.Article
	text    string
	paras   []paragraph
	segs    []segment
	toks    []token
	persons []person
	out     []doc.Quote
	kb      *kb.KB
	names   gender.FirstNames
	// isParsed is set when the article's tokens carry dependency relations.
	isParsed bool
	speakers *Ranker
	strace   *[]SpeakerChoice
	how      map[doc.Span]string // the rule that attributed each cue
	// unattributed holds the segments no rule attributed.
	unattributed []segment
}

// attribution is a speaker and cue found for a quote.
type attribution struct {
	speaker doc.Speaker
	cue     doc.Span
	// mixedFrom, when positive, is where reported speech that runs into the
	// quotation starts ("said the plan was “dead on arrival”").
	mixedFrom int
	// mixedTo, when positive, is where such reported speech ends.
	mixedTo int
	// fragment marks a quotation attributed through an attitude verb.
	fragment bool
	// how names the rule that found it, a feature of the speaker ranker.
	how string
}

func (at attribution) ok() bool { return at.speaker.Mention != "" }

// attributeSegments gives each quoted segment a speaker: from the cue after
// it ("…,” X said), the cue before it (X said: “…”), the quote it continues
// (a split quote or a paragraph continuing the previous one), and emits the
// attributed ones.
func (an *analysis) attributeSegments() {
	var prev attribution // attribution of the last emitted segment
	var prevSeg segment  // the last emitted segment
	prevPara := -1
	var pending *doc.Quote // a quote continued in the next paragraph
	for si, seg := range an.segs {
		if seg.contPrev && pending != nil && prev.ok() {
			pending.Span.End = seg.in1
			pending.Text += "\n\n" + an.text[seg.in0:seg.in1]
			if seg.closed {
				an.out = append(an.out, *pending)
				pending = nil
			}
			prevPara = seg.para
			continue
		}
		if pending != nil {
			an.out = append(an.out, *pending)
			pending = nil
		}
		colonHead := an.speakerColon(seg)
		headline, headlineEnd := attribution{}, false
		if !colonHead.ok() && !an.workTitle(seg) {
			headline, headlineEnd = an.headlineSubject(seg)
			if headlineEnd {
				colonHead = headline // "…, Lindsey Graham Says."
			}
		}
		if !colonHead.ok() && !headline.ok() && an.titleInProse(seg) {
			continue // "on CBS's “Face the Nation,” Ryan said": a title, no quote
		}
		p := an.paras[seg.para]
		limit, from := p.end, p.start
		if si+1 < len(an.segs) && an.segs[si+1].para == seg.para {
			limit = an.segs[si+1].open
		}
		if si > 0 && an.segs[si-1].para == seg.para {
			from = an.segs[si-1].close
		}
		var at attribution
		head := an.headAttribution(seg, from)
		tail := an.tailAttribution(seg, limit)
		parsedAt := an.parseAttribution(seg)
		switch {
		case colonHead.ok():
			at = colonHead // "Putin: West ‘lied’ about expansion"
			at.how = "colonhead"
		case tail.ok() && endsWithComma(an.text, seg):
			at = tail // “…,” X said — whatever precedes the quote
			at.how = "tail"
			if ms := an.mixedStartBefore(seg, from); ms > 0 && !head.ok() && !an.attributionBefore(seg, from) {
				at.mixedFrom = ms
			}
		case an.outerReport(seg, head).ok():
			at = an.outerReport(seg, head) // "through what she calls a “war of words”"
			at.how = "parse"
		case head.ok() && head.mixedFrom > 0:
			at = head
			at.how = "headmixed"
		case tail.ok() && !(head.ok() && endsSentence(an.text, seg)):
			at = tail
			at.how = "tail2"
			if ms := an.mixedStartBefore(seg, from); ms > 0 {
				at.mixedFrom = ms
			}
		case head.ok():
			at = head
			at.how = "head"
		case headline.ok():
			at = headline        // "Obama Sees ‘Personal Insult’ if …"
			at.how = "colonhead" // as the colon form: its span is the headline's, not the span ranker's
		case an.dashLine(seg).ok():
			at = an.dashLine(seg) // a quotation standing as a paragraph, "- Sanders." on the next line
			at.how = "dashline"
		case parsedAt.ok():
			at = parsedAt // a cue the parse links to the quotation beats a continued speaker
			at.how = "parse"
		case an.looseTail(seg, limit).ok():
			at = an.looseTail(seg, limit) // "…,” the bespectacled, 71-year-old diplomat said
			at.how = "tail"
		case an.nounCue(seg, from).ok():
			at = an.nounCue(seg, from) // "Trump's claim that Obama “founded ISIS”"
			at.how = "headmixed"
		case an.sentenceBefore(seg, from).ok():
			at = an.sentenceBefore(seg, from) // "Bystrom agreed. “…”"
			at.how = "head"
		case an.headAttr(seg, from, true).ok():
			at = an.headAttr(seg, from, true) // "Mike Lee, who declared, “…”"
			at.how = "head"
		case an.namedBeforeColon(seg, from).ok():
			at = an.namedBeforeColon(seg, from) // "… - Philip Bump: “…”"
			at.how = "colon"
		case an.invertedLead(seg, from).ok():
			at = an.invertedLead(seg, from) // "Said Ellis: “…”", as "Ellis said:" before the paragraph
			at.how = "colon"
		case prev.ok() && si > 0 && prevSeg.para == seg.para && prevSeg.close <= seg.open && an.onlyAttributionBetween(prevSeg, seg, prev):
			at = prev // “…,” X said. “…”
			at.how = "split"
			at.mixedFrom, at.mixedTo, at.fragment = 0, 0, false // the reported clause before the first part is not the second's
		case prev.ok() && prev.mixedFrom > 0 && si > 0 && an.segs[si-1].para == seg.para && an.sameClauseRun(an.segs[si-1], seg, prev):
			at = prev // "According to X, he had “A” results, shows “B” …"
			at.how = "headmixed"
		case prev.ok() && seg.open == p.start && prevPara == seg.para-1:
			at = prev // a paragraph continuing the previous speaker
			at.how = "continued"
			at.mixedFrom, at.mixedTo, at.fragment = 0, 0, false // the reported clause of the paragraph before is not this one's
		case seg.open == p.start && seg.para > 0:
			at = an.colonLead(seg.para - 1)
			at.how = "colon"
		}
		if !at.ok() {
			at = an.clauseBeforeColon(seg, from) // "Trump boomed: “…”"
			at.how = "colon"
		}
		if !at.ok() {
			at = an.fragmentAttribution(seg, from)
			at.how = "fragment"
		}
		if !at.ok() {
			an.unattributed = append(an.unattributed, seg)
			continue
		}
		if strings.HasSuffix(strings.ToLower(at.cue.Of(an.text)), "ing") {
			// a participle cue ("…, saying “…”") speaks for its clause's subject
			if sp, ok := an.parseSpeaker(at.cue, seg); ok {
				at.speaker = sp
				at.how += "-participle"
			}
		}
		if an.how == nil {
			an.how = map[doc.Span]string{}
		}
		an.how[at.cue] = at.how
		q := doc.Quote{Text: an.text[seg.in0:seg.in1], Direct: true, Speaker: at.speaker, Span: doc.Span{Start: seg.in0, End: seg.in1}, CueSpan: at.cue, Cue: at.cue.Of(an.text)}
		if at.mixedFrom > 0 || at.mixedTo > 0 { // a headline's quote may start at byte 0
			end := seg.close
			if at.mixedTo > 0 {
				end = at.mixedTo
			} else if at.fragment {
				end = an.fragmentEnd(seg, limit)
			} else if at.cue.End <= seg.open {
				end = an.clauseCut(seg, at.cue, an.clauseEnd(seg, limit)) // the reported clause runs on after the quote
			}
			q.Direct = false
			q.Span = doc.Span{Start: at.mixedFrom, End: end}
			q.Text = an.text[at.mixedFrom:end]
		}
		prev, prevPara, prevSeg = at, seg.para, seg
		if !seg.closed && si+1 < len(an.segs) && an.segs[si+1].contPrev {
			pending = &q
			continue
		}
		an.out = append(an.out, q)
	}
	if pending != nil {
		an.out = append(an.out, *pending)
	}
}

// titleInProse reports whether a quoted segment is a title that the prose
// around it names after a preposition, a possessive or a work noun ("an
// interview on CBS's “Face the Nation,”", "a reading of “The Raven”", "his
// book “The Art of the Deal”").
func (an *analysis) titleInProse(seg segment) bool {
	if !seg.closed || !titleCase(an.toks[an.tokenAt(seg.in0):an.tokenAt(seg.in1)]) {
		return false
	}
	k := an.tokenAt(seg.open) - 1
	if k < 0 || an.toks[k].end <= an.paras[seg.para].start {
		return false
	}
	w := an.toks[k].lower
	switch w {
	case "on", "of", "in", "at", "from", "for", "with":
		return true
	case ",":
		// "his autobiography, “A Time for Truth,” published in 2015"
		return k > 0 && workNouns[an.toks[k-1].lower]
	}
	if workNouns[w] {
		return true // "his book “The Art of the Deal”": the noun it names
	}
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// workTitle reports whether a quoted segment follows a work noun and a
// preposition ("a clip of ‘The 411’"): in a headline, where every word is
// capitalised, only that tells a title from a quotation.
func (an *analysis) workTitle(seg segment) bool {
	k := an.tokenAt(seg.open) - 1
	if k < 1 || an.toks[k-1].end <= an.paras[seg.para].start {
		return false
	}
	switch an.toks[k].lower {
	case "on", "of", "in", "from":
		return workNouns[an.toks[k-1].lower]
	}
	return false
}

// workNouns name works whose titles follow them in apposition.
var workNouns = toSet("book books film films movie movies show shows song songs album clip clips video videos trailer episode novel memoir memoirs autobiography column essay article poem play series program programme documentary podcast painting exhibition report newsletter magazine newspaper")

// endsSentence reports whether the quoted words end with a full stop, so
// that text after the quote starts a new sentence.
func endsSentence(text string, seg segment) bool {
	s := strings.TrimRight(text[seg.in0:seg.in1], " ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "…")
}

// onlyAttributionBetween reports whether the text between two segments of a
// paragraph is just the attribution of the first (“…,” X said, “…”).
func (an *analysis) onlyAttributionBetween(a, b segment, at attribution) bool {
	if at.cue.Start < a.close || at.cue.End > b.open {
		return false
	}
	from := max(at.cue.End, at.speaker.Span.End)
	k := an.tokenAt(from)
	words := 0
	for ; k < len(an.toks) && an.toks[k].start < b.open; k++ {
		tk := an.toks[k]
		if tk.word {
			words++
			if isCue(tk.lower) && !tk.upper && !ambiguousCues[tk.lower] && !an.speakersGloss(k) {
				return false // another attribution
			}
		}
	}
	return words <= 30
}

// speakersGloss reports whether the cue word at token k opens a participle
// clause of the attribution's own speaker, set off after it by a comma
// ("…,” Clinton said in Los Angeles, recalling a bill that failed …").
func (an *analysis) speakersGloss(k int) bool {
	return k > 0 && an.toks[k-1].text == "," && strings.HasSuffix(an.toks[k].lower, "ing")
}

// sameClauseRun reports whether segment b follows segment a in the same
// sentence of reported speech whose cue at.cue stands before a, with no
// other cue between them and the sentence's main verb before b:
// "According to his physician, he had “astonishingly excellent” results,
// shows “extraordinary” strength and “will be …”" — the later quotations
// are more of what the cue reports.
func (an *analysis) sameClauseRun(a, b segment, at attribution) bool {
	if at.cue.End == 0 || at.cue.End > a.open || sentenceIndex(an.a.Sentences, a.open) < 0 || sentenceIndex(an.a.Sentences, a.open) != sentenceIndex(an.a.Sentences, b.open) || sentenceIndex(an.a.Sentences, at.cue.Start) != sentenceIndex(an.a.Sentences, a.open) {
		return false
	}
	for k := an.tokenAt(a.close); k < len(an.toks) && an.toks[k].start < b.open; k++ {
		if tk := an.toks[k]; tk.word && (isCue(tk.lower) || an.cueAt(k)) || !tk.word && sentenceEnd(an.text, tk.start) {
			return false
		}
	}
	// not when the sentence's main verb comes after the quotations: they
	// stand in a fronted clause or phrase ("When Comey said … ''successfully
	// hacked,'' experts understood …")
	si, _, ok := an.docTokenAt(b.open)
	if !ok {
		return false
	}
	for _, t := range an.a.Sentences[si].Tokens {
		if t.Deprel == "root" {
			return t.Span.Start < b.open
		}
	}
	return false
}

// segmentOpensAt reports whether a quoted segment opens at byte i.
func (an *analysis) segmentOpensAt(i int) bool {
	k := sort.Search(len(an.segs), func(k int) bool { return an.segs[k].open >= i })
	return k < len(an.segs) && an.segs[k].open == i
}

// endsWithComma reports whether the quoted words end with a comma, which
// leaves the sentence to an attribution after the quote.
func endsWithComma(text string, seg segment) bool {
	return seg.closed && strings.HasSuffix(strings.TrimRight(text[seg.in0:seg.in1], " "), ",")
}

// sentenceStart returns the token index where the sentence containing the
// text just before byte end begins, not before token floor.
func (an *analysis) sentenceStart(floor, end int) int {
	k := an.tokenAt(end) - 1
	for ; k >= floor; k-- {
		tk := an.toks[k]
		if !tk.word && sentenceEnd(an.text, tk.start) && an.toks[k].end < end {
			return k + 1
		}
	}
	return floor
}

// tailAttribution reads the cue after a segment: "…,” said X", "…,” X
// said", "…,” X, who …, said", "…,” according to X", "…” — X".
func (an *analysis) tailAttribution(seg segment, limit int) attribution {
	if !seg.closed {
		return attribution{}
	}
	i := an.tokenAt(seg.close)
	end := an.tokenAt(limit)
	// stop at the sentence's end
	for k := i; k < end; k++ {
		if !an.toks[k].word && sentenceEnd(an.text, an.toks[k].start) {
			end = k
			break
		}
	}
	t := an.toks
	for i < end && t[i].text == "," {
		i++
	}
	if i >= end {
		return attribution{}
	}
	// the tail leads into the next quote ("…” Clinton replied, “…”; "…”
	// Huckabee called the program “…”) when the quote ended its sentence and
	// the tail's sentence runs on into the next quotation
	if endsSentence(an.text, seg) && t[i].upper && end < len(t) && t[end-1].end <= limit && an.tokenAt(limit) == end && an.segmentOpensAt(limit) {
		return attribution{}
	}
	switch t[i].text {
	case "—", "―", "–", "-":
		p := an.npForward(i+1, end)
		if !p.empty() && t[p.from].upper {
			return attribution{speaker: an.speakerOf(p), cue: doc.Span{Start: t[i].start, End: t[i].end}}
		}
		return attribution{}
	}
	if t[i].lower == "as" && i+1 < end {
		// "…,” as she put it on Wednesday
		p := an.npForward(i+1, end)
		k := p.to
		for k < end && adverbials[t[k].lower] {
			k++
		}
		if !p.empty() && k < end && !isCue(t[k].lower) && an.cueAt(k) {
			return attribution{speaker: an.speakerOf(p), cue: an.cueSpan(k)}
		}
	}
	if t[i].lower == "according" && i+1 < end && t[i+1].lower == "to" {
		p := an.npForward(i+2, end)
		if !p.empty() {
			return attribution{speaker: an.speakerOf(p), cue: doc.Span{Start: t[i].start, End: t[i+1].end}}
		}
	}
	if isCue(t[i].lower) {
		c := i
		k := i + 1
		for k < end && adverbials[t[k].lower] && !speakerPronouns[t[k].lower] {
			k++
		}
		p := an.npForward(k, end)
		if !p.empty() {
			if at := an.accordingAfter(p.to, end); at.ok() {
				return at // "…,” said Sanders, according to CNN
			}
			return attribution{speaker: an.speakerOf(p), cue: doc.Span{Start: t[c].start, End: t[c].end}}
		}
		return attribution{}
	}
	if an.verbLikeAfterQuote(seg, t[i]) && !t[i].upper && i+1 < end && t[i+1].upper {
		// "…!” beamed Donald Hartley": an unlisted verb, its subject after it
		if p := an.npForward(i+1, end); !p.empty() && an.nameIn(p) != "" {
			return attribution{speaker: an.speakerOf(p), cue: doc.Span{Start: t[i].start, End: t[i].end}}
		}
	}
	p := an.npForward(i, end)
	if p.empty() {
		return attribution{}
	}
	for k := p.from + 1; k < p.to; k++ {
		if t[k-1].upper && !t[k].upper && t[k].word && an.verbLikeAfterQuote(seg, t[k]) {
			// "…,” Trump barked and …": the name reader ran on over an unlisted verb
			return attribution{speaker: an.speakerOf(np{p.from, k}), cue: doc.Span{Start: t[k].start, End: t[k].end}}
		}
	}
	k := p.to
	if k < end && t[k].text == "," {
		// "X, who …, said" / "X, Florida's former governor, said"
		for j := k + 1; j < end && j-k < 30; j++ {
			if t[j].text == "," {
				c := j + 1
				for c < end && adverbials[t[c].lower] {
					c++
				}
				if c < end && an.cueAt(c) {
					return attribution{speaker: an.speakerOf(p), cue: an.cueSpan(c)}
				}
			}
		}
		return attribution{}
	}
	for k < end && (adverbials[t[k].lower] || strings.HasSuffix(t[k].lower, "ly") && !t[k].upper) {
		k++
	}
	if k >= end || !t[k].word || t[k].upper {
		return attribution{}
	}
	if an.cueAt(k) && !an.nounByParse(k) || an.verbLikeAfterQuote(seg, t[k]) {
		if at := an.accordingAfter(k+1, end); at.ok() {
			return at // "…,” Sanders said, according to CNN
		}
		return attribution{speaker: an.speakerOf(p), cue: an.cueSpan(k)}
	}
	return attribution{}
}

// accordingAfter reads ", according to Y" closing the attribution after a
// quotation, from token k (the cue's own object and adverbs may come
// between) to the sentence end at token end: the quotation reaches the
// writer through Y, who is its source ("…,” Sanders said, according to
// CNN). An empty attribution when there is none.
func (an *analysis) accordingAfter(k, end int) attribution {
	t := an.toks
	for j := k; j+2 < end && j-k < 8; j++ {
		if t[j].text != "," {
			if !t[j].word || t[j].lower == "according" {
				return attribution{}
			}
			continue
		}
		if t[j+1].lower != "according" || t[j+2].lower != "to" {
			continue
		}
		p := an.npForward(j+3, end)
		if p.empty() {
			return attribution{}
		}
		return attribution{speaker: an.speakerOf(p), cue: doc.Span{Start: t[j+1].start, End: t[j+2].end}}
	}
	return attribution{}
}

// phrasalCues are verbs that report speech with a particle after them ("as
// she put it", "he pointed out", "she shot back"), mapped to the particle.
var phrasalCues = map[string]string{
	"put": "it", "puts": "it", "putting": "it",
	"point": "out", "points": "out", "pointed": "out", "pointing": "out",
	"fire": "back", "fires": "back", "fired": "back", "firing": "back",
	"shoot": "back", "shoots": "back", "shot": "back", "shooting": "back",
	"chime": "in", "chimes": "in", "chimed": "in", "chiming": "in",
}

// cueSpan returns the span of the cue at token k, with a phrasal cue's
// particle.
func (an *analysis) cueSpan(k int) doc.Span {
	t := an.toks
	if !isCue(t[k].lower) && an.cueAt(k) {
		return doc.Span{Start: t[k].start, End: t[k+1].end}
	}
	return doc.Span{Start: t[k].start, End: t[k].end}
}

// cueAt reports whether token k is a speech verb, alone or with its
// particle.
func (an *analysis) cueAt(k int) bool {
	t := an.toks
	if isCue(t[k].lower) {
		return true
	}
	part, ok := phrasalCues[t[k].lower]
	return ok && k+1 < len(t) && t[k+1].lower == part
}

// looseTail reads a speaker the noun-phrase reader stops short of between
// a quotation ending with a comma and the speech verb after it: "…,” the
// bespectacled, 71-year-old diplomat said", "…,” the Florida senator and
// Republican presidential candidate said". The words must open like a noun
// phrase (a capital, a determiner or a possessive) and the verb follow
// within 15 words in the sentence; a fallback when the parse found no cue.
func (an *analysis) looseTail(seg segment, limit int) attribution {
	if !endsWithComma(an.text, seg) {
		return attribution{}
	}
	t := an.toks
	i, end := an.tokenAt(seg.close), an.tokenAt(limit)
	if i >= end || !t[i].word || !(t[i].upper && !speakerPronouns[t[i].lower] || npOpeners[t[i].lower]) {
		return attribution{}
	}
	for k := i + 1; k < end && k-i <= 15; k++ {
		tk := t[k]
		if !tk.word && sentenceEnd(an.text, tk.start) || isQuoteGlyph([]rune(tk.text)[0]) {
			break
		}
		if tk.word && !tk.upper && an.cueAt(k) && t[k-1].word {
			return attribution{speaker: an.speakerOf(np{i, k}), cue: an.cueSpan(k)}
		}
	}
	return attribution{}
}

// npOpeners are the determiners and possessives that open a noun phrase.
var npOpeners = toSet("the a an his her their its our one another this that these those")

// verbLikeAfterQuote accepts an unlisted past-tense verb as a cue right
// after a quote that ends with a comma, question or exclamation mark
// (“…?” Hannity pressed).
func (an *analysis) verbLikeAfterQuote(seg segment, t token) bool {
	s := strings.TrimRight(an.text[seg.in0:seg.in1], " ")
	if !(strings.HasSuffix(s, ",") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")) {
		return false
	}
	return strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 && !nameStops[t.lower]
}

// headAttribution reads the cue before a segment in its sentence: "X said:
// “…”", "X told reporters, “…”", "According to X, “…”", "X: “…”", and
// reported speech running into the quote ("X said the plan was “…”").
func (an *analysis) headAttribution(seg segment, from int) attribution {
	return an.headAttr(seg, from, false)
}

// namedBeforeColon attributes a quotation after a colon that closes a
// person's name the recognizer found ("… interplay has been important -
// Philip Bump: “…”", "doesn't surprise Republican pollster Daron Shaw:
// “…”"): the name introduces what they said.
func (an *analysis) namedBeforeColon(seg segment, from int) attribution {
	t := an.toks
	j := an.tokenAt(seg.open)
	if j < 2 || t[j-1].text != ":" || t[j-1].start < from {
		return attribution{}
	}
	for _, m := range an.a.Mentions {
		if m.Type != doc.PER || m.Span.End != t[j-2].end {
			continue
		}
		p := an.npBackward(j-1, an.sentenceStart(an.tokenAt(from), seg.open))
		for k := p.from; k < p.to; k++ {
			if glossPunct[t[k].text] && t[k].text != "," && k > 0 && t[k].start > t[k-1].end {
				p.from = k + 1 // "… FAVORS TRUMP - David Wasserman:": the name starts after the dash
			}
		}
		if p.empty() || t[p.from].start > m.Span.Start {
			return attribution{}
		}
		for k := max(p.from-3, 0); k < p.to; k++ {
			if t[k].lower == "by" {
				return attribution{} // "…," by Times' Michael Paulson: “…”: a byline over an excerpt
			}
		}
		return attribution{speaker: an.speakerOf(p), cue: doc.Span{Start: t[j-1].start, End: t[j-1].end}}
	}
	return attribution{}
}

// clauseBeforeColon attributes a quotation after a colon that closes a
// sentence's main clause whose subject, opening the sentence, is a person
// ("Trump boomed: “…”", "Jeb Bush could not bring himself to utter two
// words: “…”"): the clause introduces what its subject said. The cue is the
// clause's verb.
func (an *analysis) clauseBeforeColon(seg segment, from int) attribution {
	t := an.toks
	j := an.tokenAt(seg.open)
	if j < 2 || t[j-1].text != ":" || t[j-1].start < from {
		return attribution{}
	}
	si, ci, ok := an.docTokenAt(t[j-1].start)
	if !ok {
		return attribution{}
	}
	toks := an.a.Sentences[si].Tokens
	v := -1
	for k := ci - 1; k >= 0 && toks[k].Span.Start >= from; k-- {
		if toks[k].UPOS == "VERB" && !an.inQuote(toks[k].Span.Start) {
			v = k
			break
		}
	}
	if v < 0 || toks[v].Deprel != "root" {
		return attribution{}
	}
	subj := depSubject(toks, v)
	if subj < 0 || subj > v {
		return attribution{}
	}
	s, e := phraseSpan(toks, subj)
	if s != toks[0].Span.Start || !an.personAt(doc.Span{Start: s, End: e}) && !speakerPronouns[strings.ToLower(toks[subj].Text)] {
		return attribution{}
	}
	return attribution{speaker: an.speakerOf(np{an.tokenAt(s), an.tokenAt(e)}), cue: toks[v].Span}
}

// invertedLead attributes a quotation after a sentence that opens with the
// speech verb, then the speaker and a colon or comma ("Said Ellis: “…”",
// "Added the senator, “…”").
func (an *analysis) invertedLead(seg segment, from int) attribution {
	t := an.toks
	j := an.tokenAt(seg.open)
	s := an.sentenceStart(an.tokenAt(from), seg.open)
	if j-s < 3 || j-s > colonNameMax+2 || t[j-1].text != ":" && t[j-1].text != "," || !t[s].upper || !isCue(t[s].lower) {
		return attribution{}
	}
	p := np{s + 1, j - 1}
	for k := p.from; k < p.to; k++ {
		if !t[k].word && t[k].text != "." || nameStops[t[k].lower] {
			return attribution{}
		}
	}
	if w := t[p.to-1].lower; an.nameIn(p) == "" && !roleHead(w) && !titles[w] {
		return attribution{}
	}
	return attribution{speaker: an.speakerOf(p), cue: doc.Span{Start: t[s].start, End: t[s].end}}
}

// headAttr is headAttribution; with relative set, a cue in a relative
// clause ("Mike Lee, who declared in the spin room, “…”") is spoken by the
// clause's antecedent (relativeSpeakers names the pronoun), a fallback when
// the parse found no cue.
func (an *analysis) headAttr(seg segment, from int, relative bool) attribution {
	t := an.toks
	floor := an.tokenAt(from)
	j := an.tokenAt(seg.open) // tokens [s, j) precede the mark
	s := an.sentenceStart(floor, seg.open)
	if s >= j {
		return attribution{}
	}
	end := j
	punct := false
	if t[end-1].text == ":" || t[end-1].text == "," || t[end-1].text == "—" || t[end-1].text == "–" {
		punct = true
		end--
	}
	// "According to X, …"
	for k := s; k+1 < end; k++ {
		if t[k].lower == "according" && t[k+1].lower == "to" {
			p := an.npForward(k+2, end)
			to := p.to
			if !p.empty() && to < end && t[to].text != "," {
				to = max(to, an.accordingObjectEnd(k, end)) // "According to a complaint filed by the SEC, …"
			}
			if !p.empty() && (to == end || to < end && t[to].text == ",") {
				at := attribution{speaker: an.speakerOf(p), cue: doc.Span{Start: t[k].start, End: t[k+1].end}}
				if to < end-1 {
					at.mixedFrom = t[to+1].start
				}
				return at
			}
		}
	}
	c := -1
	for k := end - 1; k >= s; k-- {
		if t[k].word && !t[k].upper && an.cueAt(k) && !an.nounByParse(k) && !an.adjectivalParticiple(t[k].start) {
			c = k
			break
		}
	}
	if c < 0 {
		// "X: “…”"
		if punct && t[j-1].text == ":" && end-s <= colonNameMax && end > s && t[s].upper {
			p := an.npForward(s, end)
			if p.to == end && an.nameIn(p) != "" {
				return attribution{speaker: an.speakerOf(p), cue: doc.Span{Start: t[j-1].start, End: t[j-1].end}}
			}
		}
		return attribution{}
	}
	objFrom := c + 1
	if !isCue(t[c].lower) {
		objFrom++ // a phrasal cue's particle: "as he puts it, …"
	}
	obj := t[min(objFrom, end):end]
	mixed := false
	if len(obj) > 0 {
		words, hasThat := 0, false
		for _, o := range obj {
			if o.word {
				words++
			}
			if o.lower == "that" || o.lower == "if" || o.lower == "whether" {
				hasThat = true
			}
		}
		// a colon hands over to the quotation: what stands between it and
		// the cue says whom or how, unless it opens a that-clause
		mixed = !punct || words > 5 && t[j-1].text != ":" || hasThat
		if mixed && punct && !hasThat {
			// after a comma, a quotation opening with a capital or words
			// opening with a preposition ("lamented in an interview with
			// …, “We …”") say whom, where or when: no reported speech
			if q := an.tokenAt(seg.in0); q < len(t) && t[q].upper || adjunctPreps[obj[0].lower] {
				mixed = false
			}
		}
	}
	k := c
	for k > s && (adverbials[t[k-1].lower] || strings.HasSuffix(t[k-1].lower, "ly") && !t[k-1].upper && t[k-1].word) {
		k--
	}
	var p np
	if k > s && t[k-1].text == "," {
		// "X, who …, said"
		for o := k - 2; o > s && k-o < 30; o-- {
			if t[o].text == "," {
				p = an.npBackward(o, s)
				break
			}
		}
	} else if relative && k > s+1 && t[k-1].lower == "who" && t[k-2].text == "," {
		p = an.npBackward(k-2, s)
	} else {
		p = an.npBackward(k, s)
	}
	if p.empty() && !mixed && len(obj) > 0 && t[c+1].upper {
		p = an.npForward(c+1, end) // "Stated Stone:", "said Trump:"
	}
	var sp doc.Speaker
	if !p.empty() {
		sp = an.speakerOf(p)
	} else if strings.HasSuffix(t[c].lower, "ing") {
		// "incurred boos upon saying, “…”", "by … and adding, “…”": a
		// participle with no subject before it speaks for its clause's
		sp, _ = an.parseSpeaker(an.cueSpan(c), seg)
	}
	if sp.Mention == "" {
		return attribution{}
	}
	at := attribution{speaker: sp, cue: an.cueSpan(c)}
	if !mixed && !punct && len(obj) == 0 && an.runsOn(seg) {
		at.mixedFrom = seg.open // "said “zero” voters would follow": the quotation opens a clause that runs on
		return at
	}
	if mixed {
		m := min(objFrom, end)
		if o := an.thatAfter(m, end, an.cueSpan(c)); o >= 0 {
			m = o // "told state television that …": what is said starts after "that"
		}
		for m < end && (t[m].lower == "that" || t[m].text == ",") {
			m++
		}
		at.mixedFrom = an.wordsFrom(m, end, seg)
	}
	return at
}

// nounCue attributes a quotation in a that-clause complementing a noun of
// saying whose possessor is the speaker ("Donald Trump's accusation that
// Clinton is playing the “woman's card”", "her remark that “…”"): a mixed
// quote from "that" on, a fallback when no verb claimed the quotation.
func (an *analysis) nounCue(seg segment, from int) attribution {
	t := an.toks
	floor := an.tokenAt(from)
	j := an.tokenAt(seg.open)
	s := an.sentenceStart(floor, seg.open)
	for k := j - 1; k > s; k-- {
		if t[k].lower != "that" {
			continue
		}
		n := k - 1
		if !sayingNouns[t[n].lower] {
			return attribution{}
		}
		// the possessor, over at most two modifiers: "Trump's recent evidence-free assertion"
		for o := n - 1; o >= s && o >= n-3; o-- {
			w := t[o].lower
			if !t[o].word {
				break
			}
			if possessivePronouns[w] {
				return attribution{speaker: an.speakerOf(np{o, o + 1}), cue: doc.Span{Start: t[n].start, End: t[n].end}, mixedFrom: t[k].start}
			}
			if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				p := an.npBackward(o+1, s)
				if p.empty() || p.to != o+1 {
					return attribution{}
				}
				return attribution{speaker: an.speakerOf(p), cue: doc.Span{Start: t[n].start, End: t[n].end}, mixedFrom: t[k].start}
			}
		}
		return attribution{}
	}
	return attribution{}
}

// sayingNouns name an act of saying whose content a that-clause gives.
var sayingNouns = toSet("claim claims statement statements remark remarks comment comments assertion assertions accusation accusations allegation allegations suggestion argument contention insistence admission warning promise pledge vow boast charge complaint declaration prediction")

// possessivePronouns may stand for the speaker of a noun of saying.
var possessivePronouns = toSet("his her their its")

// sentenceBefore attributes a quotation that opens a sentence to the
// sentence before it when that is only a speaker, a speech verb and where
// or when ("Iowa State University's Dianne Bystrom agreed. “…”", "Holsman
// said in an interview. “…”"), with no quotation between them.
func (an *analysis) sentenceBefore(seg segment, from int) attribution {
	t := an.toks
	floor := an.tokenAt(from)
	j := an.tokenAt(seg.open)
	if j <= floor || j < 2 || an.sentenceStart(floor, seg.open) != j || t[j-1].text != "." || !sentenceEnd(an.text, t[j-1].start) {
		return attribution{}
	}
	ps := an.sentenceStart(floor, t[j-1].start)
	if ps == floor && from > an.paras[seg.para].start {
		return attribution{} // the sentence holds the previous quotation: a split quote's
	}
	fake := segment{open: t[j-1].start, close: t[j-1].start, para: seg.para}
	at := an.headAttribution(fake, from)
	if !at.ok() {
		return attribution{}
	}
	k := an.tokenAt(at.cue.End)
	if k < j-1 && !adjunctPreps[t[k].lower] {
		return attribution{} // the sentence reports speech of its own
	}
	at.mixedFrom = 0
	return at
}

// speakerColon attributes a quotation in a paragraph that opens with a
// person's or organisation's name and a colon, the headline and transcript
// form of attribution ("Putin: West ‘lied’ about expansion", "PENCE: Well,
// …"), also with the topic after "on" ("Obama on Climate Change: The
// Trends Are ‘Terrifying’"): the name speaks everything after the colon to
// the paragraph's end.
// It declines when a speech verb outside the quotations names another
// attribution.
func (an *analysis) speakerColon(seg segment) attribution {
	t := an.toks
	p := an.paras[seg.para]
	s, j := an.tokenAt(p.start), an.tokenAt(seg.open)
	q := s + 1
	for q < j && q-s <= colonNameMax && t[q].text != ":" {
		q++
	}
	if q >= j || t[q].text != ":" || !t[s].upper {
		return attribution{}
	}
	np := an.npForward(s, q)
	if np.to < q && t[np.to].lower == "on" && an.namesActor(t[s].start, t[np.to-1].end) {
		q0 := np.to // "Obama on Climate Change: The Trends Are ‘Terrifying’": the name, then its topic
		np = an.npForward(s, q0)
		if np.to != q0 || an.nameIn(np) == "" {
			return attribution{}
		}
	} else if np.to != q || an.nameIn(np) == "" || !an.namesActor(t[s].start, t[q-1].end) {
		return attribution{}
	}
	for k := q + 1; k < len(t) && t[k].end <= p.end; k++ {
		if tk := t[k]; tk.word && !tk.upper && isCue(tk.lower) && !an.inQuote(tk.start) {
			return attribution{}
		}
	}
	at := attribution{speaker: an.speakerOf(np), cue: doc.Span{Start: t[q].start, End: t[q].end}}
	if q+1 < j || an.wordsAfter(seg, p.end) {
		at.mixedFrom, at.mixedTo = t[q+1].start, p.end
	}
	return at
}

// headlineSubject attributes a quotation in an article's headline to the
// person or organisation that opens it, the verb after them as the cue:
// a headline's quotation is its subject's ("Obama Sees ‘Personal Insult’ if
// …", "Gingrich Takes Talk Of Being Trump’s Running Mate ‘Very
// Seriously’"). The quote runs from after the verb to the headline's end.
// atEnd reports the other form, the speaker and verb (and its object)
// closing the headline ("… Could Address Clean Energy, Lindsey Graham
// Says", "‘…,’ Howard Dean Tells Democratic Convention"), which is
// unambiguous enough to beat the other rules; the first form yields to a
// cue next to the quotation.
func (an *analysis) headlineSubject(seg segment) (at attribution, atEnd bool) {
	if seg.para != 0 || len(an.paras) < 2 {
		return attribution{}, false
	}
	t := an.toks
	p := an.paras[0]
	s, j, e := an.tokenAt(p.start), an.tokenAt(seg.open), an.tokenAt(p.end)
	if e-s > 30 || j < s {
		return attribution{}, false
	}
	for k := s; k < e-1; k++ {
		if !t[k].word && sentenceEnd(an.text, t[k].start) && !an.inQuote(t[k].start) {
			return attribution{}, false // a lead paragraph, not a headline
		}
	}
	// "… ‘The Dealmaker’ Could Address Clean Energy, Lindsey Graham Says."
	last := e - 1
	for last > s && !t[last].word {
		last--
	}
	// the cue may have an object: "…, Howard Dean Tells Democratic Convention."
	for c := last; c > j && c >= last-3; c-- {
		if !isCue(t[c].lower) {
			continue
		}
		for k := c - 1; k >= j && k >= c-6; k-- {
			// the comma before the name, or in title case the quotation's
			// own ("‘…,’ Jane Smith Says")
			inside := t[k].end == seg.close && endsWithComma(an.text, seg) && t[c].upper
			if t[k].text != "," && !inside {
				continue
			}
			to := t[k].start
			if inside {
				to = seg.close
			}
			if name := (np{k + 1, c}); an.nameIn(name) != "" && an.namesActor(t[k+1].start, t[c-1].end) && seg.close <= to {
				return attribution{speaker: an.speakerOf(name), cue: doc.Span{Start: t[c].start, End: t[c].end},
					mixedFrom: p.start, mixedTo: to}, true
			}
			break
		}
		break
	}
	if j == s {
		return attribution{}, false
	}
	// the subject is the name the recognizer found there: in title case
	// the verb is capitalised like the name
	np := an.npForward(s, j)
	for _, m := range an.a.Mentions {
		if m.Span.Start == t[s].start && (m.Type == doc.PER || m.Type == doc.ORG) {
			np.to = an.tokenAt(m.Span.End)
		}
	}
	if np.empty() || np.to >= j || !t[s].upper || an.nameIn(np) == "" || !an.namesActor(t[s].start, t[np.to-1].end) {
		if np = commonSubject(t, s, j); np.empty() {
			return attribution{}, false
		}
	}
	c := np.to
	if t[c].lower == "just" || t[c].lower == "now" || t[c].lower == "also" {
		c++ // "Hillary Just Insulted …"
	}
	if c >= j || !t[c].word || nameStops[t[c].lower] && !isCue(t[c].lower) || t[c].lower == "and" {
		return attribution{}, false // "Bolton and Gorka Slam …": a conjunction is no verb
	}
	from := c + 1
	if from < j && t[from].lower == "that" {
		from++
	}
	if from > j {
		return attribution{}, false
	}
	to := p.end
	for k := an.tokenAt(seg.close); k < e; k++ {
		if t[k].text == "–" || t[k].text == "—" || t[k].text == "-" && t[k].start > t[k-1].end {
			to = t[k-1].end // a dash opens the headline's second part: "… ‘Prophetic Prayer’ About Trump – These 3 Words …"
			break
		}
	}
	speaker := an.speakerOf(np)
	// "… Corners Obama On His Refusal To Use The Words ‘…’": the words are
	// his, unless a comma parts them from the quotation
	for k := j - 2; k >= from && t[k].text != ","; k-- {
		if possessivePronouns[t[k].lower] && t[k+1].word {
			holder := np
			holder.from, holder.to = k, k+1
			speaker = an.speakerOf(holder)
			break
		}
	}
	return attribution{speaker: speaker, cue: doc.Span{Start: t[np.to].start, End: t[c].end},
		mixedFrom: t[from].start, mixedTo: to}, false
}

// commonSubject returns a headline's subject that names no one but is a
// common noun phrase for people or a source ("Black Lawmakers Rip …",
// "Retired General Reveals …"): at most three words from token s, before
// token j, the last a people or source noun.
func commonSubject(t []token, s, j int) np {
	for k := s; k < j && k < s+3 && t[k].word; k++ {
		if sourceNouns[t[k].lower] {
			return np{s, k + 1}
		}
	}
	return np{}
}

// sourceNouns name people, groups and sources that may head a headline's
// subject.
var sourceNouns = toSet(`lawmakers legislators senators officials leaders parents voters residents students teachers
workers activists protesters experts critics supporters opponents veterans candidates delegates women men mothers
general judge speaker woman man mom mother father dad veteran candidate officer officers doctor doctors scientists
economists analysts pollster pollsters website newspaper magazine network media`)

// wordsAfter reports whether words follow a segment before byte end.
func (an *analysis) wordsAfter(seg segment, end int) bool {
	for k := an.tokenAt(seg.close); k < len(an.toks) && an.toks[k].end <= end; k++ {
		if an.toks[k].word {
			return true
		}
	}
	return false
}

// namesActor reports whether a person or organisation mention lies within
// [s, e), the words there are an organisation the article names elsewhere,
// in any case ("HUFFPOLLSTER:" for "HuffPollster"), or the last word there
// is the first or last word of a person the article names elsewhere (a
// headline's "Issa:" for "Rep. Darrell Issa").
func (an *analysis) namesActor(s, e int) bool {
	if len(an.a.Mentions) == 0 {
		return true // no recognizer ran: the capitalised name stands
	}
	last := lastWord(an.text[s:e])
	for _, m := range an.a.Mentions {
		if m.Span.Start >= s && m.Span.End <= e && (m.Type == doc.PER || m.Type == doc.ORG) {
			return true
		}
		if m.Type == doc.ORG && strings.EqualFold(m.Text, an.text[s:e]) {
			return true
		}
		if m.Type != doc.PER || m.Span.End > s && m.Span.Start < e {
			continue
		}
		if f := strings.Fields(strings.ToLower(an.entityName(m))); len(f) > 1 && (f[0] == last || f[len(f)-1] == last) {
			return true
		}
	}
	return false
}

// thatAfter returns the index of the first "that" among the few tokens
// from k on, before token limit, or, further on, the first "that" the parse
// makes the conjunction of a clause complementing the cue ("told one of
// his young protégés on a regular basis that …"); -1 for none.
func (an *analysis) thatAfter(k, limit int, cue doc.Span) int {
	for o := k; o < limit; o++ {
		if an.toks[o].lower != "that" {
			continue
		}
		if o < k+7 {
			return o
		}
		if si, ti, ok := an.docTokenAt(an.toks[o].start); ok {
			toks := an.a.Sentences[si].Tokens
			if v := toks[ti].Head; toks[ti].Deprel == "mark" && v >= 0 && v < len(toks) && toks[v].Deprel == "ccomp" {
				if h := toks[v].Head; h >= 0 && h < len(toks) && toks[h].Span.Start < cue.End && cue.Start < toks[h].Span.End {
					return o
				}
			}
		}
	}
	return -1
}

// nounByParse reports whether the parse tags token k, a word that may be a
// speech verb, as a noun ("told state television that …").
func (an *analysis) nounByParse(k int) bool {
	if !an.isParsed || !ambiguousCues[an.toks[k].lower] {
		return false
	}
	si, ti, ok := an.docTokenAt(an.toks[k].start)
	if !ok {
		return false
	}
	u := an.a.Sentences[si].Tokens[ti].UPOS
	return u == "NOUN" || u == "PROPN" || u == "ADJ"
}

// attributionBefore reports whether the words before a quotation in its
// sentence end with a comma or colon after a speech verb: an attribution
// the head reader could not name a speaker for ("Biden weighed in as well,
// telling Mic in an interview, “…,” he said"), not words the quote runs on
// from.
func (an *analysis) attributionBefore(seg segment, from int) bool {
	t := an.toks
	j := an.tokenAt(seg.open)
	s := an.sentenceStart(an.tokenAt(from), seg.open)
	if j-1 <= s || t[j-1].text != "," && t[j-1].text != ":" {
		return false
	}
	for k := j - 2; k >= s; k-- {
		if t[k].word && !t[k].upper && an.cueAt(k) && !an.nounByParse(k) {
			return true
		}
	}
	return false
}

// mixedStartBefore returns where a sentence starts when it has words before
// the segment that are not an attribution (“The plan is “dead,” X said"),
// or 0.
func (an *analysis) mixedStartBefore(seg segment, from int) int {
	floor := an.tokenAt(from)
	j := an.tokenAt(seg.open)
	s := an.sentenceStart(floor, seg.open)
	if s >= j || floor > 0 && s == floor && from > an.paras[seg.para].start {
		return 0
	}
	for k := s; k < j; k++ {
		if an.toks[k].word {
			return an.toks[s].start
		}
	}
	return 0
}

// dashLine attributes a quotation that is a paragraph of its own to the
// name on a dash that opens the next paragraph, the signature line of a
// quoted remark or post ("“…”" then "- Sanders." or "-President Obama,
// tweeting after the speech."). The name must be a person or organisation
// and end the line or be followed by a comma.
func (an *analysis) dashLine(seg segment) attribution {
	p := an.paras[seg.para]
	if !seg.closed || seg.open != p.start || an.wordsAfter(seg, p.end) || seg.para+1 >= len(an.paras) {
		return attribution{}
	}
	q := an.paras[seg.para+1]
	t := an.toks
	s, e := an.tokenAt(q.start), an.tokenAt(q.end)
	if s+1 >= e || t[s].word || !strings.ContainsAny(t[s].text, "-–—―") || !t[s+1].upper {
		return attribution{}
	}
	n := an.npForward(s+1, e)
	if n.empty() || n.to < e && t[n.to].text != "," && t[n.to].text != "." || n.to+1 < e && t[n.to].text == "." {
		return attribution{}
	}
	if an.nameIn(n) == "" || !an.namesActor(t[n.from].start, t[n.to-1].end) {
		return attribution{}
	}
	return attribution{speaker: an.speakerOf(n), cue: doc.Span{Start: t[s].start, End: t[s].end}}
}

// colonLead attributes a quote that opens a paragraph to a cue ending the
// previous paragraph ("Caddell continued:", "He told his audience, to
// rowdy applause:"); the words between the cue and the colon say whom or
// how, not what.
func (an *analysis) colonLead(pi int) attribution {
	p := an.paras[pi]
	if !strings.HasSuffix(an.text[p.start:p.end], ":") {
		return attribution{}
	}
	for _, s := range an.segs {
		if s.para == pi {
			return attribution{}
		}
	}
	fake := segment{open: p.end, close: p.end, para: pi}
	at := an.headAttribution(fake, p.start)
	at.mixedFrom = 0 // the colon hands over: what stands between cue and colon is no reported speech
	return at
}

// sentenceIndex returns the index of the sentence containing byte i, or -1.
func sentenceIndex(ss []doc.Sentence, i int) int {
	k := sort.Search(len(ss), func(k int) bool { return ss[k].Span.End > i })
	if k < len(ss) && ss[k].Span.Start <= i {
		return k
	}
	return -1
}

// clauseEnd returns where the sentence holding a segment ends, not past
// limit (the next quotation), excluding the final punctuation.
func (an *analysis) clauseEnd(seg segment, limit int) int {
	end := seg.close
	if endsSentence(an.text, seg) || strings.HasSuffix(strings.TrimRight(an.text[seg.in0:seg.in1], " "), "?") || strings.HasSuffix(strings.TrimRight(an.text[seg.in0:seg.in1], " "), "!") {
		return end // the quotation ends the sentence
	}
	for k := an.tokenAt(seg.close); k < len(an.toks) && an.toks[k].end <= limit; k++ {
		tk := an.toks[k]
		if !tk.word && sentenceEnd(an.text, tk.start) {
			break
		}
		end = tk.end
	}
	for end > seg.close {
		r, n := utf8.DecodeLastRuneInString(an.text[:end])
		if !strings.ContainsRune(",;:—–-", r) {
			break
		}
		end -= n
	}
	return end
}

// adjunctPreps open the adjuncts that may stand between a cue and a
// quotation.
var adjunctPreps = toSet("in on at to during after before with from for via through over outside inside while when amid")

// colonNameMax is the most tokens a name before a colon may take ("Former
// secretary of state Hillary Rodham Clinton:").
const colonNameMax = 9

// runsOn reports whether a quotation without final punctuation is followed
// by more words of its clause (“zero” voters would follow), not by an
// attribution or a capitalised name.
func (an *analysis) runsOn(seg segment) bool {
	if !seg.closed {
		return false
	}
	in := strings.TrimRight(an.text[seg.in0:seg.in1], " ")
	if in == "" || strings.ContainsAny(in[len(in)-1:], ".,;:?!") {
		return false
	}
	k := an.tokenAt(seg.close)
	return k < len(an.toks) && an.toks[k].word && !an.toks[k].upper && !nameStops[an.toks[k].lower]
}
