package quote

import (
	"bytes"
	_ "embed"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
)

// SpeakerModelFile is where `sitrep train speakers` writes the speaker
// ranker the package embeds.
const SpeakerModelFile = "internal/quote/speakers.tsv.gz"

//go:embed speakers.tsv.gz
var embeddedSpeakerModel []byte

var (
	speakerModelOnce sync.Once
	speakerModel     *Ranker
	speakerModelErr  error
)

// DefaultSpeakerModel returns the embedded speaker ranker, loaded once
// (nil when none is embedded).
func DefaultSpeakerModel() (*Ranker, error) {
	speakerModelOnce.Do(func() {
		speakerModel, speakerModelErr = ReadRanker(bytes.NewReader(embeddedSpeakerModel))
	})
	return speakerModel, speakerModelErr
}

// WithSpeakerModel sets the ranker that may replace a quotation's speaker
// by another mention near its cue; nil keeps the rules' speakers. By
// default the embedded model, DefaultSpeakerModel.
func WithSpeakerModel(m *Ranker) Option { return func(x *Extractor) { x.speakers = m } }

// SpeakerChoice is one quotation (the parts sharing a cue) and the mentions
// that may be its speaker; candidate 0 is the rules' speaker, Chosen the
// one taken.
type SpeakerChoice struct {
	Parts  []doc.Span
	People []Candidate
	Chosen int
	// Leftover marks a quotation no rule attributed: People are the options
	// for it (Candidate.Option), the first dropping it.
	Leftover bool
	// Boundary marks a choice of a quote's span: People are the candidate
	// spans, the rules' first.
	Boundary bool
}

// SpeakerChoices runs Extract on a and returns every speaker choice the
// ranker made (or, without a model, would make), for training.
func (x *Extractor) SpeakerChoices(a *doc.Article) []SpeakerChoice {
	var out []SpeakerChoice
	x.extract(a, &out)
	return out
}

// speakerCand is a possible speaker of a quotation.
type speakerCand struct {
	sp   doc.Speaker
	kind string // the NER type, "pron" or "rule"
}

// rankSpeakers lets the speaker model pick, for each direct or mixed
// quotation, between the rules' speaker and the other person, organisation
// and pronoun mentions in the sentences around the quotation and its cue.
func (an *analysis) rankSpeakers() {
	done := map[doc.Span]bool{}
	for qi := range an.out {
		q := an.out[qi]
		if !q.Direct && !ContainsQuoteMarks(q.Text) || q.CueSpan.End == 0 || done[q.CueSpan] {
			continue
		}
		done[q.CueSpan] = true
		var parts []int
		for k := range an.out {
			if an.out[k].CueSpan == q.CueSpan && an.out[k].Speaker.Span == q.Speaker.Span {
				parts = append(parts, k)
			}
		}
		cands, feats := an.speakerCandidates(parts)
		chosen := 0
		// a source named by "according to" is the one the writer cites,
		// whoever the quotation quotes ("…,” Sanders said, according to CNN)
		if an.speakers != nil && !strings.EqualFold(q.Cue, "according to") {
			chosen = an.speakers.best(feats)
		}
		if an.strace != nil {
			ch := SpeakerChoice{Chosen: chosen}
			for _, k := range parts {
				ch.Parts = append(ch.Parts, an.out[k].Span)
			}
			for i, c := range cands {
				ch.People = append(ch.People, Candidate{Name: c.sp.Name, Span: c.sp.Span, Features: feats[i]})
			}
			*an.strace = append(*an.strace, ch)
		}
		if chosen > 0 {
			for _, k := range parts {
				an.out[k].Speaker = cands[chosen].sp
			}
		}
	}
}

// speakerCandidates lists the rules' speaker of the quote parts (first)
// and the mentions outside quotations in the sentences from the one before
// the quotation and its cue to the one after, with their features.
func (an *analysis) speakerCandidates(parts []int) ([]speakerCand, [][]string) {
	q := an.out[parts[0]]
	lo, hi := q.Span.Start, an.out[parts[len(parts)-1]].Span.End
	lo, hi = min(lo, q.CueSpan.Start), max(hi, q.CueSpan.End)
	ss := an.a.Sentences
	s0, s1 := sentenceIndex(ss, lo), sentenceIndex(ss, max(lo, hi-1))
	from, to := lo, hi
	if s0 > 0 {
		from = ss[s0-1].Span.Start
	} else if s0 == 0 {
		from = ss[0].Span.Start
	}
	if s1 >= 0 && s1+1 < len(ss) {
		to = ss[s1+1].Span.End
	} else if s1 >= 0 {
		to = ss[s1].Span.End
	}
	rule := q.Speaker
	cands := []speakerCand{{sp: rule, kind: "rule"}}
	overlaps := func(sp doc.Span) bool {
		for _, c := range cands {
			if sp.Start < c.sp.Span.End && c.sp.Span.Start < sp.End {
				return true
			}
		}
		for _, k := range parts {
			if sp.Start < an.out[k].Span.End && an.out[k].Span.Start < sp.End {
				return true
			}
		}
		return an.inQuote(sp.Start)
	}
	for _, m := range an.a.Mentions {
		if m.Span.Start < from || m.Span.End > to || m.Type != doc.PER && m.Type != doc.ORG || overlaps(m.Span) {
			continue
		}
		p := np{an.tokenAt(m.Span.Start), an.tokenAt(m.Span.End)}
		if p.empty() {
			continue
		}
		sp := doc.Speaker{Mention: m.Text, Span: m.Span}
		sp.ID, sp.Name = m.Entity, an.entityName(m)
		cands = append(cands, speakerCand{sp: sp, kind: string(m.Type)})
	}
	// subjects of speech and attitude verbs that the NER stage did not mark
	if an.isParsed {
		for si := max(s0-1, 0); si >= 0 && si < len(ss) && ss[si].Span.Start < to; si++ {
			toks := ss[si].Tokens
			for v, t := range toks {
				if !depCue(t) {
					continue
				}
				subj := depSubject(toks, v)
				if subj < 0 {
					continue
				}
				s, e := phraseSpan(toks, subj)
				sp := doc.Span{Start: s, End: e}
				if s < from || e > to || overlaps(sp) {
					continue
				}
				p := np{an.tokenAt(s), an.tokenAt(e)}
				if p.empty() {
					continue
				}
				if c := an.speakerOf(p); c.Mention != "" && !overlaps(c.Span) {
					cands = append(cands, speakerCand{sp: c, kind: "np"})
				}
			}
			if s1 < 0 || si > s1 {
				break
			}
		}
	}
	for k := an.tokenAt(from); k < len(an.toks) && an.toks[k].end <= to; k++ {
		t := an.toks[k]
		if !isPronoun(t) || t.lower != "he" && t.lower != "she" && t.lower != "they" && t.lower != "we" && t.lower != "i" {
			continue
		}
		sp := doc.Span{Start: t.start, End: t.end}
		if overlaps(sp) {
			continue
		}
		cands = append(cands, speakerCand{sp: doc.Speaker{Mention: t.text, Name: t.text, Span: sp}, kind: "pron"})
	}
	// the parse subject of the cue
	subj := doc.Span{}
	if si, ti, ok := an.docTokenAt(q.CueSpan.Start); ok && an.isParsed {
		toks := ss[si].Tokens
		if v := depSubject(toks, ti); v >= 0 {
			subj = toks[v].Span
		}
	}
	cueWord := strings.ToLower(q.CueSpan.Of(an.text))
	how := an.how[q.CueSpan]
	feats := make([][]string, len(cands))
	for i, c := range cands {
		sp := c.sp.Span
		kind := c.kind
		if i == 0 {
			kind = "rule:" + an.mentionKind(sp)
		}
		dir := "precedes" // the candidate precedes the cue
		dist := an.wordsBetween(sp.End, q.CueSpan.Start)
		if sp.Start >= q.CueSpan.End {
			dir = "follows"
			dist = an.wordsBetween(q.CueSpan.End, sp.Start)
		}
		qpos := "inside"
		switch {
		case sp.End <= q.Span.Start:
			qpos = "pre"
		case sp.Start >= an.out[parts[len(parts)-1]].Span.End:
			qpos = "post"
		}
		rel := an.mentionRel(sp.Start, sp.End)
		isSubj := subj.End > 0 && sp.Start <= subj.Start && subj.End <= sp.End
		sameSent := sentenceIndex(ss, sp.Start) == sentenceIndex(ss, q.CueSpan.Start)
		d := bucket(dist, 0, 1, 3, 6, 10, 20)
		f := []string{
			"kind=" + kind,
			"dir=" + dir,
			"dist=" + d,
			"kind&dist=" + kind + "/" + d,
			"kind&dir=" + kind + "/" + dir,
			"qpos=" + qpos,
			"rel=" + rel,
			"rel&dir=" + rel + "/" + dir,
			"kind&how=" + kind + "/" + how,
		}
		if i == 0 {
			f = append(f, "rule", "how="+how, "rule&cue="+cueWord)
		}
		if isSubj {
			f = append(f, "cuesubj", "cuesubj&kind="+kind)
		}
		if sameSent {
			f = append(f, "samesent", "samesent&kind="+kind)
		}
		if mention := c.sp.Mention; mention != "" {
			first := mention[:1]
			if strings.ToLower(first) == first && c.kind != "pron" {
				f = append(f, "lowercase&kind="+kind)
			}
		}
		if i > 0 {
			f = append(f, "cue="+cueWord+"/"+dir)
		}
		head, gov := an.headAndGovernor(sp)
		f = append(f, "upos="+head.UPOS, "kind&upos="+kind+"/"+head.UPOS)
		if gov != nil && depCue(*gov) {
			f = append(f, "govcue&rel="+head.Deprel, "govcue&kind="+kind)
		}
		if i == 0 {
			if ct, ok := an.tokenOver(q.CueSpan); ok {
				f = append(f, "rule&cueupos="+ct.UPOS)
			}
		}
		feats[i] = f
	}
	return cands, feats
}

// mentionKind names what kind of mention the NER stage found over span sp:
// its type, "pron" for a pronoun, or "none".
func (an *analysis) mentionKind(sp doc.Span) string {
	if k := an.tokenAt(sp.Start); k < len(an.toks) && an.toks[k].end == sp.End && isPronoun(an.toks[k]) {
		return "pron"
	}
	for _, m := range an.a.Mentions {
		if m.Span.Start < sp.End && sp.Start < m.Span.End {
			return string(m.Type)
		}
	}
	return "none"
}

// wordsBetween counts the words in text[s:e].
func (an *analysis) wordsBetween(s, e int) int {
	n := 0
	for k := an.tokenAt(s); k < len(an.toks) && an.toks[k].end <= e; k++ {
		if an.toks[k].word {
			n++
		}
	}
	return n
}

// headAndGovernor returns the parsed head token of the phrase at sp (past
// flat and compound links) and the token it hangs on (nil at the root or
// when the article is not parsed there).
func (an *analysis) headAndGovernor(sp doc.Span) (doc.Token, *doc.Token) {
	si, _, ok := an.docTokenAt(sp.Start)
	if !ok {
		return doc.Token{}, nil
	}
	toks := an.a.Sentences[si].Tokens
	h := headIn(toks, sp.Start, sp.End)
	if h < 0 {
		return doc.Token{}, nil
	}
	for (toks[h].Deprel == "flat" || toks[h].Deprel == "compound") && toks[h].Head >= 0 && toks[h].Head < len(toks) {
		h = toks[h].Head
	}
	if g := toks[h].Head; g >= 0 && g < len(toks) {
		return toks[h], &toks[g]
	}
	return toks[h], nil
}

// tokenOver returns the parsed token starting at sp.Start.
func (an *analysis) tokenOver(sp doc.Span) (doc.Token, bool) {
	si, ti, ok := an.docTokenAt(sp.Start)
	if !ok {
		return doc.Token{}, false
	}
	return an.a.Sentences[si].Tokens[ti], true
}
