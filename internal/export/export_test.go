package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
)

// fixture stores two articles reporting one meeting (a happening of two
// reports), a denied attack, and an article with no date.
func fixture(t *testing.T) store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	rus := doc.ActorRef{ID: "Q159", Name: "Russia", Code: "RUS"}
	chn := doc.ActorRef{ID: "Q148", Name: "China", Code: "CHN"}
	ukr := doc.ActorRef{ID: "Q212", Name: "Ukraine", Code: "UKRMIL"}
	meet := doc.Event{Type: "CONSULT", CAMEO: "043", QuadClass: 1, Goldstein: 2.8, Source: rus, Target: chn,
		Date: "2025-02-04", DatePrecision: "day", Sentence: "Russia and China met.", Span: doc.Span{Start: 0, End: 21},
		HappeningKey: "CONSULT|Q148|Q159|fact", Location: &doc.Place{Name: "Beijing", Country: "CHN", Lat: 39.9, Lon: 116.4}}
	denied := doc.Event{Type: "ASSAULT", CAMEO: "190", QuadClass: 4, Goldstein: -10, Source: rus, Target: ukr,
		Negated: true, Sentence: "Russia denied attacking Ukraine.", HappeningKey: "ASSAULT|Q159|Q212|negated"}
	arts := []doc.Article{
		{Title: "Talks", Outlet: "A", URL: "https://a.example/1", Text: "Russia and China met.", Events: []doc.Event{meet},
			Published: time.Date(2025, 2, 4, 0, 0, 0, 0, time.UTC)},
		{Title: "Talks again", Outlet: "B", Text: "Russia and China met. Russia denied attacking Ukraine.",
			Events: []doc.Event{meet, denied}, Published: time.Date(2025, 2, 5, 10, 30, 0, 0, time.UTC)},
		{Title: "Undated", Text: "Nothing happened."},
	}
	if _, err := st.SaveDocument(ctx, &doc.Document{Source: "in.txt", Kind: doc.KindText, Hash: "h", Text: "x"}, arts); err != nil {
		t.Fatal(err)
	}
	var as []store.StoryAssignment
	for _, a := range arts {
		as = append(as, store.StoryAssignment{Article: a.ID, Story: 1})
	}
	if err := st.SaveStories(ctx, as, []doc.Story{{ID: 1, Title: "Talks", Articles: []int64{arts[0].ID, arts[1].ID}}}); err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if err := st.LinkHappenings(ctx, a.ID, 7*24*time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func TestJSONL(t *testing.T) {
	st := fixture(t)
	var b bytes.Buffer
	if err := JSONL(context.Background(), st, &b, store.Filter{}); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	var published []any
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		kinds[rec["kind"].(string)]++
		if rec["kind"] == "article" {
			published = append(published, rec["published"])
		}
		if rec["kind"] == "event" && rec["type"] == "CONSULT" && rec["mentions"].(float64) != 2 {
			t.Errorf("meeting reported twice has mentions = %v", rec["mentions"])
		}
	}
	if kinds["article"] != 3 || kinds["event"] != 3 || kinds["story"] != 1 {
		t.Errorf("kinds = %v", kinds)
	}
	if published[0] != "2025-02-04" || published[1] != "2025-02-05T10:30:00Z" || published[2] != nil {
		t.Errorf("published = %v", published)
	}
}

func TestCSV(t *testing.T) {
	var b bytes.Buffer
	if err := CSV(context.Background(), fixture(t), &b, store.Filter{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || rows[0][0] != "id" || rows[1][4] != "CONSULT" || rows[3][19] != "true" {
		t.Errorf("rows = %v", rows)
	}
	if rows[1][1] != rows[2][1] || rows[1][1] == rows[3][1] {
		t.Errorf("happening ids = %s %s %s", rows[1][1], rows[2][1], rows[3][1])
	}
}

func TestGDELT(t *testing.T) {
	var b bytes.Buffer
	if err := GDELT(context.Background(), fixture(t), &b, store.Filter{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	// The meeting once (two reports); the denied attack is no fact.
	if len(lines) != 1 {
		t.Fatalf("%d rows, want 1:\n%s", len(lines), b.String())
	}
	cols := strings.Split(lines[0], "\t")
	if len(cols) != 61 {
		t.Fatalf("%d columns, want 61", len(cols))
	}
	want := map[int]string{1: "20250204", 5: "RUS", 7: "RUS", 15: "CHN", 26: "043", 27: "043", 28: "04", 29: "1",
		31: "2", 32: "2", 33: "2", 52: "Beijing", 60: "https://a.example/1"}
	for i, w := range want {
		if cols[i] != w {
			t.Errorf("column %d = %q, want %q", i+1, cols[i], w)
		}
	}
}

func TestGraphML(t *testing.T) {
	var b bytes.Buffer
	if err := GraphML(context.Background(), fixture(t), &b, store.Filter{}); err != nil {
		t.Fatal(err)
	}
	var g struct {
		Nodes []struct {
			ID string `xml:"id,attr"`
		} `xml:"graph>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(b.Bytes(), &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) != 2 || len(g.Edges) != 1 || g.Edges[0].Source != "Q159" || g.Edges[0].Target != "Q148" {
		t.Fatalf("graph = %+v", g)
	}
	for _, d := range g.Edges[0].Data {
		if d.Key == "events" && d.Value != "1" {
			t.Errorf("events on edge = %s, want 1 happening", d.Value)
		}
	}
}
