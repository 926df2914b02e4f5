package gender

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
)

// The genders: Male, Female, or 0 when unknown.
const (
	Male   byte = 'm'
	Female byte = 'f'
)

// Opposite returns the other gender of g, or 0 for an unknown one.
func Opposite(g byte) byte {
	switch g {
	case Male:
		return Female
	case Female:
		return Male
	}
	return 0
}

// pronouns gives the gender a third-person singular pronoun implies.
var pronouns = map[string]byte{"he": 'm', "she": 'f', "him": 'm', "her": 'f', "his": 'm', "hers": 'f'}

// Pronoun returns the gender the lower-case pronoun w implies (he, him, his;
// she, her, hers), or 0.
func Pronoun(w string) byte { return pronouns[w] }

// titles gives the gender titles and role nouns imply.
var titles = map[string]byte{
	"mr": 'm', "mr.": 'm', "mrs": 'f', "mrs.": 'f', "ms": 'f', "ms.": 'f', "miss": 'f', "sir": 'm', "lady": 'f',
	"madam": 'f', "king": 'm', "queen": 'f', "prince": 'm', "princess": 'f', "lord": 'm', "dame": 'f',
	"spokesman": 'm', "spokeswoman": 'f', "congressman": 'm', "congresswoman": 'f', "chairman": 'm',
	"chairwoman": 'f', "businessman": 'm', "businesswoman": 'f', "father": 'm', "mother": 'f', "husband": 'm',
	"wife": 'f', "son": 'm', "daughter": 'f', "brother": 'm', "sister": 'f', "actor": 'm', "actress": 'f',
	"uncle": 'm', "aunt": 'f', "grandfather": 'm', "grandmother": 'f', "boy": 'm', "girl": 'f', "man": 'm',
	"woman": 'f', "widow": 'f', "councilman": 'm', "councilwoman": 'f', "assemblyman": 'm', "assemblywoman": 'f',
	"first lady": 'f', "nun": 'f', "priest": 'm', "pope": 'm', "duke": 'm', "duchess": 'f', "emperor": 'm',
}

// Title returns the gender the lower-case title or role noun w implies
// ("mrs", "mrs.", "sir", "queen", "spokeswoman", "husband"), or 0. Titles
// that say nothing of gender ("dr", "president") give 0.
func Title(w string) byte { return titles[w] }

// FirstNames gives the gender a first name implies, learned from unlabeled
// text (Counts.Names).
type FirstNames map[string]byte

// Of returns the gender the first word of a full name implies ("Anna Berg"),
// or 0 for a one-word name or an unknown first name. A hyphenated first name
// not in the table is read by its first part ("Frank-Walter").
func (f FirstNames) Of(name string) byte {
	w := strings.Fields(name)
	if len(w) < 2 {
		return 0
	}
	if g, ok := f[w[0]]; ok {
		return g
	}
	if head, _, ok := strings.Cut(w[0], "-"); ok {
		return f[head]
	}
	return 0
}

// Counts counts, per first name, the evidence for each gender: [0] male,
// [1] female.
type Counts map[string][2]int

// Add counts one piece of evidence that first name implies gender g.
func (c Counts) Add(first string, g byte) {
	v := c[first]
	switch g {
	case Male:
		v[0]++
	case Female:
		v[1]++
	default:
		return
	}
	c[first] = v
}

// Names keeps the names seen with at least minCount pieces of evidence of
// which at least share are of one gender.
func (c Counts) Names(minCount int, share float64) FirstNames {
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
const FirstNamesFile = "internal/gender/firstnames.tsv.gz"

//go:embed firstnames.tsv.gz
var embeddedFirstNames []byte

var (
	firstNamesOnce sync.Once
	firstNames     FirstNames
	firstNamesErr  error
)

// DefaultFirstNames returns the embedded table, loaded once. Callers must
// not change it.
func DefaultFirstNames() (FirstNames, error) {
	firstNamesOnce.Do(func() {
		firstNames, firstNamesErr = ReadFirstNames(bytes.NewReader(embeddedFirstNames))
	})
	return firstNames, firstNamesErr
}
