package truecase

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleMinor are the words a title-case headline leaves in lower case past
// its first word (articles, short conjunctions and prepositions).
var titleMinor = map[string]bool{"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true,
	"for": true, "so": true, "yet": true, "as": true, "at": true, "by": true, "in": true, "of": true, "off": true,
	"on": true, "per": true, "to": true, "up": true, "via": true, "vs": true}

// TitleCase writes a sentence's words as a title-case headline does: every
// word in lower-case letters capitalised, except the minor words past the
// first. Other words (names, numbers, punctuation, words in capitals) stay
// as they are. It is Restore's opposite: evaluations use it to test how
// well the models read headlines, and the recognizer's training to write
// headline copies of its sentences.
func TitleCase(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		if w == "" || (i > 0 && titleMinor[w]) || strings.ToLower(w) != w {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) {
			out[i] = string(unicode.ToUpper(r)) + w[n:]
		}
	}
	return out
}
