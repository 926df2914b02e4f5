// Package lemma gives the dictionary form of a tagged word (went/VERB → go,
// mice/NOUN → mouse), as Universal Dependencies English annotates it.
//
// It is learned from UD lemmas: per part of speech, the suffix rewrite rules
// (strip n letters, add a string) that the longest known suffix of a word
// selects, plus a table of the exceptions those rules get wrong; one
// spelling rule, which suffixes cannot learn, decides a verb's doubled final
// l ("travelled" → travel, "shelled" → shell), and a written table of English
// irregular verbs gives the past forms the treebank never shows ("froze" →
// freeze). It does not tag (see package tag).
package lemma

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxSuffix is the longest suffix, in bytes, a rule looks at.
const maxSuffix = 6

// Lemmatizer maps (form, UPOS) to a lemma. Read-only and safe for concurrent
// use.
type Lemmatizer struct {
	rules      map[string]rule // UPOS + "\t" + suffix -> rewrite
	exceptions map[string]string
}

type rule struct {
	strip int
	add   string
}

// Example is one gold word.
type Example struct{ Form, UPOS, Lemma string }

// Lemma returns the lemma of form tagged upos.
func (l *Lemmatizer) Lemma(form, upos string) string {
	// a typographic apostrophe is the treebank's straight one: ’ll → will
	form = strings.ReplaceAll(form, "’", "'")
	key := caseFold(form, upos)
	if lem, ok := l.exceptions[upos+"\t"+key]; ok {
		return lem
	}
	if lem, ok := irregularVerbs[key]; ok && (upos == "VERB" || upos == "AUX") {
		return lem
	}
	return l.byRule(key, upos)
}

// caseFold lower-cases all but proper nouns.
func caseFold(form, upos string) string {
	if upos == "PROPN" {
		return form
	}
	return strings.ToLower(form)
}

func (l *Lemmatizer) byRule(w, upos string) string {
	if lem, ok := doubledL(w, upos); ok {
		return lem
	}
	for k := min(maxSuffix, len(w)); k >= 0; k-- {
		if k > 0 && k < len(w) && !utf8.RuneStart(w[len(w)-k]) {
			continue
		}
		if r, ok := l.rules[upos+"\t"+w[len(w)-k:]]; ok {
			if r.strip > len(w) {
				return w
			}
			return w[:len(w)-r.strip] + r.add
		}
	}
	return w
}

// rewrite returns the rule that turns w into lemma.
func rewrite(w, lemma string) rule {
	i := 0
	for i < len(w) && i < len(lemma) && w[i] == lemma[i] {
		i++
	}
	return rule{strip: len(w) - i, add: lemma[i:]}
}

// Train learns rules and exceptions from gold words.
func Train(data []Example) *Lemmatizer {
	type key struct{ upos, suffix string }
	counts := map[key]map[rule]int{}
	forms := map[string]map[string]int{} // upos\tform -> lemma counts
	for _, ex := range data {
		if ex.Lemma == "" || ex.Lemma == "_" {
			continue
		}
		w := caseFold(ex.Form, ex.UPOS)
		fk := ex.UPOS + "\t" + w
		if forms[fk] == nil {
			forms[fk] = map[string]int{}
		}
		forms[fk][ex.Lemma]++
	}
	// Rules count word types, not tokens, so that a few frequent irregular
	// words do not decide the rule for a suffix.
	for fk, lemmas := range forms {
		upos, w, _ := strings.Cut(fk, "\t")
		r := rewrite(w, best(lemmas))
		for k := 0; k <= min(maxSuffix, len(w)); k++ {
			if k > 0 && k < len(w) && !utf8.RuneStart(w[len(w)-k]) {
				continue
			}
			if r.strip > k {
				continue // the rule must stay inside the suffix
			}
			kk := key{upos, w[len(w)-k:]}
			if counts[kk] == nil {
				counts[kk] = map[rule]int{}
			}
			counts[kk][r]++
		}
	}
	l := &Lemmatizer{rules: map[string]rule{}, exceptions: map[string]string{}}
	for kk, rs := range counts {
		var bestR rule
		bestN := -1
		for r, n := range rs {
			if n > bestN || n == bestN && (r.strip < bestR.strip || r.strip == bestR.strip && r.add < bestR.add) {
				bestR, bestN = r, n
			}
		}
		l.rules[kk.upos+"\t"+kk.suffix] = bestR
	}
	for fk, lemmas := range forms {
		upos, w, _ := strings.Cut(fk, "\t")
		if lem := best(lemmas); l.byRule(w, upos) != lem {
			l.exceptions[fk] = lem
		}
	}
	return l
}

func best(counts map[string]int) string {
	b, bn := "", -1
	for s, n := range counts {
		if n > bn || n == bn && s < b {
			b, bn = s, n
		}
	}
	return b
}

// Write stores the lemmatizer as gzip-compressed text lines.
func (l *Lemmatizer) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	keys := make([]string, 0, len(l.rules))
	for k := range l.rules {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		r := l.rules[k]
		fmt.Fprintf(bw, "R\t%s\t%d\t%s\n", k, r.strip, r.add)
	}
	keys = keys[:0]
	for k := range l.exceptions {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(bw, "E\t%s\t%s\n", k, l.exceptions[k])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read loads a lemmatizer written by Write.
func Read(r io.Reader) (*Lemmatizer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("lemmatizer: %w", err)
	}
	l := &Lemmatizer{rules: map[string]rule{}, exceptions: map[string]string{}}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		switch {
		case len(f) == 5 && f[0] == "R":
			n, err := strconv.Atoi(f[3])
			if err != nil {
				return nil, fmt.Errorf("lemmatizer line %d: %v", line, err)
			}
			l.rules[f[1]+"\t"+f[2]] = rule{strip: n, add: f[4]}
		case len(f) == 4 && f[0] == "E":
			l.exceptions[f[1]+"\t"+f[2]] = f[3]
		default:
			return nil, fmt.Errorf("lemmatizer line %d: malformed", line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lemmatizer: %w", err)
	}
	return l, nil
}

// llCompounds are verbs of more than one syllable made on a one-syllable
// verb in "ll" (re+call, in+stall): their l stays doubled.
var llCompounds = map[string]bool{"recall": true, "install": true, "befall": true, "forestall": true,
	"enthrall": true, "retell": true, "foretell": true, "resell": true, "outsell": true, "oversell": true,
	"undersell": true, "misspell": true, "enroll": true, "unroll": true, "fulfill": true, "refill": true,
	"instill": true, "distill": true, "snowball": true, "stonewall": true, "bankroll": true, "outpoll": true,
	"overfill": true, "backfill": true, "overspill": true, "uninstall": true, "reinstall": true}

// doubledL lemmatizes a verb whose final l is doubled before -ed or -ing.
// Suffix rules cannot: "travelled" and "shelled" end alike. English
// spelling can: a word of one syllable ends in "ll" ("shell", "quell"), as
// do its compounds ("recall"); a longer word doubles a single l
// ("cancel", "signal", "dial", "patrol").
func doubledL(w, upos string) (string, bool) {
	if upos != "VERB" {
		return "", false
	}
	var stem string
	switch {
	case strings.HasSuffix(w, "lled"):
		stem = w[:len(w)-2]
	case strings.HasSuffix(w, "lling"):
		stem = w[:len(w)-3]
	default:
		return "", false
	}
	if len(stem) < 4 {
		return "", false
	}
	base := stem[:len(stem)-1]
	if llCompounds[stem] || syllables(base) < 2 {
		return stem, true
	}
	return base, true
}

// syllables counts the vowel groups of a lower-case word ending in a
// consonant; two vowels before its last letter are two syllables ("dial",
// "fuel"), as a word doubling its l has no long vowel, except u after q
// ("quel").
func syllables(w string) int {
	vowel := make([]bool, len(w))
	for i := range w {
		vowel[i] = strings.IndexByte("aeiouy", w[i]) >= 0 && !(w[i] == 'u' && i > 0 && w[i-1] == 'q')
	}
	n := 0
	for i, v := range vowel {
		if v && (i == 0 || !vowel[i-1]) {
			n++
		}
	}
	if k := len(w); k >= 3 && vowel[k-2] && vowel[k-3] {
		n++
	}
	return n
}
