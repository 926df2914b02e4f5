package event

import (
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

func TestMerge(t *testing.T) {
	rus := doc.ActorRef{ID: "Q159", Name: "Russia", Code: "RUS"}
	ukr := doc.ActorRef{ID: "Q212", Name: "Ukraine", Code: "UKR"}
	chn := doc.ActorRef{ID: "Q148", Name: "China", Code: "CHN"}
	ev := func(typ string, s, tg doc.ActorRef, date string, conf float64, neg bool) doc.Event {
		return doc.Event{Type: typ, Source: s, Target: tg, Date: date, Confidence: conf, Negated: neg}
	}
	in := []Mention{
		{Event: ev("ASSAULT", rus, ukr, "2025-03-01", 0.9, false), Article: 1, Outlet: "a"},
		{Event: ev("ASSAULT", rus, ukr, "2025-03-02", 0.6, false), Article: 2, Outlet: "b"},
		{Event: ev("ASSAULT", rus, ukr, "2025-03-02", 0.6, false), Article: 2, Outlet: "b"},
		{Event: ev("ASSAULT", rus, ukr, "2025-04-20", 0.9, false), Article: 3, Outlet: "a"}, // a month later: another attack
		{Event: ev("CONSULT", rus, chn, "2025-03-01", 0.9, false), Article: 1, Outlet: "a"},
		{Event: ev("CONSULT", chn, rus, "2025-03-01", 0.8, false), Article: 4, Outlet: "c"}, // same meeting, other side
		{Event: ev("ASSAULT", ukr, rus, "2025-03-01", 0.9, false), Article: 1, Outlet: "a"}, // direction matters
		{Event: ev("CONSULT", rus, ukr, "2025-03-01", 0.95, true), Article: 5, Outlet: "d"}, // "did not meet"
	}
	hs := Merge(in, 7*24*time.Hour)
	type want struct{ mentions, articles, outlets int }
	got := map[string][]want{}
	for _, h := range hs {
		got[h.Key] = append(got[h.Key], want{len(h.Mentions), h.Articles, h.Outlets})
		for _, m := range h.Mentions {
			if m.Event.Happening == 0 {
				t.Errorf("mention without happening id")
			}
		}
	}
	check := func(key string, w []want) {
		t.Helper()
		g := got[key]
		if len(g) != len(w) {
			t.Fatalf("%s: %d happenings %v, want %d", key, len(g), g, len(w))
		}
		for i := range w {
			if g[i] != w[i] {
				t.Errorf("%s[%d] = %+v, want %+v", key, i, g[i], w[i])
			}
		}
	}
	check(HappeningKey(in[0].Event), []want{{3, 2, 2}, {1, 1, 1}})
	check(HappeningKey(in[4].Event), []want{{2, 2, 2}})
	check(HappeningKey(in[6].Event), []want{{1, 1, 1}})
	check(HappeningKey(in[7].Event), []want{{1, 1, 1}})
	if HappeningKey(in[7].Event) == HappeningKey(ev("CONSULT", rus, ukr, "", 0, false)) {
		t.Errorf("a negated mention shares the key of a factual one")
	}
	for _, h := range hs {
		if h.Key == HappeningKey(in[0].Event) && h.Mentions[0].Event.Date == "2025-03-01" && h.Event.Confidence != 0.9 {
			t.Errorf("representative is not the most confident mention: %+v", h.Event)
		}
	}
}
