package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/nlp/lemma"
	"github.com/sitrep/sitrep/internal/nlp/models"
	"github.com/sitrep/sitrep/internal/nlp/parse"
	"github.com/sitrep/sitrep/internal/nlp/tag"
	"github.com/sitrep/sitrep/internal/nlp/token"
	"github.com/sitrep/sitrep/internal/nlp/truecase"
	"github.com/spf13/cobra"
)

func init() {
	var shared, model, lemmaPath string
	var titleCase bool
	cmd := &cobra.Command{
		Use:   "tagger",
		Short: "Score the part-of-speech tagger on UD English EWT dev (gold tokens)",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			gold, err := eval.ReadConlluFile(filepath.Join(shared, ewtDev))
			if err != nil {
				return fmt.Errorf("eval tagger: %v", err)
			}
			t, err := loadTagger(model)
			if err != nil {
				return fmt.Errorf("eval tagger: %v", err)
			}
			lm, err := loadLemmatizer(lemmaPath)
			if err != nil {
				return fmt.Errorf("eval tagger: %v", err)
			}
			pred := make([]eval.UDSentence, len(gold))
			for i, s := range gold {
				words := modelWords(s, titleCase)
				upos, xpos := t.Tag(words)
				p := eval.UDSentence{Words: make([]eval.UDWord, len(words))}
				for j := range words {
					p.Words[j] = eval.UDWord{Form: words[j], UPOS: upos[j], XPOS: xpos[j], Lemma: lm.Lemma(words[j], upos[j])}
				}
				pred[i] = p
			}
			sc, err := eval.ScoreUD(gold, pred)
			if err != nil {
				return fmt.Errorf("eval tagger: %v", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "UD English EWT dev, gold tokens: %d words\nUPOS accuracy %.2f%%\nXPOS accuracy %.2f%%\nLemma accuracy %.2f%% (predicted tags)\n",
				sc.Words, sc.UPOSAcc, sc.XPOSAcc, sc.LemmaAcc)
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data")
	cmd.Flags().StringVar(&model, "model", "", "tagger model file (default: the embedded model)")
	cmd.Flags().StringVar(&lemmaPath, "lemmatizer", "", "lemmatizer model file (default: the embedded model)")
	cmd.Flags().BoolVar(&titleCase, "title-case", false, "write every sentence as a title-case headline first (a robustness test)")
	evalCmd.AddCommand(cmd)
}

func init() {
	var shared, taggerPath, parserPath, treebank string
	var goldTags, titleCase bool
	var minWeight float64
	var beam string
	cmd := &cobra.Command{
		Use:   "parser",
		Short: "Score the dependency parser on UD English EWT dev (gold tokens, predicted tags)",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			gold, err := eval.ReadConlluFile(filepath.Join(shared, treebank))
			if err != nil {
				return fmt.Errorf("eval parser: %v", err)
			}
			t, err := loadTagger(taggerPath)
			if err != nil {
				return fmt.Errorf("eval parser: %v", err)
			}
			p, err := loadParser(parserPath)
			if err != nil {
				return fmt.Errorf("eval parser: %v", err)
			}
			if minWeight > 0 {
				p.Prune(float32(minWeight))
			}
			if beam != "" {
				b, err := parse.ParseBeam(beam)
				if err != nil {
					return fmt.Errorf("eval parser: --beam: %v", err)
				}
				p.SetBeam(b)
			}
			tagged := tagTreebank(t, gold, goldTags, titleCase)
			// Parsing time is this thread's CPU time, which other jobs on
			// the machine do not inflate.
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			start := threadCPU()
			pred := parseTreebank(p, tagged)
			parseTime := threadCPU() - start
			sc, err := eval.ScoreUD(gold, pred)
			if err != nil {
				return fmt.Errorf("eval parser: %v", err)
			}
			tags := "predicted"
			if goldTags {
				tags = "gold"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s, gold tokens, %s tags: %d words\nUPOS accuracy %.2f%%\nXPOS accuracy %.2f%%\n"+
				"UAS %.2f%%\nLAS %.2f%% (universal relations, CoNLL 2018)\nLAS %.2f%% (full relations with subtypes)\n",
				treebank, tags, sc.Words, sc.UPOSAcc, sc.XPOSAcc, sc.UASp, sc.LASp, sc.LASFullp)
			fmt.Fprintf(cmd.OutOrStdout(), "parsing alone: %.0f tokens/s (thread CPU time)\n", float64(sc.Words)/parseTime.Seconds())
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data")
	cmd.Flags().StringVar(&taggerPath, "tagger", "", "tagger model file (default: the embedded model)")
	cmd.Flags().StringVar(&parserPath, "model", "", "parser model file (default: the embedded model)")
	cmd.Flags().BoolVar(&goldTags, "gold-tags", false, "parse with the gold tags instead of predicted ones")
	cmd.Flags().StringVar(&treebank, "treebank", ewtDev, "CoNLL-U treebank under --shared to score on (e.g. "+gumDev+")")
	cmd.Flags().Float64Var(&minWeight, "min-weight", 0, "prune the parser's weights smaller than this before scoring (0: as stored)")
	cmd.Flags().StringVar(&beam, "beam", "", "search with \"WIDTH TEMPERATURE MARGIN\" instead of the model's own setting (\"1 1 0\": greedy)")
	cmd.Flags().BoolVar(&titleCase, "title-case", false, "write every sentence as a title-case headline first (a robustness test)")
	evalCmd.AddCommand(cmd)
}

func init() {
	var shared string
	cmd := &cobra.Command{
		Use:   "tokenizer",
		Short: "Score the tokenizer and sentence splitter on UD English EWT dev",
		Long: "Joins the text of the UD English EWT dev sentences with spaces, splits it into sentences and tokens,\n" +
			"and prints precision, recall and F1 of exact token and sentence spans against the gold words and sentences.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			gold, err := eval.ReadConlluFile(filepath.Join(shared, ewtDev))
			if err != nil {
				return fmt.Errorf("eval tokenizer: %v", err)
			}
			sc := eval.ScoreSegmentation(gold, token.Sentences)
			fmt.Fprintf(cmd.OutOrStdout(), "UD English EWT dev: %d gold tokens, %d gold sentences\n"+
				"tokens    P %.2f%% R %.2f%% F1 %.2f%%\nsentences P %.2f%% R %.2f%% F1 %.2f%%\n",
				sc.GoldTokens, sc.GoldSentences, sc.TokenP, sc.TokenR, sc.TokenF, sc.SentenceP, sc.SentenceR, sc.SentenceF)
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data")
	evalCmd.AddCommand(cmd)
}

// taggedSentence is a treebank sentence's words with the tags to parse
// from.
type taggedSentence struct{ words, upos, xpos, alt []string }

// modelWords returns a treebank sentence's words as the NLP core hands
// them to its models (nlp.Analyzer.AnnotateSentence): a title-case headline
// as running text writes it. With titleCase the sentence is first written
// as such a headline (truecase.TitleCase).
func modelWords(s eval.UDSentence, titleCase bool) []string {
	words := make([]string, len(s.Words))
	for j, w := range s.Words {
		words[j] = w.Form
	}
	if titleCase {
		words = truecase.TitleCase(words)
	}
	return truecase.Default().Restore(words)
}

// tagTreebank tags the treebank's sentences with t, or takes their gold
// tags.
func tagTreebank(t *tag.Tagger, gold []eval.UDSentence, goldTags, titleCase bool) []taggedSentence {
	out := make([]taggedSentence, len(gold))
	for i, s := range gold {
		ts := taggedSentence{words: modelWords(s, titleCase), upos: make([]string, len(s.Words)), xpos: make([]string, len(s.Words))}
		for j, w := range s.Words {
			ts.upos[j], ts.xpos[j] = w.UPOS, w.XPOS
		}
		if !goldTags {
			ts.upos, ts.xpos, ts.alt = t.TagAlternatives(ts.words)
		}
		out[i] = ts
	}
	return out
}

// parseTreebank parses tagged sentences into UD sentences for scoring.
func parseTreebank(p *parse.Parser, tagged []taggedSentence) []eval.UDSentence {
	pred := make([]eval.UDSentence, len(tagged))
	for i, s := range tagged {
		heads, rels := p.ParseAlternatives(s.words, s.upos, s.xpos, s.alt)
		ps := eval.UDSentence{Words: make([]eval.UDWord, len(s.words))}
		for j := range s.words {
			ps.Words[j] = eval.UDWord{Form: s.words[j], UPOS: s.upos[j], XPOS: s.xpos[j], Head: heads[j] + 1, Deprel: rels[j]}
		}
		pred[i] = ps
	}
	return pred
}

// threadCPU returns the CPU time the calling OS thread has used (Linux).
func threadCPU() time.Duration {
	const rusageThread = 1
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func loadParser(path string) (*parse.Parser, error) {
	if path == "" {
		return parse.Read(bytes.NewReader(models.Parser))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parse.Read(f)
}

func loadLemmatizer(path string) (*lemma.Lemmatizer, error) {
	if path == "" {
		return lemma.Read(bytes.NewReader(models.Lemmatizer))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return lemma.Read(f)
}

func loadTagger(path string) (*tag.Tagger, error) {
	if path == "" {
		return tag.Read(bytes.NewReader(models.Tagger))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return tag.Read(f)
}
