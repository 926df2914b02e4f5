package quote

import (
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// attitudeVerbs are verbs that attribute words, names or judgments to
// their subject without reporting speech, after Levin's (1993) classes:
// dub verbs (29.3), characterize verbs (29.2), conjecture verbs (29.5),
// judgment verbs (33), admire/marvel verbs (31.2), verbs of promising
// and demanding, and of comparing (liken, compare, equate). A quotation under one of them is a fragment its subject
// said or wrote ("called him a “loser”"). "promote" is not one: what is
// promoted is a product or a cause ("promoting “quack” cures"), not words.
const attitudeVerbs = `call dub label term brand name nickname christen style title headline
describe characterize characterise portray depict paint cast frame view see regard consider deem
treat refer dismiss reject denounce decry condemn deride mock ridicule lampoon belittle blame
credit thank praise laud hail applaud commend congratulate fault accuse attack criticize criticise
blast slam chide scold rebuke berate upbraid lambast lambaste castigate assail question challenge defend
believe think feel suppose guess reckon figure expect hope fear worry doubt know find
promise vow pledge demand urge ask beg invite call welcome embrace endorse tout champion
use invoke coin repeat echo adopt borrow cite quote chant shout scream cry sign publish
highlight stress emphasize emphasise pitch sell bill advertise brag boast
liken compare equate exhort`

// fragmentCues maps every inflected form of a speech or attitude verb to
// its base form.
var fragmentCues = buildFragmentCues()

func buildFragmentCues() map[string]string {
	m := map[string]string{}
	for f, b := range cueForms {
		m[f] = b
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	for _, b := range strings.Fields(attitudeVerbs) {
		for f, base := range inflect(b) {
			m[f] = base
		}
		// a final consonant doubles after one short vowel: dub → dubbed
		if n := len(b); n >= 3 && !vowel(b[n-1]) && vowel(b[n-2]) && !vowel(b[n-3]) && strings.IndexByte("wxy", b[n-1]) < 0 {
			m[b+b[n-1:]+"ed"] = b
			m[b+b[n-1:]+"ing"] = b
		}
	}
	for f, b := range irregularAttitude {
		m[f] = b
	}
	return m
}

// inflect returns the regular forms of a verb, mapped to it.
func inflect(b string) map[string]string {
	m := map[string]string{b: b, b + "s": b}
	switch {
	case strings.HasSuffix(b, "e"):
		m[b+"d"] = b
		m[b[:len(b)-1]+"ing"] = b
	case strings.HasSuffix(b, "y") && !strings.HasSuffix(b, "ay") && !strings.HasSuffix(b, "ey"):
		m[b[:len(b)-1]+"ies"] = b
		m[b[:len(b)-1]+"ied"] = b
		m[b+"ing"] = b
	case strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "ss") || strings.HasSuffix(b, "x"):
		m[b+"es"] = b
		m[b+"ed"] = b
		m[b+"ing"] = b
	default:
		m[b+"ed"] = b
		m[b+"ing"] = b
	}
	return m
}

// irregularAttitude holds irregular forms of attitude verbs. "known" is left
// out: the participle names ("a hacker known as “Guccifer”"), it reports no
// one's words; so are "sold" and "paid", whose past is trade ("the book sold
// a million copies", "paid $1 million to stream “…”"), not a judgment.
var irregularAttitude = map[string]string{
	"saw": "see", "seen": "see", "thought": "think", "felt": "feel", "knew": "know",
	"found": "find", "cast": "cast", "cried": "cry", "spoke": "speak",
	"spoken": "speak", "speaking": "speak", "speaks": "speak", "speak": "speak", "talked": "talk",
	"talking": "talk", "talk": "talk", "talks": "talk",
}

// fragmentCue reports whether a lower-case word is a form of a speech or
// attitude verb.
func fragmentCue(lower string) bool { _, ok := fragmentCues[lower]; return ok }

// fragmentAttribution attributes a quotation that no speech cue next to it
// claims: the nearest speech or attitude verb before it in its sentence is
// the cue, its subject the speaker (for a participle after a comma, "…,
// calling him a “loser”", the sentence's subject), and the quote runs from
// after the verb to the end of the clause.
func (an *analysis) fragmentAttribution(seg segment, from int) attribution {
	t := an.toks
	floor := an.tokenAt(from)
	j := an.tokenAt(seg.open)
	s := an.sentenceStart(floor, seg.open)
	c := -1
	for k := j - 1; k >= s && j-k <= 25; k-- {
		if t[k].word && !t[k].upper && fragmentCue(t[k].lower) && !nameStops[t[k].lower] && !an.adjectivalParticiple(t[k].start) {
			c = k
			break
		}
	}
	if c < 0 && !an.isTitle(seg) {
		return an.asAttribution(seg, s, j)
	}
	if c < 0 || an.isTitle(seg) {
		return attribution{}
	}
	k := c
	for k > s && (adverbials[t[k-1].lower] || strings.HasSuffix(t[k-1].lower, "ly") && !t[k-1].upper && t[k-1].word) {
		k--
	}
	var p np
	switch {
	case k > s && t[k-1].text == "," && strings.HasSuffix(t[c].lower, "ing"):
		p = an.sentenceSubject(s, k-1) // "X …, calling"
	case k > s && t[k-1].text == ",":
		for o := k - 2; o > s && k-o < 30; o-- { // "X, who …, called"
			if t[o].text == "," {
				p = an.npBackward(o, s)
				break
			}
		}
	default:
		p = an.npBackward(k, s)
	}
	if p.empty() {
		return attribution{}
	}
	at := attribution{speaker: an.speakerOf(p), cue: doc.Span{Start: t[c].start, End: t[c].end}}
	m := c + 1
	for m < j && (t[m].lower == "that" || t[m].text == "," || t[m].text == ":") {
		m++
	}
	at.mixedFrom = an.wordsFrom(m, j, seg)
	at.fragment = true
	return at
}

// isTitle reports whether a quoted segment is a title: title-case words
// without a sentence's final punctuation.
func (an *analysis) isTitle(seg segment) bool {
	s := strings.TrimRight(an.text[seg.in0:seg.in1], " ")
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return false
	}
	return titleCase(an.toks[an.tokenAt(seg.in0):an.tokenAt(seg.in1)])
}

// titleCase reports whether quoted words are a title or name of a work or
// event ("The Sopranos", "Hard Hats for Hillary"): two or more words, each
// capitalised or a short function word.
func titleCase(words []token) bool {
	n := 0
	for _, w := range words {
		if !w.word {
			continue
		}
		n++
		if !w.upper && !isConnector(w.lower) && !titleFunctionWords[w.lower] {
			return false
		}
	}
	return n >= 2
}

var titleFunctionWords = toSet("a an the in on at to for of by with from is as or nor but")

// fragmentEnd returns where a fragment's clause ends: at the quotation
// when it ends a sentence, else at the first comma, semicolon, dash or
// sentence end after it, not past limit.
func (an *analysis) fragmentEnd(seg segment, limit int) int {
	if s := strings.TrimRight(an.text[seg.in0:seg.in1], " ,"); strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return seg.close
	}
	end := seg.close
	for k := an.tokenAt(seg.close); k < len(an.toks) && an.toks[k].end <= limit; k++ {
		tk := an.toks[k]
		if tk.word && nameStops[tk.lower] && !speakerPronouns[tk.lower] {
			break // an adjunct: "on Monday", "in a speech"
		}
		if !tk.word && (sentenceEnd(an.text, tk.start) || strings.ContainsRune(",;:—–(", []rune(tk.text)[0])) {
			break
		}
		end = tk.end
	}
	return end
}

// sentenceSubject reads a name or pronoun opening the sentence at token s,
// before token limit: its capitalised words (with titles and initials), or
// an empty phrase.
func (an *analysis) sentenceSubject(s, limit int) np {
	t := an.toks
	if s < limit && isPronoun(t[s]) {
		return np{s, s + 1}
	}
	k := s
	for k < limit && (t[k].word && t[k].upper && !adverbialStart(t[k]) || k > s && t[k].text == "." && an.isAbbrevToken(k-1)) {
		k++
	}
	return np{s, k}
}

// asAttribution attributes a quotation that characterises someone through
// "as" ("admires Putin as a “strong leader”", "has gone after Trump as a
// “con artist”") to the subject of the verb the parse hangs the "as" phrase
// on, whatever the verb: the quote runs from the verb's next word.
func (an *analysis) asAttribution(seg segment, s, j int) attribution {
	t := an.toks
	k := j - 1
	if k > s && (t[k].lower == "a" || t[k].lower == "an" || t[k].lower == "the") {
		k--
	}
	if k <= s || t[k].lower != "as" || !an.isParsed {
		return attribution{}
	}
	si, ti, ok := an.docTokenAt(t[k].start)
	if !ok {
		return attribution{}
	}
	toks := an.a.Sentences[si].Tokens
	v := toks[ti].Head
	for steps := 0; v >= 0 && v < len(toks) && steps < 3 && toks[v].UPOS != "VERB"; steps++ {
		v = toks[v].Head
	}
	if v < 0 || v >= len(toks) || toks[v].UPOS != "VERB" || toks[v].Span.End > t[k].start {
		return attribution{}
	}
	subj := depSubject(toks, v)
	if subj < 0 {
		return attribution{}
	}
	ps, pe := phraseSpan(toks, subj)
	p := np{an.tokenAt(ps), an.tokenAt(pe)}
	if p.empty() || pe > toks[v].Span.Start {
		return attribution{}
	}
	at := attribution{speaker: an.speakerOf(p), cue: toks[v].Span, fragment: true}
	if at.speaker.Mention == "" {
		return attribution{}
	}
	at.mixedFrom = an.wordsFrom(an.tokenAt(toks[v].Span.End), j, seg)
	return at
}

// adjectivalParticiple reports whether the parse makes the word at byte i
// an adjective modifying a noun ("These written proposals … include"):
// no one writes there.
func (an *analysis) adjectivalParticiple(i int) bool {
	if !an.isParsed {
		return false
	}
	si, ti, ok := an.docTokenAt(i)
	return ok && an.a.Sentences[si].Tokens[ti].Deprel == "amod"
}

// wordsFrom is where a mixed quote starts: at token m when words stand
// between it and the quotation (token limit), else at the quotation mark.
func (an *analysis) wordsFrom(m, limit int, seg segment) int {
	if m < limit {
		return an.toks[m].start
	}
	return seg.open
}
