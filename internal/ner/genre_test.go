package ner

import (
	"testing"
)

func TestParseGenre(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Genre
		err  bool
	}{
		{"news", News, false},
		{"web", Web, false},
		{"Web", News, true},
		{"", News, true},
		{"forum", News, true},
	} {
		g, err := ParseGenre(c.in)
		if (err != nil) != c.err || g != c.want {
			t.Errorf("ParseGenre(%q) = %v, %v; want %v, error %v", c.in, g, err, c.want, c.err)
		}
		if err == nil && g.String() != c.in {
			t.Errorf("%v.String() = %q, want %q", g, g.String(), c.in)
		}
	}
}

// TestGenreFeatures checks that news reads the shared features alone and
// web reads them plus a copy of each conjoined with the genre.
func TestGenreFeatures(t *testing.T) {
	tg := newTagger(nil, classNames(), nil, Clusters{"Paris": {1, 2}}, nil)
	words := []string{"I", "ate", "in", "Paris", "."}
	toks, lower, gaz := make([]token, len(words)), make([]string, len(words)), make([]uint16, len(words))
	caps, nocaps := tg.sentenceInfo(words, toks, lower, gaz)
	for i := range words {
		news := features(nil, toks, i, caps, nocaps, false, News)
		web := features(nil, toks, i, caps, nocaps, false, Web)
		if len(web) != 2*len(news) {
			t.Fatalf("word %d: %d web features, want twice the %d news ones", i, len(web), len(news))
		}
		seen := map[uint64]bool{}
		for j, h := range news {
			if web[j] != h {
				t.Fatalf("word %d: web feature %d differs from the shared one", i, j)
			}
			seen[h] = true
		}
		for _, h := range web[len(news):] {
			if seen[h] {
				t.Fatalf("word %d: a web copy equals a shared feature", i)
			}
			seen[h] = true
		}
	}
}

// TestTrainGenres trains on news sentences and on copies of them, read as
// web text, whose organisations are marked as places: the tagger must
// follow each genre's convention when told the genre.
func TestTrainGenres(t *testing.T) {
	sents, _, g := trainingSample(t, 400)
	var all []Sentence
	for _, s := range sents {
		all = append(all, s)
		w := Sentence{Words: s.Words, Tags: make([]string, len(s.Tags)), Genre: Web}
		for i, tag := range s.Tags {
			if len(tag) > 2 && tag[2:] == "ORG" {
				tag = tag[:2] + "LOC"
			}
			w.Tags[i] = tag
		}
		all = append(all, w)
	}
	tg := Train(all, nil, g, TrainOptions{Epochs: 3, Seed: 1})
	count := func(genre Genre) (org, loc int) {
		for _, s := range sents {
			for _, sp := range Spans(s.Tags) {
				if sp.Type != "ORG" {
					continue
				}
				pred := tg.TagGenre(s.Words, genre)
				switch pred[sp.Start] {
				case "B-ORG":
					org++
				case "B-LOC":
					loc++
				}
			}
		}
		return org, loc
	}
	for _, c := range []struct {
		genre Genre
		want  string
	}{{News, "ORG"}, {Web, "LOC"}} {
		org, loc := count(c.genre)
		right, wrong := org, loc
		if c.want == "LOC" {
			right, wrong = loc, org
		}
		if right < 4*wrong || right == 0 {
			t.Errorf("read as %v, organisations tagged ORG %d times and LOC %d times; want mostly %s", c.genre, org, loc, c.want)
		}
	}
}
