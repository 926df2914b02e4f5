package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/gender"
)

// CountGenders adds to c the evidence in one document for `sitrep train
// genders`: for each two- or three-word capitalised name not at a sentence
// start, a Mr/Mrs/Ms/Miss before it, else the first he/his/him or
// she/her/hers in the rest of its sentence and the next one, unless another
// capitalised name comes first. The first word of the name is counted.
func CountGenders(c gender.Counts, text string) {
	toks := tokenize(text, 0, len(text))
	for i := 1; i+1 < len(toks); i++ {
		t := toks[i]
		if !t.upper || !t.word || toks[i-1].upper && toks[i-1].word && !titles[toks[i-1].lower] || !sentenceInner(text, toks, i) {
			continue
		}
		if titles[t.lower] || nonPersonWords[t.lower] || !isFirstNameShape(t.text) {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= 3 && toks[j].upper && toks[j].word && toks[j].start-toks[j-1].end == 1 {
			j++
		}
		if j-i < 2 || j-i > 3 {
			continue
		}
		// "Mrs. Hillary Clinton": the title tells
		if tg := titleBefore(toks, i); tg != 0 {
			c.Add(t.text, tg)
			i = j - 1
			continue
		}
		sentences := 0
		for k := j; k < len(toks) && k-j < 60; k++ {
			tk := toks[k]
			if !tk.word {
				if sentenceEnd(text, tk.start) {
					if sentences++; sentences == 2 {
						break
					}
				}
				continue
			}
			if tk.upper && k+1 < len(toks) && toks[k+1].upper && toks[k+1].word && toks[k+1].start-tk.end == 1 {
				break // another name
			}
			g := gender.Pronoun(tk.lower)
			if g == 0 {
				continue
			}
			c.Add(t.text, g)
			break
		}
		i = j - 1
	}
}

// titleBefore returns the gender of a Mr/Mrs/Ms/Miss just before token i.
func titleBefore(toks []token, i int) byte {
	k := i - 1
	if k > 0 && toks[k].text == "." {
		k--
	}
	switch toks[k].lower {
	case "mr", "mr.":
		return 'm'
	case "mrs", "mrs.", "ms", "ms.", "miss":
		return 'f'
	}
	return 0
}

// sentenceInner reports whether token i does not open a sentence.
func sentenceInner(text string, toks []token, i int) bool {
	p := toks[i-1]
	return p.word || !(sentenceEnd(text, p.start) || p.text == "\"" || p.text == "“")
}

func isFirstNameShape(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 12 {
		return false
	}
	for i, r := range s {
		if i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
