package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/spf13/cobra"
)

func init() {
	var shared, speakersOut string
	var epochs, folds int
	var seed int64
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "Train the quote speaker ranker on the PolNeAR train split",
		Long: "Runs the quote chain over the PolNeAR train split (--shared eval/polnear/train). For each direct or\n" +
			"mixed quotation the rules attribute, the speaker ranker learns whether to keep the rules' speaker or take\n" +
			"another person, organisation, pronoun or speech-verb subject near the quotation and its cue, labelled by\n" +
			"the gold source of the attribution whose content overlaps the quotation most. A ranking averaged\n" +
			"perceptron (--epochs, --seed), scored by --folds-fold cross-validation over articles next to the rules,\n" +
			"then trained on every article and written to --out (default " + quote.SpeakerModelFile + "), which the\n" +
			"extractor embeds. Deterministic.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if epochs < 1 || folds < 2 {
				return usageError{fmt.Errorf("--epochs %d --folds %d: want ≥ 1 and ≥ 2", epochs, folds)}
			}
			docs, err := eval.LoadPolNeAR(filepath.Join(shared, "eval", "polnear"), "train")
			if err != nil {
				return fmt.Errorf("train quotes: %w", err)
			}
			base, err := loadKB()
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			articles, err := quoteArticles(docs)
			if err != nil {
				return err
			}
			rules := quote.New(quote.WithKB(base), quote.WithSpeakerModel(nil))
			speakers := speakerExamples(docs, articles, rules)
			fmt.Fprintf(w, "speakers: %d quotations, ", len(speakers))
			_, err = trainRanker(w, speakers, epochs, folds, seed, speakersOut)
			return err
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data sets")
	cmd.Flags().StringVar(&speakersOut, "out", quote.SpeakerModelFile, "where to write the speaker ranker")
	cmd.Flags().IntVar(&epochs, "epochs", 5, "training passes")
	cmd.Flags().IntVar(&folds, "folds", 5, "cross-validation folds (articles)")
	cmd.Flags().Int64Var(&seed, "seed", 1, "shuffling seed")
	trainCmd.AddCommand(cmd)
}

// rankExample is a labelled choice, the article it is from, and whether the
// rules' choice was right.
type rankExample struct {
	quote.RankExample
	doc    int
	ruleOK bool
}

// trainRanker reports cross-validated accuracy of a ranker against the
// rules, then trains it on every example and writes it to out.
func trainRanker(w interface{ Write([]byte) (int, error) }, examples []rankExample, epochs, folds int, seed int64, out string) (*quote.Ranker, error) {
	var ok, n, ruleOK int
	for f := range folds {
		var tr, te []quote.RankExample
		for _, ex := range examples {
			if ex.doc%folds == f {
				te = append(te, ex.RankExample)
				if ex.ruleOK {
					ruleOK++
				}
			} else {
				tr = append(tr, ex.RankExample)
			}
		}
		k, c := quote.TrainRanker(tr, epochs, seed).Accuracy(te)
		ok, n = ok+k, n+c
	}
	fmt.Fprintf(w, "%d with a right candidate; %d-fold cross-validation: model %d (%.3f), rules %d (%.3f)\n", n, folds, ok, float64(ok)/float64(max(n, 1)), ruleOK, float64(ruleOK)/float64(max(n, 1)))
	all := make([]quote.RankExample, len(examples))
	for i, ex := range examples {
		all[i] = ex.RankExample
	}
	m := quote.TrainRanker(all, epochs, seed)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		return nil, err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return nil, fmt.Errorf("train quotes: %w", err)
	}
	fmt.Fprintf(w, "  %s: %d bytes\n", out, buf.Len())
	return m, nil
}

// quoteArticles runs the quote chain's stages before quotes over docs.
func quoteArticles(docs []eval.PolNeARDoc) ([]*doc.Article, error) {
	chain, err := newQuoteChain()
	if err != nil {
		return nil, err
	}
	articles := make([]*doc.Article, len(docs))
	quoteParallel(len(docs), func(i int) {
		a := &doc.Article{Text: docs[i].Text, Author: docs[i].Author, Published: docs[i].Date}
		for _, s := range chain.stages {
			if s.name != "quote" {
				s.Annotate(a)
			}
		}
		articles[i] = a
	})
	return articles, nil
}

// quoteParallel calls f(0..n-1) on GOMAXPROCS goroutines.
func quoteParallel(n int, f func(int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// speakerExamples labels each speaker choice x makes: a candidate is right
// when it overlaps the source of the gold attribution whose content
// overlaps the quotation most (at least a third of the longer of the two).
func speakerExamples(docs []eval.PolNeARDoc, articles []*doc.Article, x *quote.Extractor) []rankExample {
	choices := make([][]quote.SpeakerChoice, len(docs))
	quoteParallel(len(docs), func(i int) { choices[i] = x.SpeakerChoices(articles[i]) })
	var examples []rankExample
	for i, d := range docs {
		for _, ch := range choices[i] {
			best, bestRatio := -1, 1.0/3
			for k, at := range d.Attributions {
				if r := spanOverlapRatio(ch.Parts, at.Content); r >= bestRatio {
					best, bestRatio = k, r
				}
			}
			if best < 0 || len(d.Attributions[best].Source) == 0 {
				continue
			}
			ex := rankExample{doc: i}
			for _, c := range ch.People {
				right := false
				for _, s := range d.Attributions[best].Source {
					right = right || c.Span.Start < s.End && s.Start < c.Span.End
				}
				ex.Features = append(ex.Features, c.Features)
				ex.Right = append(ex.Right, right)
			}
			ex.ruleOK = ch.Chosen >= 0 && ex.Right[ch.Chosen]
			examples = append(examples, ex)
		}
	}
	return examples
}

// spanOverlapRatio is the bytes two span sets share over the larger total.
func spanOverlapRatio(a, b []doc.Span) float64 {
	la, lb, shared := 0, 0, 0
	for _, x := range a {
		la += x.End - x.Start
		for _, y := range b {
			shared += max(0, min(x.End, y.End)-max(x.Start, y.Start))
		}
	}
	for _, y := range b {
		lb += y.End - y.Start
	}
	if la == 0 || lb == 0 {
		return 0
	}
	return float64(shared) / float64(max(la, lb))
}
