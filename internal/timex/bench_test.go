package timex

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bbcSentences reads the BBC throughput corpus and splits its bodies into
// sentences at ". ", "? ", "! " and line breaks (good enough to count).
func bbcSentences(b *testing.B) []string {
	path := filepath.Join("..", "..", "..", "shared", "corpus", "bbc", "bbc-dev.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		b.Fatalf("throughput corpus: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	var sents []string
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct {
			Body string `json:"body"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		for _, para := range strings.Split(a.Body, "\n") {
			start := 0
			for i := 0; i+1 < len(para); i++ {
				if (para[i] == '.' || para[i] == '?' || para[i] == '!') && para[i+1] == ' ' {
					sents = append(sents, para[start:i+1])
					start = i + 2
				}
			}
			if strings.TrimSpace(para[start:]) != "" {
				sents = append(sents, para[start:])
			}
		}
	}
	return sents
}

// BenchmarkTagSentences tags BBC News sentences one Tag call each and
// reports sentences per second on one goroutine.
func BenchmarkTagSentences(b *testing.B) {
	sents := bbcSentences(b)
	tagger := New()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		tagger.Tag(sents[n%len(sents)], dct)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
