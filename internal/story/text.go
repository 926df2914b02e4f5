package story

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token of an article as the story stage sees it.
type word struct {
	text    string // as written
	lower   string // lower-cased form
	capital bool   // starts with an upper-case letter
	initial bool   // first word of a sentence (capitalisation says little)
	numeric bool   // contains a digit
}

// words splits text into letter/digit runs. Apostrophes and decimal points
// inside a run are kept ("o'brien", "6.1"); everything else separates.
// A word is sentence-initial after ., !, ?, a line break, or at the start.
func words(text string) []word {
	out := make([]word, 0, len(text)/6)
	initial := true
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			switch r {
			case '.', '!', '?', '\n', ':', ';':
				initial = true
			}
			i += size
			continue
		}
		start := i
		numeric := false
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				if unicode.IsDigit(r) {
					numeric = true
				}
				i += size
				continue
			}
			// Keep ' and . joined when a word rune follows on both sides
			// (o'brien, 6.1, u.s); a trailing one ends the word.
			if (r == '\'' || r == '’' || r == '.') && i+size < len(text) {
				next, _ := utf8.DecodeRuneInString(text[i+size:])
				if isWordRune(next) && (r != '.' || numeric || size == 1 && i-start == 1) {
					i += size
					continue
				}
			}
			break
		}
		tok := text[start:i]
		first, _ := utf8.DecodeRuneInString(tok)
		out = append(out, word{
			text:    tok,
			lower:   strings.ToLower(strings.ReplaceAll(tok, "’", "'")),
			capital: unicode.IsUpper(first),
			initial: initial,
			numeric: numeric,
		})
		initial = false
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// stem reduces an English word to a crude stem so that inflections share a
// term ("checks", "checked", "checking" -> "check"). It never needs to be a
// real word, only consistent.
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		return undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		return undouble(w[:n-2])
	case n > 4 && strings.HasSuffix(w, "es") && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// undouble drops a doubled final consonant ("stopp" -> "stop") and a final e
// is not restored: "rated" and "rating" both give "rat", which is enough.
func undouble(w string) string {
	n := len(w)
	if n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiousl", rune(w[n-1])) {
		return w[:n-1]
	}
	return strings.TrimSuffix(w, "e")
}

// months maps English month names and abbreviations to their number.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// year returns the year a token names (1900-2099) or 0.
func year(w string) int {
	if len(w) != 4 || (w[:2] != "19" && w[:2] != "20") {
		return 0
	}
	y, err := strconv.Atoi(w)
	if err != nil {
		return 0
	}
	return y
}

// stopwords are function words and reporting verbs that say nothing about
// which happening an article is about.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are aren't as at be
because been before being below between both but by can can't cannot could couldn't did didn't do does doesn't
doing don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her
here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself
let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own
same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves
then there there's these they they'd they'll they're they've this those through to too under until up very was
wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why
why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves said says say told
will just one two three four five six seven eight nine ten also mr mrs ms dr per via however since many much may
might must shall us yet still even well according new now last first like get got make made year years day days
week weeks time times people would could back going go goes went take took way around another`) {
		m[w] = true
	}
	return m
}()
