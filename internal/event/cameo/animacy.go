package cameo

import (
	"bufio"
	"io"
	"sort"
	"strings"
)

// Animacy learning: a noun that a relative clause follows with "who" ("the
// sailors who were held", "fishermen, who") names people; one followed by
// "which" names things. Counting both over unlabeled text gives a lexicon
// of person nouns no hand-written list covers.

// Animacy thresholds: a word is animate when at least minWho of its
// relative clauses open with who/whom/whose and at least animateShare of
// all its relative clauses do.
const (
	minWho       = 1
	animateShare = 0.75
)

// AnimacyCounts holds, per lower-cased word, how often a who-clause and a
// which-clause follow it.
type AnimacyCounts struct {
	who, which map[string]int
}

// NewAnimacyCounts returns empty counts.
func NewAnimacyCounts() *AnimacyCounts {
	return &AnimacyCounts{who: map[string]int{}, which: map[string]int{}}
}

// AddText counts the relative clauses of one text.
func (a *AnimacyCounts) AddText(text string) {
	prev := ""
	for _, f := range strings.Fields(text) {
		w := strings.TrimRight(f, ",") // "fishermen, who"
		switch w {
		case "who", "whom", "whose":
			if prev != "" {
				a.who[prev]++
			}
		case "which":
			if prev != "" {
				a.which[prev]++
			}
		}
		prev = ""
		if lowerWord(w) {
			prev = w
		}
	}
}

// AddTSV counts the texts of a corpus file in the shared unlabeled format
// (id, date, title, text, tab-separated, one document a line).
func (a *AnimacyCounts) AddTSV(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		a.AddText(fields[len(fields)-1])
	}
	return sc.Err()
}

// Animate returns the words the counts show to name people, sorted.
func (a *AnimacyCounts) Animate() []string {
	var out []string
	for w, n := range a.who {
		if n >= minWho && float64(n) >= animateShare*float64(n+a.which[w]) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// lowerWord reports whether w is a lower-case word of letters (hyphens
// inside allowed): the shape of a common noun.
func lowerWord(w string) bool {
	if w == "" || w[0] == '-' || w[len(w)-1] == '-' {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}
