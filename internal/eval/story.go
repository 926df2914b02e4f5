package eval

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/story"
)

// ECBDoc is one article of the ECB+ story-clustering set.
type ECBDoc struct {
	Doc       string   `json:"doc"`
	Topic     int      `json:"topic"`
	Cluster   string   `json:"story_cluster"`
	Sentences []string `json:"sentences"`
}

// LoadECBPlus reads ecbplus-dev.jsonl.gz (or any file of that format).
func LoadECBPlus(path string) ([]ECBDoc, error) {
	var out []ECBDoc
	err := readJSONLines(path, func(line []byte) error {
		var d ECBDoc
		if err := json.Unmarshal(line, &d); err != nil {
			return err
		}
		out = append(out, d)
		return nil
	})
	return out, err
}

// readJSONLines calls fn on each non-empty line of a gzipped JSON Lines file.
func readJSONLines(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		if err := fn(sc.Bytes()); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Article turns an ECB+ document into an article. A first sentence that is
// a tokenised URL becomes the article's URL and outlet; the rest is the text.
func (d ECBDoc) Article(id int64) *doc.Article {
	a := &doc.Article{ID: id, Document: d.Doc}
	sents := append([]string(nil), d.Sentences...)
	if len(sents) > 0 && strings.HasPrefix(sents[0], "http") {
		url, rest := splitTokenisedURL(sents[0])
		a.URL = url
		host := strings.TrimPrefix(strings.TrimPrefix(a.URL, "http://"), "https://")
		host, _, _ = strings.Cut(host, "/")
		a.Outlet = strings.TrimPrefix(host, "www.")
		sents = sents[1:]
		if rest != "" {
			sents = append([]string{rest}, sents...)
		}
	}
	for i, s := range sents {
		sents[i] = Detokenize(s)
	}
	a.Text = strings.Join(sents, "\n")
	return a
}

// splitTokenisedURL splits a space-tokenised sentence that starts with a URL
// ("http : / / example . com / a - b Title words ...") into the URL and the
// text after it. In the URL, parts and separators (punctuation) alternate;
// two parts in a row mean the second starts the text.
func splitTokenisedURL(s string) (url, rest string) {
	toks := strings.Fields(s)
	end := len(toks)
	for i := 1; i < len(toks); i++ {
		if !urlSeparator(toks[i-1]) && !urlSeparator(toks[i]) {
			end = i
			break
		}
	}
	return strings.Join(toks[:end], ""), strings.Join(toks[end:], " ")
}

func urlSeparator(tok string) bool {
	return strings.Trim(tok, "/.:-_?=&#%~+") == ""
}

// detokenRules undo the Penn Treebank tokenisation of the ECB+ sentences so
// that the analysis stages see ordinary text: no space before closing
// punctuation and clitics, none after opening brackets, plain double quotes.
var detokenRules = strings.NewReplacer(
	" ,", ",", " .", ".", " ;", ";", " :", ":", " ?", "?", " !", "!", " %", "%",
	" 's", "'s", " 'S", "'S", " n't", "n't", " 're", "'re", " 've", "'ve", " 'll", "'ll", " 'd", "'d", " 'm", "'m",
	" )", ")", "( ", "(", "$ ", "$", "`` ", "\"", " ''", "\"", "``", "\"", "''", "\"",
	" - ", "-",
)

// splitNumber matches a number the tokeniser split at a slash, colon or
// point ("05 / 03 / 2013", "11 : 00", "5 . 9").
var splitNumber = regexp.MustCompile(`\b(\d+) ([/:.]) (\d+)\b`)

// Detokenize joins a space-tokenised sentence back into running text.
func Detokenize(s string) string {
	for range 2 { // "05 / 03 / 2013" needs two passes: matches do not overlap
		s = splitNumber.ReplaceAllString(s, "$1$2$3")
	}
	return strings.TrimSpace(detokenRules.Replace(s))
}

// BCubed scores a clustering against gold labels, item by item: precision is
// the share of an item's predicted cluster that shares its gold label,
// recall the share of its gold cluster that shares its predicted cluster.
func BCubed(gold, pred []string) (p, r, f float64) {
	if len(gold) == 0 || len(gold) != len(pred) {
		return 0, 0, 0
	}
	type pair struct{ g, p string }
	both := map[pair]int{}
	gs, ps := map[string]int{}, map[string]int{}
	for i := range gold {
		both[pair{gold[i], pred[i]}]++
		gs[gold[i]]++
		ps[pred[i]]++
	}
	for i := range gold {
		n := float64(both[pair{gold[i], pred[i]}])
		p += n / float64(ps[pred[i]])
		r += n / float64(gs[gold[i]])
	}
	p /= float64(len(gold))
	r /= float64(len(gold))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// StoryScore is the B-cubed score of one clustering run.
type StoryScore struct {
	Docs, Gold, Predicted int
	P, R, F1              float64
}

// ClusterECB streams the documents, as raw text with no analysis, through a
// fresh story index in the given order and scores the stories it forms
// against the gold story clusters.
func ClusterECB(docs []ECBDoc, order []int, opts story.Options) StoryScore {
	sigs := make([]story.Signature, len(docs))
	for _, i := range order {
		sigs[i] = story.Sign(docs[i].Article(int64(i + 1)))
	}
	return ClusterSigned(docs, sigs, order, opts)
}

// ClusterSigned streams the documents' signatures (sigs[i] is the signature
// of docs[i], e.g. after the analysis stages ran on it) through a fresh story
// index in the given order and scores the stories it forms against the gold
// story clusters.
func ClusterSigned(docs []ECBDoc, sigs []story.Signature, order []int, opts story.Options) StoryScore {
	ix := story.NewIndex(opts)
	gold := make([]string, 0, len(order))
	pred := make([]string, 0, len(order))
	for k, i := range order {
		as, err := ix.AddSigned(int64(k+1), sigs[i])
		if err != nil {
			panic(err) // ids are fresh by construction
		}
		gold = append(gold, docs[i].Cluster)
		pred = append(pred, fmt.Sprint(as.Story))
	}
	s := StoryScore{Docs: len(order), Predicted: len(ix.Stories())}
	s.Gold = distinct(gold)
	s.P, s.R, s.F1 = BCubed(gold, pred)
	return s
}

func distinct(xs []string) int {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return len(m)
}

// TopicOrder returns the indices of the documents whose topic passes keep,
// in file order; shuffled with the seed when seed is not 0.
func TopicOrder(docs []ECBDoc, keep func(topic int) bool, seed uint64) []int {
	var order []int
	for i, d := range docs {
		if keep(d.Topic) {
			order = append(order, i)
		}
	}
	if seed != 0 {
		rng := rand.New(rand.NewPCG(seed, 0x5eed))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	return order
}

// BBCArticle is one article of the BBC corpus.
type BBCArticle struct {
	ID       string `json:"id"`
	Category string `json:"category"`
	Title    string `json:"title"`
	Body     string `json:"body"`
}

// LoadBBC reads bbc-dev.jsonl.gz.
func LoadBBC(path string) ([]BBCArticle, error) {
	var out []BBCArticle
	err := readJSONLines(path, func(line []byte) error {
		var a BBCArticle
		if err := json.Unmarshal(line, &a); err != nil {
			return err
		}
		out = append(out, a)
		return nil
	})
	return out, err
}

// DupItem is one article of the near-duplicate test stream with its gold
// duplicate group (0 when it duplicates nothing else in the stream).
type DupItem struct {
	Article *doc.Article
	Group   int
	Kind    string // how it was made: original, or the edit applied
}

// Edit kinds of the near-duplicate test stream.
const (
	EditOriginal    = "original"
	EditSyndicated  = "syndicated"  // exact copy with outlet chrome before and after
	EditSubstituted = "substituted" // about 1 word in 25 replaced
	EditDropped     = "dropped"     // one paragraph left out
	EditAdded       = "added"       // a paragraph of another article added
	EditCombined    = "combined"    // substitutions, a dropped paragraph and chrome together
	EditSpliced     = "spliced"     // first half of one article, second half of another: a negative
)

// Gold thresholds on the exact Jaccard similarity of two texts' word
// 4-shingles (see Shingles): at or above DupGoldJaccard two corpus articles
// are near-duplicates; below DupGrayJaccard they are distinct; a link between
// them in between is neither rewarded nor penalised.
const (
	DupGoldJaccard = 0.8
	DupGrayJaccard = 0.5
)

// Shingles returns the set of lower-cased word 4-grams of a text, the gold
// standard's own definition, independent of the detector's tokeniser.
func Shingles(text string) map[string]bool {
	ws := wordRE.FindAllString(strings.ToLower(text), -1)
	out := map[string]bool{}
	for i := 0; i+4 <= len(ws) || i == 0 && len(ws) > 0; i++ {
		out[strings.Join(ws[i:min(i+4, len(ws))], " ")] = true
	}
	return out
}

var wordRE = regexp.MustCompile(`[\pL\pN]+`)

// Jaccard is the exact Jaccard similarity of two sets.
func Jaccard(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	both := 0
	for s := range a {
		if b[s] {
			both++
		}
	}
	if u := len(a) + len(b) - both; u > 0 {
		return float64(both) / float64(u)
	}
	return 0
}

// corpusGroups groups the articles whose bodies have exact shingle Jaccard
// at least DupGoldJaccard (union-find over all such pairs); group ids are
// 1-based and 0 never occurs.
func corpusGroups(arts []BBCArticle) []int {
	sets := make([]map[string]bool, len(arts))
	holders := map[string][]int{}
	for i, a := range arts {
		sets[i] = Shingles(a.Body)
		for s := range sets[i] {
			holders[s] = append(holders[s], i)
		}
	}
	parent := make([]int, len(arts))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range arts {
		shared := map[int]int{}
		for s := range sets[i] {
			for _, j := range holders[s] {
				if j > i {
					shared[j]++
				}
			}
		}
		for j, n := range shared {
			if float64(n) >= DupGoldJaccard*float64(len(sets[i])+len(sets[j])-n) {
				parent[find(j)] = find(i)
			}
		}
	}
	group := make([]int, len(arts))
	for i := range arts {
		group[i] = find(i) + 1
	}
	return group
}

// DupStream builds the near-duplicate test stream from the BBC articles:
// every article once (grouped by corpusGroups), then lightly edited copies of
// every third article, each in the group of its source, and spliced
// negatives, each inserted at a random later position. Deterministic in seed.
func DupStream(arts []BBCArticle, seed uint64) []DupItem {
	rng := rand.New(rand.NewPCG(seed, 0xd0b))
	group := corpusGroups(arts)
	var vocab []string
	for _, a := range arts[:min(200, len(arts))] {
		for _, w := range strings.Fields(a.Body) {
			if len(w) > 3 && strings.ToLower(w) == w {
				vocab = append(vocab, w)
			}
		}
	}
	type keyed struct {
		key  float64
		item DupItem
	}
	var items []keyed
	for i, a := range arts {
		items = append(items, keyed{float64(i), DupItem{Group: group[i], Kind: EditOriginal,
			Article: &doc.Article{Title: a.Title, Text: a.Body, Outlet: "bbc", Document: a.ID}}})
	}
	later := func(i int) float64 { return float64(i) + 0.5 + rng.Float64()*float64(len(arts)-i) }
	kinds := []string{EditSyndicated, EditSubstituted, EditDropped, EditAdded, EditCombined}
	for i := 0; i < len(arts); i += 3 {
		a := arts[i]
		other := arts[(i+1+rng.IntN(len(arts)-1))%len(arts)]
		kind := kinds[(i/3)%len(kinds)]
		paras := paragraphs(a.Body)
		switch kind {
		case EditSyndicated:
			paras = syndicate(paras, rng)
		case EditSubstituted:
			paras = substitute(paras, vocab, 0.03, rng)
		case EditDropped:
			paras = drop(paras, rng)
		case EditAdded:
			paras = addParagraph(paras, paragraphs(other.Body), rng)
		case EditCombined:
			paras = syndicate(drop(substitute(paras, vocab, 0.02, rng), rng), rng)
		}
		items = append(items, keyed{later(i), DupItem{Group: group[i], Kind: kind,
			Article: &doc.Article{Title: a.Title, Text: strings.Join(paras, "\n\n"), Outlet: "copy", Document: a.ID + "#" + kind}}})
	}
	// Negatives: the opening of one article followed by the close of a
	// different one, each at most half of its source's words and each at
	// least 30% of the other source's length; no source is used twice.
	used := map[int]bool{}
	for i := 1; i < len(arts); i += 3 {
		for try := 0; try < 5 && !used[group[i]]; try++ {
			j := (i + 1 + rng.IntN(len(arts)-1)) % len(arts)
			if group[j] == group[i] || used[group[j]] {
				continue
			}
			pa, pb := paragraphs(arts[i].Body), paragraphs(arts[j].Body)
			head, tail := half(pa, false), half(pb, true)
			if float64(countWords(head)) < 0.3*float64(countWords(pb)) || float64(countWords(tail)) < 0.3*float64(countWords(pa)) {
				continue
			}
			used[group[i]], used[group[j]] = true, true
			text := strings.Join(append(head, tail...), "\n\n")
			items = append(items, keyed{later(max(i, j)), DupItem{Kind: EditSpliced,
				Article: &doc.Article{Title: arts[i].Title, Text: text, Outlet: "splice", Document: arts[i].ID + "+" + arts[j].ID}}})
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].key < items[j].key })
	out := make([]DupItem, len(items))
	for k, it := range items {
		it.item.Article.ID = int64(k + 1)
		out[k] = it.item
	}
	return out
}

// half returns the leading (or trailing) paragraphs that together hold at
// most half of the words.
func half(paras []string, fromEnd bool) []string {
	total := 0
	for _, p := range paras {
		total += len(strings.Fields(p))
	}
	n, words := 0, 0
	for k := range paras {
		p := paras[k]
		if fromEnd {
			p = paras[len(paras)-1-k]
		}
		if words+len(strings.Fields(p)) > total/2 {
			break
		}
		words += len(strings.Fields(p))
		n++
	}
	if fromEnd {
		return paras[len(paras)-n:]
	}
	return paras[:n]
}

func paragraphs(body string) []string {
	var out []string
	for _, p := range strings.Split(body, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		out = []string{body}
	}
	return out
}

var chromeHead = []string{"By a staff reporter", "Advertisement", "Share this article", "Updated 10 minutes ago"}
var chromeTail = []string{"Copyright 2005. All rights reserved.", "Related stories: click here for more.",
	"This article was originally published by a partner site.", "Sign up for our daily newsletter."}

func syndicate(paras []string, rng *rand.Rand) []string {
	out := []string{chromeHead[rng.IntN(len(chromeHead))]}
	out = append(out, paras...)
	return append(out, chromeTail[rng.IntN(len(chromeTail))])
}

func substitute(paras []string, vocab []string, rate float64, rng *rand.Rand) []string {
	out := make([]string, len(paras))
	for i, p := range paras {
		ws := strings.Fields(p)
		for k := range ws {
			if rng.Float64() < rate {
				ws[k] = vocab[rng.IntN(len(vocab))]
			}
		}
		out[i] = strings.Join(ws, " ")
	}
	return out
}

// lightShare is the most of an article's words one edit may drop or add.
const lightShare = 0.15

func countWords(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(strings.Fields(p))
	}
	return n
}

// drop leaves out one paragraph after the lede holding at most lightShare of
// the words, when there is one.
func drop(paras []string, rng *rand.Rand) []string {
	limit := lightShare * float64(countWords(paras))
	var fits []int
	for k := 1; k < len(paras); k++ {
		if float64(len(strings.Fields(paras[k]))) <= limit {
			fits = append(fits, k)
		}
	}
	if len(fits) == 0 {
		return paras
	}
	at := fits[rng.IntN(len(fits))]
	return append(paras[:at:at], paras[at+1:]...)
}

// addParagraph inserts one paragraph of another article holding at most
// lightShare as many words as this one, when there is one.
func addParagraph(paras, other []string, rng *rand.Rand) []string {
	limit := lightShare * float64(countWords(paras))
	var fits []string
	for _, p := range other {
		if float64(len(strings.Fields(p))) <= limit {
			fits = append(fits, p)
		}
	}
	if len(fits) == 0 {
		return paras
	}
	at := rng.IntN(len(paras) + 1)
	return append(paras[:at:at], append([]string{fits[rng.IntN(len(fits))]}, paras[at:]...)...)
}

// grayPair reports whether two texts' exact shingle Jaccard similarity lies
// in the gray zone between distinct and near-duplicate.
func grayPair(a, b string) bool {
	j := Jaccard(Shingles(a), Shingles(b))
	return j >= DupGrayJaccard && j < DupGoldJaccard
}

// DupScore is the near-duplicate detection score of one stream.
type DupScore struct {
	Items, Expected, Predicted, Correct int
	Gray                                int // links in the gray zone, not scored
	P, R                                float64
	Missed                              map[string]int // expected links not found, by edit kind
	Wrong                               map[string]int // links predicted wrongly, by edit kind
}

// ScoreDuplicates streams the items through a fresh index. A predicted link
// is correct when both articles are in one gold group; an article is
// expected to be linked when an earlier item shares its group.
func ScoreDuplicates(items []DupItem, opts story.Options) DupScore {
	ix := story.NewIndex(opts)
	s := DupScore{Items: len(items), Missed: map[string]int{}, Wrong: map[string]int{}}
	groupOf := map[int64]int{}
	byID := map[int64]DupItem{}
	seenGroup := map[int]bool{}
	for _, it := range items {
		as := ix.Add(it.Article)
		groupOf[it.Article.ID] = it.Group
		byID[it.Article.ID] = it
		expected := it.Group != 0 && seenGroup[it.Group]
		if it.Group != 0 {
			seenGroup[it.Group] = true
		}
		if expected {
			s.Expected++
		}
		if as.DuplicateOf != 0 {
			switch {
			case it.Group != 0 && groupOf[as.DuplicateOf] == it.Group:
				s.Predicted++
				s.Correct++
			case grayPair(it.Article.Text, byID[as.DuplicateOf].Article.Text):
				s.Gray++
				if expected {
					s.Expected--
					expected = false
				}
			default:
				s.Predicted++
				s.Wrong[it.Kind]++
			}
		}
		if expected && (as.DuplicateOf == 0 || groupOf[as.DuplicateOf] != it.Group) {
			s.Missed[it.Kind]++
		}
	}
	if s.Predicted > 0 {
		s.P = float64(s.Correct) / float64(s.Predicted)
	}
	if s.Expected > 0 {
		s.R = float64(s.Correct) / float64(s.Expected)
	}
	return s
}
