package eval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// ExtractionPage is one page of the extraction set: its HTML and gold body.
type ExtractionPage struct {
	ID   string
	URL  string
	HTML []byte
	Gold string
}

// LoadExtraction reads the article-extraction benchmark under dir
// (ground-truth.json and html/<id>.html.gz), sorted by id.
func LoadExtraction(dir string) ([]ExtractionPage, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	var pages []ExtractionPage
	for id, t := range truth {
		path := filepath.Join(dir, "html", id+".html.gz")
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		page, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		pages = append(pages, ExtractionPage{ID: id, URL: t.URL, HTML: page, Gold: t.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// extWordRE matches a token as the benchmark's evaluate.py does: Python's
// Unicode \w+ (letters, digits and underscore of any script).
var extWordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// extShingles counts the token 4-grams of text, tokens being runs of word
// characters, as the benchmark's evaluate.py does. A text shorter than four
// tokens yields one shingle of all its tokens.
func extShingles(text string) map[string]int {
	tokens := extWordRE.FindAllString(text, -1)
	out := map[string]int{}
	const n = 4
	last := len(tokens) - n + 1
	if last < 1 {
		last = 1
	}
	for i := 0; i < last; i++ {
		end := min(i+n, len(tokens))
		if s := strings.Join(tokens[i:end], " "); s != "" {
			out[s]++
		}
	}
	return out
}

// ShingleScore returns precision, recall and F1 of pred against gold over
// token 4-gram shingles (multiset overlap). Two empty texts score 1.
func ShingleScore(gold, pred string) (p, r, f float64) {
	g, q := extShingles(gold), extShingles(pred)
	var tp, ng, nq int
	for s, c := range q {
		nq += c
		tp += min(c, g[s])
	}
	for _, c := range g {
		ng += c
	}
	switch {
	case ng == 0 && nq == 0:
		return 1, 1, 1
	case ng == 0 || nq == 0 || tp == 0:
		return 0, 0, 0
	}
	p, r = float64(tp)/float64(nq), float64(tp)/float64(ng)
	return p, r, 2 * p * r / (p + r)
}

// ExtractionScore is one system's mean per-page scores.
type ExtractionScore struct {
	System            string
	Precision, Recall float64
	F1                float64 // per-page F1 averaged over pages
	// BenchF1 is the benchmark's own summary (evaluate.py): the harmonic
	// mean of the mean precision and the mean recall.
	BenchF1       float64
	Pages, Failed int
	PerPage       []float64 // F1 per page, in page order
}

// ScoreExtraction runs extract on every page and averages the per-page
// scores. A page whose extraction fails scores 0.
func ScoreExtraction(system string, pages []ExtractionPage, extract func(page []byte, url string) (string, error)) ExtractionScore {
	s := ExtractionScore{System: system, Pages: len(pages)}
	for _, pg := range pages {
		text, err := extract(pg.HTML, pg.URL)
		if err != nil {
			s.Failed++
			s.PerPage = append(s.PerPage, 0)
			continue
		}
		p, r, f := ShingleScore(pg.Gold, text)
		s.Precision += p
		s.Recall += r
		s.F1 += f
		s.PerPage = append(s.PerPage, f)
	}
	if n := float64(len(pages)); n > 0 {
		s.Precision /= n
		s.Recall /= n
		s.F1 /= n
		if s.Precision+s.Recall > 0 {
			s.BenchF1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
		}
	}
	return s
}
