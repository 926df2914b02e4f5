package cameo

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// Coding is what a CAMEO code means in PLOVER terms.
type Coding struct {
	Type      string  // PLOVER event type, "" when PLOVER drops the code
	Mode      string  // PLOVER mode, may be ""
	Context   string  // PLOVER context, may be ""
	QuadClass int     // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict, 0 neutral
	Goldstein float64 // Goldstein conflict-cooperation score
}

// codebookOverrides are the CAMEO codes whose type in CAMEO2PLOVER-2021.txt
// contradicts the PLOVER manual: the table maps 163 (impose embargo, boycott
// or sanctions) to COERCE, while the manual's SANCTION section says
// "International (political or economic) sanctions are coded as
// `discontinue'" under SANCTION; it maps 0813 and 0814 (ease curfew, state of
// emergency) to RETREAT, while the manual's CONCEDE section covers "easing of
// administrative or legal restrictions ..., removing curfews".
var codebookOverrides = map[string]Coding{
	"163":  {Type: "SANCTION", Mode: "discontinue", Context: "economic"},
	"0813": {Type: "CONCEDE", Context: "legal"},
	"0814": {Type: "CONCEDE", Context: "legal"},
}

// ParsePLOVERMap reads CAMEO2PLOVER-2021.txt: "0312: AGREE,  ,   military # ...".
func ParsePLOVERMap(r io.Reader) (map[string]Coding, error) {
	out := map[string]Coding{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		i := strings.Index(line, ":")
		if i <= 0 {
			continue
		}
		code := strings.TrimSpace(line[:i])
		if _, err := strconv.Atoi(code); err != nil {
			continue
		}
		f := strings.Split(line[i+1:], ",")
		c := Coding{Type: strings.TrimSpace(f[0])}
		if len(f) > 1 {
			c.Mode = strings.TrimSpace(f[1])
		}
		if len(f) > 2 {
			c.Context = strings.TrimSpace(strings.Join(f[2:], ","))
		}
		if c.Type == "" {
			continue
		}
		out[code] = c
	}
	return out, sc.Err()
}

// Score is the Goldstein value and quad class of a CAMEO code.
type Score struct {
	Goldstein float64
	QuadClass int
}

// ParseGoldstein reads cameo_goldstein_quad.tsv.
func ParseGoldstein(r io.Reader) (map[string]Score, error) {
	out := map[string]Score{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 4 {
			continue
		}
		g, err1 := strconv.ParseFloat(f[1], 64)
		q, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil {
			continue
		}
		out[f[0]] = Score{Goldstein: g, QuadClass: q}
	}
	return out, sc.Err()
}

// ModeDef is one PLOVER mode with its definition from the codebook.
type ModeDef struct {
	Type, Mode, Definition string
}

// ParseCodebook reads PLOVER_structured_codebook_updated.csv
// (event,mode,event_def,mode_def,...): one ModeDef per distinct event+mode.
func ParseCodebook(r io.Reader) ([]ModeDef, error) {
	recs, err := readCSV(r)
	if err != nil {
		return nil, err
	}
	var out []ModeDef
	seen := map[string]bool{}
	for i, rec := range recs {
		if i == 0 || len(rec) < 2 {
			continue
		}
		m := ModeDef{Type: strings.ToUpper(strings.TrimSpace(rec[0])), Mode: strings.TrimSpace(rec[1])}
		if len(rec) > 3 {
			m.Definition = strings.TrimSpace(rec[3])
		}
		if m.Type != "" && !seen[m.Type+"/"+m.Mode] {
			seen[m.Type+"/"+m.Mode] = true
			out = append(out, m)
		}
	}
	return out, nil
}
