package main

import (
	"fmt"
	"path/filepath"
	"sync"

	"github.com/spf13/cobra"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/segment"
)

func init() {
	var shared string
	cmd := &cobra.Command{
		Use:   "extract",
		Short: "Score HTML main-text extraction on ../shared/eval/extraction (token 4-gram shingle F1)",
		Long: "Runs sitrep's extractor, go-trafilatura and readeck/go-readability on every page of\n" +
			"the extraction set and prints precision, recall and F1 of token 4-gram shingles,\n" +
			"averaged per page (and the benchmark's own summary, the harmonic mean of mean\n" +
			"precision and mean recall). Tokens are Unicode word runs, as in evaluate.py.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir := filepath.Join(shared, "eval", "extraction")
			pages, err := eval.LoadExtraction(dir)
			if err != nil {
				return fmt.Errorf("extraction set %s: %w", dir, err)
			}
			systems := []struct {
				name string
				m    extract.Method
			}{{"sitrep", extract.Combined}, {"go-trafilatura", extract.Trafilatura}, {"readeck/go-readability", extract.Readability}}
			scores := make([]eval.ExtractionScore, len(systems))
			var wg sync.WaitGroup
			for i, s := range systems {
				wg.Add(1)
				go func() {
					defer wg.Done()
					ex := &extract.Extractor{Method: s.m}
					scores[i] = eval.ScoreExtraction(s.name, pages, func(page []byte, url string) (string, error) {
						a, err := ex.Extract(page, url)
						return a.Text, err
					})
				}()
			}
			wg.Wait()
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "extraction set: %d pages (%s)\n", len(pages), dir)
			fmt.Fprintf(out, "%-24s %9s %9s %9s %9s %7s\n", "system", "F1", "precision", "recall", "bench-F1", "failed")
			for _, s := range scores {
				fmt.Fprintf(out, "%-24s %9.4f %9.4f %9.4f %9.4f %7d\n", s.System, s.F1, s.Precision, s.Recall, s.BenchF1, s.Failed)
			}
			fmt.Fprintln(out, "F1: per-page F1 averaged; bench-F1: harmonic mean of mean precision and mean recall (evaluate.py)")
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data (eval/extraction)")
	evalCmd.AddCommand(cmd)
}

func init() {
	var shared string
	var penalty, paraPenalty float64
	var skipChoi bool
	var perDump, dumps int
	var seeds []int64
	cmd := &cobra.Command{
		Use:   "segment",
		Short: "Score dump segmentation on ../shared/eval/choi and on dumps built from ../shared/corpus/bbc",
		Long: "Choi sets: topic segmentation of sentence sequences (Pk, WindowDiff, exact boundary F1).\n" +
			"BBC dumps: articles of bbc-dev.jsonl.gz concatenated in a fixed shuffled order, titles\n" +
			"dropped or kept, with or without injected chrome lines and repeated captions; the whole\n" +
			"splitter runs on the text and is scored on paragraph boundaries (boundary F1, Pk).",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if penalty < 0 || perDump < 2 || dumps < 1 {
				return usageError{fmt.Errorf("--penalty must be ≥ 0, --per-dump ≥ 2, --dumps ≥ 1")}
			}
			seg := &segment.Segmenter{Penalty: penalty, ParagraphPenalty: paraPenalty}
			out := cmd.OutOrStdout()
			choiDir := filepath.Join(shared, "eval", "choi")
			var docs []eval.ChoiDoc
			var err error
			if !skipChoi {
				docs, err = eval.LoadChoi(choiDir)
			}
			if err != nil {
				return fmt.Errorf("choi set %s: %w", choiDir, err)
			}
			bySet := map[string]*eval.SegScore{}
			var sets []string
			var all eval.SegScore
			for _, d := range docs {
				hyp := seg.SplitUnits(d.Sentences)
				if bySet[d.Set] == nil {
					bySet[d.Set] = &eval.SegScore{}
					sets = append(sets, d.Set)
				}
				bySet[d.Set].Add(d.Starts, hyp, len(d.Sentences))
				all.Add(d.Starts, hyp, len(d.Sentences))
			}
			if !skipChoi {
				fmt.Fprintf(out, "Choi (%s): %d samples\n", choiDir, len(docs))
				fmt.Fprintf(out, "%-10s %6s %7s %7s %7s\n", "set", "docs", "Pk", "WinDiff", "bF1")
			}
			for _, s := range append(sets, "all") {
				if skipChoi {
					break
				}
				sc := &all
				if s != "all" {
					sc = bySet[s]
				}
				_, _, f := sc.PRF()
				fmt.Fprintf(out, "%-10s %6d %7.4f %7.4f %7.4f\n", s, sc.Docs, sc.MeanPk(), sc.MeanWindowDiff(), f)
			}
			bbcPath := filepath.Join(shared, "corpus", "bbc", "bbc-dev.jsonl.gz")
			arts, err := eval.LoadSegBBC(bbcPath)
			if err != nil {
				return fmt.Errorf("bbc corpus %s: %w", bbcPath, err)
			}
			for _, seed := range seeds {
				fmt.Fprintf(out, "\nBBC dumps (%s): %d dumps of %d articles, seed %d\n", bbcPath, dumps, perDump, seed)
				fmt.Fprintf(out, "%-8s %-12s %7s %7s %7s %7s %7s\n", "titles", "boilerplate", "P", "R", "bF1", "Pk", "WinDiff")
				for _, opt := range []eval.DumpOptions{{}, {Boilerplate: true}, {KeepTitles: true}, {KeepTitles: true, Boilerplate: true}} {
					var sc eval.SegScore
					for _, d := range eval.BuildDumps(arts, perDump, dumps, seed, opt) {
						var offs []int
						for _, a := range seg.Split(d.Text) {
							offs = append(offs, a.Span.Start)
						}
						sc.Add(d.Starts, d.StartsFromOffsets(offs), len(d.ParaStarts))
					}
					p, r, f := sc.PRF()
					titles, bp := "dropped", "none"
					if opt.KeepTitles {
						titles = "kept"
					}
					if opt.Boilerplate {
						bp = "injected"
					}
					fmt.Fprintf(out, "%-8s %-12s %7.4f %7.4f %7.4f %7.4f %7.4f\n", titles, bp, p, r, f, sc.MeanPk(), sc.MeanWindowDiff())
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data (eval/choi, corpus/bbc)")
	cmd.Flags().Float64Var(&penalty, "penalty", 0, "per-segment penalty of the topic model (0: the default)")
	cmd.Flags().Float64Var(&paraPenalty, "paragraph-penalty", 0, "per-article penalty of the topic model on dumps (0: the default)")
	cmd.Flags().BoolVar(&skipChoi, "skip-choi", false, "score the BBC dumps only")
	cmd.Flags().IntVar(&perDump, "per-dump", 8, "articles per BBC dump")
	cmd.Flags().IntVar(&dumps, "dumps", 100, "number of BBC dumps")
	cmd.Flags().Int64SliceVar(&seeds, "seed", []int64{1}, "seeds of the BBC dump shuffles (article choice and order, injected lines); repeat or comma-separate for several")
	evalCmd.AddCommand(cmd)
}
