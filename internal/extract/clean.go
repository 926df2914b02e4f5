package extract

import (
	"strings"
	"unicode"
)

// Block filter settings, chosen on the extraction set as round values in
// a flat region (0.6–0.8 link density score alike; docs/quality.md).
const (
	// teaserLinkDensity: a block with at least this share of its text in
	// links is a teaser, a related-links entry or navigation.
	teaserLinkDensity = 0.8
	// longBlockWords: a paragraph this long is article text.
	longBlockWords = 25
	// sentenceBlockWords: a shorter block that ends like a sentence and has
	// this many words is article text too (table rows, short paragraphs).
	sentenceBlockWords = 8
	// textLinkDensity: article text has less than this share in links.
	textLinkDensity = 0.3
)

func linkDensity(b block) float64 { return float64(b.linkRune) / float64(max(1, b.runes)) }

// cleanBlocks keeps the blocks of the article body: it drops the title and
// headings before the first paragraph (the body starts after them), link-
// dense blocks anywhere (teasers, "related" lists, share bars) unless the
// block is a bare address the author pasted, and headings after the last
// block that reads as article text (headings of teaser lists and widgets).
func cleanBlocks(bs []block, title string) []block {
	keep := make([]bool, len(bs))
	for i := range keep {
		keep[i] = true
	}
	for i, b := range bs {
		if !b.heading && !sameText(b.text, title) {
			break
		}
		keep[i] = false
	}
	for i, b := range bs {
		if linkDensity(b) >= teaserLinkDensity && !isURL(b.text) {
			keep[i] = false
		}
	}
	lastText := -1
	for i, b := range bs {
		if keep[i] && isText(b) {
			lastText = i
		}
	}
	if lastText >= 0 {
		for i := lastText + 1; i < len(bs); i++ {
			if bs[i].heading {
				keep[i] = false
			}
		}
	}
	var out []block
	for i, b := range bs {
		if keep[i] {
			out = append(out, b)
		}
	}
	return out
}

// isText: a block that reads as article text, not a heading or a link.
func isText(b block) bool {
	if b.heading || linkDensity(b) >= textLinkDensity {
		return false
	}
	return b.words >= longBlockWords || b.words >= sentenceBlockWords && endsSentence(b.text)
}

func blocksText(bs []block) string {
	var lines []string
	for _, b := range bs {
		lines = append(lines, b.text)
	}
	return strings.Join(lines, "\n")
}

func sameText(a, b string) bool {
	na, nb := normWords(a), normWords(b)
	return na != "" && na == nb
}

// normWords lowercases s and keeps its letter and digit runs, one space
// apart.
func normWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "。")
}

// isURL: the block is a bare web address, pasted by the author, not the
// headline of a teaser.
func isURL(s string) bool {
	s = strings.TrimSpace(s)
	return !strings.ContainsAny(s, " \t") && (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www."))
}
