package quote

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// docTokenAt locates the token of a.Sentences that covers byte i: its
// sentence and token index, or ok false when the article has no tokens
// there.
func (an *analysis) docTokenAt(i int) (si, ti int, ok bool) {
	ss := an.a.Sentences
	si = sort.Search(len(ss), func(k int) bool { return ss[k].Span.End > i })
	if si >= len(ss) || ss[si].Span.Start > i {
		return 0, 0, false
	}
	toks := ss[si].Tokens
	ti = sort.Search(len(toks), func(k int) bool { return toks[k].Span.End > i })
	if ti >= len(toks) || toks[ti].Span.Start > i {
		return 0, 0, false
	}
	return si, ti, true
}

// parsed reports whether the article's tokens carry dependency relations.
func (an *analysis) parsed() bool {
	for _, s := range an.a.Sentences {
		for _, t := range s.Tokens {
			if t.Deprel != "" {
				return true
			}
		}
	}
	return false
}

// headIn returns the token of sentence si within [s, e) whose head lies
// outside the range: the syntactic head of the phrase, or -1.
func headIn(toks []doc.Token, s, e int) int {
	for k := range toks {
		t := toks[k]
		if t.Span.Start < s || t.Span.End > e {
			continue
		}
		h := t.Head
		if h < 0 || h >= len(toks) || toks[h].Span.Start < s || toks[h].Span.End > e {
			return k
		}
	}
	return -1
}

// isSubject reports whether the phrase at [s, e) is the subject of its
// clause: by the parse when the article is parsed, else when a verb-like
// word follows it.
func (an *analysis) isSubject(s, e int, parsed bool) bool {
	if !parsed {
		return an.verbFollows(e) || an.opensSentence(s)
	}
	si, _, ok := an.docTokenAt(s)
	if !ok {
		return false
	}
	toks := an.a.Sentences[si].Tokens
	h := headIn(toks, s, e)
	if h < 0 {
		return false
	}
	rel := toks[h].Deprel
	// "Sanders, who …" and appositions hang on the subject
	for rel == "flat" || rel == "appos" || rel == "compound" {
		h = toks[h].Head
		if h < 0 {
			return false
		}
		rel = toks[h].Deprel
	}
	if !strings.HasPrefix(rel, "nsubj") {
		return false
	}
	// the subject of a main clause, not of reported speech or an adjunct
	for v := toks[h].Head; v >= 0 && v < len(toks); v = toks[v].Head {
		switch toks[v].Deprel {
		case "root":
			return true
		case "conj", "parataxis":
			continue
		}
		return false
	}
	return true
}

// verbFollows reports whether the first word after byte e, past adverbs
// and a possessive, looks like a finite verb: a speech verb, an auxiliary,
// or a lower-case word ending in -ed or -s that is not a function word.
func (an *analysis) verbFollows(e int) bool {
	k := an.tokenAt(e)
	for k < len(an.toks) && (an.toks[k].word && (strings.HasSuffix(an.toks[k].lower, "ly") || adverbials[an.toks[k].lower] && !auxiliaries[an.toks[k].lower])) {
		k++
	}
	if k >= len(an.toks) || !an.toks[k].word || an.toks[k].upper {
		return false
	}
	w := an.toks[k].lower
	switch {
	case isCue(w), auxiliaries[w]:
		return true
	case nameStops[w]:
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// auxiliaries are finite verbs that follow a subject.
var auxiliaries = toSet("is was are were has have had will would can could may might must should did does do")

// opensSentence reports whether the name at byte s opens its sentence or
// paragraph, past any title ("Mr. Brown met …"): news sentences mostly
// open with their subject.
func (an *analysis) opensSentence(s int) bool {
	k := an.tokenAt(s) - 1
	for k >= 0 && (titles[an.toks[k].lower] || an.toks[k].text == "." && k > 0 && an.isAbbrevToken(k-1)) {
		k--
	}
	if k < 0 {
		return true
	}
	tk := an.toks[k]
	if k+1 < len(an.toks) && an.paraAt(an.toks[k+1].start) != an.paraAt(tk.start) {
		return true
	}
	return !tk.word && sentenceEnd(an.text, tk.start)
}

// mentionRel returns the dependency relation of the phrase at [s, e), past
// flat and compound links ("nsubj", "obj", "appos", …), or "" when the
// article is not parsed there.
func (an *analysis) mentionRel(s, e int) string {
	si, _, ok := an.docTokenAt(s)
	if !ok {
		return ""
	}
	toks := an.a.Sentences[si].Tokens
	h := headIn(toks, s, e)
	if h < 0 {
		return ""
	}
	rel := toks[h].Deprel
	for (rel == "flat" || rel == "compound") && toks[h].Head >= 0 && toks[h].Head < len(toks) {
		h = toks[h].Head
		rel = toks[h].Deprel
	}
	return rel
}

// clauseCut returns where the reported clause holding the quotation of
// seg stops before byte end by the parse: before the first word after the
// closing mark that opens a verb coordinated with the cue or a word above
// it ("said fundraising was “stagnant” and left the room"; not a clause
// with its own subordinator: "and that …"), or a
// coordinated speech verb wherever the parse hangs it ("said it was
// “resolutely opposed” to the test and warned North Korea …"), or, when
// the quotation lies under the cue, a word above the cue or its subject
// (the main clause after a relative or adverbial clause holding the cue:
// "What Smith called a “fraudulent scheme” took a turn"), or a
// characterising cue's own adverbial clause, adverb or time (a bare time
// or one opened by a time preposition: "described
// Clinton as a “disgrace” after she …"), or a participle opening a free
// adjunct after a comma or dash (", citing her work"), or the cue's own
// oblique naming a medium ("in a tweet Tuesday"), or an apposition or
// relative clause set off by a comma or dash (", a swipe at …"); end when none does, the cue
// is in another sentence or the sentence is not parsed.
func (an *analysis) clauseCut(seg segment, cue doc.Span, end int) int {
	if !an.isParsed || !seg.closed || cue.End == 0 {
		return end
	}
	si, ci, ok := an.docTokenAt(cue.Start)
	if qs, _, ok2 := an.docTokenAt(seg.in0); !ok || !ok2 || qs != si {
		return end
	}
	toks := an.a.Sentences[si].Tokens
	above := map[int]bool{} // the cue and the words above it
	for v, steps := ci, 0; v >= 0 && v < len(toks) && !above[v] && steps <= len(toks); v, steps = toks[v].Head, steps+1 {
		above[v] = true
	}
	_, qi, _ := an.docTokenAt(seg.in0)
	under := descends(toks, qi, ci) // the quotation is part of what the cue reports
	for k, t := range toks {
		if t.Span.Start < seg.close || t.Span.Start >= end || above[k] && !under {
			continue
		}
		// the dependent of the cue (or a word above it) that k descends from
		c, steps := k, 0
		for c >= 0 && c < len(toks) && toks[c].Head >= 0 && !above[toks[c].Head] && steps <= len(toks) {
			c, steps = toks[c].Head, steps+1
		}
		// once the cue reports the quotation, a word above the cue after it
		// ("What Smith called a “scheme” took a turn") or the subject of
		// one begins what the sentence says besides
		beyond := under && (above[k] || c >= 0 && c < len(toks) && toks[c].Head >= 0 && toks[c].Head != ci && strings.HasPrefix(toks[c].Deprel, "nsubj"))
		if !beyond && under && c > 0 && c < len(toks) && toks[c].Head == ci && toks[c].Span.Start >= seg.close && characterises(toks[ci]) {
			// a characterisation's own time, manner or adverbial clause
			// says when or why it was made, not what it says ("described
			// Clinton as a “disgrace” after she attacked …", "during a
			// stop in Flint")
			rel := toks[c].Deprel
			beyond = strings.HasPrefix(rel, "advcl") || strings.HasPrefix(rel, "advmod") || rel == "obl:tmod" || rel == "obl" && (timeCase(toks, c) || bareTime(toks, c, seg.close))
		}
		if !beyond && under && c > 0 && c < len(toks) && toks[c].Head == ci && toks[c].Span.Start >= seg.close && strings.HasPrefix(toks[c].Deprel, "obl") && mediaNouns[strings.ToLower(toks[c].Lemma)] {
			// the cue's own medium says where it was said, not what
			// ("called it “rigged” in a tweet Tuesday")
			beyond = true
		}
		if !beyond && mediumAfter(toks, k, seg.close, an.text) {
			// so is a medium right after the quotation hung on a verb
			// that says nothing itself ("said his campaign doesn't want
			// “that crap,” in an interview with CNN"): the parse misplaced
			// the cue's
			beyond = true
		}
		if !beyond && commaGloss(toks, k) && !an.quotedWithin(t.Span.Start, end) {
			// so is an apposition or relative clause set off after it
			// ("…, a swipe at …", "…, which raised concerns")
			beyond = true
		}
		if !beyond && freeAdjunct(toks, k) {
			// a participle set off by a comma after the quotation is the
			// writer's gloss on it ("called Clinton a “champion”, citing
			// her work …"; "was only “partial,” meaning it …")
			beyond = true
		}
		if !beyond && (c < 0 || c >= len(toks) || toks[c].Head < 0 || toks[c].Deprel != "conj" || subordinated(toks, c) || under && ownClause(toks, c, ci, seg.close)) && !an.conjSpeechAbove(toks, k, seg.close) {
			continue
		}
		e := t.Span.Start
		for e > seg.close && strings.ContainsRune(" ,;:—–-\n", rune(an.text[e-1])) {
			e--
		}
		return e
	}
	return end
}

// mediumAfter reports whether token k is the preposition of an oblique
// naming a medium ("in an interview", "in a tweet") that opens right after
// the closing mark at byte close (a comma may come between) and hangs on a
// word that is no speech or characterising verb: a medium belongs to
// saying, so there to the cue above.
func mediumAfter(toks []doc.Token, k, close int, text string) bool {
	t := toks[k]
	if t.Deprel != "case" || t.Head <= k || t.Head >= len(toks) || strings.TrimLeft(text[close:t.Span.Start], " ,") != "" {
		return false
	}
	h := toks[t.Head]
	if !strings.HasPrefix(h.Deprel, "obl") || !mediaNouns[strings.ToLower(h.Lemma)] || h.Head < 0 || h.Head >= len(toks) {
		return false
	}
	v := toks[h.Head]
	return !isCue(strings.ToLower(v.Text)) && !characterises(v)
}

// ownClause reports whether token c, a conjunct of the cue ci, is a clause
// with a subject of its own, no speech verb, joined to the quotation by
// "and" without a comma outside it (a contrast, "but it did him no good",
// is the writer's): a second clause of what was said ("said the
// system is “complex” and he feels he can win"), not the speaker's next act
// ("said … and left", "said …, and Jones agreed").
func ownClause(toks []doc.Token, c, ci, close int) bool {
	if toks[c].Head != ci || toks[c].UPOS != "VERB" && toks[c].UPOS != "AUX" || isCue(strings.ToLower(toks[c].Text)) || characterises(toks[c]) {
		return false
	}
	subj, and := false, false
	for k := ci + 1; k < c; k++ {
		d := toks[k]
		if d.Head == c && (strings.HasPrefix(d.Deprel, "nsubj") || d.Deprel == "expl") {
			subj = true
		}
		if d.Head == c && d.Deprel == "cc" && strings.EqualFold(d.Text, "and") {
			and = true
		}
		if d.Span.Start >= close && d.Text == "," {
			return false
		}
	}
	return subj && and
}

// quotedWithin reports whether a quotation opens in [s, e): a gloss that
// quotes the speaker again ("…,” which led to “the inadvertent
// disclosure”") is more of what was said.
func (an *analysis) quotedWithin(s, e int) bool {
	for _, seg := range an.segs {
		if seg.open >= s && seg.open < e {
			return true
		}
	}
	return false
}

// conjSpeechAbove reports whether token k, or a word above it that starts
// after byte from, is a speech verb coordinated with an earlier word: the
// speaker's next act. One with a subordinator of its own ("and that the
// committee would continue …") is more of what was said.
func (an *analysis) conjSpeechAbove(toks []doc.Token, k, from int) bool {
	for v, steps := k, 0; v >= 0 && v < len(toks) && toks[v].Span.Start >= from && steps <= len(toks); v, steps = toks[v].Head, steps+1 {
		if toks[v].Deprel == "conj" && toks[v].UPOS == "VERB" && isCue(strings.ToLower(toks[v].Text)) && !subordinated(toks, v) {
			return true
		}
	}
	return false
}

// descends reports whether token k lies under token anc in the parse.
func descends(toks []doc.Token, k, anc int) bool {
	for v, steps := k, 0; v >= 0 && v < len(toks) && steps <= len(toks); v, steps = toks[v].Head, steps+1 {
		if v == anc {
			return true
		}
	}
	return false
}

// characterisingVerbs name or judge someone or something (Levin's dub,
// characterize and judgment verbs among the attitude verbs): "called him a
// “loser”", "described her as a “disgrace”".
var characterisingVerbs = toSet("call dub label term brand name nickname describe characterize characterise portray depict paint cast frame refer blast slam criticize criticise denounce decry condemn deride mock praise hail accuse")

// characterises reports whether parsed token t is a characterising verb.
func characterises(t doc.Token) bool {
	return characterisingVerbs[fragmentCues[strings.ToLower(t.Text)]] || characterisingVerbs[strings.ToLower(t.Lemma)]
}

// freeAdjunct reports whether token k is a present participle opening a
// free adjunct: set off by a comma or dash (an adverb may come between,
// a closing mark may follow the comma), with no subject or subordinator
// of its own, hung as an adverbial or adnominal clause ("…, citing her
// work", "…, implicitly putting his name …", "… — setting expectations").
func freeAdjunct(toks []doc.Token, k int) bool {
	t := toks[k]
	if t.XPOS != "VBG" || t.UPOS != "VERB" || !strings.HasPrefix(t.Deprel, "advcl") && !strings.HasPrefix(t.Deprel, "acl") {
		return false
	}
	p := k - 1
	for p >= 0 && (toks[p].Head == k && toks[p].UPOS == "ADV" || isCloseMark(toks[p].Text)) {
		p--
	}
	if p < 0 || !glossPunct[toks[p].Text] {
		return false
	}
	for _, d := range toks {
		if d.Head == k && (strings.HasPrefix(d.Deprel, "nsubj") || d.Deprel == "mark") {
			return false
		}
	}
	return true
}

// isCloseMark reports whether a token is a closing quotation mark.
func isCloseMark(w string) bool {
	switch w {
	case "”", "’", "\"", "''", "'":
		return true
	}
	return false
}

// timePrepositions only ever open a time: "during the debate", "after
// the vote".
var timePrepositions = toSet("during after before since amid until throughout")

// bareTime reports whether token c is a time noun with no preposition
// between the closing mark at byte close and it: an obl:tmod the parse
// labelled plain obl ("as a “disgrace” Wednesday on the radio").
func bareTime(toks []doc.Token, c, close int) bool {
	if !timeWords[strings.ToLower(toks[c].Text)] {
		return false
	}
	for d := 0; d < c; d++ {
		if toks[d].Head == c && toks[d].Deprel == "case" && toks[d].Span.Start >= close {
			return false
		}
	}
	return true
}

// timeCase reports whether token c's preposition is a time preposition.
func timeCase(toks []doc.Token, c int) bool {
	for _, d := range toks {
		if d.Head == c && d.Deprel == "case" && timePrepositions[strings.ToLower(d.Text)] {
			return true
		}
	}
	return false
}

// commaGloss reports whether token k opens, after a comma or dash (a
// closing mark may come between), an apposition (or a noun phrase the
// parse sets against the clause as parataxis) or a relative clause opened
// by a relative pronoun, of a noun or of the whole clause ("…, a swipe at
// …", "… - a charge that …", "…, which raised concerns").
func commaGloss(toks []doc.Token, k int) bool {
	p := k - 1
	for p >= 0 && isCloseMark(toks[p].Text) {
		p--
	}
	if p < 0 || !glossPunct[toks[p].Text] {
		return false
	}
	// the highest word whose words start at k
	r := k
	for steps := 0; steps <= len(toks); steps++ {
		h := toks[r].Head
		if h < 0 || h >= len(toks) || h < k {
			break
		}
		first := h
		for i := k; i < h; i++ {
			if descends(toks, i, h) {
				first = i
				break
			}
		}
		if first != k {
			break
		}
		r = h
	}
	switch toks[r].Deprel {
	case "appos":
		return true
	case "parataxis":
		// "…, a charge that …": a noun phrase set against the clause, no
		// clause of its own ("…, it is an indication that …")
		if toks[r].UPOS != "NOUN" {
			return false
		}
		for _, d := range toks {
			if d.Head == r && (strings.HasPrefix(d.Deprel, "nsubj") || d.Deprel == "cop") {
				return false
			}
		}
		return true
	case "acl:relcl", "advcl:relcl":
		// "…, which raised concerns", of a noun or of the whole clause
		return relativePronouns[strings.ToLower(toks[k].Text)]
	}
	return false
}

// glossPunct sets off a gloss.
var glossPunct = toSet(", — – - --")

// relativePronouns open a non-restrictive relative clause.
var relativePronouns = toSet("which who whom whose")

// subordinated reports whether token c has a subordinator of its own: a
// clause coordinated with the reported one ("said the videos were
// “inconclusive” and that the footage …") is more of what was said, not
// the speaker's next act.
func subordinated(toks []doc.Token, c int) bool {
	for _, d := range toks {
		if d.Head == c && d.Deprel == "mark" {
			return true
		}
	}
	return false
}

// mediaNouns name the means or occasion of saying something: "in an
// interview", "in a tweet".
var mediaNouns = toSet("interview tweet statement email e-mail speech letter post video op-ed appearance broadcast radio podcast")
