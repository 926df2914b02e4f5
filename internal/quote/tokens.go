package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of the text, with its byte range.
type token struct {
	start, end int
	text       string
	lower      string
	word       bool // letters or digits
	upper      bool // a word starting with an upper-case letter
}

// tokenize splits text[from:to] into words and single punctuation marks.
// A word keeps internal apostrophes, hyphens, periods and ampersands
// ("Clinton’s", "Kelleher-Vergantini", "U.S", "AT&T").
func tokenize(text string, from, to int) []token {
	var toks []token
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if strings.ContainsRune("'’-.&", r2) && j+n2 < to {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			toks = append(toks, newToken(text, i, j, true))
			i = j
		default:
			toks = append(toks, newToken(text, i, i+n, false))
			i += n
		}
	}
	return toks
}

func newToken(text string, s, e int, word bool) token {
	t := token{start: s, end: e, text: text[s:e], word: word}
	t.lower = strings.ToLower(t.text)
	if word {
		r, _ := utf8.DecodeRuneInString(t.text)
		t.upper = unicode.IsUpper(r)
	}
	return t
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// abbreviations whose trailing period does not end a sentence.
var abbreviations = toSet("mr mrs ms dr sen rep gov gen lt col maj capt sgt adm st jr sr no inc co corp ltd vs rev prof pres sec dept jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c a.m p.m e.g i.e st fig ft mt")

// sentenceEnd reports whether the punctuation at byte i of text ends a
// sentence: a period, question or exclamation mark (after a word that is not
// an abbreviation or an initial), followed by space or a closing mark.
func sentenceEnd(text string, i int) bool {
	c := text[i]
	if c != '.' && c != '?' && c != '!' {
		return false
	}
	if c == '.' {
		// the word before the period
		j := i
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:j])
			if !isWordRune(r) && r != '.' {
				break
			}
			j -= n
		}
		w := strings.ToLower(text[j:i])
		if abbreviations[w] || (utf8.RuneCountInString(w) == 1 && w != "" && unicode.IsLetter([]rune(w)[0])) {
			return false
		}
	}
	k := i + 1
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if isQuoteGlyph(r) || r == ')' {
			k += n
			continue
		}
		return unicode.IsSpace(r)
	}
	return true
}

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isQuoteGlyph reports whether r is a double or single quotation mark.
func isQuoteGlyph(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘', '’', '\'', '‹', '›', '‚':
		return true
	}
	return false
}

// isDoubleQuote reports whether r is a double quotation mark.
func isDoubleQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

// ContainsQuoteMarks reports whether s contains quotation marks: any double
// quotation mark, or a single one that opens a word (‘word or 'word) or
// closes one before a non-letter (word’ or word' followed by space or
// punctuation, not a possessive s'). Scorers use it to tell direct and mixed
// quotes from reported speech.
func ContainsQuoteMarks(s string) bool {
	if strings.Contains(s, "''") || strings.Contains(s, "``") {
		return true
	}
	prev := ' '
	for i, r := range s {
		if isDoubleQuote(r) {
			return true
		}
		if r == '‘' || r == '\'' || r == '’' {
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if i+utf8.RuneLen(r) >= len(s) {
				next = ' '
			}
			if (r == '‘' || r == '\'') && !isWordRune(prev) && isWordRune(next) && !unicode.IsDigit(next) {
				return true
			}
		}
		prev = r
	}
	return false
}
