package ner

import (
	"strings"
	"testing"
)

// TestTitleCaseCopies checks that copies keep their tags and genre, are
// read back by truecase (common words lower-cased again, names kept) and
// marked as headlines, and that sentences without names are never copied.
func TestTitleCaseCopies(t *testing.T) {
	long := "the leader of France criticizes Turkey 's response to the crisis over the weekend ."
	tags := make([]string, len(strings.Fields(long)))
	for i := range tags {
		tags[i] = "O"
	}
	tags[3], tags[5] = "B-LOC", "B-LOC"
	var sents []Sentence
	for i := 0; i < 200; i++ {
		w := strings.Fields(long)
		w[len(w)-2] = []string{"weekend", "week", "summer", "winter"}[i%4]
		w = append(w[:len(w)-1], strings.Repeat("again ", i%50+1)+".")
		w = strings.Fields(strings.Join(w, " "))
		tg := append(append([]string{}, tags...), make([]string, len(w)-len(tags))...)
		for j := len(tags); j < len(tg); j++ {
			tg[j] = "O"
		}
		sents = append(sents, Sentence{Words: w, Tags: tg, Genre: Web})
	}
	sents = append(sents, Sentence{Words: []string{"no", "names", "here"}, Tags: []string{"O", "O", "O"}})
	tests := []struct {
		percent  int
		min, max int
	}{
		{0, 0, 0},
		{20, 10, 80},
		{100, 200, 200},
	}
	for _, tc := range tests {
		out := TitleCaseCopies(sents, tc.percent)
		if len(out) < tc.min || len(out) > tc.max {
			t.Errorf("percent %d: %d copies, want %d–%d", tc.percent, len(out), tc.min, tc.max)
		}
		for _, c := range out {
			if c.Genre != Web || len(c.Tags) != len(c.Words) || c.Tags[3] != "B-LOC" {
				t.Fatalf("copy lost its genre or tags: %+v", c)
			}
			if c.Words[0] != "The" || c.Words[3] != "France" || c.Words[5] != "Turkey" {
				t.Errorf("copy %q: want the first word and names capitalised", strings.Join(c.Words, " "))
			}
			if !c.Title || c.Words[4] != "criticizes" {
				t.Errorf("copy %q (title %v): want a headline read back by truecase", strings.Join(c.Words, " "), c.Title)
			}
		}
	}
}

// TestTitleFeatures checks that a headline's tokens read the plain features
// plus a few of their own, distinct from them, conjoined with the genre for
// web text like the rest.
func TestTitleFeatures(t *testing.T) {
	tg := newTagger(nil, classNames(), nil, Clusters{"Paris": {1, 2}}, nil)
	words := []string{"Strikes", "Shut", "Paris", "Airports"}
	toks, lower, gaz := make([]token, len(words)), make([]string, len(words)), make([]uint16, len(words))
	caps, nocaps := tg.sentenceInfo(words, toks, lower, gaz)
	for _, g := range []Genre{News, Web} {
		for i := range words {
			plain := features(nil, toks, i, caps, nocaps, false, g)
			title := features(nil, toks, i, caps, nocaps, true, g)
			want := 3 * int(g+1) // three, and their web copies
			if len(title) != len(plain)+want {
				t.Fatalf("%v word %d: %d title features, want %d plain ones and %d", g, i, len(title), len(plain), want)
			}
			seen := map[uint64]bool{}
			for _, h := range plain {
				seen[h] = true
			}
			extra := 0
			for _, h := range title {
				if !seen[h] {
					extra++
				}
			}
			if extra != want {
				t.Errorf("%v word %d: %d features of the headline alone, want %d", g, i, extra, want)
			}
		}
	}
}
