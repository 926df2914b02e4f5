package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, with inner apostrophes ("o'clock") or dots ("a.m.")
	tNum                  // digits, possibly with inner : / . , and trailing letters ("23rd", "1990s")
	tPunct                // any other single character
)

// token is one word, number or punctuation mark of the text.
type token struct {
	start, end int
	kind       tokKind
	low        string // lower-cased text
	cap        bool   // first letter is upper case
	space      bool   // preceded by white space (or start of text)
	brk        bool   // preceded by a paragraph break (blank line)
}

// tokenize splits text into tokens with byte offsets. It appends to buf to
// let callers reuse memory.
func tokenize(text string, buf []token, lowBuf []byte) []token {
	toks := buf[:0]
	space, brk := true, false
	newlines := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			if c == '\n' {
				newlines++
				if newlines >= 2 {
					brk = true
				}
			}
			space = true
			i++
			continue
		}
		var r rune
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
		} else {
			r = rune(c)
		}
		start := i
		var t token
		switch {
		case isDigit(c):
			j := i + 1
			for j < len(text) {
				d := text[j]
				if isDigit(d) {
					j++
					continue
				}
				if (d == ':' || d == '/' || d == '.' || d == ',') && j+1 < len(text) && isDigit(text[j+1]) {
					j += 2
					continue
				}
				break
			}
			// ISO dates 2025-03-14 are one token.
			if j-i == 4 && j+6 <= len(text) && text[j] == '-' && isDigit(text[j+1]) && isDigit(text[j+2]) && text[j+3] == '-' && isDigit(text[j+4]) && isDigit(text[j+5]) && (j+6 == len(text) || !isDigit(text[j+6])) {
				j += 6
			}
			// Trailing letters: 23rd, 1990s, 5pm.
			for j < len(text) && isASCIILetter(text[j]) {
				j++
			}
			t = token{start: start, end: j, kind: tNum}
			i = j
		case r < utf8.RuneSelf && isASCIILetter(c) || r >= utf8.RuneSelf && unicode.IsLetter(r):
			j := i + size
			for j < len(text) {
				d := text[j]
				if d < utf8.RuneSelf {
					if isASCIILetter(d) {
						j++
						continue
					}
					// a.m., p.m., U.S.: a dot followed by a letter and a dot.
					if d == '.' && j+2 < len(text) && isASCIILetter(text[j+1]) && text[j+2] == '.' && j-i <= 2 {
						j += 3
						continue
					}
					// o'clock, New Year's is split: only o' joins.
					if d == '\'' && j-i == 1 && (text[i] == 'o' || text[i] == 'O') && j+1 < len(text) && isASCIILetter(text[j+1]) {
						j++
						continue
					}
					break
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += s2
			}
			t = token{start: start, end: j, kind: tWord, cap: unicode.IsUpper(r)}
			i = j
		default:
			t = token{start: start, end: i + size, kind: tPunct}
			i += size
		}
		t.space, t.brk = space, brk
		t.low, lowBuf = lowerInto(text[t.start:t.end], lowBuf)
		toks = append(toks, t)
		space, brk, newlines = false, false, 0
	}
	return toks
}

// lowerInto lower-cases s. ASCII text already in lower case is returned as
// is; other ASCII text is written to buf, whose capacity the caller sized to
// the whole text so that earlier strings stay valid; non-ASCII text is
// lower-cased by the standard library.
func lowerInto(s string, buf []byte) (string, []byte) {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s), buf
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return s, buf
	}
	if cap(buf)-len(buf) < len(s) {
		return lower(s), buf
	}
	start := len(buf)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return unsafe.String(&buf[start], len(s)), buf
}

// lower lower-cases s without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			if c >= utf8.RuneSelf {
				return strings.ToLower(s)
			}
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if 'A' <= b[k] && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				} else if b[k] >= utf8.RuneSelf {
					return strings.ToLower(s)
				}
			}
			return string(b)
		}
	}
	return s
}

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// digitsPrefix splits a number token's text into its leading digits and the
// rest ("23rd" -> "23", "rd").
func digitsPrefix(s string) (string, string) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return s[:i], s[i:]
}

// atoi parses a string of ASCII digits; ok is false for anything else.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
