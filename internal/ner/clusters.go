package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/learn"
	"github.com/sitrep/sitrep/internal/nlp/cluster"
)

// Clusters maps a word to its cluster at a coarse and a fine granularity.
type Clusters map[string][2]uint16

// ClusterOptions sizes the clustering.
type ClusterOptions struct {
	Vocab    int // words clustered, most frequent first
	Contexts int // neighbour words used as context
	Dim      int // projected dimension
	Fine     int // fine clusters (k-means over words)
	Coarse   int // coarse clusters (k-means over fine centroids)
	Iter     int // k-means iterations
	// Skip names corpus folders to leave out (e.g. "reuters21578").
	Skip []string
}

// DefaultClusterOptions are those `sitrep train ner` uses.
var DefaultClusterOptions = ClusterOptions{Vocab: 50000, Contexts: 4000, Dim: 96, Fine: 512, Coarse: 64, Iter: 10}

// corpusFiles lists the unlabeled corpus files under dir (*.tsv.gz, one
// document a line, text in the last tab-separated field).
func corpusFiles(dir string, skip []string) ([]string, error) {
	all, err := filepath.Glob(filepath.Join(dir, "*", "*.tsv.gz"))
	if err != nil {
		return nil, err
	}
	var files []string
	for _, f := range all {
		keep := true
		for _, s := range skip {
			if filepath.Base(filepath.Dir(f)) == s {
				keep = false
			}
		}
		if keep {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no *.tsv.gz corpus files", dir)
	}
	sort.Strings(files)
	return files, nil
}

// eachSentenceTokens calls fn with the tokens of every document line of the
// corpus files.
func eachDocTokens(files []string, fn func([]string)) error {
	var toks []string
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", path, err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			line := sc.Text()
			if i := strings.LastIndexByte(line, '\t'); i >= 0 {
				line = line[i+1:]
			}
			toks = simpleTokens(line, toks[:0])
			fn(toks)
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return nil
}

// simpleTokens splits text into words (letters and digits with inner
// hyphens, apostrophes and dots) and single punctuation marks.
func simpleTokens(s string, out []string) []string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			out = append(out, s[i:i+n])
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += n
				continue
			}
			if (r == '-' || r == '\'' || r == '.') && j+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+n:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n
					continue
				}
			}
			break
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// BuildClusters learns word clusters from the unlabeled corpus in dir
// (normally ../shared/corpus/unlabeled). Deterministic.
func BuildClusters(dir string, o ClusterOptions) (Clusters, error) {
	vocab, vec, err := wordVectors(dir, o)
	if err != nil {
		return nil, err
	}
	D := o.Dim
	fine := cluster.KMeans(vec, len(vocab), D, spread(len(vocab), o.Fine), o.Iter)
	cent := cluster.Centroids(vec, fine, len(vocab), D, o.Fine)
	coarse := cluster.KMeans(cent, o.Fine, D, spread(o.Fine, o.Coarse), o.Iter*2)
	out := make(Clusters, len(vocab))
	for i, w := range vocab {
		out[w] = [2]uint16{uint16(coarse[fine[i]]), uint16(fine[i])}
	}
	return out, nil
}

// wordVectors returns the clustered words, most frequent first, and their
// unit context vectors (Dim floats each).
func wordVectors(dir string, o ClusterOptions) ([]string, []float32, error) {
	files, err := corpusFiles(dir, o.Skip)
	if err != nil {
		return nil, nil, err
	}
	freq := map[string]int{}
	if err := eachDocTokens(files, func(toks []string) {
		for _, t := range toks {
			freq[t]++
		}
	}); err != nil {
		return nil, nil, err
	}
	words := make([]string, 0, len(freq))
	for w, n := range freq {
		if n >= 3 {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if freq[words[i]] != freq[words[j]] {
			return freq[words[i]] > freq[words[j]]
		}
		return words[i] < words[j]
	})
	vocab := words[:min(o.Vocab, len(words))]
	total := 0
	for _, n := range freq {
		total += n
	}
	id := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i)
	}
	// Context word c at offset o (-2, -1, +1, +2) contributes a fixed
	// random ±1 vector, weighted by weight(); the nearer offsets count
	// double.
	nc := min(o.Contexts, len(vocab))
	D := o.Dim
	offsets := []int{-2, -1, 1, 2}
	proj := make([]float32, len(offsets)*nc*D)
	for c := 0; c < nc; c++ {
		wt := weight(freq[vocab[c]], total)
		for side, off := range offsets {
			w := wt
			if off == -1 || off == 1 {
				w *= 2
			}
			for d := 0; d < D; d++ {
				h := learn.Hash3(uint64(side), uint64(c), uint64(d), 0x5eed)
				v := w
				if h&1 == 0 {
					v = -w
				}
				proj[(side*nc+c)*D+d] = v
			}
		}
	}
	vec := make([]float32, len(vocab)*D)
	ids := make([]int32, 0, 1024)
	if err := eachDocTokens(files, func(toks []string) {
		ids = ids[:0]
		for _, t := range toks {
			if i, ok := id[t]; ok {
				ids = append(ids, i)
			} else {
				ids = append(ids, -1)
			}
		}
		for i, w := range ids {
			if w < 0 {
				continue
			}
			v := vec[int(w)*D : int(w)*D+D]
			for side, off := range offsets {
				j := i + off
				if j < 0 || j >= len(ids) || ids[j] < 0 || int(ids[j]) >= nc {
					continue
				}
				p := proj[(side*nc+int(ids[j]))*D : (side*nc+int(ids[j]))*D+D]
				for d := range v {
					v[d] += p[d]
				}
			}
		}
	}); err != nil {
		return nil, nil, err
	}
	// Unit length, then centred: every word shares the contexts of
	// punctuation and function words, a common direction that would
	// otherwise dominate the cosine.
	mean := make([]float64, D)
	for i := range vocab {
		v := vec[i*D : i*D+D]
		cluster.Unit(v)
		for d, x := range v {
			mean[d] += float64(x)
		}
	}
	for i := range vocab {
		v := vec[i*D : i*D+D]
		for d := range v {
			v[d] -= float32(mean[d] / float64(len(vocab)))
		}
		cluster.Unit(v)
	}
	return vocab, vec, nil
}

// weight is a context word's weight: its inverse frequency in tokens,
// log(total/freq), so that function words count less without letting a few
// rare neighbours ("West" in "West Germany") decide a word's vector.
func weight(freq, total int) float32 {
	return float32(math.Log(float64(total) / float64(freq)))
}

// spread returns min(k, n) row numbers evenly spread over n rows: the
// first centroids of k-means.
func spread(n, k int) []int {
	k = min(k, n)
	rows := make([]int, k)
	for c := range rows {
		rows[c] = c * n / k
	}
	return rows
}

// encode writes clusters as "word\tcoarse\tfine" lines, sorted by word.
func (c Clusters) encode() []byte {
	words := make([]string, 0, len(c))
	for w := range c {
		words = append(words, w)
	}
	sort.Strings(words)
	var b strings.Builder
	for _, w := range words {
		v := c[w]
		fmt.Fprintf(&b, "%s\t%d\t%d\n", w, v[0], v[1])
	}
	return []byte(b.String())
}

func decodeClusters(data []byte) Clusters {
	c := Clusters{}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue
		}
		a, _ := strconv.Atoi(f[1])
		b, _ := strconv.Atoi(f[2])
		c[f[0]] = [2]uint16{uint16(a), uint16(b)}
	}
	return c
}
