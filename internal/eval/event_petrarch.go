package eval

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/event/cameo"
)

// PetrarchRecord is one PETRARCH2 unit-test sentence with its expected codings.
type PetrarchRecord struct {
	ID       string
	Category string
	Date     time.Time
	Text     string
	Parse    string
	Codings  []PetrarchCoding // empty when the record expects no event
}

// PetrarchCoding is one expected (source, target, CAMEO code) triple.
type PetrarchCoding struct{ Source, Target, Code string }

func (c PetrarchCoding) String() string { return c.Source + " " + c.Target + " " + c.Code }

// LoadPetrarchRecords reads PETR.UnitTest.records.xml.
func LoadPetrarchRecords(path string) ([]PetrarchRecord, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var v struct {
		Sentences []struct {
			ID       string `xml:"id,attr"`
			Category string `xml:"category,attr"`
			Date     string `xml:"date,attr"`
			Codings  []struct {
				Source   string `xml:"sourcecode,attr"`
				Target   string `xml:"targetcode,attr"`
				Event    string `xml:"eventcode,attr"`
				NoEvents string `xml:"noevents,attr"`
			} `xml:"EventCoding"`
			Text  string `xml:"Text"`
			Parse string `xml:"Parse"`
		} `xml:"Sentences>Sentence"`
	}
	dec := xml.NewDecoder(strings.NewReader(string(raw)))
	dec.Strict = false
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	var out []PetrarchRecord
	for _, s := range v.Sentences {
		r := PetrarchRecord{ID: s.ID, Category: s.Category, Text: strings.Join(strings.Fields(s.Text), " "), Parse: s.Parse}
		r.Date, _ = time.Parse("20060102", s.Date)
		for _, c := range s.Codings {
			if c.Event == "" {
				continue
			}
			r.Codings = append(r.Codings, PetrarchCoding{Source: strings.Trim(c.Source, `"`), Target: strings.Trim(c.Target, `"`), Code: c.Event})
		}
		out = append(out, r)
	}
	return out, nil
}

// PetrarchResult is the unit-test score.
type PetrarchResult struct {
	Records, Expected, Found, Extra, ParseErrors int
	Misses                                       []string // "id: expected ... got ..." for the first failures
}

// FoundRate is the share of expected codings that were produced.
func (r PetrarchResult) FoundRate() float64 { return evRatio(r.Found, r.Expected) }

// ExtraRate is the number of produced codings not expected, over expected.
func (r PetrarchResult) ExtraRate() float64 { return evRatio(r.Extra, r.Expected) }

func evRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// PetrarchModel builds the coder model from the unit tests' own dictionaries.
func PetrarchModel(dir string) (*cameo.Model, error) {
	return cameo.CompileWith("",
		filepath.Join(dir, "PETR.Validate.verbs.txt"),
		[]string{filepath.Join(dir, "PETR.Validate.actors.txt")},
		filepath.Join(dir, "PETR.Validate.agents.txt"),
		filepath.Join(dir, "PETR.Validate.discards.txt"))
}

// EvalPetrarch codes every record from its own Treebank parse (converted to
// dependencies) with the unit-test dictionaries and compares the (source,
// target, code) triples with the expected ones.
func EvalPetrarch(records []PetrarchRecord, model *cameo.Model) (PetrarchResult, error) {
	coder, err := event.New(event.WithModel(model), event.KeepUnmapped(), event.RequireDyad(), event.WithoutStatedIntent(), event.WithSentenceDiscards())
	if err != nil {
		return PetrarchResult{}, err
	}
	var res PetrarchResult
	for _, rec := range records {
		res.Records++
		res.Expected += len(rec.Codings)
		tree, err := parsePTB(rec.Parse)
		if err != nil {
			res.ParseErrors++
			continue
		}
		toks, text := ptbToUD(tree)
		a := &doc.Article{Text: text, Published: rec.Date,
			Sentences: []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text)}, Tokens: toks}}}
		coder.Annotate(a)
		got := map[string]bool{}
		for _, e := range a.Events {
			got[PetrarchCoding{Source: petrarchActor(e.Source), Target: petrarchActor(e.Target), Code: e.CAMEO}.String()] = true
		}
		want := map[string]bool{}
		for _, c := range rec.Codings {
			want[c.String()] = true
		}
		found := 0
		for w := range want {
			if got[w] {
				found++
			}
		}
		extra := 0
		for g := range got {
			if !want[g] {
				extra++
			}
		}
		res.Found += found
		res.Extra += extra
		if found < len(want) || extra > 0 {
			res.Misses = append(res.Misses, fmt.Sprintf("%s: want %v got %v | %s", rec.ID, evKeys(want), evKeys(got), rec.Text))
		}
	}
	return res, nil
}

func evKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// petrarchActor writes an actor code as PETRARCH does: a bare agent with no
// country ("police", COP) as ---COP, an unknown actor as ---.
func petrarchActor(a doc.ActorRef) string {
	if a.Code == "" {
		return "---"
	}
	if a.Code != "" && event.CountryOf(a) == "" {
		return "---" + a.Code
	}
	return a.Code
}
