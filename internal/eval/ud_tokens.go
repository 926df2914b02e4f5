package eval

import (
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// SegmentationScores compare predicted with gold token and sentence
// boundaries as exact byte spans.
type SegmentationScores struct {
	TokenP, TokenR, TokenF          float64
	SentenceP, SentenceR, SentenceF float64
	GoldTokens, GoldSentences       int
}

// ScoreSegmentation joins the "# text" of the gold sentences with single
// spaces into one text, runs split on it and scores the token and sentence
// spans it returns against the gold words and sentences. Gold sentences
// whose words cannot be found in order in their text are left out.
func ScoreSegmentation(gold []UDSentence, split func(text string) []doc.Sentence) SegmentationScores {
	var sb strings.Builder
	goldTok := map[doc.Span]bool{}
	goldSent := map[doc.Span]bool{}
	for _, s := range gold {
		spans, ok := wordSpans(s)
		if !ok {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		base := sb.Len()
		sb.WriteString(s.Text)
		for _, sp := range spans {
			goldTok[doc.Span{Start: base + sp.Start, End: base + sp.End}] = true
		}
		goldSent[doc.Span{Start: base + spans[0].Start, End: base + spans[len(spans)-1].End}] = true
	}
	var predTok, predSent, okTok, okSent int
	for _, s := range split(sb.String()) {
		predSent++
		if goldSent[s.Span] {
			okSent++
		}
		for _, t := range s.Tokens {
			predTok++
			if goldTok[t.Span] {
				okTok++
			}
		}
	}
	sc := SegmentationScores{GoldTokens: len(goldTok), GoldSentences: len(goldSent)}
	sc.TokenP, sc.TokenR, sc.TokenF = prf(okTok, predTok, len(goldTok))
	sc.SentenceP, sc.SentenceR, sc.SentenceF = prf(okSent, predSent, len(goldSent))
	return sc
}

func prf(ok, pred, gold int) (p, r, f float64) {
	if pred > 0 {
		p = 100 * float64(ok) / float64(pred)
	}
	if gold > 0 {
		r = 100 * float64(ok) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// wordSpans finds each word of s in s.Text, in order, skipping spaces.
func wordSpans(s UDSentence) ([]doc.Span, bool) {
	if s.Text == "" || len(s.Words) == 0 {
		return nil, false
	}
	spans := make([]doc.Span, len(s.Words))
	pos := 0
	for i, w := range s.Words {
		for pos < len(s.Text) && (s.Text[pos] == ' ' || s.Text[pos] == '\t') {
			pos++
		}
		if !strings.HasPrefix(s.Text[pos:], w.Form) {
			return nil, false
		}
		spans[i] = doc.Span{Start: pos, End: pos + len(w.Form)}
		pos += len(w.Form)
	}
	return spans, true
}
