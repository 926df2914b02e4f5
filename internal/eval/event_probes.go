package eval

import (
	"cmp"
	_ "embed"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

//go:embed probes/cameo.tsv
var cameoProbes string

// Probe is one sentence written for a CAMEO code, or labelled with a
// PLOVER type.
type Probe struct {
	Code, Sentence string
	Type           string // the expected PLOVER type, when given directly
}

// CameoProbes returns the embedded codebook probes (probes/cameo.tsv).
func CameoProbes() ([]Probe, error) {
	var out []Probe
	for n, line := range strings.Split(cameoProbes, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, sentence, ok := strings.Cut(line, "\t")
		if !ok || code == "" || sentence == "" {
			return nil, fmt.Errorf("probes/cameo.tsv line %d: want code<TAB>sentence", n+1)
		}
		out = append(out, Probe{Code: code, Sentence: sentence})
	}
	return out, nil
}

// ProbeResult counts probes whose most confident event has the expected
// PLOVER type.
type ProbeResult struct {
	Probes, Right int
	Misses        []string
}

// EvalProbes scores events coded for each probe against its PLOVER type:
// the one it is labelled with, else the one typeOf gives its code; probes
// without a type (CAMEO 01, public statements) are left out.
func EvalProbes(probes []Probe, events [][]doc.Event, typeOf func(code string) string) ProbeResult {
	var r ProbeResult
	for i, p := range probes {
		want := p.Type
		if want == "" && typeOf != nil {
			want = typeOf(p.Code)
		}
		if want == "" {
			continue
		}
		r.Probes++
		best := -1
		for j, e := range events[i] {
			if best < 0 || e.Confidence > events[i][best].Confidence {
				best = j
			}
		}
		got := "-"
		if best >= 0 {
			got = events[i][best].Type
		}
		if got == want {
			r.Right++
		} else {
			r.Misses = append(r.Misses, fmt.Sprintf("%s want %s got %s | %s", cmp.Or(p.Code, p.Type), want, got, p.Sentence))
		}
	}
	return r
}
