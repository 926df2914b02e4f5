package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/kb"
	"github.com/sitrep/sitrep/internal/ner"
	"github.com/spf13/cobra"
)

// nerTrainFiles are the training sets under ../shared/train.
var nerTrainFiles = []string{
	"ner-english-open/uner-ewt/en_ewt-ud-train.draft-cleaned.iob2.gz",
	"ner-english-open/wikigold/wikigold.conll.txt.gz",
	"conll2003-en/train.txt.gz",
}

func init() {
	var shared, out string
	var epochs, lowercase int
	var openOnly, gum bool
	var seed uint64
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Train the named-entity recognizer",
		Long: "Learns word clusters from ../shared/corpus/unlabeled, then trains the averaged-perceptron\n" +
			"recognizer on UNER English-EWT (draft-cleaned train), wikigold and CoNLL-2003 train, with\n" +
			"gazetteer features from the embedded knowledge base. Deterministic for a given seed.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			log := cmd.ErrOrStderr()
			base, err := kb.Default()
			if err != nil {
				return err
			}
			var sents []ner.Sentence
			for _, f := range nerTrainFiles {
				if openOnly && strings.HasPrefix(f, "conll2003-en/") {
					continue
				}
				s, err := ner.ReadIOB(filepath.Join(shared, "train", f))
				if err != nil {
					return err
				}
				fmt.Fprintf(log, "%s: %d sentences\n", f, len(s))
				sents = append(sents, s...)
			}
			if gum {
				f := "ud-english-gum/en_gum-ud-train.free-licence-only.conllu.gz"
				s, err := ner.ReadGUM(filepath.Join(shared, "train", f))
				if err != nil {
					return err
				}
				fmt.Fprintf(log, "%s: %d sentences (named mentions)\n", f, len(s))
				sents = append(sents, s...)
			}
			if lowercase > 0 {
				extra := ner.LowercaseCopies(sents, lowercase)
				fmt.Fprintf(log, "lower-cased copies: %d sentences\n", len(extra))
				sents = append(sents, extra...)
			}
			t0 := time.Now()
			co := ner.DefaultClusterOptions
			if openOnly {
				co.Skip = []string{"reuters21578"}
			}
			clusters, err := ner.BuildClusters(filepath.Join(shared, "corpus", "unlabeled"), co)
			if err != nil {
				return err
			}
			fmt.Fprintf(log, "clusters: %d words in %s\n", len(clusters), time.Since(t0).Round(time.Second))
			t0 = time.Now()
			tagger := ner.Train(sents, clusters, ner.NewGazetteer(base), ner.TrainOptions{
				Epochs: epochs, Seed: seed, MinWeight: 0.05,
				Progress: func(ep int, e float64) {
					fmt.Fprintf(log, "epoch %d: token error %.4f (%s)\n", ep, e, time.Since(t0).Round(time.Second))
				},
			})
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			if err := tagger.Write(f); err != nil {
				f.Close()
				return fmt.Errorf("%s: %w", out, err)
			}
			return f.Close()
		},
	}
	cmd.Flags().StringVar(&shared, "shared", filepath.Join("..", "shared"), "directory holding the shared data")
	cmd.Flags().StringVar(&out, "out", filepath.Join("internal", "ner", "ner.bin.gz"), "model file to write")
	cmd.Flags().IntVar(&epochs, "epochs", 6, "training passes")
	cmd.Flags().IntVar(&lowercase, "lowercase-percent", 20, "also train on lower-cased copies of this percentage of the sentences that name entities")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "shuffling seed")
	cmd.Flags().BoolVar(&openOnly, "open-only", false, "leave out the research-only Reuters data (CoNLL-2003 train, Reuters-21578 corpus)")
	cmd.Flags().BoolVar(&gum, "gum", false, "also learn from the named person, organisation and place mentions of GUM (free-licence train)")
	trainCmd.AddCommand(cmd)
}
