package quote

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// FirstNames gives the gender a first name implies, learned from unlabeled
// text by BuildFirstNames.
type FirstNames map[string]byte

// GenderCounts counts, per first name, the he/his/him and she/her pronouns
// that follow a "First Last" name before any other name.
type GenderCounts map[string][2]int

// AddText counts the evidence in one document: for each two- or three-word
// capitalised name not at a sentence start, a Mr/Mrs/Ms/Miss before it, else
// the first he/his/him or she/her/hers in the rest of its sentence and the
// next one, unless another capitalised name comes first. The first word of
// the name is counted.
func (c GenderCounts) AddText(text string) {
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
			v := c[t.text]
			if tg == 'm' {
				v[0]++
			} else {
				v[1]++
			}
			c[t.text] = v
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
			g := pronounGender[tk.lower]
			if g == 0 {
				continue
			}
			v := c[t.text]
			if g == 'm' {
				v[0]++
			} else {
				v[1]++
			}
			c[t.text] = v
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

// Names keeps the names seen with at least minCount gendered pronouns of
// which at least share are of one gender.
func (c GenderCounts) Names(minCount int, share float64) FirstNames {
	out := FirstNames{}
	for n, v := range c {
		tot := v[0] + v[1]
		if tot < minCount {
			continue
		}
		switch {
		case float64(v[0]) >= share*float64(tot):
			out[n] = 'm'
		case float64(v[1]) >= share*float64(tot):
			out[n] = 'f'
		}
	}
	return out
}

// Write stores the names, one "name<TAB>m|f" a line in name order, gzipped.
func (f FirstNames) Write(w io.Writer) error {
	names := make([]string, 0, len(f))
	for n := range f {
		names = append(names, n)
	}
	sort.Strings(names)
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	for _, n := range names {
		fmt.Fprintf(zw, "%s\t%c\n", n, f[n])
	}
	return zw.Close()
}

// ReadFirstNames loads names written by Write.
func ReadFirstNames(r io.Reader) (FirstNames, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("first names: %w", err)
	}
	f := FirstNames{}
	sc := bufio.NewScanner(zr)
	for line := 1; sc.Scan(); line++ {
		n, g, ok := strings.Cut(sc.Text(), "\t")
		if !ok || g != "m" && g != "f" {
			return nil, fmt.Errorf("first names line %d: malformed %s", line, strconv.Quote(sc.Text()))
		}
		f[n] = g[0]
	}
	return f, sc.Err()
}

// FirstNamesFile is where `sitrep train genders` writes the table the
// package embeds.
const FirstNamesFile = "internal/quote/firstnames.tsv.gz"

//go:embed firstnames.tsv.gz
var embeddedFirstNames []byte

var (
	firstNamesOnce sync.Once
	firstNames     FirstNames
	firstNamesErr  error
)

// DefaultFirstNames returns the embedded table, loaded once.
func DefaultFirstNames() (FirstNames, error) {
	firstNamesOnce.Do(func() {
		firstNames, firstNamesErr = ReadFirstNames(bytes.NewReader(embeddedFirstNames))
	})
	return firstNames, firstNamesErr
}
