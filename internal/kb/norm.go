package kb

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// articlePrefixes are Arabic definite articles as commonly transliterated.
// They are dropped from a name's key when another word follows.
var articlePrefixes = map[string]bool{"al": true, "el": true, "ul": true}

// Norm returns the matching key of a name: lower case, no diacritics, no
// punctuation, no leading "the", Arabic articles dropped, and each word
// folded by foldWord so that transliteration variants meet
// (Zelensky/Zelenskyy/Zelenskiy, al-Qurayshi/al-Quraishi, Qaeda/Qaida).
func Norm(name string) string {
	words := splitWords(name)
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	out := words[:0]
	for i, w := range words {
		if articlePrefixes[w] && i+1 < len(words) {
			continue
		}
		out = append(out, foldWord(w))
	}
	return strings.Join(out, " ")
}

// splitWords lower-cases, strips diacritics and splits on anything that is
// not a letter or digit. Apostrophes and dots are removed without splitting
// (Da'esh → daesh, U.S. → us).
func splitWords(s string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '\'' || r == '’' || r == '‘' || r == '.' || r == 'ʼ' || r == '`':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(foldLetter(r)))
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}

// foldLetter maps letters that NFD does not decompose to a Latin base.
func foldLetter(r rune) rune {
	switch r {
	case 'ø', 'Ø':
		return 'o'
	case 'ł', 'Ł':
		return 'l'
	case 'ı':
		return 'i'
	case 'đ', 'Đ':
		return 'd'
	case 'ß':
		return 's'
	case 'æ', 'Æ':
		return 'a'
	}
	return r
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// foldWord reduces one lower-case word to a transliteration skeleton:
// doubled letters single, "qu" before a vowel → "q", "ae"/"ay"/"ai"/"ei" →
// "ai", vowel+"y" before a consonant → vowel+"i", and word-final
// "iy"/"yi"/"ii"/"ij"/"yj"/"i" after "sk" → "y" (Zelenskiy, Zelenski).
// Words of three letters or fewer are left alone (acronyms).
func foldWord(w string) string {
	if len(w) <= 3 {
		return w
	}
	b := []byte(w)
	var out []byte
	for i := 0; i < len(b); i++ {
		c := b[i]
		if len(out) > 0 && out[len(out)-1] == c && c < 0x80 {
			continue // doubled letter
		}
		if c == 'q' && i+2 < len(b) && b[i+1] == 'u' && isVowel(b[i+2]) {
			out = append(out, 'q')
			i++
			continue
		}
		if c == 'y' && i > 0 && isVowel(b[i-1]) && i+1 < len(b) && !isVowel(b[i+1]) && b[i+1] != 'y' {
			out = append(out, 'i')
			continue
		}
		if (c == 'e' || c == 'i') && i > 0 && b[i-1] == 'a' && i+1 < len(b) {
			out = append(out, 'i')
			continue
		}
		out = append(out, c)
	}
	s := string(out)
	for _, suf := range []string{"iy", "yi", "ij", "yj", "ii"} {
		if strings.HasSuffix(s, suf) && len(s) > 4 {
			return s[:len(s)-len(suf)] + "y"
		}
	}
	if strings.HasSuffix(s, "ski") || strings.HasSuffix(s, "tski") {
		return s[:len(s)-1] + "y"
	}
	return s
}
