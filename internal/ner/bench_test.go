package ner

import (
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/cputime"
)

// BenchmarkTag measures tagging speed on CoNLL-2003 valid sentences read
// as news (reported as tokens per second).
func BenchmarkTag(b *testing.B) { benchmarkTag(b, News) }

// BenchmarkTagWeb is BenchmarkTag with the sentences read as web text
// (twice the features).
func BenchmarkTagWeb(b *testing.B) { benchmarkTag(b, Web) }

// benchSentences returns the default tagger and the first 2,000 sentences
// of CoNLL-2003 valid with their token count.
func benchSentences(b *testing.B) (*Tagger, []Sentence, int) {
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
	return tg, sents, ntok
}

func benchmarkTag(b *testing.B, g Genre) {
	tg, sents, ntok := benchSentences(b)
	out := make([]string, 200)
	cpu0 := cputime.Seconds()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			if len(s.Words) > len(out) {
				out = make([]string, len(s.Words))
			}
			tg.TagGenreInto(s.Words, g, out)
		}
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine wall time includes waiting for a core; the
	// process's CPU time is what one core spent.
	b.ReportMetric(float64(ntok*b.N)/(cputime.Seconds()-cpu0), "tokens/cpu-s")
}

// BenchmarkTagDocument is BenchmarkTag with each CoNLL-2003 document tagged
// as a whole (TagDocument: document context and prediction history).
func BenchmarkTagDocument(b *testing.B) {
	tg, sents, ntok := benchSentences(b)
	var docs [][][]string
	for _, s := range sents {
		if s.DocStart || len(docs) == 0 {
			docs = append(docs, nil)
		}
		docs[len(docs)-1] = append(docs[len(docs)-1], s.Words)
	}
	cpu0 := cputime.Seconds()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			tg.TagDocument(d, News)
		}
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(ntok*b.N)/(cputime.Seconds()-cpu0), "tokens/cpu-s")
}
