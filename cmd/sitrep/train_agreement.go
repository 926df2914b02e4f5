package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/nlp"
	"github.com/sitrep/sitrep/internal/nlp/parse"
	"github.com/sitrep/sitrep/internal/nlp/token"
	"github.com/spf13/cobra"
)

// Agreement data (tri-training, Søgaard & Rishøj 2010; Weiss et al. 2015):
// sentences of the unlabeled corpus on whose whole tree several different
// parsers agree are nearly always parsed right, and training on them as well
// as on the treebanks teaches the parser words and constructions the
// treebanks lack.
func init() {
	var shared, out string
	var parsers []string
	var maxWords, minLen, maxLen, stride int
	cmd := &cobra.Command{
		Use:   "parser-agreement",
		Short: "Write the unlabeled-corpus sentences that several parsers parse alike, for training the parser",
		Long: "Splits the documents of corpus/unlabeled/*/*.tsv.gz under --shared into sentences, tags them with the\n" +
			"embedded tagger and parses them with every --parsers model (\"\" is the embedded parser; train the\n" +
			"others with `sitrep train parser`, e.g. --right-to-left). Sentences of --min-len to --max-len words\n" +
			"whose heads and relations all parsers agree on are written as CoNLL-U (predicted tags) to --out, for\n" +
			"`sitrep train parser --extra`. Reads every --stride-th document of each corpus file until it has an\n" +
			"equal share of --max-words words from each. Deterministic.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(parsers) < 2 {
				return usageError{fmt.Errorf("train parser-agreement: --parsers needs at least two models")}
			}
			if stride < 1 || minLen < 1 || maxLen < minLen {
				return usageError{fmt.Errorf("train parser-agreement: want --stride ≥ 1 and 1 ≤ --min-len ≤ --max-len")}
			}
			var ps []*parse.Parser
			for _, path := range parsers {
				p, err := loadParser(path)
				if err != nil {
					return fmt.Errorf("train parser-agreement: %s: %v", path, err)
				}
				ps = append(ps, p)
			}
			texts, an, err := unlabeledSample(shared, stride, maxWords)
			if err != nil {
				return fmt.Errorf("train parser-agreement: %v", err)
			}
			agreed := agreeingSentences(an, ps, texts, minLen, maxLen)
			f, err := os.Create(out)
			if err != nil {
				return fmt.Errorf("train parser-agreement: %v", err)
			}
			zw := gzip.NewWriter(f)
			w := bufio.NewWriter(zw)
			sents, words, total := 0, 0, 0
			for _, d := range agreed {
				total += d.words
				for _, s := range d.sents {
					sents++
					words += len(s.Tokens)
					writeConllu(w, sents, d.text, s)
				}
			}
			if err := w.Flush(); err != nil {
				return err
			}
			if err := zw.Close(); err != nil {
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d sentences, %d words agreed of %d words in %d documents\n",
				out, sents, words, total, len(texts))
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data sets")
	cmd.Flags().StringVar(&out, "out", "parser-agreement.conllu.gz", "where to write the agreed sentences")
	cmd.Flags().StringSliceVar(&parsers, "parsers", nil, "parser models to compare (\"\" is the embedded one)")
	cmd.Flags().IntVar(&maxWords, "max-words", 2_000_000, "words of text to parse")
	cmd.Flags().IntVar(&minLen, "min-len", 5, "shortest sentence kept, in words")
	cmd.Flags().IntVar(&maxLen, "max-len", 60, "longest sentence kept, in words")
	cmd.Flags().IntVar(&stride, "stride", 2, "read every stride-th document")
	trainCmd.AddCommand(cmd)
}

// unlabeledSample reads the documents of corpus/unlabeled/*/*.tsv.gz under
// shared that sampleDocuments picks, and loads the embedded NLP models to
// analyse them with.
func unlabeledSample(shared string, stride, maxWords int) ([]string, *nlp.Analyzer, error) {
	files, err := unlabeledFiles(shared)
	if err != nil {
		return nil, nil, err
	}
	texts, err := sampleDocuments(files, stride, maxWords)
	if err != nil {
		return nil, nil, err
	}
	an := nlp.New()
	if err := an.Load(); err != nil {
		return nil, nil, err
	}
	return texts, an, nil
}

// sampleDocuments reads the text of every stride-th document of each file
// until it has about maxWords/len(files) words from that file, so that long
// documents of one corpus do not crowd out the others.
func sampleDocuments(files []string, stride, maxWords int) ([]string, error) {
	var out []string
	for _, path := range files {
		docs, err := readCorpusTexts(path, stride)
		if err != nil {
			return nil, err
		}
		words := 0
		for _, d := range docs {
			if words >= maxWords/len(files) {
				break
			}
			out = append(out, d)
			words += len(strings.Fields(d))
		}
	}
	return out, nil
}

// readCorpusTexts returns the text of every stride-th document of a corpus
// file.
func readCorpusTexts(path string, stride int) ([]string, error) {
	var out []string
	n := 0
	err := eachCorpusText(path, func(text string) {
		if n%stride == 0 {
			out = append(out, text)
		}
		n++
	})
	return out, err
}

type agreedDoc struct {
	text  string
	sents []doc.Sentence
	words int // words parsed in the document
}

// agreeingSentences tags every sentence of texts and keeps those of minLen
// to maxLen words that all parsers give the same tree, in document order.
func agreeingSentences(an *nlp.Analyzer, ps []*parse.Parser, texts []string, minLen, maxLen int) []agreedDoc {
	out := make([]agreedDoc, len(texts))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				out[i] = agreeInDocument(an, ps, texts[i], minLen, maxLen)
			}
		})
	}
	for i := range texts {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

func agreeInDocument(an *nlp.Analyzer, ps []*parse.Parser, text string, minLen, maxLen int) agreedDoc {
	d := agreedDoc{text: text}
	for _, s := range token.Sentences(text) {
		n := len(s.Tokens)
		d.words += n
		if n < minLen || n > maxLen {
			continue
		}
		words := make([]string, n)
		for i, t := range s.Tokens {
			words[i] = t.Text
		}
		upos, xpos, err := an.Tag(words)
		if err != nil {
			continue
		}
		heads, rels := ps[0].Parse(words, upos, xpos)
		agree := true
		for _, p := range ps[1:] {
			h, r := p.Parse(words, upos, xpos)
			if !slices.Equal(h, heads) || !slices.Equal(r, rels) {
				agree = false
				break
			}
		}
		if !agree {
			continue
		}
		for i := range s.Tokens {
			t := &s.Tokens[i]
			t.UPOS, t.XPOS, t.Head, t.Deprel = upos[i], xpos[i], heads[i], rels[i]
		}
		d.sents = append(d.sents, s)
	}
	return d
}
