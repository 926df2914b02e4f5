package eval

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// SegScore accumulates segmentation scores over many documents: Pk and
// WindowDiff (averaged per document) and exact boundary precision, recall
// and F1 (micro-averaged over boundaries).
type SegScore struct {
	Docs           int
	Pk, WindowDiff float64 // sums until Mean
	TP, FP, FN     int
}

// Add scores one document. ref and hyp hold the index of the first unit of
// each segment (0 included or not); n is the number of units.
func (s *SegScore) Add(ref, hyp []int, n int) {
	if n < 2 {
		return
	}
	rl, hl := segLabels(ref, n), segLabels(hyp, n)
	segs := rl[n-1] + 1
	k := int(float64(n)/float64(segs)/2 + 0.5)
	if k < 1 {
		k = 1
	}
	var pkErr, wdErr, m int
	for i := 0; i+k < n; i++ {
		m++
		if (rl[i] == rl[i+k]) != (hl[i] == hl[i+k]) {
			pkErr++
		}
		if rl[i+k]-rl[i] != hl[i+k]-hl[i] {
			wdErr++
		}
	}
	if m > 0 {
		s.Pk += float64(pkErr) / float64(m)
		s.WindowDiff += float64(wdErr) / float64(m)
	}
	s.Docs++
	rb, hb := segBoundarySet(ref), segBoundarySet(hyp)
	for b := range hb {
		if rb[b] {
			s.TP++
		} else {
			s.FP++
		}
	}
	for b := range rb {
		if !hb[b] {
			s.FN++
		}
	}
}

// MeanPk and MeanWindowDiff average over the documents added.
func (s SegScore) MeanPk() float64 { return s.Pk / float64(max(s.Docs, 1)) }

// MeanWindowDiff averages WindowDiff over the documents added.
func (s SegScore) MeanWindowDiff() float64 { return s.WindowDiff / float64(max(s.Docs, 1)) }

// PRF returns exact boundary precision, recall and F1.
func (s SegScore) PRF() (p, r, f float64) {
	if s.TP+s.FP > 0 {
		p = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		r = float64(s.TP) / float64(s.TP+s.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func segLabels(starts []int, n int) []int {
	b := segBoundarySet(starts)
	out := make([]int, n)
	seg := 0
	for i := range out {
		if i > 0 && b[i] {
			seg++
		}
		out[i] = seg
	}
	return out
}

func segBoundarySet(starts []int) map[int]bool {
	m := map[int]bool{}
	for _, s := range starts {
		if s > 0 {
			m[s] = true
		}
	}
	return m
}

// ChoiDoc is one Choi sample: its sentences and the first sentence index of
// every gold segment.
type ChoiDoc struct {
	Set       string // e.g. "1/3-11"
	Sentences []string
	Starts    []int
}

// LoadChoi reads every *.ref file under dir (eval/choi), sorted by path.
func LoadChoi(dir string) ([]ChoiDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*", "*.ref"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no */*/*.ref files", dir)
	}
	sort.Strings(paths)
	var docs []ChoiDoc
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		rel, _ := filepath.Rel(dir, filepath.Dir(p))
		d := ChoiDoc{Set: filepath.ToSlash(rel)}
		open := false
		for _, l := range strings.Split(string(raw), "\n") {
			l = strings.TrimSpace(l)
			switch {
			case strings.HasPrefix(l, "=========="):
				open = true
			case l != "":
				if open {
					d.Starts = append(d.Starts, len(d.Sentences))
					open = false
				}
				d.Sentences = append(d.Sentences, l)
			}
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// SegBBCArticle is one article of the BBC corpus as the dump builder reads it.
type SegBBCArticle struct {
	ID, Category, Title, Body string
}

// LoadSegBBC reads the BBC JSON Lines corpus (gzipped) for the dump builder.
func LoadSegBBC(path string) ([]SegBBCArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []SegBBCArticle
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ ID, Category, Title, Body string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, SegBBCArticle{a.ID, a.Category, a.Title, a.Body})
	}
	return out, sc.Err()
}

// DumpOptions says how a synthetic dump is built from BBC articles.
type DumpOptions struct {
	KeepTitles  bool // a headline line before each article
	Boilerplate bool // chrome lines injected at random places, repeated captions at article starts
}

// Dump is a synthetic text dump with its gold articles: for every body
// paragraph its byte offset, and the paragraph index where each article
// starts.
type Dump struct {
	Text       string
	ParaStarts []int // byte offset of every gold body paragraph
	Starts     []int // index into ParaStarts of each article's first paragraph
}

// segChromePool is page furniture of the kinds real scraped dumps carry.
var segChromePool = []string{
	"Advertisement", "Share this article", "Share", "Image copyright", "Getty Images", "Media playback is unsupported on your device",
	"Related Topics", "More on this story", "Sign up for our newsletter", "Skip Ad", "Continue reading the main story",
	"Comments (12)", "Read more:", "Follow us on Facebook", "Email", "Top Stories", "Most Read", "Close share panel",
	"These are external links and will open in a new window", "Watch: highlights", "Loading…", "Click here to subscribe",
	"PHOTO: Reuters", "Listen to this article", "Video 1:45", "Back to top",
}

var segAgencies = []string{"Reuters", "AFP", "Getty Images", "AP", "EPA", "PA Media"}

// BuildDumps concatenates articles, perArticle at a time in a fixed
// shuffled order (seed), into dumps with known boundaries.
func BuildDumps(arts []SegBBCArticle, perDump, count int, seed int64, opt DumpOptions) []Dump {
	rng := rand.New(rand.NewSource(seed))
	order := rng.Perm(len(arts))
	var dumps []Dump
	for d := 0; d < count && (d+1)*perDump <= len(order); d++ {
		var b strings.Builder
		var dump Dump
		para := func(s string) {
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(s)
		}
		for _, idx := range order[d*perDump : (d+1)*perDump] {
			a := arts[idx]
			var paras []string
			for _, p := range strings.Split(a.Body, "\n") {
				if p = strings.TrimSpace(p); p != "" {
					paras = append(paras, p)
				}
			}
			if len(paras) == 0 {
				continue
			}
			if opt.KeepTitles {
				para(a.Title)
			}
			if opt.Boilerplate && rng.Intn(2) == 0 && len(paras) > 1 {
				w := strings.Fields(paras[len(paras)/2])
				cap := strings.Join(w[:min(len(w), 8+rng.Intn(6))], " ")
				cap = strings.TrimRight(cap, ",.;:") + ". (" + segAgencies[rng.Intn(len(segAgencies))] + ")"
				para(cap)
				para(cap)
			}
			dump.Starts = append(dump.Starts, len(dump.ParaStarts))
			for i, p := range paras {
				if opt.Boilerplate && i > 0 && rng.Intn(4) == 0 {
					para(segChromePool[rng.Intn(len(segChromePool))])
				}
				if b.Len() > 0 {
					b.WriteString("\n\n")
				}
				dump.ParaStarts = append(dump.ParaStarts, b.Len())
				b.WriteString(p)
			}
			if opt.Boilerplate && rng.Intn(3) == 0 {
				para(segChromePool[rng.Intn(len(segChromePool))])
			}
		}
		dump.Text = b.String() + "\n"
		dumps = append(dumps, dump)
	}
	return dumps
}

// StartsFromOffsets maps predicted article body offsets onto the dump's
// paragraphs: each offset becomes the index of the first gold paragraph
// that does not end before it.
func (d Dump) StartsFromOffsets(offsets []int) []int {
	var out []int
	for _, off := range offsets {
		i := sort.Search(len(d.ParaStarts), func(i int) bool {
			end := len(d.Text)
			if i+1 < len(d.ParaStarts) {
				end = d.ParaStarts[i+1]
			}
			return end > off
		})
		if i < len(d.ParaStarts) {
			out = append(out, i)
		}
	}
	return out
}
