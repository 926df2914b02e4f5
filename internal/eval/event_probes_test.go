package eval

import (
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

func TestCameoProbesParse(t *testing.T) {
	probes, err := CameoProbes()
	if err != nil {
		t.Fatal(err)
	}
	if len(probes) < 150 {
		t.Fatalf("%d probes, want the whole file", len(probes))
	}
	for _, p := range probes {
		if len(p.Code) < 3 || p.Sentence[len(p.Sentence)-1] != '.' {
			t.Errorf("probe %+v: want a CAMEO code and a sentence", p)
		}
	}
}

func TestEvalProbes(t *testing.T) {
	probes := []Probe{{Code: "190", Sentence: "A attacked B."}, {Code: "040", Sentence: "A met B."},
		{Code: "010", Sentence: "A said so."}, {Code: "112", Sentence: "A accused B."},
		{Type: "PROTEST", Sentence: "Crowds Rally in A."}}
	events := [][]doc.Event{
		{{Type: "ASSAULT", Confidence: 0.9}, {Type: "ACCUSE", Confidence: 0.5}}, // right
		{{Type: "AGREE", Confidence: 0.9}, {Type: "CONSULT", Confidence: 0.6}},  // most confident is wrong
		{},                                 // no PLOVER type: left out
		nil,                                // nothing coded: wrong
		{{Type: "PROTEST", Confidence: 1}}, // labelled type: right
	}
	types := map[string]string{"190": "ASSAULT", "040": "CONSULT", "112": "ACCUSE"}
	r := EvalProbes(probes, events, func(c string) string { return types[c] })
	if r.Probes != 4 || r.Right != 2 || len(r.Misses) != 2 {
		t.Errorf("EvalProbes = %d/%d, misses %q; want 2/4 and two misses", r.Right, r.Probes, r.Misses)
	}
}

func TestLoadHeadlines(t *testing.T) {
	hs, err := LoadHeadlines("testdata/headlines.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []Probe{
		{Type: "ASSAULT", Sentence: "Rebels Shell Aleppo Suburbs."},
		{Type: "CONSULT", Sentence: "Egypt and Pakistan Hold Talks in Lagos?"},
		{Type: "ACCUSE", Sentence: "Brazil Accuses Mexico, Germany of Fraud."},
	}
	if len(hs) != len(want) {
		t.Fatalf("got %d headlines, want %d: %+v", len(hs), len(want), hs)
	}
	for i := range want {
		if hs[i] != want[i] {
			t.Errorf("headline %d = %+v, want %+v", i, hs[i], want[i])
		}
	}
	if _, err := LoadHeadlines("testdata/missing.csv"); err == nil {
		t.Error("a missing file gave no error")
	}
}
