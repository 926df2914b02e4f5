package segment

import (
	"math"
	"strings"
	"unicode"
)

// Cohesion thresholds for keeping a topic boundary (see mergeCohesive).
const (
	// entityCohesion and lexicalCohesion: two neighbouring pieces whose
	// names (entity cosine) or content words (lexical cosine) agree this
	// much tell one story.
	entityCohesion  = 0.45
	lexicalCohesion = 0.40
	// headedCohesion: inside an article that the dump opened with a sure
	// headline, a boundary the dump does not mark stands only between
	// pieces that share less than this on both counts.
	headedCohesion = 0.15
	// cueKeeps: a boundary with cues worth this much besides a lone
	// headline (a caption, metadata, a dateline, an outlet credit) is kept
	// whatever the cohesion.
	cueKeeps = captionBonus
)

// mergeCohesive removes topic boundaries between neighbouring pieces that
// are cohesive: they name the same entities or share their content words
// (the lexical model alone splits long articles that move between
// sub-topics). A boundary is kept when a cue marks it or when a paragraph
// of the later piece repeats one of the earlier (one article never holds
// a paragraph twice). starts are unit indices as topicSplit returns them;
// cued[i] says cues other than a lone headline mark a boundary before unit
// i.
func (s *Segmenter) mergeCohesive(starts []int, units [][]string, dup []int, cued []bool, headed bool) []int {
	if s != nil && s.NoCohesion || len(starts) < 2 {
		return starts
	}
	out := []int{starts[0]}
	for k := 1; k < len(starts); k++ {
		from, at := out[len(out)-1], starts[k]
		to := len(units)
		if k+1 < len(starts) {
			to = starts[k+1]
		}
		if cued != nil && cued[at] || repeatsAcross(dup, from, at, to) {
			out = append(out, at)
			continue
		}
		ent, lex := cohesion(units[from:at], units[at:to])
		merge := ent >= entityCohesion || lex >= lexicalCohesion
		if headed {
			merge = ent >= headedCohesion || lex >= headedCohesion
		}
		if !merge {
			out = append(out, at)
		}
	}
	return out
}

// Topic shift without a cue: a piece whose two parts, each of at least
// minShiftUnits paragraphs, share almost nothing (both cosines below
// shiftCohesion) holds two articles.
const (
	shiftCohesion = 0.05
	minShiftUnits = 3
)

// splitAtCues is the converse of mergeCohesive: where a cue (a caption, a
// block of page furniture, a dateline, an outlet credit) marks a place
// inside a piece and the text on either side shares neither names nor
// words (both cosines below headedCohesion), or where without a cue the
// two sides share almost nothing (shiftCohesion), the piece is split
// there. Short articles give the topic model too little text to split on.
func (s *Segmenter) splitAtCues(starts []int, units [][]string, cued []bool) []int {
	if s != nil && s.NoCohesion || cued == nil {
		return starts
	}
	var out []int
	// split adds the starts of [from, to) after from, best place first.
	var split func(from, to int)
	split = func(from, to int) {
		best, bestScore := -1, math.Inf(1)
		for u := from + 1; u < to; u++ {
			if !cued[u] && (u-from < minShiftUnits || to-u < minShiftUnits) {
				continue
			}
			ent, lex := cohesion(units[from:u], units[u:to])
			ok := ent < shiftCohesion && lex < shiftCohesion || cued[u] && ent < headedCohesion && lex < headedCohesion
			if score := max(ent, lex); ok && score < bestScore {
				best, bestScore = u, score
			}
		}
		if best < 0 {
			return
		}
		split(from, best)
		out = append(out, best)
		split(best, to)
	}
	for k, from := range starts {
		to := len(units)
		if k+1 < len(starts) {
			to = starts[k+1]
		}
		out = append(out, from)
		split(from, to)
	}
	return out
}

// repeatsAcross: a unit in [at, to) repeats one in [from, at).
func repeatsAcross(dup []int, from, at, to int) bool {
	for j := at; j < to && j < len(dup); j++ {
		if dup[j] >= from && dup[j] < at {
			return true
		}
	}
	return false
}

// holdsRepeat: a unit in [from, to) repeats another unit of that range.
func holdsRepeat(dup []int, from, to int) bool {
	for j := from; j < to && j < len(dup); j++ {
		if dup[j] >= from {
			return true
		}
	}
	return false
}

// cohesion returns the cosine similarity of two pieces' entity terms
// (the "#name" terms) and of their other content terms.
func cohesion(a, b [][]string) (entity, lexical float64) {
	ea, la := termCounts(a)
	eb, lb := termCounts(b)
	return cosine(ea, eb), cosine(la, lb)
}

func termCounts(units [][]string) (entities, words map[string]float64) {
	entities, words = map[string]float64{}, map[string]float64{}
	for _, u := range units {
		for _, t := range u {
			if t[0] == '#' {
				entities[t]++
			} else {
				words[t]++
			}
		}
	}
	return entities, words
}

func cosine(a, b map[string]float64) float64 {
	var dot, na, nb float64
	for k, v := range a {
		dot += v * b[k]
		na += v * v
	}
	for _, v := range b {
		nb += v * v
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// noStartBonus is the cue weight of a paragraph that cannot open an
// article (it continues the one before): no boundary is placed before it.
const noStartBonus = -1e6

// continues: paragraph next cannot open an article after prev. It starts
// in lower case or with closing or joining punctuation, or it is a list
// item after a list item or after a line that announces a list (ending in
// a colon).
func continues(prev, next string) bool {
	r := firstRune(next)
	switch {
	case unicode.IsLower(r), strings.ContainsRune(":;,)]}", r):
		return true
	case listItem(next):
		return listItem(prev) || strings.HasSuffix(strings.TrimSpace(prev), ":")
	}
	return false
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// listItem: the paragraph opens with a bullet or dash marker.
func listItem(s string) bool {
	s = strings.TrimSpace(s)
	for _, m := range []string{"- ", "– ", "— ", "• ", "* ", "· "} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// refineBoundaries moves topic boundaries (those without a cue) by up to
// two paragraphs where a paragraph next to the boundary is closer, in
// words and names, to the piece on the other side: typically a short lede
// that the lexical model left with the previous article. starts is
// changed in place.
func refineBoundaries(starts []int, units [][]string, dup []int, bonus []float64, cued []bool) {
	vec := func(from, to, skip int) map[string]float64 {
		m := map[string]float64{}
		for k := from; k < to; k++ {
			if k == skip {
				continue
			}
			for _, t := range units[k] {
				m[t]++
			}
		}
		return m
	}
	unit := func(k int) map[string]float64 { return vec(k, k+1, -1) }
	movable := func(at int) bool {
		return bonus == nil || bonus[at] > noStartBonus/2 && bonus[at] < loneHeadlineBonus && !cued[at]
	}
	for k := 1; k < len(starts); k++ {
		if !movable(starts[k]) {
			continue
		}
		from := starts[k-1]
		to := len(units)
		if k+1 < len(starts) {
			to = starts[k+1]
		}
		at := starts[k]
		// Earlier: the last paragraph of the previous piece belongs after.
		for step := 0; step < 2 && at-1 > from; step++ {
			u := at - 1
			if !movable(u) || holdsRepeat(dup, u, to) {
				break
			}
			if cosine(unit(u), vec(at, to, -1)) <= cosine(unit(u), vec(from, at, u)) {
				break
			}
			at = u
		}
		if at == starts[k] {
			// Later: the first paragraph of this piece belongs before.
			for step := 0; step < 2 && at+1 < to; step++ {
				u := at
				if !movable(u+1) || holdsRepeat(dup, from, u+1) {
					break
				}
				if cosine(unit(u), vec(from, at, -1)) <= cosine(unit(u), vec(at, to, u)) {
					break
				}
				at = u + 1
			}
		}
		starts[k] = at
	}
}

// Near repeats: a paragraph of at least nearRepeatWords words whose word
// 4-grams are, for at least nearRepeatShare of them, in one earlier
// paragraph repeats it (the same wire paragraph in two versions of a
// story, with a quote mark or an attribution changed). List items are
// matched exactly only: lists repeat a template with other names.
const (
	nearRepeatWords = 10
	nearRepeatShare = 0.8
)

// repeats returns for every paragraph key (normalised text; "" for
// paragraphs too short to count) the index of the latest earlier
// paragraph it repeats exactly or nearly, or -1. list[i] marks list items.
func repeats(keys []string, list []bool) []int {
	dup := make([]int, len(keys))
	grams := map[string][]int{} // 4-gram → paragraphs holding it, ascending
	for k, key := range keys {
		dup[k] = -1
		w := strings.Fields(key)
		seen := map[string]bool{}
		for i := 0; i+4 <= len(w); i++ {
			seen[strings.Join(w[i:i+4], " ")] = true
		}
		if len(w) >= nearRepeatWords && len(seen) > 0 && !list[k] {
			hits := map[int]int{}
			for g := range seen {
				for _, j := range grams[g] {
					hits[j]++
				}
			}
			for j, h := range hits {
				if float64(h) >= nearRepeatShare*float64(len(seen)) && j > dup[k] {
					dup[k] = j
				}
			}
		} else if key != "" {
			for j := k - 1; j >= 0; j-- {
				if keys[j] == key {
					dup[k] = j
					break
				}
			}
		}
		for g := range seen {
			grams[g] = append(grams[g], k)
		}
	}
	return dup
}

// ledeEcho: a paragraph this similar (cosine of terms) to the first
// paragraph of the piece before it restates that lede.
const (
	ledeEcho       = 0.4
	ledeEchoBefore = 12 // paragraphs searched before the boundary
)

// restartAtLede handles boundaries between two versions of one story, as
// aggregator dumps hold them: the later piece repeats a paragraph of the
// earlier, so the lexical model has little to go on. Where the second
// version starts its lede is told again: the boundary moves back to the
// paragraph most like the previous piece's first paragraph, if one is
// alike enough and no paragraph and its repeat end up together (the
// repeat rule places such a boundary as late as it may).
func restartAtLede(starts []int, units [][]string, dup []int, cued []bool) {
	count := func(k int) map[string]float64 {
		m := map[string]float64{}
		for _, t := range units[k] {
			m[t]++
		}
		return m
	}
	for k := 1; k < len(starts); k++ {
		at, from := starts[k], starts[k-1]
		to := len(units)
		if k+1 < len(starts) {
			to = starts[k+1]
		}
		if cued[at] || !(dup[at] >= from || repeatsAcross(dup, from, at, to)) {
			continue
		}
		lede := count(from)
		best, bestSim := at, max(ledeEcho, cosine(count(at), lede))
		for u := max(from+2, at-ledeEchoBefore); u < at; u++ {
			if cued[u] || holdsRepeat(dup, from, u) || holdsRepeat(dup, u, to) {
				continue
			}
			if sim := cosine(count(u), lede); sim > bestSim {
				best, bestSim = u, sim
			}
		}
		starts[k] = best
	}
}
