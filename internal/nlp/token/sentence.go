package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// Sentences tokenizes text and splits it into sentences.
func Sentences(text string) []doc.Sentence {
	return Split(text, Tokenize(text))
}

// Split groups toks, the tokens of text in order, into sentences. Each
// sentence's Span runs from its first token's start to its last token's end.
func Split(text string, toks []doc.Token) []doc.Sentence {
	var out []doc.Sentence
	start := 0
	flush := func(end int) {
		if end <= start {
			return
		}
		s := doc.Sentence{
			Span:   doc.Span{Start: toks[start].Span.Start, End: toks[end-1].Span.End},
			Tokens: toks[start:end:end],
		}
		out = append(out, s)
		start = end
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i].Text
		if i+1 == len(toks) {
			break
		}
		gap := text[toks[i].Span.End:toks[i+1].Span.Start]
		if blankLine(gap) {
			flush(i + 1)
			continue
		}
		switch {
		case isTerminal(t):
			// Take along the closing quotes and brackets that follow
			// without a space.
			j := i + 1
			for j < len(toks) && toks[j].Span.Start == toks[j-1].Span.End && closes(toks[j].Text) {
				j++
			}
			if j == len(toks) {
				i = j - 1
				continue
			}
			nextGap := text[toks[j-1].Span.End:toks[j].Span.Start]
			if startsSentence(toks[j].Text) || strings.Contains(nextGap, "\n") {
				flush(j)
				i = j - 1
			}
		case len(t) > 1 && t[len(t)-1] == '.' && isAbbreviation(t):
			if isTitle(t) {
				continue
			}
			next := toks[i+1].Text
			if strings.Contains(gap, "\n") && !startsLower(next) || sentenceStarters[next] {
				flush(i + 1)
			}
		case strings.Contains(gap, "\n"):
			// A line that ends without final punctuation: a headline,
			// caption or dateline, unless the text plainly runs on.
			if !startsLower(toks[i+1].Text) && !continues(t) {
				flush(i + 1)
			}
		}
	}
	flush(len(toks))
	return out
}

// blankLine reports whether the whitespace gap holds an empty line.
func blankLine(gap string) bool {
	first := strings.IndexByte(gap, '\n')
	if first < 0 {
		return false
	}
	return strings.Contains(gap[first+1:], "\n")
}

func isTerminal(t string) bool {
	if t == "…" {
		return true
	}
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; c != '.' && c != '!' && c != '?' {
			return false
		}
	}
	return true
}

// closes reports whether t, written right after a sentence's final
// punctuation, closes a quotation or bracket.
func closes(t string) bool {
	switch t {
	case "”", "’", "»", ")", "]", "}", "'", "›", `"`:
		return true
	}
	return false
}

// startsSentence reports whether a token can begin a new sentence after final
// punctuation: anything but a lower-case word or a continuing mark.
func startsSentence(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsLower(r) {
		return false
	}
	switch t {
	case ",", ";", ":", ")", "]", "}", "%", "-", "--":
		return false
	}
	return true
}

func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// continues reports whether a line ending in t plainly runs on to the next.
func continues(t string) bool {
	switch t {
	case ",", ";", ":", "-", "–", "—", "(", "[", "&", "/",
		"the", "a", "an", "of", "and", "or", "to", "in", "for", "with", "on", "at", "by", "from", "as", "that", "but", "is", "was", "are", "were":
		return true
	}
	return false
}

// sentenceStarters are capitalised words that, after an abbreviation that
// may end a sentence (Inc., U.S.), show that a new sentence began.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "You": true, "But": true, "And": true, "In": true, "This": true, "That": true,
	"These": true, "Those": true, "There": true, "His": true, "Her": true, "Their": true, "Its": true,
	"Our": true, "On": true, "At": true, "For": true, "As": true, "If": true, "When": true,
	"While": true, "After": true, "Before": true, "However": true, "Meanwhile": true, "Still": true,
	"Yet": true, "So": true, "Some": true, "Many": true, "What": true, "Who": true, "Why": true,
	"How": true, "Officials": true, "Police": true, "According": true, "Earlier": true, "Later": true,
	"Last": true, "Now": true, "Then": true, "Since": true, "Although": true, "Despite": true,
	"No": true, "Not": true, "One": true, "Two": true, "Both": true, "Each": true, "Most": true,
	"Such": true, "Under": true, "With": true, "By": true, "From": true, "To": true, "Also": true,
}
