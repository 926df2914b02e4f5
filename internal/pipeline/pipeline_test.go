package pipeline

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/segment"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
)

func input(name, text string) source.Input {
	return source.NewInput(name, func(context.Context) (io.ReadCloser, error) {
		return io.NopCloser(strings.NewReader(text)), nil
	})
}

// corpus is a set of short articles: two reports of one event, a copy, and
// unrelated stories.
var corpus = []source.Input{
	input("a.jsonl", `{"title":"Flood forces thousands from homes in Po valley","text":"Flood waters forced more than 4,000 people from their homes in northern Italy on Wednesday after two days of heavy rain along the Po river, the civil protection agency said. Rescue teams used boats to reach stranded residents.","published":"2025-03-12","outlet":"A"}`),
	input("b.jsonl", `{"title":"Central bank raises rates","text":"The central bank of Brazil raised its benchmark interest rate by half a point on Wednesday to fight inflation, the fourth increase this year. Economists had expected the move.","published":"2025-03-12","outlet":"B"}`),
	input("c.jsonl", `{"title":"Italy floods: 4,000 evacuated","text":"More than 4,000 people were evacuated from their homes in northern Italy after heavy rain swelled the Po river, the civil protection agency said on Wednesday. Boats were used to rescue stranded residents in flooded villages.","published":"2025-03-12","outlet":"C"}`),
	input("d.jsonl", `{"title":"Flood forces thousands from homes in Po valley","text":"Flood waters forced more than 4,000 people from their homes in northern Italy on Wednesday after two days of heavy rain along the Po river, the civil protection agency said. Rescue teams used boats to reach stranded residents.","published":"2025-03-13","outlet":"D"}`),
	input("e.jsonl", `{"title":"Chess champion retains title","text":"The world chess champion retained her title on Sunday after a tense final game in Singapore that lasted more than six hours.","published":"2025-03-16","outlet":"E"}`),
}

func newTestPipeline(t *testing.T, st store.Store) *Pipeline {
	t.Helper()
	return &Pipeline{Store: st, Segmenter: &segment.Segmenter{}, Extractor: &extract.Extractor{},
		Stories: &StoryPlacer{Store: st}}
}

func assignments(t *testing.T, st store.Store) map[string][2]int64 {
	t.Helper()
	out := map[string][2]int64{}
	err := st.Articles(context.Background(), store.Filter{}, func(a doc.Article) error {
		out[a.Document] = [2]int64{a.Story, a.DuplicateOf}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// Stories placed across several runs, with the store closed in between, are
// the stories one run makes.
func TestStoriesContinueAcrossRuns(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	one, err := store.Open(ctx, filepath.Join(dir, "one.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	if _, err := newTestPipeline(t, one).Run(ctx, corpus); err != nil {
		t.Fatal(err)
	}
	want := assignments(t, one)

	path := filepath.Join(dir, "two.db")
	for _, part := range [][]source.Input{corpus[:2], corpus[2:4], corpus[4:]} {
		st, err := store.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := newTestPipeline(t, st).Run(ctx, part); err != nil {
			t.Fatal(err)
		}
		st.Close()
	}
	st, _ := store.Open(ctx, path)
	defer st.Close()
	got := assignments(t, st)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: story, duplicate_of = %v across runs, %v in one run", name, got[name], w)
		}
	}
	// The copy is marked as a duplicate of the first report, and both
	// reports of the flood share a story that the unrelated ones do not.
	if want["d.jsonl"][1] == 0 {
		t.Errorf("copy not marked as duplicate: %v", want)
	}
	if want["e.jsonl"][0] == want["a.jsonl"][0] || want["b.jsonl"][0] == want["a.jsonl"][0] {
		t.Errorf("unrelated articles joined the flood story: %v", want)
	}
}

func TestProcessAndRunCounts(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := newTestPipeline(t, st)
	res, err := p.Run(ctx, append(corpus[:2:2], input("bad.txt", "\x00\x01binary")))
	if err != nil {
		t.Fatal(err)
	}
	if res.Ingested != 2 || res.Failed != 1 || res.Failures[0].Input != "bad.txt" || !strings.Contains(res.Failures[0].Error, "binary") {
		t.Fatalf("result = %+v", res)
	}
	d, err := source.Decode([]byte(`{"title":"x","text":"Brazil raised its interest rate."}`))
	if err != nil {
		t.Fatal(err)
	}
	d.Source = "queued.jsonl"
	res, err = p.Process(ctx, d)
	if err != nil || res.Ingested != 1 || res.Articles != 1 {
		t.Fatalf("Process = %+v, %v", res, err)
	}
	res, _ = p.Process(ctx, d)
	if res.Unchanged != 1 || res.Ingested != 0 {
		t.Fatalf("Process again = %+v", res)
	}
}

// failingSave is a store whose SaveStories fails the first time, as when a
// worker's context is cancelled in the middle of placing.
type failingSave struct {
	store.Store
	failed bool
}

func (f *failingSave) SaveStories(ctx context.Context, as []store.StoryAssignment, sts []doc.Story) error {
	if !f.failed {
		f.failed = true
		return context.Canceled
	}
	return f.Store.SaveStories(ctx, as, sts)
}

// A placing round whose outcome could not be saved leaves the articles
// pending, and the next round places them as if the failure never happened.
func TestStoryPlacerRecoversFromFailedSave(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	clean, err := store.Open(ctx, filepath.Join(dir, "clean.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer clean.Close()
	if _, err := newTestPipeline(t, clean).Run(ctx, corpus); err != nil {
		t.Fatal(err)
	}
	want := assignments(t, clean)

	st, err := store.Open(ctx, filepath.Join(dir, "failing.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := newTestPipeline(t, st)
	p.Stories = nil // saved pending, placed below
	if _, err := p.Run(ctx, corpus); err != nil {
		t.Fatal(err)
	}
	placer := &StoryPlacer{Store: &failingSave{Store: st}}
	if err := placer.PlacePending(ctx); err == nil {
		t.Fatal("the failed save was not reported")
	}
	if err := placer.PlacePending(ctx); err != nil {
		t.Fatalf("second round: %v", err)
	}
	got := assignments(t, st)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: story, duplicate_of = %v after a failed round, %v without", name, got[name], w)
		}
	}
}
