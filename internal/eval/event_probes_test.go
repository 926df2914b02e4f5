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
	probes := []Probe{{"190", "A attacked B."}, {"040", "A met B."}, {"010", "A said so."}, {"112", "A accused B."}}
	events := [][]doc.Event{
		{{Type: "ASSAULT", Confidence: 0.9}, {Type: "ACCUSE", Confidence: 0.5}}, // right
		{{Type: "AGREE", Confidence: 0.9}, {Type: "CONSULT", Confidence: 0.6}},  // most confident is wrong
		{},  // no PLOVER type: left out
		nil, // nothing coded: wrong
	}
	types := map[string]string{"190": "ASSAULT", "040": "CONSULT", "112": "ACCUSE"}
	r := EvalProbes(probes, events, func(c string) string { return types[c] })
	if r.Probes != 3 || r.Right != 1 || len(r.Misses) != 2 {
		t.Errorf("EvalProbes = %d/%d, misses %q; want 1/3 and two misses", r.Right, r.Probes, r.Misses)
	}
}
