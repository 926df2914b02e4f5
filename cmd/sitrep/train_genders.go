package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"strings"

	"github.com/sitrep/sitrep/internal/gender"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/spf13/cobra"
)

func init() {
	var shared, out string
	var minCount int
	var share float64
	cmd := &cobra.Command{
		Use:   "genders",
		Short: "Learn the gender first names imply from pronoun co-occurrence in the unlabeled corpus",
		Long: "Reads the unlabeled corpus under --shared (corpus/unlabeled/*/*.tsv.gz: id, date, title, text) and\n" +
			"counts, for each \"First Last\" name inside a sentence, the first he/his/him or she/her that follows\n" +
			"it before another name. Names with at least --min pronouns, at least --share of one gender, are\n" +
			"written to --out (default " + gender.FirstNamesFile + "), which package gender embeds for the linker's\n" +
			"pronoun antecedents and the quote extractor's he/she speakers. Deterministic.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if minCount < 1 || share <= 0.5 || share > 1 {
				return usageError{fmt.Errorf("--min %d --share %g: want --min ≥ 1 and 0.5 < --share ≤ 1", minCount, share)}
			}
			files, err := unlabeledFiles(shared)
			if err != nil {
				return fmt.Errorf("train genders: %v", err)
			}
			counts := gender.Counts{}
			docs := 0
			for _, f := range files {
				n, err := countGenders(f, counts)
				if err != nil {
					return fmt.Errorf("train genders: %s: %w", f, err)
				}
				docs += n
			}
			names := counts.Names(minCount, share)
			var buf bytes.Buffer
			if err := names.Write(&buf); err != nil {
				return err
			}
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return fmt.Errorf("train genders: %s: %w", out, err)
			}
			m := 0
			for _, g := range names {
				if g == 'm' {
					m++
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d documents, %d names (%d m, %d f), %d bytes\n", out, docs, len(names), m, len(names)-m, buf.Len())
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data sets")
	cmd.Flags().StringVar(&out, "out", gender.FirstNamesFile, "where to write the table")
	cmd.Flags().IntVar(&minCount, "min", 4, "least number of gendered pronouns a name needs")
	cmd.Flags().Float64Var(&share, "share", 0.65, "least share of the pronouns of one gender")
	trainCmd.AddCommand(cmd)
}

// countGenders adds the evidence of one id/date/title/text TSV file.
func countGenders(path string, counts gender.Counts) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return 0, err
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	n := 0
	for sc.Scan() {
		fields := strings.SplitN(sc.Text(), "\t", 4)
		if len(fields) < 4 {
			continue
		}
		quote.CountGenders(counts, fields[3])
		n++
	}
	return n, sc.Err()
}
