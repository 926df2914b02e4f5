package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/kb"
	"github.com/sitrep/sitrep/internal/ner"
	"github.com/spf13/cobra"
)

// nerTrainFiles are the training sets under ../shared/train and the genre
// of their text: UNER English-EWT is web forums, reviews and e-mail.
var nerTrainFiles = []struct {
	path  string
	genre ner.Genre
}{
	{"ner-english-open/uner-ewt/en_ewt-ud-train.draft-cleaned.iob2.gz", ner.Web},
	{"ner-english-open/wikigold/wikigold.conll.txt.gz", ner.News},
	{"conll2003-en/train.txt.gz", ner.News},
}

func init() {
	var shared, out string
	var epochs, lowercase, titled, models int
	var prune float64
	var openOnly, gum, genres, docs, hist bool
	var seed uint64
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Train the named-entity recognizer",
		Long: "Learns word clusters from ../shared/corpus/unlabeled, then trains the averaged-perceptron\n" +
			"recognizer on UNER English-EWT (draft-cleaned train), wikigold, CoNLL-2003 train and GUM's\n" +
			"named mentions, with gazetteer features from the embedded knowledge base (UNER is learned as web\n" +
			"text, the rest as news: --genres), plus lower-cased copies and title-case headline copies of some\n" +
			"sentences (with --doc-context and --history, documents are read in order and news words also learn\n" +
			"what the rest of their document says of them and how they were tagged earlier in it): --models taggers\n" +
			"from consecutive seeds, their weights averaged and pruned. Deterministic for a given seed.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			log := cmd.ErrOrStderr()
			if models < 1 {
				return fmt.Errorf("--models must be at least 1, not %d", models)
			}
			base, err := kb.Default()
			if err != nil {
				return err
			}
			gaz := ner.NewGazetteer(base)
			var sents []ner.Sentence
			for _, tf := range nerTrainFiles {
				f := tf.path
				if openOnly && strings.HasPrefix(f, "conll2003-en/") {
					continue
				}
				s, err := ner.ReadIOB(filepath.Join(shared, "train", f))
				if err != nil {
					return err
				}
				g := tf.genre
				if !genres {
					g = ner.News
				}
				for i := range s {
					s[i].Genre = g
				}
				if docs {
					ner.DocContexts(s)
				}
				fmt.Fprintf(log, "%s: %d sentences (%s)\n", f, len(s), g)
				sents = append(sents, s...)
			}
			if gum {
				f := "ud-english-gum/en_gum-ud-train.free-licence-only.conllu.gz"
				s, err := ner.ReadGUM(filepath.Join(shared, "train", f))
				if err != nil {
					return err
				}
				fmt.Fprintf(log, "%s: %d sentences (named mentions, %d nationalities marked MISC)\n", f, len(s), gaz.MarkDemonyms(s))
				if docs {
					ner.DocContexts(s)
				}
				sents = append(sents, s...)
			}
			var titles []ner.Sentence
			if titled > 0 {
				titles = ner.TitleCaseCopies(sents, titled)
				fmt.Fprintf(log, "title-case copies: %d sentences\n", len(titles))
			}
			if lowercase > 0 {
				extra := ner.LowercaseCopies(sents, lowercase)
				fmt.Fprintf(log, "lower-cased copies: %d sentences\n", len(extra))
				sents = append(sents, extra...)
			}
			sents = append(sents, titles...)
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
			taggers := make([]*ner.Tagger, models)
			var wg sync.WaitGroup
			var mu sync.Mutex
			sem := make(chan struct{}, runtime.NumCPU())
			for i := range taggers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					sem <- struct{}{}
					defer func() { <-sem }()
					s := seed + uint64(i)
					taggers[i] = ner.Train(sents, clusters, gaz, ner.TrainOptions{
						Epochs: epochs, Seed: s, MinWeight: 0.05, History: hist,
						Progress: func(ep int, e float64) {
							mu.Lock()
							defer mu.Unlock()
							fmt.Fprintf(log, "seed %d epoch %d: token error %.4f (%s)\n", s, ep, e, time.Since(t0).Round(time.Second))
						},
					})
				}()
			}
			wg.Wait()
			tagger, err := ner.Average(float32(prune), taggers...)
			if err != nil {
				return err
			}
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
	cmd.Flags().IntVar(&titled, "title-case-percent", 20, "also train on copies of this percentage of the sentences that name entities written as title-case headlines, as truecase restores them")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "shuffling seed of the first model")
	cmd.Flags().IntVar(&models, "models", 3, "train this many models from consecutive seeds and average their weights")
	cmd.Flags().Float64Var(&prune, "prune", 0.5, "drop averaged weights smaller than this in magnitude")
	cmd.Flags().BoolVar(&openOnly, "open-only", false, "leave out the research-only Reuters data (CoNLL-2003 train, Reuters-21578 corpus)")
	cmd.Flags().BoolVar(&gum, "gum", true, "also learn from the named person, organisation and place mentions of GUM (free-licence train)")
	cmd.Flags().BoolVar(&docs, "doc-context", false, "learn what the rest of a document says of each word (written elsewhere with a capital, or in lower case)")
	cmd.Flags().BoolVar(&hist, "history", false, "with --doc-context, also learn how each word was tagged earlier in its document (documents read in order)")
	cmd.Flags().BoolVar(&genres, "genres", true, "learn weights of web text (UNER English-EWT) apart from the shared ones (feature augmentation)")
	trainCmd.AddCommand(cmd)
}
