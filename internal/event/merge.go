package event

import (
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// Mention is one report of an event: the coded event and where it was read.
type Mention struct {
	Event   doc.Event
	Article int64
	Outlet  string
	Story   int64 // 0 when unknown
}

// Happening is one real happening and every mention that reports it.
type Happening struct {
	Key      string
	Event    doc.Event // the most confident factual mention (or most confident at all)
	Mentions []Mention
	Articles int // distinct articles
	Outlets  int // distinct outlets
	Factual  bool
}

// symmetric types have no direction: "X met Y" and "Y met X" are one happening.
var symmetric = set("CONSULT", "COOPERATE")

func actorKey(a doc.ActorRef) string {
	switch {
	case a.ID != "":
		return a.ID
	case a.Code != "":
		return a.Code
	}
	return strings.ToLower(a.Name)
}

// HappeningKey is the part of an event that every mention of one happening
// shares: type, source and target (unordered for symmetric types) and
// whether it is told as fact, negated, conditional or future. Mentions
// with equal keys are one happening when their dates also fall in one window
// and their stories agree; Merge applies those.
func HappeningKey(e doc.Event) string {
	s, t := actorKey(e.Source), actorKey(e.Target)
	if symmetric[e.Type] && t < s {
		s, t = t, s
	}
	// a denied, conditional or announced event is a different claim from
	// the fact; alleged reports of the fact do merge with it
	claim := "fact"
	switch {
	case e.Negated:
		claim = "negated"
	case e.Hypothetical:
		claim = "hypothetical"
	case e.Future:
		claim = "future"
	}
	return e.Type + "|" + s + "|" + t + "|" + claim
}

// Merge groups mentions into happenings: same HappeningKey, dates within
// window of the group's previous mention, and the same story when both
// mentions know theirs. Happening ids are assigned to Event.Happening in the
// returned mentions (1-based, in output order).
func Merge(in []Mention, window time.Duration) []Happening {
	type item struct {
		m Mention
		t time.Time
	}
	groups := map[string][]item{}
	var keys []string
	for _, m := range in {
		k := HappeningKey(m.Event)
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		t, _ := time.Parse("2006-01-02", m.Event.Date)
		groups[k] = append(groups[k], item{m, t})
	}
	sort.Strings(keys)
	var out []Happening
	for _, k := range keys {
		items := groups[k]
		sort.SliceStable(items, func(i, j int) bool { return items[i].t.Before(items[j].t) })
		var cur *Happening
		var last time.Time
		var story int64
		for _, it := range items {
			sameStory := story == 0 || it.m.Story == 0 || it.m.Story == story
			if cur == nil || !sameStory || !last.IsZero() && !it.t.IsZero() && it.t.Sub(last) > window {
				out = append(out, Happening{Key: k})
				cur = &out[len(out)-1]
				story = 0
			}
			cur.Mentions = append(cur.Mentions, it.m)
			if !it.t.IsZero() {
				last = it.t
			}
			if it.m.Story != 0 {
				story = it.m.Story
			}
		}
	}
	for i := range out {
		h := &out[i]
		arts, outlets := map[int64]bool{}, map[string]bool{}
		best := -1
		for j := range h.Mentions {
			m := &h.Mentions[j]
			m.Event.Happening = int64(i + 1)
			arts[m.Article] = true
			if m.Outlet != "" {
				outlets[m.Outlet] = true
			}
			f := factual(m.Event)
			if f {
				h.Factual = true
			}
			if best < 0 || better(m.Event, h.Mentions[best].Event) {
				best = j
			}
		}
		h.Event = h.Mentions[best].Event
		h.Articles, h.Outlets = len(arts), len(outlets)
	}
	return out
}

func factual(e doc.Event) bool { return !e.Negated && !e.Hypothetical && !e.Future && !e.Alleged }

func better(a, b doc.Event) bool {
	if factual(a) != factual(b) {
		return factual(a)
	}
	return a.Confidence > b.Confidence
}
