package segment

import (
	"math"
	"strings"
	"unicode"
)

// stopwords are English function words left out of the lexical-cohesion
// model.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are aren't as at be because been
	before being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
	each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
	himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no
	nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should
	shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd they'll
	they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what
	what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're
	you've your yours yourself yourselves said says say mr mrs ms one two three new also just like will may might must
	year years last first now still even us s t re ve ll d n`) {
		m[w] = true
	}
	return m
}()

// stem strips common English inflections; crude, but it lets "talks" and
// "talked" meet.
func stem(w string) string {
	if len(w) <= 4 {
		return w
	}
	for _, suf := range []string{"ational", "ization", "fulness", "iveness", "ments", "ment", "ings", "ing", "edly", "ies", "ied", "ed", "ly", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			w = w[:len(w)-len(suf)]
			if suf == "ies" || suf == "ied" {
				w += "y"
			}
			break
		}
	}
	return w
}

// terms returns the content terms of a paragraph: stemmed, lower-cased
// words without stopwords, plus an extra "#name" term for every
// capitalised word that does not open a sentence, so that the entities a
// paragraph names weigh more in cohesion than its common words.
func terms(s string) []string {
	var out []string
	sentenceStart := true
	var word []rune
	flush := func(next rune) {
		if len(word) == 0 {
			return
		}
		w := string(word)
		capital := unicode.IsUpper(word[0])
		lw := strings.ToLower(w)
		lw = strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")
		if len([]rune(lw)) > 1 && !stopwords[lw] && !isNumber(lw) {
			out = append(out, stem(lw))
			if capital && !sentenceStart {
				out = append(out, "#"+lw)
			}
		}
		sentenceStart = false
		word = word[:0]
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (len(word) > 0 && (r == '\'' || r == '’' || r == '-')):
			word = append(word, r)
		default:
			flush(r)
			if r == '.' || r == '!' || r == '?' || r == '"' || r == '“' || r == ':' {
				sentenceStart = true
			}
		}
	}
	flush(0)
	return out
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// topicSplit finds topic boundaries in a sequence of units (paragraphs or
// sentences) by minimising the description length of the segmentation, in
// the manner of Utiyama and Isahara (2001): each segment's words are coded
// with a Laplace-smoothed unigram model of that segment alone, and every
// segment costs segCost (penalty·log N for N terms, in U00). vocab is the
// size of the vocabulary the smoothing spreads over (topicVocab on dumps;
// 0: the units' own). Units whose texts repeat (a sentence cannot occur
// twice in one article) are kept apart. bonus[i],
// when given, lowers the cost of a boundary before unit i (a cue such as a
// dateline or a truncated paragraph before it). It returns the index of the
// first unit of every segment, starting with 0.
func topicSplit(units [][]string, dupOf []int, bonus []float64, segCost float64, vocab int, maxLen int) []int {
	n := len(units)
	if n == 0 {
		return nil
	}
	ids := map[string]int{}
	tok := make([][]int, n)
	total := 0
	for i, u := range units {
		for _, t := range u {
			id, ok := ids[t]
			if !ok {
				id = len(ids)
				ids[t] = id
			}
			tok[i] = append(tok[i], id)
		}
		total += len(u)
	}
	k := float64(max(vocab, len(ids)))
	best := make([]float64, n+1)
	from := make([]int, n+1)
	for j := 1; j <= n; j++ {
		best[j] = math.Inf(1)
	}
	counts := make([]int, len(ids))
	for i := 0; i < n; i++ {
		if math.IsInf(best[i], 1) {
			continue
		}
		// Extend the segment starting at unit i one unit at a time.
		var touched []int
		sumClogC := 0.0
		tokens := 0
		start := best[i] + segCost
		if i > 0 && bonus != nil {
			start -= bonus[i]
		}
		for j := i; j < n && (maxLen <= 0 || j-i < maxLen); j++ {
			if dupOf != nil && dupOf[j] >= i && dupOf[j] < j {
				break
			}
			for _, id := range tok[j] {
				c := float64(counts[id])
				if counts[id] == 0 {
					touched = append(touched, id)
				}
				sumClogC += (c+1)*math.Log(c+2) - c*math.Log(c+1)
				counts[id]++
				tokens++
			}
			cost := float64(tokens)*math.Log(float64(tokens)+k) - sumClogC
			if c := start + cost; c < best[j+1] {
				best[j+1] = c
				from[j+1] = i
			}
		}
		for _, id := range touched {
			counts[id] = 0
		}
	}
	var starts []int
	for j := n; j > 0; j = from[j] {
		starts = append(starts, from[j])
	}
	for a, b := 0, len(starts)-1; a < b; a, b = a+1, b-1 {
		starts[a], starts[b] = starts[b], starts[a]
	}
	return starts
}
