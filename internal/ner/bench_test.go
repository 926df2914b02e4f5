package ner

import (
	"path/filepath"
	"testing"
)

// BenchmarkTag measures tagging speed on CoNLL-2003 valid sentences
// (reported as tokens per second).
func BenchmarkTag(b *testing.B) {
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents, err := ReadIOB(filepath.Join("..", "..", "..", "shared", "eval", "conll2003-en", "valid.txt.gz"))
	if err != nil {
		b.Skip("CoNLL-2003 valid not available:", err)
	}
	sents = sents[:2000]
	ntok := 0
	for _, s := range sents {
		ntok += len(s.Words)
	}
	out := make([]string, 200)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			if len(s.Words) > len(out) {
				out = make([]string, len(s.Words))
			}
			tg.TagInto(s.Words, out)
		}
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
