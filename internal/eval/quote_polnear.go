package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/quote"
)

// PolNeARDoc is one PolNeAR article with the attributions one annotator
// marked in it. Offsets are byte offsets into Text.
type PolNeARDoc struct {
	Name         string
	Author       string
	Date         time.Time // publication date; zero when unknown
	Text         string
	Attributions []PolNeARAttribution
}

// PolNeARAttribution is one gold attribution relation; each part may be
// discontinuous.
type PolNeARAttribution struct {
	Source, Cue, Content []doc.Span
}

// LoadPolNeAR reads one split ("train", "dev" or "test") of PolNeAR from dir
// (text/<name>.txt and attributions/<name>_<annotator>.ann). Where several
// annotators marked a document, the first listed in metadata.tsv with a file
// is used.
func LoadPolNeAR(dir, split string) ([]PolNeARDoc, error) {
	meta, err := os.Open(filepath.Join(dir, "metadata.tsv"))
	if err != nil {
		return nil, err
	}
	defer meta.Close()
	var docs []PolNeARDoc
	sc := bufio.NewScanner(meta)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 7 || f[0] != split {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, split, "text", f[1]+".txt"))
		if err != nil {
			return nil, err
		}
		d := PolNeARDoc{Name: f[1], Author: f[6], Text: string(raw)}
		d.Date, _ = time.Parse("2006-01-02", f[5])
		for _, ann := range strings.Split(f[3], "|") {
			path := filepath.Join(dir, split, "attributions", f[1]+"_"+ann+".ann")
			if _, err := os.Stat(path); err != nil {
				continue
			}
			if d.Attributions, err = readBrat(path, d.Text); err != nil {
				return nil, err
			}
			break
		}
		docs = append(docs, d)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].Name < docs[j].Name })
	return docs, sc.Err()
}

// readBrat reads brat standoff attributions, converting character offsets
// to byte offsets into text.
func readBrat(path, text string) ([]PolNeARAttribution, error) {
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	spans := map[string][]doc.Span{}
	var rels []map[string]string
	for n, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(f[0], "T"):
			_, rng, ok := strings.Cut(f[1], " ")
			if !ok {
				return nil, fmt.Errorf("%s:%d: no offsets", path, n+1)
			}
			for _, part := range strings.Split(rng, ";") {
				se := strings.Fields(part)
				if len(se) != 2 {
					return nil, fmt.Errorf("%s:%d: bad offsets %q", path, n+1, part)
				}
				s, err1 := strconv.Atoi(se[0])
				e, err2 := strconv.Atoi(se[1])
				if err1 != nil || err2 != nil || s < 0 || e > len(byteAt)-1 || s > e {
					return nil, fmt.Errorf("%s:%d: bad offsets %q", path, n+1, part)
				}
				spans[f[0]] = append(spans[f[0]], doc.Span{Start: byteAt[s], End: byteAt[e]})
			}
		case strings.HasPrefix(f[0], "E"):
			r := map[string]string{}
			for _, kv := range strings.Fields(f[1]) {
				k, v, _ := strings.Cut(kv, ":")
				r[k] = v
			}
			rels = append(rels, r)
		}
	}
	var out []PolNeARAttribution
	for _, r := range rels {
		if r["Content"] == "" {
			continue
		}
		out = append(out, PolNeARAttribution{Source: spans[r["Source"]], Cue: spans[r["Cue"]], Content: spans[r["Content"]]})
	}
	return out, nil
}

// QuoteScore accumulates quote detection and speaker figures.
//
// Gold quotes are the attributions whose content contains quotation marks
// (quote.ContainsQuoteMarks); predicted quotes are the predictions that are
// direct or contain quotation marks, parts sharing a cue counted as one.
// Both are compared as sets of word tokens (punctuation and quotation marks
// ignored). A lenient match shares at least half the words of the longer of
// the two; a strict match has exactly the same words. Matching is
// one-to-one, best overlap first.
//
// Speaker accuracy is measured on leniently matched gold quotes that have a
// source: the predicted speaker's mention must overlap the gold source. When
// the gold source is a personal pronoun (he, she, him, her), the predicted
// speaker must also be resolved to the person it refers to; PolNeAR has no
// coreference, so that person is taken to be the nearest named gold source
// (one that starts with a capitalised word other than a determiner or
// possessive, so a name rather than a description or pronoun) of an earlier
// attribution in the same article, and the predicted name must contain the
// last capitalised word of that source before any comma, parenthesis or dash.
type QuoteScore struct {
	Gold, Pred          int
	StrictTP, LenientTP int
	Speakers, SpeakerOK int // matched gold quotes with a source; right speaker
	Pronouns, PronounOK int // of which the gold source is a personal pronoun
	NoReferent          int // pronoun sources with no earlier named source (not counted)
	MentionOK           int // mention overlap only, pronouns not resolved
	NameOK              int // resolved name contains the gold source's (or referent's) last word
	// IdentityOK counts speakers right by who they are: SpeakerOK, or a
	// gold source that is a name (or a pronoun with its referent) whose
	// last capitalised word the predicted speaker's resolved name contains,
	// whichever mention of that person the prediction points at.
	IdentityOK int
}

// QuoteMiss is one gold quote missed or wrongly attributed, for inspection.
type QuoteMiss struct {
	Doc, Kind, Gold, Pred, GoldSource, GoldCue, PredSpeaker string
}

// AddQuotes scores the predictions for one document, returning the errors.
// When all is true every gold content is scored, not only quotations.
func (s *QuoteScore) AddQuotes(d PolNeARDoc, pred []doc.Quote, all bool) []QuoteMiss {
	type item struct {
		words   map[int]bool
		spans   []doc.Span
		speaker doc.Speaker
		src     []doc.Span
		cue     []doc.Span
	}
	wordsOf := func(spans []doc.Span) map[int]bool {
		w := map[int]bool{}
		for _, sp := range spans {
			in := false
			for i, r := range d.Text[sp.Start:sp.End] {
				word := unicode.IsLetter(r) || unicode.IsDigit(r)
				if word && !in {
					w[sp.Start+i] = true
				}
				in = word || (in && (r == '\'' || r == '’'))
			}
		}
		return w
	}
	textOf := func(spans []doc.Span) string {
		var parts []string
		for _, sp := range spans {
			parts = append(parts, sp.Of(d.Text))
		}
		return strings.Join(parts, " | ")
	}
	var gold []item
	for _, a := range d.Attributions {
		if all || quote.ContainsQuoteMarks(textOf(a.Content)) {
			gold = append(gold, item{words: wordsOf(a.Content), spans: a.Content, src: a.Source, cue: a.Cue})
		}
	}
	var preds []item
	byCue := map[doc.Span]int{}
	for _, q := range pred {
		if !all && !q.Direct && !quote.ContainsQuoteMarks(q.Text) {
			continue
		}
		if i, ok := byCue[q.CueSpan]; ok && q.CueSpan.End > 0 {
			preds[i].spans = append(preds[i].spans, q.Span)
			continue
		}
		byCue[q.CueSpan] = len(preds)
		preds = append(preds, item{spans: []doc.Span{q.Span}, speaker: q.Speaker})
	}
	for i := range preds {
		preds[i].words = wordsOf(preds[i].spans)
	}
	s.Gold += len(gold)
	s.Pred += len(preds)
	type pair struct {
		g, p  int
		ratio float64
	}
	var pairs []pair
	for gi, g := range gold {
		for pi, p := range preds {
			n := 0
			for w := range p.words {
				if g.words[w] {
					n++
				}
			}
			if n == 0 {
				continue
			}
			pairs = append(pairs, pair{gi, pi, float64(n) / float64(max(len(g.words), len(p.words)))})
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].ratio > pairs[j].ratio })
	gUsed, pUsed := map[int]bool{}, map[int]bool{}
	var misses []QuoteMiss
	for _, pr := range pairs {
		if gUsed[pr.g] || pUsed[pr.p] || pr.ratio < 0.5 {
			continue
		}
		gUsed[pr.g], pUsed[pr.p] = true, true
		s.LenientTP++
		if pr.ratio == 1 && len(gold[pr.g].words) == len(preds[pr.p].words) {
			s.StrictTP++
		}
		g, p := gold[pr.g], preds[pr.p]
		if len(g.src) == 0 {
			continue
		}
		s.Speakers++
		overlap := spansOverlap(p.speaker.Span, g.src)
		srcText := strings.TrimSpace(textOf(g.src))
		nameWord := lastWordOf(srcText)
		pronoun := isPersonalPronoun(srcText)
		if overlap {
			s.MentionOK++
		}
		ok := overlap
		if pronoun {
			ref := d.referent(g.src[0].Start)
			if ref == "" {
				s.NoReferent++
				s.Speakers--
				if overlap {
					s.MentionOK--
				}
				continue
			}
			s.Pronouns++
			nameWord = lastWordOf(ref)
			srcText += " → " + ref
			ok = overlap && containsWord(p.speaker.Name, nameWord)
			if ok {
				s.PronounOK++
			}
		}
		named := containsWord(p.speaker.Name, nameWord)
		if named {
			s.NameOK++
		}
		if ok || named && (pronoun || properName(srcText)) {
			s.IdentityOK++
		}
		if ok {
			s.SpeakerOK++
		} else {
			misses = append(misses, QuoteMiss{Doc: d.Name, Kind: "speaker", Gold: textOf(g.spans), GoldSource: srcText, GoldCue: textOf(g.cue), PredSpeaker: p.speaker.Mention + " → " + p.speaker.Name})
		}
	}
	for gi, g := range gold {
		if !gUsed[gi] {
			m := QuoteMiss{Doc: d.Name, Kind: "missed", Gold: textOf(g.spans), GoldSource: textOf(g.src), GoldCue: textOf(g.cue)}
			best := 0.0
			for _, pr := range pairs {
				if pr.g == gi && pr.ratio > best {
					best = pr.ratio
					m.Pred = fmt.Sprintf("[%.2f%s] %s", pr.ratio, map[bool]string{true: " taken"}[pUsed[pr.p]], textOf(preds[pr.p].spans))
				}
			}
			misses = append(misses, m)
		}
	}
	for pi, p := range preds {
		if !pUsed[pi] {
			misses = append(misses, QuoteMiss{Doc: d.Name, Kind: "spurious", Pred: textOf(p.spans), PredSpeaker: p.speaker.Mention})
		}
	}
	return misses
}

// referent returns the nearest named gold source before byte i.
func (d PolNeARDoc) referent(i int) string {
	best, at := "", -1
	for _, a := range d.Attributions {
		for _, sp := range a.Source {
			t := strings.TrimSpace(sp.Of(d.Text))
			if sp.End > i || sp.Start <= at || isPersonalPronoun(t) || !properName(t) {
				continue
			}
			best, at = t, sp.Start
		}
	}
	return best
}

func spansOverlap(a doc.Span, bs []doc.Span) bool {
	for _, b := range bs {
		if a.Start < b.End && b.Start < a.End {
			return true
		}
	}
	return false
}

func isPersonalPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "him", "her":
		return true
	}
	return false
}

// properName reports whether a source names someone rather than describing
// them: it starts with a capitalised word that is not a determiner or
// possessive ("Sen. Ted Cruz", not "the Texas senator" or "His wife").
func properName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	r := []rune(f[0])[0]
	switch strings.ToLower(f[0]) {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "one", "some", "both", "many", "several", "another":
		return false
	}
	return unicode.IsUpper(r)
}

// lastWordOf returns the last capitalised word of s (or its last word),
// lower case, without a possessive or punctuation.
func lastWordOf(s string) string {
	if i := strings.IndexAny(s, ",(–—"); i > 0 {
		s = s[:i] // "Tom Fitton, the president of Judicial Watch,"; "Chris Christie – a Cowboys fan –"
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '’' && r != '\'' && r != '-' })
	last := ""
	for _, w := range f {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		if w == "" {
			continue
		}
		if unicode.IsUpper([]rune(w)[0]) {
			last = w
		}
	}
	if last == "" && len(f) > 0 {
		last = f[len(f)-1]
	}
	return strings.ToLower(last)
}

func containsWord(s, w string) bool {
	if w == "" {
		return false
	}
	for _, x := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '’' && r != '\'' && r != '-' }) {
		if strings.TrimSuffix(strings.TrimSuffix(x, "’s"), "'s") == w {
			return true
		}
	}
	return false
}

// P, R and F1 of detection, strict or lenient.
func (s QuoteScore) PRF(strict bool) (p, r, f float64) {
	tp := s.LenientTP
	if strict {
		tp = s.StrictTP
	}
	if s.Pred > 0 {
		p = float64(tp) / float64(s.Pred)
	}
	if s.Gold > 0 {
		r = float64(tp) / float64(s.Gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}
