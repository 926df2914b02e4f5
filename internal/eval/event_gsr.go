package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// GSRActor is one actor of a PLOVER gold-standard record.
type GSRActor struct {
	Text string `json:"actorText"`
	Code string `json:"code"`
}

// GSRRecord is one human-coded PLOVER 0.5 sentence.
type GSRRecord struct {
	ID      string
	Text    string
	Date    string
	Type    string // mapped to today's 16 PLOVER types
	Raw     string // the type as coded (PLOVER 0.5)
	Mode    string
	Sources []GSRActor
	Targets []GSRActor
}

// plover05 maps PLOVER 0.5 types that the current codebook folds into others
// (PLOVER manual, CAMEO translation table: 19 FIGHT -> ASSAULT, 10 DEMAND ->
// REQUEST, 09 INVESTIGATE and 11 DISAPPROVE -> ACCUSE).
var plover05 = map[string]string{"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "INVESTIGATE": "ACCUSE", "DISAPPROVE": "ACCUSE"}

// LoadGSR reads plover-gsr-dev.json, skipping the documentation record.
func LoadGSR(path string) ([]GSRRecord, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var recs []map[string]json.RawMessage
	if err := json.Unmarshal(raw, &recs); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	str := func(m map[string]json.RawMessage, k string) string {
		var s string
		_ = json.Unmarshal(m[k], &s)
		return s
	}
	actors := func(m map[string]json.RawMessage, k string) []GSRActor {
		var a []GSRActor
		_ = json.Unmarshal(m[k], &a) // "" or null when there is none
		return a
	}
	var out []GSRRecord
	for _, m := range recs {
		r := GSRRecord{ID: str(m, "id"), Text: strings.Trim(strings.TrimSpace(str(m, "text")), "{}"), Date: str(m, "date"),
			Raw: str(m, "event"), Mode: str(m, "mode"), Sources: actors(m, "source"), Targets: actors(m, "target")}
		if r.Raw == "" || r.Raw == "DOCUMENT" || r.Text == "" {
			continue
		}
		r.Type = r.Raw
		if t, ok := plover05[r.Raw]; ok {
			r.Type = t
		}
		out = append(out, r)
	}
	return out, nil
}

// GSRResult holds the PLOVER GSR scores.
type GSRResult struct {
	Records     int
	TypeCorrect int // the most confident event has the gold type
	TypeAny     int // some event has the gold type
	TripleExact int // the most confident event has gold type, source and target
	TripleAny   int // some event has gold type, source and target
	NoEvent     int // records where nothing was coded
	PerType     map[string][2]int
	Errors      []string
}

// TypeAccuracy is TypeCorrect over Records.
func (r GSRResult) TypeAccuracy() float64 { return evRatio(r.TypeCorrect, r.Records) }

// TripleAccuracy is TripleExact over Records.
func (r GSRResult) TripleAccuracy() float64 { return evRatio(r.TripleExact, r.Records) }

// ActorMatches is the actor-matching rule of the GSR score: the predicted
// actor code and the gold code share their first three letters (the country,
// or IGO/NGO for organisations), or, when either code is missing, one actor
// text contains the other (case-insensitive).
func ActorMatches(pred doc.ActorRef, gold GSRActor) bool {
	pc, gc := strings.ToUpper(pred.Code), strings.ToUpper(gold.Code)
	if len(pc) >= 3 && len(gc) >= 3 {
		if pc[:3] == gc[:3] {
			return true
		}
	}
	pn, gn := strings.ToLower(strings.TrimSpace(pred.Name)), strings.ToLower(strings.TrimSpace(gold.Text))
	if pn == "" || gn == "" {
		return false
	}
	return strings.Contains(pn, gn) || strings.Contains(gn, pn)
}

func anyActor(pred doc.ActorRef, gold []GSRActor) bool {
	for _, g := range gold {
		if ActorMatches(pred, g) {
			return true
		}
	}
	return false
}

// tripleMatches: source matches a gold source; target matches a gold target,
// or, when the gold has no target, is empty or another gold source (a joint
// event coded as one actor acting with the other).
func tripleMatches(e doc.Event, r GSRRecord) bool {
	if e.Type != r.Type {
		return false
	}
	if len(r.Sources) > 0 && !anyActor(e.Source, r.Sources) {
		return false
	}
	if len(r.Targets) > 0 {
		return anyActor(e.Target, r.Targets)
	}
	return e.Target == (doc.ActorRef{}) || anyActor(e.Target, r.Sources)
}

// Primary picks the event a sentence is about: the most confident, the
// earliest on ties.
func Primary(evs []doc.Event) (doc.Event, bool) {
	if len(evs) == 0 {
		return doc.Event{}, false
	}
	best := 0
	for i, e := range evs {
		if e.Confidence > evs[best].Confidence {
			best = i
		}
	}
	return evs[best], true
}

// EvalGSR codes every record with code (text -> events) and scores it.
func EvalGSR(records []GSRRecord, code func(r GSRRecord) []doc.Event) GSRResult {
	res := GSRResult{PerType: map[string][2]int{}}
	for _, r := range records {
		res.Records++
		evs := code(r)
		pt := res.PerType[r.Type]
		pt[1]++
		p, ok := Primary(evs)
		if !ok {
			res.NoEvent++
		}
		if ok && p.Type == r.Type {
			res.TypeCorrect++
			pt[0]++
		}
		if ok && tripleMatches(p, r) {
			res.TripleExact++
		}
		anyType, anyTriple := false, false
		for _, e := range evs {
			anyType = anyType || e.Type == r.Type
			anyTriple = anyTriple || tripleMatches(e, r)
		}
		if anyType {
			res.TypeAny++
		}
		if anyTriple {
			res.TripleAny++
		}
		res.PerType[r.Type] = pt
		if !ok || !tripleMatches(p, r) {
			var got []string
			for _, e := range evs {
				got = append(got, fmt.Sprintf("%s %s->%s (%.2f)", e.Type, e.Source.Code, e.Target.Code, e.Confidence))
			}
			res.Errors = append(res.Errors, fmt.Sprintf("%s gold %s %v->%v got %v | %s", r.ID, r.Type, r.Sources, r.Targets, got, r.Text))
		}
	}
	return res
}

// PerTypeLines formats the per-type type accuracy, sorted by type.
func (r GSRResult) PerTypeLines() []string {
	var types []string
	for t := range r.PerType {
		types = append(types, t)
	}
	sort.Strings(types)
	var out []string
	for _, t := range types {
		c := r.PerType[t]
		out = append(out, fmt.Sprintf("%-10s %3d/%-3d %.2f", t, c[0], c[1], evRatio(c[0], c[1])))
	}
	return out
}
