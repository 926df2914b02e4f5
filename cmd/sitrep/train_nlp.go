package main

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/nlp/lemma"
	"github.com/sitrep/sitrep/internal/nlp/parse"
	"github.com/sitrep/sitrep/internal/nlp/tag"
	"github.com/spf13/cobra"
)

// Paths of the UD treebanks under --shared.
const (
	ewtTrain = "train/ud-english-ewt/en_ewt-ud-train.conllu.gz"
	ewtDev   = "train/ud-english-ewt/en_ewt-ud-dev.conllu.gz"
	gumTrain = "train/ud-english-gum/en_gum-ud-train.free-licence-only.conllu.gz"
	gumDev   = "train/ud-english-gum/en_gum-ud-dev.free-licence-only.conllu.gz"
)

func init() {
	var shared, out string
	var seed uint64
	var iters int
	var gum bool
	var clusters string
	var minWeight float64
	cmd := &cobra.Command{
		Use:   "tagger",
		Short: "Train the part-of-speech tagger (UPOS+XPOS) on UD English EWT",
		Long: "Trains the averaged-perceptron tagger on UD English EWT train (and, with --gum, the free-licence part\n" +
			"of GUM train) under --shared and writes the model to --out. Deterministic for a given --seed.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			data, err := readTagExamples(shared, gum)
			if err != nil {
				return fmt.Errorf("train tagger: %v", err)
			}
			opt := tag.TrainOptions{Iterations: iters, Seed: seed, MinWeight: float32(minWeight), Log: cmd.ErrOrStderr()}
			if clusters != "" {
				if opt.Clusters, err = readClusters(clusters); err != nil {
					return fmt.Errorf("train tagger: %v", err)
				}
			}
			t := tag.Train(data, opt)
			return writeModel(cmd.OutOrStdout(), out, t.Write)
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared training data")
	cmd.Flags().StringVar(&out, "out", "internal/nlp/models/tagger.bin.gz", "where to write the model")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed for shuffling")
	cmd.Flags().IntVar(&iters, "iter", 0, "training iterations (0: default)")
	cmd.Flags().BoolVar(&gum, "gum", true, "also train on the free-licence part of UD English GUM")
	cmd.Flags().StringVar(&clusters, "clusters", defaultClusters, "word clusters from `sitrep train clusters` (\"\": none)")
	cmd.Flags().Float64Var(&minWeight, "min-weight", 0.2, "drop averaged weights smaller than this")
	trainCmd.AddCommand(cmd)
}

// defaultClusters is where `sitrep train clusters` writes by default.
const defaultClusters = "internal/nlp/models/clusters.txt.gz"

func init() {
	var shared, out string
	var seed uint64
	var iters, tagIters, folds, minIters, featureSet int
	var gum, rightToLeft bool
	var clusters, heldout, tagsCache, snapshots, affinities string
	var extra []string
	var minWeight, goldTags float64
	cmd := &cobra.Command{
		Use:   "parser",
		Short: "Train the dependency parser on UD English EWT",
		Long: "Trains the arc-hybrid dependency parser on UD English EWT train (and, with --gum, the free-licence part\n" +
			"of GUM train) under --shared and writes the model to --out. The training sentences carry tags predicted\n" +
			"by taggers trained on the other --folds parts (jackknifing), as the parser will see at run time.\n" +
			"Deterministic for a given --seed.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			sents, err := readTreebanks(shared, gum)
			if err != nil {
				return fmt.Errorf("train parser: %v", err)
			}
			if goldTags < 0 || goldTags > 1 {
				return usageError{fmt.Errorf("train parser: --gold-tags %v is not a probability", goldTags)}
			}
			popt := parse.TrainOptions{Iterations: iters, Seed: seed, MinWeight: float32(minWeight), GoldTags: goldTags,
				MinIterations: minIters, FeatureSet: featureSet, RightToLeft: rightToLeft, Log: cmd.ErrOrStderr()}
			if clusters != "" {
				if popt.Clusters, err = readClusters(clusters); err != nil {
					return fmt.Errorf("train parser: %v", err)
				}
			}
			if affinities != "" {
				if featureSet < 4 || rightToLeft {
					return usageError{fmt.Errorf("train parser: --affinities needs --features 4 and a left-to-right parser")}
				}
				b, err := os.ReadFile(affinities)
				if err != nil {
					return fmt.Errorf("train parser: %v", err)
				}
				if popt.Affinities, err = parse.DecodeAffinities(b); err != nil {
					return fmt.Errorf("train parser: %s: %v", affinities, err)
				}
			} else if featureSet >= 4 {
				return usageError{fmt.Errorf("train parser: --features 4 needs --affinities (from `sitrep train parser-affinity`)")}
			}
			data := parseExamples(sents)
			if folds > 1 {
				topt := tag.TrainOptions{Iterations: tagIters, Seed: seed, Clusters: popt.Clusters}
				if err := jackknifeCached(data, sents, folds, topt, tagsCache); err != nil {
					return fmt.Errorf("train parser: %v", err)
				}
			}
			if len(extra) > 0 {
				more, err := embeddedTagged(extra)
				if err != nil {
					return fmt.Errorf("train parser: %v", err)
				}
				data = append(data, more...)
				fmt.Fprintf(cmd.ErrOrStderr(), "train parser: %d more sentences from %v\n", len(more), extra)
			}
			if heldout != "" {
				if popt.Heldout, err = heldoutExamples(filepath.Join(shared, heldout)); err != nil {
					return fmt.Errorf("train parser: %v", err)
				}
			}
			if snapshots != "" {
				popt.AfterIteration = func(it int, p *parse.Parser) {
					path := filepath.Join(snapshots, fmt.Sprintf("parser-iter%02d.bin.gz", it))
					if err := writeModel(cmd.ErrOrStderr(), path, p.Write); err != nil {
						fmt.Fprintln(cmd.ErrOrStderr(), "train parser:", err)
					}
				}
			}
			p := parse.Train(data, popt)
			return writeModel(cmd.OutOrStdout(), out, p.Write)
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared training data")
	cmd.Flags().StringVar(&out, "out", "internal/nlp/models/parser.bin.gz", "where to write the model")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed for shuffling and exploration")
	cmd.Flags().IntVar(&iters, "iter", 0, "training iterations (0: default)")
	cmd.Flags().IntVar(&tagIters, "tagger-iter", 0, "iterations of the jackknife taggers (0: default)")
	cmd.Flags().IntVar(&folds, "folds", 4, "jackknife folds for predicted tags (0 or 1: train on gold tags)")
	cmd.Flags().BoolVar(&gum, "gum", true, "also train on the free-licence part of UD English GUM")
	cmd.Flags().StringVar(&clusters, "clusters", defaultClusters, "word clusters from `sitrep train clusters` (\"\": none)")
	cmd.Flags().Float64Var(&minWeight, "min-weight", 2, "drop averaged weights smaller than this")
	cmd.Flags().IntVar(&featureSet, "features", 1, "feature templates: 1 (Zhang & Nivre 2011), 2 (plus cluster and suffix templates), 3 (set 1 plus the tagger's close second tag choices), 4 (set 3 plus word-pair affinities from --affinities)")
	cmd.Flags().StringVar(&affinities, "affinities", "", "word-pair affinity table from `sitrep train parser-affinity` (feature set 4)")
	cmd.Flags().Float64Var(&goldTags, "gold-tags", 0, "probability of training a sentence with gold instead of jackknifed tags in an iteration")
	cmd.Flags().StringVar(&heldout, "heldout", "", "treebank under --shared (tagged by the embedded tagger) on which to pick the best iteration (\"\": the last)")
	cmd.Flags().IntVar(&minIters, "min-iter", 0, "first iteration scored on --heldout or saved to --snapshots")
	cmd.Flags().StringVar(&snapshots, "snapshots", "", "directory to save the model of each iteration from --min-iter on")
	cmd.Flags().BoolVar(&rightToLeft, "right-to-left", false, "train a parser that reads sentences from the last word to the first")
	cmd.Flags().StringSliceVar(&extra, "extra", nil, "more CoNLL-U training files whose tags are already predicted ones (e.g. from `sitrep train parser-agreement`)")
	cmd.Flags().StringVar(&tagsCache, "tags-cache", "", "file keeping the jackknifed tags between runs with the same data, --folds, --seed, --tagger-iter and --clusters")
	trainCmd.AddCommand(cmd)
}

// jackknifeCached runs jackknife, reading the tags from cache instead when it
// exists and writing them there otherwise ("" : no cache).
func jackknifeCached(data []parse.Example, sents []eval.UDSentence, folds int, opt tag.TrainOptions, cache string) error {
	type tags struct{ UPOS, XPOS, Alt []string }
	if cache != "" {
		if f, err := os.Open(cache); err == nil {
			defer f.Close()
			var got []tags
			if err := gob.NewDecoder(f).Decode(&got); err != nil {
				return fmt.Errorf("%s: %v", cache, err)
			}
			if len(got) != len(data) {
				return fmt.Errorf("%s: %d sentences, the training data has %d", cache, len(got), len(data))
			}
			for i := range data {
				data[i].UPOS, data[i].XPOS, data[i].Alt = got[i].UPOS, got[i].XPOS, got[i].Alt
			}
			return nil
		}
	}
	jackknife(data, tagExamples(sents), folds, opt)
	if cache == "" {
		return nil
	}
	out := make([]tags, len(data))
	for i := range data {
		out[i] = tags{data[i].UPOS, data[i].XPOS, data[i].Alt}
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(out); err != nil {
		return err
	}
	return os.WriteFile(cache, buf.Bytes(), 0o644)
}

// heldoutExamples reads a treebank and replaces its gold tags with those of
// the embedded tagger.
func heldoutExamples(path string) ([]parse.Example, error) {
	return embeddedTagged([]string{path})
}

// embeddedTagged reads treebanks, tagged by the embedded tagger (with its
// second choices): held-out treebanks, and the automatically parsed
// sentences of `sitrep train parser-agreement`, which that tagger tagged.
func embeddedTagged(paths []string) ([]parse.Example, error) {
	t, err := loadTagger("")
	if err != nil {
		return nil, err
	}
	var data []parse.Example
	for _, path := range paths {
		sents, err := eval.ReadConlluFile(path)
		if err != nil {
			return nil, err
		}
		data = append(data, parseExamples(sents)...)
	}
	for i := range data {
		data[i].UPOS, data[i].XPOS, data[i].Alt = t.TagAlternatives(data[i].Words)
	}
	return data, nil
}

func parseExamples(sents []eval.UDSentence) []parse.Example {
	out := make([]parse.Example, len(sents))
	for i, s := range sents {
		var ex parse.Example
		for _, w := range s.Words {
			ex.Words = append(ex.Words, w.Form)
			ex.UPOS = append(ex.UPOS, w.UPOS)
			ex.XPOS = append(ex.XPOS, w.XPOS)
			ex.GoldUPOS = append(ex.GoldUPOS, w.UPOS)
			ex.GoldXPOS = append(ex.GoldXPOS, w.XPOS)
			ex.Heads = append(ex.Heads, w.Head-1)
			ex.Deprels = append(ex.Deprels, w.Deprel)
		}
		out[i] = ex
	}
	return out
}

// jackknife replaces the gold tags of data with tags predicted by taggers
// each trained on the sentences outside its fold. Folds train in parallel.
func jackknife(data []parse.Example, tagData []tag.Example, folds int, opt tag.TrainOptions) {
	var wg sync.WaitGroup
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	for k := 0; k < folds; k++ {
		wg.Go(func() {
			slots <- struct{}{}
			defer func() { <-slots }()
			var train []tag.Example
			for i := range tagData {
				if i%folds != k {
					train = append(train, tagData[i])
				}
			}
			t := tag.Train(train, opt)
			for i := k; i < len(data); i += folds {
				data[i].UPOS, data[i].XPOS, data[i].Alt = t.TagAlternatives(data[i].Words)
			}
		})
	}
	wg.Wait()
}

func readTreebanks(shared string, gum bool) ([]eval.UDSentence, error) {
	sents, err := eval.ReadConlluFile(filepath.Join(shared, ewtTrain))
	if err != nil {
		return nil, err
	}
	if gum {
		g, err := eval.ReadConlluFile(filepath.Join(shared, gumTrain))
		if err != nil {
			return nil, err
		}
		sents = append(sents, g...)
	}
	return sents, nil
}

func readTagExamples(shared string, gum bool) ([]tag.Example, error) {
	sents, err := readTreebanks(shared, gum)
	if err != nil {
		return nil, err
	}
	return tagExamples(sents), nil
}

func tagExamples(sents []eval.UDSentence) []tag.Example {
	out := make([]tag.Example, len(sents))
	for i, s := range sents {
		ex := tag.Example{}
		for _, w := range s.Words {
			ex.Words = append(ex.Words, w.Form)
			ex.UPOS = append(ex.UPOS, w.UPOS)
			ex.XPOS = append(ex.XPOS, w.XPOS)
		}
		out[i] = ex
	}
	return out
}

// writeModel writes a model through save to path and reports its size.
func writeModel(stdout io.Writer, path string, save func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := save(&buf); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	fmt.Fprintf(stdout, "%s: %d bytes\n", path, buf.Len())
	return nil
}

func init() {
	var shared, out string
	var gum bool
	cmd := &cobra.Command{
		Use:   "lemmatizer",
		Short: "Learn the lemmatizer's suffix rules and exceptions from UD English EWT lemmas",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			sents, err := readTreebanks(shared, gum)
			if err != nil {
				return fmt.Errorf("train lemmatizer: %v", err)
			}
			var data []lemma.Example
			for _, s := range sents {
				for _, w := range s.Words {
					data = append(data, lemma.Example{Form: w.Form, UPOS: w.UPOS, Lemma: w.Lemma})
				}
			}
			return writeModel(cmd.OutOrStdout(), out, lemma.Train(data).Write)
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared training data")
	cmd.Flags().StringVar(&out, "out", "internal/nlp/models/lemma.txt.gz", "where to write the model")
	cmd.Flags().BoolVar(&gum, "gum", false, "also learn from the free-licence part of UD English GUM")
	trainCmd.AddCommand(cmd)
}

func init() {
	var out string
	var minWeight float64
	cmd := &cobra.Command{
		Use:   "parser-average MODEL MODEL...",
		Short: "Average the weights of parsers trained alike from different seeds",
		Long: "Reads parser models trained with the same data, features and clusters (e.g. `sitrep train parser\n" +
			"--seed 1`, `--seed 2`, ...), averages their weights (the same as averaging their scores: an ensemble\n" +
			"at the cost of one parser), drops averaged weights smaller than --min-weight and writes --out.",
		Args: usageArgs(cobra.MinimumNArgs(2)),
		RunE: func(cmd *cobra.Command, paths []string) error {
			var ps []*parse.Parser
			for _, path := range paths {
				p, err := loadParser(path)
				if err != nil {
					return fmt.Errorf("train parser-average: %s: %v", path, err)
				}
				ps = append(ps, p)
			}
			avg, err := parse.Average(ps...)
			if err != nil {
				return fmt.Errorf("train parser-average: %v", err)
			}
			avg.Prune(float32(minWeight))
			return writeModel(cmd.OutOrStdout(), out, avg.Write)
		},
	}
	cmd.Flags().StringVar(&out, "out", "internal/nlp/models/parser.bin.gz", "where to write the averaged parser")
	cmd.Flags().Float64Var(&minWeight, "min-weight", 1, "drop averaged weights smaller than this")
	trainCmd.AddCommand(cmd)
}

func init() {
	var shared, model, taggerPath, heldout, out string
	var width int
	var minWeight float64
	var temperatures, margins []float64
	cmd := &cobra.Command{
		Use:   "parser-beam",
		Short: "Choose the parser's beam search setting on a held-out treebank and store it in the model",
		Long: "Parses the held-out treebank (tags from the embedded tagger) with a beam of --width for every\n" +
			"temperature and margin given, prints UAS and LAS of each and of greedy parsing, and writes the model\n" +
			"with the setting whose UAS, averaged with its neighbouring temperatures at the same margin, is best\n" +
			"(a temperature next to one where accuracy collapses is not chosen for a lucky peak).",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if width < 2 || len(temperatures) == 0 || len(margins) == 0 {
				return fmt.Errorf("train parser-beam: want --width ≥ 2 and at least one temperature and margin")
			}
			slices.Sort(temperatures)
			gold, err := eval.ReadConlluFile(filepath.Join(shared, heldout))
			if err != nil {
				return fmt.Errorf("train parser-beam: %v", err)
			}
			t, err := loadTagger(taggerPath)
			if err != nil {
				return fmt.Errorf("train parser-beam: %v", err)
			}
			p, err := loadParser(model)
			if err != nil {
				return fmt.Errorf("train parser-beam: %v", err)
			}
			if minWeight > 0 {
				p.Prune(float32(minWeight))
			}
			tagged := tagTreebank(t, gold, false, false)
			settings := []parse.Beam{{Width: 1, Temperature: 1}}
			for _, m := range margins {
				for _, tp := range temperatures {
					settings = append(settings, parse.Beam{Width: width, Temperature: tp, Margin: m})
				}
			}
			uas := make([]float64, len(settings))
			las := make([]float64, len(settings))
			errs := make([]error, len(settings))
			var wg sync.WaitGroup
			sem := make(chan struct{}, runtime.GOMAXPROCS(0))
			for i, b := range settings {
				wg.Add(1)
				go func() {
					defer wg.Done()
					sem <- struct{}{}
					defer func() { <-sem }()
					q := *p
					q.SetBeam(b)
					sc, err := eval.ScoreUD(gold, parseTreebank(&q, tagged))
					uas[i], las[i], errs[i] = sc.UASp, sc.LASp, err
				}()
			}
			wg.Wait()
			if err := errors.Join(errs...); err != nil {
				return fmt.Errorf("train parser-beam: %v", err)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%s, predicted tags:\ngreedy: UAS %.2f%% LAS %.2f%%\n", heldout, uas[0], las[0])
			best, bestScore := 0, uas[0]
			for i := 1; i < len(settings); i++ {
				k := (i - 1) % len(temperatures) // position among the temperatures
				sum, n := 0.0, 0
				for j := i - min(k, 1); j <= i+min(len(temperatures)-1-k, 1); j++ {
					sum += uas[j]
					n++
				}
				smooth := sum / float64(n)
				fmt.Fprintf(w, "beam %q: UAS %.2f%% LAS %.2f%% (UAS with neighbouring temperatures %.2f%%)\n", settings[i].String(), uas[i], las[i], smooth)
				if smooth > bestScore {
					best, bestScore = i, smooth
				}
			}
			fmt.Fprintf(w, "chosen: %q\n", settings[best].String())
			p.SetBeam(settings[best])
			return writeModel(w, out, p.Write)
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data")
	cmd.Flags().StringVar(&model, "model", "", "parser model file (default: the embedded model)")
	cmd.Flags().StringVar(&taggerPath, "tagger", "", "tagger model file (default: the embedded model)")
	cmd.Flags().StringVar(&heldout, "heldout", gumDev, "CoNLL-U treebank under --shared to choose on (not the one reported)")
	cmd.Flags().IntVar(&width, "width", 2, "beam width")
	cmd.Flags().Float64Var(&minWeight, "min-weight", 0, "first drop the parser's weights smaller than this (0: keep all)")
	cmd.Flags().Float64SliceVar(&temperatures, "temperatures", []float64{30, 40, 45, 50, 60, 70}, "softmax temperatures to try")
	cmd.Flags().Float64SliceVar(&margins, "margins", []float64{1, 1.5, 2, 3}, "branching margins (log-probability) to try")
	cmd.Flags().StringVar(&out, "out", "internal/nlp/models/parser.bin.gz", "where to write the model with the chosen setting")
	trainCmd.AddCommand(cmd)
}
