package quote

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

func TestBucket(t *testing.T) {
	tests := []struct {
		v      int
		bounds []int
		want   string
	}{
		{0, []int{0, 1, 3}, "0"},
		{1, []int{0, 1, 3}, "1"},
		{2, []int{0, 1, 3}, "2-3"},
		{3, []int{0, 1, 3}, "3"},
		{9, []int{0, 1, 3}, "4+"},
		{-1, []int{0, 1, 3}, "0"},
	}
	for _, tc := range tests {
		if got := bucket(tc.v, tc.bounds...); got != tc.want {
			t.Errorf("bucket(%d, %v) = %q, want %q", tc.v, tc.bounds, got, tc.want)
		}
	}
}

func TestTrainRanker(t *testing.T) {
	// the right candidate carries "subj"; "rule" marks the first candidate,
	// right only half the time
	var examples []RankExample
	for i := range 40 {
		ex := RankExample{
			Features: [][]string{{"rule", "kind=none"}, {"kind=PER", "subj"}, {"kind=PER", "obj"}},
			Right:    []bool{i%2 == 0, true, false},
		}
		if i%2 == 0 {
			ex.Features[0] = append(ex.Features[0], "subj")
		}
		examples = append(examples, ex)
	}
	tests := []struct {
		name     string
		features [][]string
		want     int
	}{
		{"subject over object", [][]string{{"kind=PER", "obj"}, {"kind=PER", "subj"}}, 1},
		{"subject over the rule", [][]string{{"rule", "kind=none"}, {"kind=PER", "subj"}}, 1},
		{"person over none", [][]string{{"kind=PER", "obj"}, {"kind=none"}}, 0},
		{"no candidates", nil, -1},
	}
	m := TrainRanker(examples, 5, 1)
	for _, tc := range tests {
		if got := m.best(tc.features); got != tc.want {
			t.Errorf("%s: best = %d, want %d (weights %v)", tc.name, got, tc.want, m.w)
		}
	}
	if ok, n := m.Accuracy(examples); ok != n || n != 40 {
		t.Errorf("accuracy on the training examples %d/%d, want 40/40", ok, n)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadRanker(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		if got := back.best(tc.features); got != tc.want {
			t.Errorf("%s after Write/Read: best = %d, want %d", tc.name, got, tc.want)
		}
	}
	if m, err := ReadRanker(bytes.NewReader(nil)); m != nil || err != nil {
		t.Errorf("empty model: got %v, %v; want nil, nil", m, err)
	}
}

func TestRankSpeakers(t *testing.T) {
	// the rules take "the paper", the subject of "said"; the ranker may
	// take the person the NER stage found instead
	text := "“It is dead,” said the paper, which Smith wrote."
	parse := "“/PUNCT/4/punct It/PRON/4/nsubj is/AUX/4/cop dead/ADJ/7/ccomp ,/PUNCT/4/punct ”/PUNCT/4/punct said/VERB/0/root " +
		"the/DET/9/det paper/NOUN/7/nsubj ,/PUNCT/9/punct which/PRON/13/obj Smith/PROPN/13/nsubj wrote/VERB/9/acl:relcl ./PUNCT/7/punct"
	smith := strings.Index(text, "Smith")
	prefersPerson := &Ranker{w: map[string]float64{"kind=PER": 2, "rule": 1}}
	keepsRule := &Ranker{w: map[string]float64{"rule": 1}}
	tests := []struct {
		name  string
		model *Ranker
		want  string
	}{
		{"no model keeps the rules' speaker", nil, "the paper"},
		{"model keeping the rule", keepsRule, "the paper"},
		{"model preferring a person", prefersPerson, "Smith"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := parsedArticle(t, text, parse)
			a.Mentions = []doc.Mention{{Text: "Smith", Type: doc.PER, Span: doc.Span{Start: smith, End: smith + 5}}}
			x := New(WithoutIndirect(), WithSpeakerModel(tc.model))
			qs := x.Extract(a)
			if len(qs) != 1 {
				t.Fatalf("got %d quotes, want 1: %+v", len(qs), qs)
			}
			if qs[0].Speaker.Mention != tc.want {
				t.Errorf("speaker %q, want %q", qs[0].Speaker.Mention, tc.want)
			}
			chs := x.SpeakerChoices(a)
			if len(chs) != 1 || len(chs[0].People) == 0 || chs[0].People[0].Span.Of(text) != "the paper" {
				t.Errorf("speaker choices %+v: want one with the rules' speaker first", chs)
			}
		})
	}
}

func TestAverageRankers(t *testing.T) {
	a := &Ranker{w: map[string]float64{"x": 2, "y": -1}}
	b := &Ranker{w: map[string]float64{"x": 4}}
	m := AverageRankers(a, b)
	for f, want := range map[string]float64{"x": 3, "y": -0.5, "z": 0} {
		if got := m.Score([]string{f}); got != want {
			t.Errorf("weight of %s = %g, want %g", f, got, want)
		}
	}
}

// TestAccordingToSourceIsNotReranked: "…,” Sanders said, according to CNN":
// CNN is the source; the ranker does not trade it for the person quoted.
func TestAccordingToSourceIsNotReranked(t *testing.T) {
	text := "“It is dead,” Smith said, according to CNN."
	smith := strings.Index(text, "Smith")
	a := &doc.Article{Text: text, Mentions: []doc.Mention{{Text: "Smith", Type: doc.PER, Span: doc.Span{Start: smith, End: smith + 5}}}}
	prefersPerson := &Ranker{w: map[string]float64{"kind=PER": 2, "rule": 1}}
	qs := New(WithoutIndirect(), WithSpeakerModel(prefersPerson)).Extract(a)
	if len(qs) != 1 || qs[0].Speaker.Mention != "CNN" {
		t.Errorf("got %+v, want CNN the source", qs)
	}
}
