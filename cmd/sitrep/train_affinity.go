package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"

	"github.com/sitrep/sitrep/internal/nlp"
	"github.com/sitrep/sitrep/internal/nlp/parse"
	"github.com/sitrep/sitrep/internal/nlp/token"
	"github.com/spf13/cobra"
)

// Affinity tables (Chen et al. 2009): how often a parser attaches one word
// to another across millions of words of unlabeled text, a feature that
// tells the parser which attachments are plausible for word pairs the
// treebanks never show together.
func init() {
	var shared, out, parser string
	var maxWords, stride, minCount int
	cmd := &cobra.Command{
		Use:   "parser-affinity",
		Short: "Count which words head which in parsed unlabeled text, for parser feature set 4",
		Long: "Splits the documents of corpus/unlabeled/*/*.tsv.gz under --shared into sentences, tags them with the\n" +
			"embedded tagger, parses them with --parser (\"\": the embedded one) and counts every head–dependent\n" +
			"word pair and direction. Pairs seen at least --min-count times are written to --out with their\n" +
			"frequency and pointwise-mutual-information classes, for `sitrep train parser --features 4\n" +
			"--affinities`. Reads every --stride-th document of each corpus file until it has an equal share of\n" +
			"--max-words words from each. Deterministic.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if stride < 1 || minCount < 1 {
				return usageError{fmt.Errorf("train parser-affinity: want --stride ≥ 1 and --min-count ≥ 1")}
			}
			p, err := loadParser(parser)
			if err != nil {
				return fmt.Errorf("train parser-affinity: %s: %v", parser, err)
			}
			texts, an, err := unlabeledSample(shared, stride, maxWords)
			if err != nil {
				return fmt.Errorf("train parser-affinity: %v", err)
			}
			counts := countAffinities(an, p, texts)
			a := counts.Affinities(minCount)
			if err := os.WriteFile(out, a.Encode(), 0o644); err != nil {
				return fmt.Errorf("train parser-affinity: %v", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d word pairs seen at least %d times, of %d arcs in %d documents\n",
				out, a.Len(), minCount, counts.Arcs(), len(texts))
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data sets")
	cmd.Flags().StringVar(&out, "out", "parser-affinities.bin", "where to write the affinity table")
	cmd.Flags().StringVar(&parser, "parser", "", "parser model to count with (\"\": the embedded one)")
	cmd.Flags().IntVar(&maxWords, "max-words", 8_000_000, "words of text to parse")
	cmd.Flags().IntVar(&stride, "stride", 1, "read every stride-th document")
	cmd.Flags().IntVar(&minCount, "min-count", 2, "fewest times a pair must be seen to be kept")
	trainCmd.AddCommand(cmd)
}

// countAffinities tags and parses every sentence of texts, one counter per
// worker, and merges the counts.
func countAffinities(an *nlp.Analyzer, p *parse.Parser, texts []string) *parse.AffinityCounter {
	counters := make([]*parse.AffinityCounter, runtime.GOMAXPROCS(0))
	for i := range counters {
		counters[i] = parse.NewAffinityCounter()
	}
	corpusSentences(texts, len(counters), func(worker int, words []string) {
		upos, xpos, err := an.Tag(words)
		if err != nil {
			return
		}
		heads, _ := p.Parse(words, upos, xpos)
		counters[worker].Count(words, heads)
	})
	for _, c := range counters[1:] {
		counters[0].Add(c)
	}
	return counters[0]
}

// corpusSentences splits texts into sentences on several workers and calls
// fn with each sentence's words and the worker's number (0 to workers-1).
func corpusSentences(texts []string, workers int, fn func(worker int, words []string)) {
	var wg sync.WaitGroup
	next := make(chan string)
	for w := range workers {
		wg.Go(func() {
			for text := range next {
				for _, s := range token.Sentences(text) {
					words := make([]string, len(s.Tokens))
					for i, t := range s.Tokens {
						words[i] = t.Text
					}
					fn(w, words)
				}
			}
		})
	}
	for _, t := range texts {
		next <- t
	}
	close(next)
	wg.Wait()
}
