package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep/sitrep/internal/ner"
	"github.com/sitrep/sitrep/internal/nlp/token"
	"github.com/spf13/cobra"
)

func init() {
	var pretokenized bool
	var format, genre string
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Tag names of people, organisations, places and nationalities in text on stdin",
		Long: "ner reads text on stdin and writes one token a line with its IOB2 tag (B-PER, I-ORG, B-LOC,\n" +
			"B-NORP, B-MISC, O), tab-separated, with a blank line between sentences.\n\n" +
			"With --pretokenized each input line is one sentence whose tokens are separated by spaces.\n" +
			"--format json writes one JSON object a sentence: {\"tokens\":[...],\"tags\":[...]}.\n\n" +
			"--genre web reads the text as web forums, reviews or e-mail, with the conventions the recognizer\n" +
			"learned from UNER English-EWT (shops and restaurants are places, products and websites no names);\n" +
			"the default, news, is how the pipeline reads articles.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "conll" && format != "json" {
				return usageError{fmt.Errorf("--format %q: want conll or json", format)}
			}
			g, err := ner.ParseGenre(genre)
			if err != nil {
				return usageError{fmt.Errorf("--genre: %w", err)}
			}
			tagger, err := ner.Default()
			if err != nil {
				return err
			}
			in, err := io.ReadAll(cmd.InOrStdin())
			if err != nil {
				return fmt.Errorf("stdin: %w", err)
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			emit := func(words []string) {
				if len(words) == 0 {
					return
				}
				tags := tagger.TagGenre(words, g)
				if format == "json" {
					b, _ := json.Marshal(struct {
						Tokens []string `json:"tokens"`
						Tags   []string `json:"tags"`
					}{words, tags})
					w.Write(b)
					w.WriteByte('\n')
					return
				}
				ner.WriteCoNLL(w, words, tags)
			}
			text := string(in)
			if pretokenized {
				for _, line := range strings.Split(text, "\n") {
					emit(strings.Fields(line))
				}
				return nil
			}
			for _, s := range token.Sentences(text) {
				words := make([]string, len(s.Tokens))
				for i, t := range s.Tokens {
					words[i] = t.Text
				}
				emit(words)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&pretokenized, "pretokenized", false, "input is one sentence a line, tokens separated by spaces")
	cmd.Flags().StringVar(&format, "format", "conll", "output format: conll or json")
	cmd.Flags().StringVar(&genre, "genre", "news", "genre of the text: news or web")
	rootCmd.AddCommand(cmd)
}
