package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// backends opens a fresh, empty store of every kind there is. PostgreSQL is
// tested against $SITREP_TEST_POSTGRES, which .ci/services starts; in CI its
// absence is a failure, not a skip.
func backends(t *testing.T) map[string]func(t *testing.T) Store {
	t.Helper()
	ctx := context.Background()
	b := map[string]func(t *testing.T) Store{
		"sqlite": func(t *testing.T) Store {
			st, err := Open(ctx, filepath.Join(t.TempDir(), "test.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		},
	}
	pg := os.Getenv("SITREP_TEST_POSTGRES")
	if pg == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("SITREP_TEST_POSTGRES is not set: CI must run .ci/services first")
		}
		t.Log("SITREP_TEST_POSTGRES not set: PostgreSQL backend not tested (run: source .ci/services)")
		return b
	}
	b["postgres"] = func(t *testing.T) Store {
		admin, err := sql.Open("pgx", pg)
		if err != nil {
			t.Fatal(err)
		}
		defer admin.Close()
		schema := fmt.Sprintf("t%d", time.Now().UnixNano())
		if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if a, err := sql.Open("pgx", pg); err == nil {
				a.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
				a.Close()
			}
		})
		st, err := Open(ctx, pg+"&search_path="+schema)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	return b
}

func sampleArticle(title string) doc.Article {
	text := "Putin met Xi in Beijing on Friday. \"We agree,\" Xi said."
	return doc.Article{
		Title: title, Outlet: "Wire", URL: "https://w.example/" + title, Text: text,
		Published: time.Date(2025, 2, 4, 0, 0, 0, 0, time.UTC),
		Span:      doc.Span{Start: 10, End: 10 + len(text)}, FirstLine: 2,
		Sentences: []doc.Sentence{{Span: doc.Span{Start: 0, End: 34}}, {Span: doc.Span{Start: 35, End: len(text)}}},
		Entities: []doc.Entity{
			{ID: "RUS-putin", Name: "Vladimir Putin", Type: doc.PER, Country: "RUS", Sector: "GOV", Code: "RUSGOV"},
			{ID: "CHN-xi", Name: "Xi Jinping", Type: doc.PER, Country: "CHN", Sector: "GOV", Code: "CHNGOV"},
		},
		Mentions: []doc.Mention{
			{Span: doc.Span{Start: 0, End: 5}, Text: "Putin", Type: doc.PER, Entity: "RUS-putin"},
			{Span: doc.Span{Start: 10, End: 12}, Text: "Xi", Type: doc.PER, Entity: "CHN-xi"},
			{Span: doc.Span{Start: 47, End: 49}, Text: "Xi", Type: doc.PER, Sentence: 1, Entity: "CHN-xi"},
		},
		Events: []doc.Event{{
			Type: "CONSULT", Mode: "visit", CAMEO: "042", QuadClass: 1, Goldstein: 1.9,
			Source: doc.ActorRef{ID: "RUS-putin", Name: "Vladimir Putin", Code: "RUSGOV"},
			Target: doc.ActorRef{ID: "CHN-xi", Name: "Xi Jinping", Code: "CHNGOV"},
			Date:   "2025-01-31", DatePrecision: "day", Trigger: "met", Sentence: text[:34],
			Span: doc.Span{Start: 0, End: 34}, Confidence: 0.9, Happening: 7,
			Location: &doc.Place{ID: "geo-1816670", Name: "Beijing", Country: "CHN", Lat: 39.9, Lon: 116.4},
		}},
		Quotes: []doc.Quote{{Text: "We agree,", Direct: true, Cue: "said", Span: doc.Span{Start: 36, End: 45}, Sentence: 1,
			CueSpan: doc.Span{Start: 50, End: 54},
			Speaker: doc.Speaker{ID: "CHN-xi", Name: "Xi Jinping", Mention: "Xi", Span: doc.Span{Start: 47, End: 49}}}},
		Timexes: []doc.Timex{{Span: doc.Span{Start: 27, End: 33}, Text: "Friday", Type: "DATE", Value: "2025-01-31", Anchored: true}},
	}
}

func TestStore(t *testing.T) {
	ctx := context.Background()
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			d := &doc.Document{Source: "dump.txt", Kind: doc.KindText, Hash: "h1", Charset: "utf-8", Text: "x"}
			arts := []doc.Article{sampleArticle("a"), sampleArticle("b")}
			created, err := st.SaveDocument(ctx, d, arts)
			if err != nil || !created || d.ID == 0 || d.Version != 1 || arts[0].ID == 0 || arts[1].ID <= arts[0].ID {
				t.Fatalf("first save: created=%v err=%v doc=%+v ids=%d,%d", created, err, d, arts[0].ID, arts[1].ID)
			}
			// The same content again is not stored twice.
			again := &doc.Document{Source: "copy.txt", Kind: doc.KindText, Hash: "h1", Text: "x"}
			if created, err := st.SaveDocument(ctx, again, []doc.Article{sampleArticle("c")}); err != nil || created || again.ID != d.ID {
				t.Fatalf("duplicate save: created=%v err=%v id=%d", created, err, again.ID)
			}
			if id, ok, err := st.DocumentByHash(ctx, "h1"); err != nil || !ok || id != d.ID {
				t.Fatalf("DocumentByHash = %d %v %v", id, ok, err)
			}
			// Changed content at the same source is a new version.
			v2 := &doc.Document{Source: "dump.txt", Kind: doc.KindText, Hash: "h2", Text: "y"}
			if _, err := st.SaveDocument(ctx, v2, nil); err != nil || v2.Version != 2 {
				t.Fatalf("second version: %v %+v", err, v2)
			}

			var got []doc.Article
			st.Articles(ctx, Filter{}, func(a doc.Article) error { got = append(got, a); return nil })
			if len(got) != 2 || got[0].Title != "a" || got[0].Document != "dump.txt" || got[0].Span != arts[0].Span ||
				!got[0].Published.Equal(arts[0].Published) || got[0].Text != arts[0].Text || got[0].FirstLine != 2 {
				t.Fatalf("articles = %+v", got)
			}

			var ents []doc.Entity
			st.Entities(ctx, Filter{}, func(e doc.Entity) error { ents = append(ents, e); return nil })
			if len(ents) != 2 || ents[1].ID != "RUS-putin" || ents[1].Mentions["Putin"] != 2 || ents[0].Mentions["Xi"] != 4 {
				t.Fatalf("entities = %+v", ents)
			}

			var evs []EventRecord
			st.Events(ctx, Filter{Actor: "RUSGOV", Type: "consult", Since: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)},
				func(e EventRecord) error { evs = append(evs, e); return nil })
			if len(evs) != 2 || evs[0].Article != arts[0].ID || evs[0].Location == nil || evs[0].Location.Name != "Beijing" ||
				evs[0].Mentions != 2 || evs[0].Sentence != arts[0].Events[0].Sentence {
				t.Fatalf("events = %+v", evs)
			}
			var none int
			st.Events(ctx, Filter{Target: "RUSGOV"}, func(EventRecord) error { none++; return nil })
			if none != 0 {
				t.Errorf("target filter matched %d events", none)
			}

			var qs []QuoteRecord
			st.Quotes(ctx, Filter{Actor: "Xi Jinping"}, func(q QuoteRecord) error { qs = append(qs, q); return nil })
			if len(qs) != 2 || !qs[0].Direct || qs[0].Speaker.Mention != "Xi" || qs[0].Span != arts[0].Quotes[0].Span ||
				qs[0].Speaker.Span != arts[0].Quotes[0].Speaker.Span || qs[0].CueSpan != arts[0].Quotes[0].CueSpan {
				t.Fatalf("quotes = %+v", qs)
			}

			story := doc.Story{ID: 1, Title: "a", FirstSeen: arts[0].Published, LastSeen: arts[0].Published,
				Articles: []int64{arts[0].ID, arts[1].ID}, Outlets: []string{"Wire"}}
			err = st.SaveStories(ctx, []StoryAssignment{{Article: arts[0].ID, Story: 1, State: []byte{1, 2}}}, []doc.Story{story})
			if err != nil {
				t.Fatal(err)
			}
			// A pending article is not among the placed ones until it is placed.
			if err := st.SaveStories(ctx, []StoryAssignment{{Article: arts[1].ID, State: []byte{9}}}, nil); err != nil {
				t.Fatal(err)
			}
			var pending []StoryAssignment
			st.PendingStories(ctx, func(a StoryAssignment) error { pending = append(pending, a); return nil })
			if len(pending) != 1 || pending[0].Article != arts[1].ID || pending[0].State[0] != 9 {
				t.Fatalf("pending = %+v", pending)
			}
			err = st.SaveStories(ctx, []StoryAssignment{{Article: arts[1].ID, Story: 1, DuplicateOf: arts[0].ID, State: []byte{3}}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			pending = nil
			st.PendingStories(ctx, func(a StoryAssignment) error { pending = append(pending, a); return nil })
			if len(pending) != 0 {
				t.Fatalf("still pending after placing: %+v", pending)
			}
			var states []StoryAssignment
			st.StoryState(ctx, func(a StoryAssignment) error { states = append(states, a); return nil })
			if len(states) != 2 || states[1].DuplicateOf != arts[0].ID || string(states[0].State) != "\x01\x02" {
				t.Fatalf("story state = %+v", states)
			}
			var stories []doc.Story
			st.Stories(ctx, Filter{}, func(s doc.Story) error { stories = append(stories, s); return nil })
			if len(stories) != 1 || len(stories[0].Articles) != 2 || stories[0].Entities == nil {
				t.Fatalf("stories = %+v", stories)
			}
			got = nil
			st.Articles(ctx, Filter{Article: arts[1].ID}, func(a doc.Article) error { got = append(got, a); return nil })
			if len(got) != 1 || got[0].Story != 1 || got[0].DuplicateOf != arts[0].ID {
				t.Fatalf("article after story = %+v", got)
			}

			stats, err := st.Stats(ctx)
			want := Stats{Documents: 2, Articles: 2, Sentences: 4, Entities: 2, Mentions: 6, Events: 2, Quotes: 2, Timexes: 2, Stories: 1}
			if err != nil || stats != want {
				t.Fatalf("stats = %+v, %v; want %+v", stats, err, want)
			}
		})
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "re.db")
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveDocument(ctx, &doc.Document{Source: "s", Kind: doc.KindText, Hash: "h", Text: "t"}, []doc.Article{sampleArticle("a")}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	st, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if s, _ := st.Stats(ctx); s.Articles != 1 || s.Documents != 1 {
		t.Fatalf("after reopen: %+v", s)
	}
}

func TestLinkHappenings(t *testing.T) {
	ctx := context.Background()
	for name, open := range backends(t) {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			ev := func(key, date string) doc.Event {
				return doc.Event{Type: "CONSULT", HappeningKey: key, Date: date, Sentence: "s"}
			}
			// Articles 1 and 2 in story 1, article 3 in story 2.
			arts := []doc.Article{
				{Text: "a", Events: []doc.Event{ev("meet|RUS|CHN", "2025-02-04"), ev("meet|RUS|CHN", "2025-02-04"), ev("attack|X|Y", "")}},
				{Text: "b", Events: []doc.Event{ev("meet|RUS|CHN", "2025-02-06"), ev("meet|RUS|CHN", "2025-06-01")}},
				{Text: "c", Events: []doc.Event{ev("meet|RUS|CHN", "2025-02-04")}},
			}
			if _, err := st.SaveDocument(ctx, &doc.Document{Source: "s", Kind: doc.KindText, Hash: "h", Text: "t"}, arts); err != nil {
				t.Fatal(err)
			}
			err := st.SaveStories(ctx, []StoryAssignment{{Article: arts[0].ID, Story: 1}, {Article: arts[1].ID, Story: 1},
				{Article: arts[2].ID, Story: 2}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range arts {
				if err := st.LinkHappenings(ctx, a.ID, 7*24*time.Hour); err != nil {
					t.Fatal(err)
				}
			}
			var got []int64
			st.Events(ctx, Filter{}, func(e EventRecord) error { got = append(got, e.Happening); return nil })
			// same meeting in one article and a report two days later share a
			// happening; a report months later, another story, and another
			// kind of event do not.
			h := got[0]
			want := []int64{h, h, got[2], h, got[4], got[5]}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("happenings = %v", got)
				}
			}
			if got[2] == h || got[4] == h || got[5] == h || got[4] == got[5] {
				t.Fatalf("distinct happenings merged: %v", got)
			}
		})
	}
}

// TestConcurrentOpen opens one new store from several processes' worth of
// connections at once, as workers starting together do: each migration must
// run once and every opener must succeed.
func TestConcurrentOpen(t *testing.T) {
	ctx := context.Background()
	locations := map[string]string{"sqlite": filepath.Join(t.TempDir(), "c.db")}
	if pg := os.Getenv("SITREP_TEST_POSTGRES"); pg != "" {
		admin, err := sql.Open("pgx", pg)
		if err != nil {
			t.Fatal(err)
		}
		defer admin.Close()
		schema := fmt.Sprintf("c%d", time.Now().UnixNano())
		if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
			t.Fatal(err)
		}
		defer admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
		locations["postgres"] = pg + "&search_path=" + schema
	} else if os.Getenv("CI") != "" {
		t.Fatal("SITREP_TEST_POSTGRES is not set: CI must run .ci/services first")
	}
	for name, loc := range locations {
		t.Run(name, func(t *testing.T) {
			const n = 8
			errs := make(chan error, n)
			for range n {
				go func() {
					st, err := Open(ctx, loc)
					if err == nil {
						err = st.Close()
					}
					errs <- err
				}()
			}
			for range n {
				if err := <-errs; err != nil {
					t.Error(err)
				}
			}
			st, err := Open(ctx, loc)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			var rows, max int
			db := st.(*sqlStore).db
			if err := db.QueryRowContext(ctx, `SELECT COUNT(*), MAX(version) FROM schema_migrations`).Scan(&rows, &max); err != nil {
				t.Fatal(err)
			}
			if rows != len(migrations) || max != len(migrations) {
				t.Fatalf("schema_migrations has %d rows up to %d; want %d", rows, max, len(migrations))
			}
		})
	}
}
