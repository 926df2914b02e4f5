package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/ner"
	"github.com/sitrep/sitrep/internal/nlp/truecase"
	"github.com/spf13/cobra"
)

func init() {
	var shared, model, genre string
	var titleCase, alone bool
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Score the recognizer on CoNLL-2003 valid and UNER English-EWT dev (exact-span P/R/F1, PER/ORG/LOC)",
		Long: "Scores the recognizer on CoNLL-2003 valid, tagged as news, and on UNER English-EWT dev, tagged as\n" +
			"web text (the genre its train split is learned as; see `sitrep train ner --genres`), a document at a time.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			tagger, err := ner.Default()
			if model != "" {
				tagger, err = loadNERModel(model)
			}
			if err != nil {
				return err
			}
			sets := []struct {
				name, path string
				genre      ner.Genre
			}{
				{"CoNLL-2003 valid", filepath.Join(shared, "eval", "conll2003-en", "valid.txt.gz"), ner.News},
				{"UNER English-EWT dev", filepath.Join(shared, "train", "ner-english-open", "uner-ewt", "en_ewt-ud-dev.iob2.gz"), ner.Web},
			}
			if genre != "" {
				g, err := ner.ParseGenre(genre)
				if err != nil {
					return usageError{fmt.Errorf("--genre: %w", err)}
				}
				for i := range sets {
					sets[i].genre = g
				}
			}
			w := cmd.OutOrStdout()
			for _, set := range sets {
				sents, err := ner.ReadIOB(set.path)
				if err != nil {
					return err
				}
				score := eval.NewNERScore("PER", "ORG", "LOC")
				tokens := 0
				for start := 0; start < len(sents); {
					end := start + 1
					for end < len(sents) && !sents[end].DocStart && !alone {
						end++
					}
					words := make([][]string, end-start)
					for i, s := range sents[start:end] {
						words[i] = s.Words
						if titleCase {
							words[i] = truecase.TitleCase(words[i])
						}
					}
					for i, tags := range tagger.TagDocument(words, set.genre) {
						score.Add(sents[start+i].Tags, tags)
						tokens += len(tags)
					}
					start = end
				}
				fmt.Fprintf(w, "== %s (%d sentences, %d tokens, tagged as %s)\n%s", set.name, len(sents), tokens, set.genre, score)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", filepath.Join("..", "shared"), "directory holding the shared data")
	cmd.Flags().StringVar(&model, "model", "", "score this model file instead of the embedded one")
	cmd.Flags().StringVar(&genre, "genre", "", "tag both sets as this genre (news or web) instead of CoNLL as news and UNER as web, the genre of its train split")
	cmd.Flags().BoolVar(&titleCase, "title-case", false, "write every sentence as a title-case headline first (a robustness test)")
	cmd.Flags().BoolVar(&alone, "sentences", false, "tag each sentence alone instead of each document (-DOCSTART-, # newdoc) as a whole")
	evalCmd.AddCommand(cmd)
}

// loadNERModel reads a model written by `sitrep train ner`, with the
// gazetteer of the knowledge base in use.
func loadNERModel(path string) (*ner.Tagger, error) {
	base, err := loadKB()
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, usageError{fmt.Errorf("--model: %w", err)}
	}
	defer f.Close()
	t, err := ner.Load(f, base)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}
