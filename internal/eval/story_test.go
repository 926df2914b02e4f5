package eval

import (
	"math"
	"testing"

	"github.com/sitrep/sitrep/internal/story"
)

func TestBCubed(t *testing.T) {
	for _, c := range []struct {
		name       string
		gold, pred []string
		p, r       float64
	}{
		{"perfect", []string{"a", "a", "b"}, []string{"1", "1", "2"}, 1, 1},
		{"all merged", []string{"a", "a", "b", "b"}, []string{"1", "1", "1", "1"}, 0.5, 1},
		{"all split", []string{"a", "a", "b", "b"}, []string{"1", "2", "3", "4"}, 1, 0.5},
		{"one stray", []string{"a", "a", "a", "b"}, []string{"1", "1", "2", "2"}, 0.75, (2.0/3 + 2.0/3 + 1.0/3 + 1) / 4},
	} {
		p, r, _ := BCubed(c.gold, c.pred)
		if math.Abs(p-c.p) > 1e-9 || math.Abs(r-c.r) > 1e-9 {
			t.Errorf("%s: P %.4f R %.4f, want %.4f %.4f", c.name, p, r, c.p, c.r)
		}
	}
}

func TestShinglesAndJaccard(t *testing.T) {
	a := Shingles("The cat sat on the mat today")
	b := Shingles("the CAT sat on the mat, yesterday")
	if len(a) != 4 || len(b) != 4 {
		t.Fatalf("shingle counts %d %d, want 4 4", len(a), len(b))
	}
	if got := Jaccard(a, b); math.Abs(got-3.0/5) > 1e-9 {
		t.Errorf("Jaccard = %.4f, want 0.6", got)
	}
}

// The dev sets are read from ../shared; these floors sit below the figures
// recorded in docs/quality.md so that a real regression fails.
func TestStoriesOnECBPlus(t *testing.T) {
	docs, err := LoadECBPlus("../../../shared/eval/ecbplus/ecbplus-dev.jsonl.gz")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		keep  func(int) bool
		floor float64
	}{
		{"even topics", func(t int) bool { return t%2 == 0 }, 0.90},
		{"all topics", func(int) bool { return true }, 0.90},
	} {
		s := ClusterECB(docs, TopicOrder(docs, c.keep, 0), story.Options{})
		if s.F1 < c.floor {
			t.Errorf("%s: B-cubed F1 %.4f (P %.4f R %.4f), want >= %.2f", c.name, s.F1, s.P, s.R, c.floor)
		}
	}
}

func TestDuplicatesOnBBC(t *testing.T) {
	arts, err := LoadBBC("../../../shared/corpus/bbc/bbc-dev.jsonl.gz")
	if err != nil {
		t.Fatal(err)
	}
	items := DupStream(arts[:400], 2)
	kinds := map[string]int{}
	for _, it := range items {
		kinds[it.Kind]++
	}
	for _, k := range []string{EditSyndicated, EditSubstituted, EditDropped, EditAdded, EditCombined, EditSpliced} {
		if kinds[k] == 0 {
			t.Errorf("stream has no %s items", k)
		}
	}
	s := ScoreDuplicates(items, story.Options{})
	if s.P < 0.99 || s.R < 0.99 {
		t.Errorf("duplicates P %.4f R %.4f (missed %v, wrong %v), want >= 0.99", s.P, s.R, s.Missed, s.Wrong)
	}
}

func TestECBArticle(t *testing.T) {
	for _, c := range []struct {
		name                  string
		sents                 []string
		url, outlet, wantText string
	}{
		{"url then title", []string{"http : / / www . example . com / 2013 / 05 / lohan - rehab . html Lindsay Lohan checks into rehab", "She is `` fine , '' her rep said ."},
			"http://www.example.com/2013/05/lohan-rehab.html", "example.com", "Lindsay Lohan checks into rehab\nShe is \"fine,\" her rep said."},
		{"url alone", []string{"http : / / news . example . org / a - b . html", "It was n't Reid 's ( first ) stay ."},
			"http://news.example.org/a-b.html", "news.example.org", "It wasn't Reid's (first) stay."},
		{"no url", []string{"Tara Reid checked in ."}, "", "", "Tara Reid checked in."},
		{"split numbers", []string{"UPDATED 05 / 03 / 2013 at 11 : 00 AM", "A 5 . 9 quake hit at 3 : 15 ."}, "", "",
			"UPDATED 05/03/2013 at 11:00 AM\nA 5.9 quake hit at 3:15."},
	} {
		a := ECBDoc{Sentences: c.sents}.Article(1)
		if a.URL != c.url || a.Outlet != c.outlet || a.Text != c.wantText {
			t.Errorf("%s: got URL %q outlet %q text %q, want %q %q %q", c.name, a.URL, a.Outlet, a.Text, c.url, c.outlet, c.wantText)
		}
	}
}
