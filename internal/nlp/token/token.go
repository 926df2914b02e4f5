package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// Tokenize returns the tokens of text in order, each with its text and byte
// span. Annotation fields other than Text and Span are left empty.
func Tokenize(text string) []doc.Token {
	toks := make([]doc.Token, 0, len(text)/5+1)
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isSpace(r) {
				break
			}
			j += n
		}
		toks = splitChunk(toks, text, i, j)
		i = j
	}
	return toks
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\u200b' || r == '\ufeff' || unicode.IsSpace(r)
}

func emit(toks []doc.Token, text string, a, b int) []doc.Token {
	return append(toks, doc.Token{Text: text[a:b], Span: doc.Span{Start: a, End: b}})
}

// splitChunk tokenizes one whitespace-free stretch text[a:b].
func splitChunk(toks []doc.Token, text string, a, b int) []doc.Token {
	// Leading openers and currency symbols.
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if a+n == b {
			break
		}
		if r == '\'' || r == '’' {
			if keepsLeadingApostrophe(text[a+n : b]) {
				break
			}
			toks = emit(toks, text, a, a+n)
			a += n
			continue
		}
		if isOpener(r) || isCurrency(r) {
			toks = emit(toks, text, a, a+n)
			a += n
			continue
		}
		break
	}
	// Trailing punctuation, collected right to left.
	var tail [][2]int
	for a < b {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		switch {
		case r == '.':
			k := b
			for k > a && text[k-1] == '.' {
				k--
			}
			if b-k == 1 && k > a && isAbbreviation(text[a:b]) {
				goto core
			}
			if k == a && b-k == 1 {
				goto core
			}
			tail = append(tail, [2]int{k, b})
			b = k
		case r == '!' || r == '?':
			k := b
			for k > a && (text[k-1] == '!' || text[k-1] == '?') {
				k--
			}
			if k == a {
				goto core
			}
			tail = append(tail, [2]int{k, b})
			b = k
		case r == '…' || r == ',' || r == ';' || r == ':' || isCloser(r):
			if b-n == a {
				goto core
			}
			tail = append(tail, [2]int{b - n, b})
			b -= n
		case r == '%':
			if b-n > a {
				p, _ := utf8.DecodeLastRuneInString(text[a : b-n])
				if unicode.IsDigit(p) {
					tail = append(tail, [2]int{b - n, b})
					b -= n
					continue
				}
			}
			goto core
		default:
			goto core
		}
	}
core:
	if a < b {
		toks = splitCore(toks, text, a, b)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		toks = emit(toks, text, tail[k][0], tail[k][1])
	}
	return toks
}

// splitCore tokenizes a chunk stripped of outer punctuation.
func splitCore(toks []doc.Token, text string, a, b int) []doc.Token {
	s := text[a:b]
	if isURL(s) || isEmail(s) || isTagOrHandle(s) || isNumber(s) || isAbbreviation(s) {
		return emit(toks, text, a, b)
	}
	if k := numberUnit(s); k > 0 {
		// 375mm, 45p, $1.13bn: the number and its unit are two tokens.
		toks = emit(toks, text, a, a+k)
		return emit(toks, text, a+k, b)
	}
	// Split at inner separators: dashes, hyphens after non-prefixes,
	// commas and semicolons between words, ellipses.
	start := a
	i := a
	for i < b {
		r, n := utf8.DecodeRuneInString(text[i:b])
		sepEnd := 0
		switch {
		case r == '-':
			k := i
			for k < b && text[k] == '-' {
				k++
			}
			if k-i >= 2 || r == '-' && splitsHyphen(text, start, i, k, b) {
				sepEnd = k
			}
		case r == '–' || r == '—' || r == '…':
			sepEnd = i + n
		case r == '.' && i+1 < b && text[i+1] == '.':
			k := i
			for k < b && text[k] == '.' {
				k++
			}
			sepEnd = k
		case r == '/' && i > start && i+n < b:
			p, _ := utf8.DecodeLastRuneInString(text[start:i])
			q, _ := utf8.DecodeRuneInString(text[i+n : b])
			if unicode.IsLetter(p) && unicode.IsLetter(q) {
				sepEnd = i + n // and/or, see/hear
			}
		case (r == ',' || r == ';') && i > start && i+n < b:
			p, _ := utf8.DecodeLastRuneInString(text[start:i])
			q, _ := utf8.DecodeRuneInString(text[i+n : b])
			if !(unicode.IsDigit(p) && unicode.IsDigit(q)) {
				sepEnd = i + n
			}
		}
		if sepEnd > 0 && (i > start || sepEnd < b) {
			if i > start {
				toks = splitClitics(toks, text, start, i)
			}
			toks = emit(toks, text, i, sepEnd)
			start = sepEnd
			i = sepEnd
			continue
		}
		i += n
	}
	if start < b {
		toks = splitClitics(toks, text, start, b)
	}
	return toks
}

// hyphenPrefixes are the prefixes UD English keeps joined to the rest of the
// word (e-mail, non-profit, co-workers).
var hyphenPrefixes = map[string]bool{
	"e": true, "non": true, "pre": true, "re": true, "mid": true, "post": true, "co": true,
	"pro": true, "multi": true, "ex": true, "sub": true, "semi": true, "anti": true, "neo": true,
	"cross": true, "micro": true, "vice": true, "un": true, "intra": true, "counter": true,
	"socio": true, "inter": true, "self": true, "x": true, "t": true, "u": true,
}

// splitsHyphen reports whether the single hyphen text[i:k] inside the word
// text[start:end] separates two tokens.
func splitsHyphen(text string, start, i, k, end int) bool {
	if i == start || k == end {
		return false
	}
	left := text[start:i]
	p, _ := utf8.DecodeLastRuneInString(left)
	q, _ := utf8.DecodeRuneInString(text[k:end])
	if !unicode.IsLetter(p) || !unicode.IsLetter(q) {
		return false // phone numbers, F-16, COVID-19
	}
	return !hyphenPrefixes[strings.ToLower(left)]
}

// contractions maps whole words UD English splits in two to the length of
// the first part.
var contractions = map[string]int{
	"cannot": 3, "gonna": 3, "gotta": 3, "wanna": 3, "gimme": 3, "lemme": 3,
}

var negStems = map[string]int{"can": 2, "won": 2, "ain": 2, "shan": 3}

// splitClitics emits text[a:b], splitting off n't, 's, 're, 've, 'll, 'd, 'm.
func splitClitics(toks []doc.Token, text string, a, b int) []doc.Token {
	w := text[a:b]
	lw := strings.ToLower(w)
	if k, ok := contractions[lw]; ok {
		toks = emit(toks, text, a, a+k)
		return emit(toks, text, a+k, b)
	}
	for _, neg := range [...]string{"n't", "n’t"} {
		if len(lw) > len(neg) && strings.HasSuffix(lw, neg) {
			stem := len(w) - len(neg)
			if k, ok := negStems[lw[:stem+1]]; ok && lw[stem] == 'n' {
				// can't -> ca n't, won't -> wo n't
				toks = emit(toks, text, a, a+k)
				return emit(toks, text, a+k, b)
			}
			toks = emit(toks, text, a, a+stem)
			return emit(toks, text, a+stem, b)
		}
	}
	for _, ap := range [...]string{"'", "’"} {
		i := strings.LastIndex(lw, ap)
		if i <= 0 {
			continue
		}
		switch lw[i+len(ap):] {
		case "s", "re", "ve", "ll", "d", "m":
			toks = emit(toks, text, a, a+i)
			return emit(toks, text, a+i, b)
		}
	}
	return emit(toks, text, a, b)
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '{', '<', '„', '‹', '¿', '¡':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '}', '>', '›':
		return true
	}
	return false
}

func isCurrency(r rune) bool {
	return r == '$' || r == '£' || r == '€' || r == '¥' || r == '₹' || r == '₽' || r == '₩' || r == '₪' || r == '¢'
}

// keepsLeadingApostrophe reports whether an apostrophe before rest belongs to
// the word: the clitics 's 're ..., 'em, 'til and decades like '90s.
func keepsLeadingApostrophe(rest string) bool {
	l := strings.ToLower(rest)
	switch l {
	case "s", "re", "ve", "ll", "d", "m", "em", "til", "tis", "twas", "n":
		return true
	}
	if len(l) >= 2 && l[0] >= '0' && l[0] <= '9' && l[1] >= '0' && l[1] <= '9' {
		return true
	}
	return false
}

// abbreviations are words that keep their final period, without it, in
// lower case. Titles never end a sentence; the others may.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "cpl": true, "maj": true, "adm": true, "cmdr": true,
	"gov": true, "sen": true, "rep": true, "reps": true, "rev": true, "st": true, "mt": true,
	"ft": true, "pres": true, "supt": true, "atty": true, "messrs": true, "mme": true, "mlle": true,
	"no": true, "nos": true, "fig": true, "vs": true, "e.g": true, "i.e": true, "cf": true,
	"hon": true, "brig": true, "insp": true, "det": true, "pvt": true, "sens": true,
}

var otherAbbreviations = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "llc": true, "plc": true, "bros": true,
	"jr": true, "sr": true, "etc": true, "al": true, "approx": true, "est": true, "dept": true,
	"univ": true, "ave": true, "blvd": true, "rd": true, "hwy": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"calif": true, "conn": true, "fla": true, "ariz": true, "ill": true, "mass": true,
	"mich": true, "minn": true, "okla": true, "ore": true, "tenn": true, "wash": true,
	"wis": true, "colo": true, "ga": true, "ala": true, "ark": true, "del": true, "kan": true,
	"ky": true, "la": true, "md": true, "miss": true, "mo": true, "mont": true, "neb": true,
	"nev": true, "va": true, "vt": true, "wyo": true, "pa": true, "penn": true, "ind": true,
	"intl": true, "govt": true, "min": true, "max": true, "mln": true, "bln": true, "yr": true,
	"yrs": true, "hrs": true, "mins": true, "pp": true, "vol": true, "ed": true, "eds": true,
}

// isAbbreviation reports whether w, ending in a period, is an abbreviation
// that keeps the period: a listed word or a run of single letters with
// periods (U.S., e.g., a.m., J.).
func isAbbreviation(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	stem := strings.ToLower(w[:len(w)-1])
	if titles[stem] || otherAbbreviations[stem] {
		return true
	}
	return isLetterDots(w)
}

// isLetterDots matches ([A-Za-z]\.)+ .
func isLetterDots(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// isTitle reports whether tok is an abbreviation that never ends a sentence.
func isTitle(tok string) bool {
	if len(tok) < 2 || tok[len(tok)-1] != '.' {
		return false
	}
	return titles[strings.ToLower(tok[:len(tok)-1])]
}

var tlds = []string{".com", ".org", ".net", ".gov", ".edu", ".int", ".mil", ".io", ".co.uk", ".uk", ".de", ".fr", ".ru", ".cn", ".info", ".biz", ".ly", ".us", ".ca", ".au", ".in", ".jp"}

func isURL(s string) bool {
	l := strings.ToLower(s)
	if strings.Contains(l, "://") || strings.HasPrefix(l, "www.") {
		return true
	}
	host := l
	if i := strings.IndexByte(host, '/'); i > 0 {
		host = host[:i]
	}
	if !strings.Contains(host, ".") {
		return false
	}
	for _, t := range tlds {
		if strings.HasSuffix(host, t) && len(host) > len(t) {
			for _, r := range host {
				if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-') {
					return false
				}
			}
			return true
		}
	}
	return false
}

func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.Contains(s[at+1:], ".") && !strings.ContainsAny(s, "()[]\"'")
}

func isTagOrHandle(s string) bool {
	if len(s) < 2 || s[0] != '@' && s[0] != '#' {
		return false
	}
	for _, r := range s[1:] {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') {
			return false
		}
	}
	return true
}

// numberUnit returns the length of the number in a number followed by a
// unit of letters (375mm, 6.2bn), or 0.
func numberUnit(s string) int {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || i > 0 && (s[i] == '.' || s[i] == ',') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9') {
		i++
	}
	if i == 0 || i == len(s) {
		return 0
	}
	for j := i; j < len(s); j++ {
		if !(s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
			return 0
		}
	}
	return i
}

// isNumber matches digits with inner . , : / - separators: 1,000.50, 12:30,
// 9/11, 713-853-3989, and ordinals or decades such as 3rd and 1990s.
func isNumber(s string) bool {
	if s == "" || !(s[0] >= '0' && s[0] <= '9' || (s[0] == '-' || s[0] == '+' || s[0] == '.') && len(s) > 1 && s[1] >= '0' && s[1] <= '9') {
		return false
	}
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if letters > 0 {
				return false
			}
		case c == '.' || c == ',' || c == ':' || c == '/' || c == '-' || c == '+':
			if letters > 0 {
				return false
			}
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		default:
			return false
		}
	}
	if letters == 0 {
		return true
	}
	l := strings.ToLower(s)
	for _, suf := range [...]string{"st", "nd", "rd", "th", "s"} {
		if strings.HasSuffix(l, suf) && len(l)-len(suf) > 0 && l[len(l)-len(suf)-1] >= '0' && l[len(l)-len(suf)-1] <= '9' && letters == len(suf) {
			return true
		}
	}
	return false
}

// Normalize lower-cases w and folds digits so that numbers share features.
func Normalize(w string) string {
	hasDigit := false
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			hasDigit = true
			break
		}
	}
	if !hasDigit {
		return strings.ToLower(w)
	}
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isDigits(w) {
		return "!year"
	}
	b := []byte(strings.ToLower(w))
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
