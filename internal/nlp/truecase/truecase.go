package truecase

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/nlp/models"
)

// Model is the set of words that are written in lower case in running text,
// and the pairs of capitalised words that stay capitalised there even when
// made of such words ("White House", "United Nations").
type Model struct {
	lower map[string]bool
	names map[string]bool // "white house": lower-cased pairs
	// capped are the lower-case words that running text also capitalises
	// past a sentence's start at least now and then: titles and names
	// ("President", "Bill").
	capped map[string]bool
	// known are the words running text mostly capitalises: names
	// ("Pakistan", "Obama").
	known map[string]bool
}

// Read loads a model written by Write: gzip-compressed, one lower-case word a
// line.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("truecase model: %w", err)
	}
	m := &Model{lower: map[string]bool{}, names: map[string]bool{}, capped: map[string]bool{}, known: map[string]bool{}}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		switch w := sc.Text(); {
		case strings.HasSuffix(w, "\tname"):
			m.known[strings.TrimSuffix(w, "\tname")] = true
		case strings.Contains(w, " "):
			m.names[w] = true
		case strings.HasSuffix(w, "\tcap"):
			w = strings.TrimSuffix(w, "\tcap")
			m.lower[w], m.capped[w] = true, true
		case w != "":
			m.lower[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("truecase model: %w", err)
	}
	if len(m.lower) == 0 {
		return nil, fmt.Errorf("truecase model: no words")
	}
	return m, nil
}

// Write stores the model, sorted, so that a rebuild gives the same bytes.
func (m *Model) Write(w io.Writer) error {
	words := make([]string, 0, len(m.lower)+len(m.names)+len(m.known))
	for x := range m.lower {
		if m.capped[x] {
			x += "\tcap"
		}
		words = append(words, x)
	}
	for x := range m.names {
		words = append(words, x)
	}
	for x := range m.known {
		words = append(words, x+"\tname")
	}
	slices.Sort(words)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, x := range words {
		bw.WriteString(x)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Len is the number of lower-case words the model knows.
func (m *Model) Len() int { return len(m.lower) }

// IsLower reports whether w (in any case) is a word usually written in lower
// case.
func (m *Model) IsLower(w string) bool { return m.lower[strings.ToLower(w)] }

// minEvidence is how many capitalised common words (of minLetters or more
// letters, past the first word) a title-case sentence shows at least, and
// titleShare the share of such words that must be capitalised: title case
// capitalises every word of four or more letters, while in running text
// capitalised common words ("Foreign Minister", "United States") stand
// among many lower-case ones ("said", "that", "would").
const (
	minEvidence = 3
	minLetters  = 4
	titleShare  = 0.8
)

// Restore returns the words as running text would write them when they form
// a title-case sentence: every capitalised word past the first that the
// model knows as a lower-case word is lower-cased, unless it may be part of
// a name (see titleCase). Otherwise, and for a nil model, it returns words
// itself.
func (m *Model) Restore(words []string) []string {
	if m == nil || !m.titleCase(words) {
		return words
	}
	out := make([]string, len(words))
	copy(out, words)
	for i := 1; i < len(words); i++ {
		w := words[i]
		if !capitalised(w) || !m.lower[strings.ToLower(w)] || afterSentenceEnd(words, i) || m.maybeName(words, i) {
			continue
		}
		out[i] = strings.ToLower(w)
	}
	return out
}

// pair reports whether two capitalised words are a name running text keeps
// capitalised.
func (m *Model) pair(a, b string) bool {
	return m.names[strings.ToLower(a)+" "+strings.ToLower(b)]
}

// titleCase reports whether the words read as a title-case headline:
// capitalised common words ("Criticizes", "Response") make up most of the
// common words of four or more letters, and at least minEvidence of them
// cannot be part of a name. A word can when running text keeps it
// capitalised beside its neighbour ("Stock Exchange"), when it is a title
// or name word beside a capitalised name ("President Macron", "Enron
// Investment"), or when it stands beside a capitalised word the model has
// never seen ("Hidden Nook").
func (m *Model) titleCase(words []string) bool {
	long := 0 // capitalised words past the first: most sentences have too few
	for _, w := range words[min(1, len(words)):] {
		if len(w) >= minLetters && capitalised(w) {
			long++
		}
	}
	if long < minEvidence {
		return false
	}
	common, capped, evidence := 0, 0, 0
	for i := 1; i < len(words); i++ {
		w := words[i]
		if strings.Contains(w, "@") || strings.Contains(w, "://") {
			return false // an address or contact line, not a headline
		}
		if utf8.RuneCountInString(w) < minLetters || !m.lower[strings.ToLower(w)] || afterSentenceEnd(words, i) {
			continue
		}
		common++
		if !capitalised(w) {
			continue
		}
		capped++
		if !m.maybeName(words, i) {
			evidence++
		}
	}
	return evidence >= minEvidence && float64(capped) >= titleShare*float64(common)
}

// maybeName reports whether capitalised common word i may be part of a
// name with a neighbour (see titleCase).
func (m *Model) maybeName(words []string, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(words) || !capitalised(words[j]) {
			continue
		}
		lj := strings.ToLower(words[j])
		switch {
		case m.pair(words[min(i, j)], words[max(i, j)]):
			return true
		case m.lower[lj]:
		case !m.known[lj] || m.capped[strings.ToLower(words[i])]:
			return true
		}
	}
	return false
}

// capitalised reports whether w is a capital letter followed by lower-case
// letters only (not an acronym or a word in capitals).
func capitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || n == len(w) {
		return false
	}
	for _, r := range w[n:] {
		if unicode.IsUpper(r) || !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

// afterSentenceEnd reports whether word i follows a colon or a sentence's
// end inside the headline ("Xi: Talks Went Well"), where a capital is usual.
func afterSentenceEnd(words []string, i int) bool {
	switch words[i-1] {
	case ".", "!", "?", ":", "—", "–", "-", "|", "\"", "“", "‘", "'":
		return true
	}
	return false
}

// Counter learns a Model from running text.
type Counter struct {
	lower, capital map[string]int
	pairs          map[string]int // capitalised pairs, lower-cased
}

// NewCounter returns an empty Counter.
func NewCounter() *Counter {
	return &Counter{lower: map[string]int{}, capital: map[string]int{}, pairs: map[string]int{}}
}

// Add counts the case of the words of text that do not open a sentence: a
// word after ".", "!", "?", ":" or a line start is left out, as are words
// in capitals.
//
// It also counts pairs of capitalised words, the first of which may open the
// sentence.
func (c *Counter) Add(text string) {
	initial := true
	prevCap := "" // the word before, when capitalised and adjacent
	word := strings.Builder{}
	flush := func(sep rune) {
		w := word.String()
		word.Reset()
		if w == "" {
			prevCap = ""
			return
		}
		wasInitial := initial
		initial = false
		lw := strings.ToLower(w)
		if capitalised(w) {
			if prevCap != "" && !wasInitial {
				c.pairs[prevCap+" "+lw]++
			}
			prevCap = lw
		} else {
			prevCap = ""
		}
		if sep != ' ' {
			prevCap = ""
		}
		if wasInitial {
			return
		}
		switch {
		case capitalised(w):
			c.capital[lw]++
		case lw == w:
			c.lower[w]++
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || r == '-' && word.Len() > 0:
			word.WriteRune(r)
		default:
			flush(r)
			if r == '.' || r == '!' || r == '?' || r == ':' || r == '\n' || r == '"' || r == '“' {
				initial = true
			}
		}
	}
	flush(0)
}

// cappedShare is the least share of capitalised occurrences that marks a
// lower-case word as sometimes part of a name.
const cappedShare = 0.05

// Model keeps the words seen at least minCount times past a sentence's
// start and in lower case at least minLowerShare of those times (marking
// those capitalised at least cappedShare of them), and the capitalised
// pairs seen at least minCount times of which one word is such a lower-case
// word.
func (c *Counter) Model(minCount int, minLowerShare float64) *Model {
	m := &Model{lower: map[string]bool{}, names: map[string]bool{}, capped: map[string]bool{}, known: map[string]bool{}}
	for w, lo := range c.lower {
		n := lo + c.capital[w]
		if n >= minCount && float64(lo) >= minLowerShare*float64(n) {
			m.lower[w] = true
			if float64(c.capital[w]) >= cappedShare*float64(n) {
				m.capped[w] = true
			}
		}
	}
	for w, ca := range c.capital {
		if n := ca + c.lower[w]; n >= minCount && float64(ca) > (1-minLowerShare)*float64(n) && !m.lower[w] {
			m.known[w] = true
		}
	}
	for p, n := range c.pairs {
		a, b, _ := strings.Cut(p, " ")
		if n >= minCount && (m.lower[a] || m.lower[b]) {
			m.names[p] = true
		}
	}
	return m
}

// Pairs is the number of capitalised pairs the model keeps.
func (m *Model) Pairs() int { return len(m.names) }

var (
	defaultOnce  sync.Once
	defaultModel *Model
)

// Default returns the embedded model (nil, which Restore accepts, when it
// cannot be read).
func Default() *Model {
	defaultOnce.Do(func() {
		defaultModel, _ = Read(bytes.NewReader(models.Truecase))
	})
	return defaultModel
}
