package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of the input with its byte range and surface features.
type line struct {
	start, end int    // byte range in the input, without the newline
	no         int    // 1-based line number
	text       string // trimmed content
	key        string // normalised for repetition counting
	words      int
	kind       kind
	repeats    int // how many lines of the dump share key
}

// kind is what a line was classified as.
type kind uint8

const (
	kindBlank     kind = iota
	kindBody           // article text
	kindChrome         // navigation, promos, widgets, ad slots
	kindHeadline       // an article title
	kindCaption        // a repeated photo caption
	kindMeta           // outlet, date or byline line
	kindSeparator      // a rule such as "-----" or "* * *"
	kindFooter         // attribution footer ("Additional reporting by ...")
)

func (k kind) String() string {
	return [...]string{"blank", "body", "chrome", "headline", "caption", "meta", "separator", "footer"}[k]
}

// splitLines cuts text into lines, keeping byte offsets.
func splitLines(text string) []line {
	var out []line
	start, no := 0, 1
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		next := 0
		if end < 0 {
			end = len(text)
			next = len(text) + 1
		} else {
			end += start
			next = end + 1
		}
		raw := text[start:end]
		lead := len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
		trimmed := strings.TrimSpace(raw)
		l := line{start: start + lead, end: start + lead + len(trimmed), no: no, text: trimmed}
		l.key = normKey(trimmed)
		l.words = len(strings.Fields(trimmed))
		out = append(out, l)
		start = next
		no++
	}
	return out
}

// normKey lowercases s and keeps only letters and digits, single-spaced, so
// that repeated lines match despite punctuation and spacing differences.
func normKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

// endsSentence reports whether s ends like a finished sentence: a full
// stop, question or exclamation mark, possibly inside closing quotes or
// brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// startsUpper reports whether the first letter or digit of s is upper case
// or a digit.
func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// letterShare is the share of runes in s that are letters.
func letterShare(s string) float64 {
	var letters, all int
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		all++
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if all == 0 {
		return 0
	}
	return float64(letters) / float64(all)
}
