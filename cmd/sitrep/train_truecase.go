package main

import (
	"fmt"

	"github.com/sitrep/sitrep/internal/nlp/truecase"
	"github.com/spf13/cobra"
)

func init() {
	var shared, out string
	var minCount int
	var minShare float64
	cmd := &cobra.Command{
		Use:   "truecase",
		Short: "Learn which words running text writes in lower case, for reading title-case headlines",
		Long: "Counts, over ../shared/corpus/unlabeled (*/*.tsv.gz, text in the last tab-separated field), how often each\n" +
			"word past a sentence's start is written in lower case and how often capitalised, and which pairs of\n" +
			"capitalised words recur (\"White House\"). Writes the words seen at least --min-count times and in lower case\n" +
			"at least --min-share of them, and the recurring pairs that contain such a word, gzip-compressed, to --out.\n" +
			"Deterministic.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if minCount < 1 || minShare <= 0 || minShare > 1 {
				return usageError{fmt.Errorf("--min-count must be ≥ 1 and --min-share in (0, 1]")}
			}
			files, err := unlabeledFiles(shared)
			if err != nil {
				return fmt.Errorf("train truecase: %v", err)
			}
			c := truecase.NewCounter()
			for _, path := range files {
				if err := eachCorpusText(path, c.Add); err != nil {
					return fmt.Errorf("train truecase: %v", err)
				}
			}
			m := c.Model(minCount, minShare)
			fmt.Fprintf(cmd.OutOrStdout(), "%d lower-case words, %d capitalised pairs\n", m.Len(), m.Pairs())
			return writeModel(cmd.OutOrStdout(), out, m.Write)
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data")
	cmd.Flags().StringVar(&out, "out", "internal/nlp/models/truecase.txt.gz", "where to write the model")
	cmd.Flags().IntVar(&minCount, "min-count", 5, "least occurrences of a word or pair past a sentence's start")
	cmd.Flags().Float64Var(&minShare, "min-share", 0.6, "least share of a word's occurrences in lower case")
	trainCmd.AddCommand(cmd)
}
