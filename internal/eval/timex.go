package eval

// TimeML reading and TIMEX3 scoring for `sitrep eval timex`.

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// TimexGold is one gold TIMEX3 of a TimeML document, with byte offsets into
// the document's plain text.
type TimexGold struct {
	Start, End int
	Text       string
	Type       string
	Value      string
}

// TimeMLDoc is one TimeML document: the plain text of its TEXT element, its
// creation time and its gold TIMEX3s.
type TimeMLDoc struct {
	Name    string
	Corpus  string // the folder it came from, e.g. TimeBank or AQUAINT
	DCT     time.Time
	Text    string
	Timexes []TimexGold
}

// ReadTimeMLDir reads every *.tml file under dir, sorted by path.
func ReadTimeMLDir(dir string) ([]TimeMLDoc, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".tml") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no .tml files", dir)
	}
	sort.Strings(paths)
	docs := make([]TimeMLDoc, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		d, err := ParseTimeML(string(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		d.Name = strings.TrimSuffix(filepath.Base(p), ".tml")
		d.Corpus = filepath.Base(filepath.Dir(p))
		docs = append(docs, d)
	}
	return docs, nil
}

// ParseTimeML reads one TimeML document.
func ParseTimeML(src string) (TimeMLDoc, error) {
	var d TimeMLDoc
	dct := between(src, "<DCT>", "</DCT>")
	if v := attr(dct, "value"); len(v) >= 10 {
		t, err := time.Parse("2006-01-02", v[:10])
		if err != nil {
			return d, fmt.Errorf("bad DCT value %q", v)
		}
		d.DCT = t
	} else {
		return d, fmt.Errorf("no DCT")
	}
	i := strings.Index(src, "<TEXT>")
	j := strings.LastIndex(src, "</TEXT>")
	if i < 0 || j < i {
		return d, fmt.Errorf("no TEXT element")
	}
	body := src[i+len("<TEXT>") : j]
	var sb strings.Builder
	var open *TimexGold
	for k := 0; k < len(body); {
		c := body[k]
		switch c {
		case '<':
			e := strings.IndexByte(body[k:], '>')
			if e < 0 {
				return d, fmt.Errorf("unclosed tag")
			}
			tag := body[k+1 : k+e]
			k += e + 1
			switch {
			case strings.HasPrefix(tag, "TIMEX3"):
				open = &TimexGold{Start: sb.Len(), Type: attr(tag, "type"), Value: attr(tag, "value")}
			case tag == "/TIMEX3" && open != nil:
				open.End = sb.Len()
				open.Text = sb.String()[open.Start:open.End]
				d.Timexes = append(d.Timexes, *open)
				open = nil
			}
		case '&':
			e := strings.IndexByte(body[k:], ';')
			if e > 0 && e < 8 {
				switch body[k+1 : k+e] {
				case "amp":
					sb.WriteByte('&')
				case "lt":
					sb.WriteByte('<')
				case "gt":
					sb.WriteByte('>')
				case "quot":
					sb.WriteByte('"')
				case "apos":
					sb.WriteByte('\'')
				default:
					sb.WriteString(body[k : k+e+1])
				}
				k += e + 1
				continue
			}
			sb.WriteByte(c)
			k++
		default:
			sb.WriteByte(c)
			k++
		}
	}
	d.Text = sb.String()
	return d, nil
}

func between(s, a, b string) string {
	i := strings.Index(s, a)
	if i < 0 {
		return ""
	}
	j := strings.Index(s[i:], b)
	if j < 0 {
		return ""
	}
	return s[i+len(a) : i+j]
}

func attr(tag, name string) string {
	key := name + `="`
	i := strings.Index(tag, key)
	if i < 0 {
		return ""
	}
	rest := tag[i+len(key):]
	j := strings.IndexByte(rest, '"')
	if j < 0 {
		return ""
	}
	return rest[:j]
}

// TimexSpan is a system or gold expression to score.
type TimexSpan struct {
	Start, End int
	Type       string
	Value      string
}

// TimexScore accumulates TempEval-3 style timex figures.
type TimexScore struct {
	Gold, Sys                      int
	StrictGoldHit, StrictSysHit    int
	RelaxedGoldHit, RelaxedSysHit  int
	Matched, ValueExact, ValueGran int
}

// Add scores one document's system expressions against its gold ones.
// Relaxed matching is any overlap; each gold expression is paired with the
// first overlapping system expression for value accuracy.
func (s *TimexScore) Add(gold, sys []TimexSpan) {
	s.Gold += len(gold)
	s.Sys += len(sys)
	for _, g := range gold {
		strict, paired := false, -1
		for k, x := range sys {
			if x.Start == g.Start && x.End == g.End {
				strict = true
			}
			if x.Start < g.End && g.Start < x.End && paired < 0 {
				paired = k
			}
		}
		if strict {
			s.StrictGoldHit++
		}
		if paired >= 0 {
			s.RelaxedGoldHit++
			s.Matched++
			gv, sv := NormTimexValue(g.Value), NormTimexValue(sys[paired].Value)
			if gv == sv {
				s.ValueExact++
			}
			if sameAtGranularity(gv, sv) {
				s.ValueGran++
			}
		}
	}
	for _, x := range sys {
		strict, relaxed := false, false
		for _, g := range gold {
			if x.Start == g.Start && x.End == g.End {
				strict = true
			}
			if x.Start < g.End && g.Start < x.End {
				relaxed = true
			}
		}
		if strict {
			s.StrictSysHit++
		}
		if relaxed {
			s.RelaxedSysHit++
		}
	}
}

// Merge adds another score's counts.
func (s *TimexScore) Merge(o TimexScore) {
	s.Gold += o.Gold
	s.Sys += o.Sys
	s.StrictGoldHit += o.StrictGoldHit
	s.StrictSysHit += o.StrictSysHit
	s.RelaxedGoldHit += o.RelaxedGoldHit
	s.RelaxedSysHit += o.RelaxedSysHit
	s.Matched += o.Matched
	s.ValueExact += o.ValueExact
	s.ValueGran += o.ValueGran
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Relaxed returns relaxed (overlap) span precision, recall and F1.
func (s TimexScore) Relaxed() (p, r, f float64) {
	p, r = ratio(s.RelaxedSysHit, s.Sys), ratio(s.RelaxedGoldHit, s.Gold)
	return p, r, f1(p, r)
}

// Strict returns exact-span precision, recall and F1.
func (s TimexScore) Strict() (p, r, f float64) {
	p, r = ratio(s.StrictSysHit, s.Sys), ratio(s.StrictGoldHit, s.Gold)
	return p, r, f1(p, r)
}

// ValueAccuracy is the share of relaxed matches whose normalised value
// equals the gold value.
func (s TimexScore) ValueAccuracy() float64 { return ratio(s.ValueExact, s.Matched) }

// ValueAccuracyAtGranularity counts a value right when it agrees with the
// gold value down to the coarser of the two granularities (1988 vs
// 1988-Q3), as PROVENANCE.txt describes.
func (s TimexScore) ValueAccuracyAtGranularity() float64 { return ratio(s.ValueGran, s.Matched) }

// NormTimexValue removes notational differences between equal values:
// trailing -XX placeholders, unpadded week numbers and a bare hour's T24.
func NormTimexValue(v string) string {
	v = strings.ToUpper(strings.TrimSpace(v))
	for strings.HasSuffix(v, "-XX") && len(v) > 4 {
		v = strings.TrimSuffix(v, "-XX")
	}
	// 199X and 199 both name the 1990s.
	if len(v) == 4 && v[3] == 'X' && v[0] >= '0' && v[0] <= '9' && v[2] != 'X' {
		v = v[:3]
	}
	// 2000-W7 -> 2000-W07
	if len(v) >= 7 && v[4] == '-' && v[5] == 'W' {
		k := 6
		for k < len(v) && v[k] >= '0' && v[k] <= '9' {
			k++
		}
		if k == 7 {
			v = v[:6] + "0" + v[6:]
		}
	}
	return v
}

// sameAtGranularity compares two normalised values up to the shorter one's
// length when one is a prefix-shaped refinement of the other.
func sameAtGranularity(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 4 || !strings.HasPrefix(b, a) {
		return false
	}
	next := b[len(a)]
	return next == '-' || next == 'T'
}
