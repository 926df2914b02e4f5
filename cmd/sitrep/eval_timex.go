package main

import (
	"fmt"
	"path/filepath"
	"sort"

	"github.com/spf13/cobra"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/timex"
)

func init() {
	var shared string
	var errors bool
	cmd := &cobra.Command{
		Use:   "timex",
		Short: "Score date and time expressions on ../shared/eval/tempeval3 (TimeBank + AQUAINT)",
		Long: "Tags every TimeML document of the TempEval-3 set with its DCT as anchor and scores\n" +
			"DATE and TIME expressions: relaxed (any overlap) and strict span precision, recall\n" +
			"and F1, and value accuracy on relaxed matches (exact after notational\n" +
			"normalisation; also at the coarser granularity of the two values). Figures are\n" +
			"printed overall and per corpus.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir := filepath.Join(shared, "eval", "tempeval3")
			docs, err := eval.ReadTimeMLDir(dir)
			if err != nil {
				return fmt.Errorf("tempeval3 set %s: %w", dir, err)
			}
			tagger := timex.New()
			perCorpus := map[string]*eval.TimexScore{}
			var all eval.TimexScore
			out := cmd.OutOrStdout()
			for _, d := range docs {
				var gold, sys []eval.TimexSpan
				for _, g := range d.Timexes {
					if g.Type == timex.Date || g.Type == timex.Time {
						gold = append(gold, eval.TimexSpan{Start: g.Start, End: g.End, Type: g.Type, Value: g.Value})
					}
				}
				found := tagger.Tag(d.Text, d.DCT)
				for _, x := range found {
					if x.Type == timex.Date || x.Type == timex.Time {
						sys = append(sys, eval.TimexSpan{Start: x.Span.Start, End: x.Span.End, Type: x.Type, Value: x.Value})
					}
				}
				var sc eval.TimexScore
				sc.Add(gold, sys)
				if perCorpus[d.Corpus] == nil {
					perCorpus[d.Corpus] = &eval.TimexScore{}
				}
				perCorpus[d.Corpus].Merge(sc)
				all.Merge(sc)
				if errors {
					printTimexErrors(out, d, gold, sys)
				}
			}
			fmt.Fprintf(out, "tempeval3: %d documents (%s), DATE and TIME, DCT as anchor\n", len(docs), dir)
			fmt.Fprintf(out, "%-10s %6s %6s %8s %8s %8s %8s %8s %9s %9s\n", "corpus", "gold", "sys", "relaxP", "relaxR", "relaxF1", "strictF1", "matched", "valueAcc", "valueGran")
			names := make([]string, 0, len(perCorpus))
			for n := range perCorpus {
				names = append(names, n)
			}
			sort.Strings(names)
			row := func(name string, s eval.TimexScore) {
				p, r, f := s.Relaxed()
				_, _, sf := s.Strict()
				fmt.Fprintf(out, "%-10s %6d %6d %8.4f %8.4f %8.4f %8.4f %8d %9.4f %9.4f\n", name, s.Gold, s.Sys, p, r, f, sf, s.Matched, s.ValueAccuracy(), s.ValueAccuracyAtGranularity())
			}
			for _, n := range names {
				row(n, *perCorpus[n])
			}
			row("all", all)
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data (eval/tempeval3)")
	cmd.Flags().BoolVar(&errors, "errors", false, "also print every missed, spurious and wrongly valued expression")
	evalCmd.AddCommand(cmd)
}

// printTimexErrors lists one document's misses (FN), spurious finds (FP)
// and value errors (VAL) for error analysis.
func printTimexErrors(out interface{ Write([]byte) (int, error) }, d eval.TimeMLDoc, gold, sys []eval.TimexSpan) {
	overlaps := func(a, b eval.TimexSpan) bool { return a.Start < b.End && b.Start < a.End }
	for _, g := range gold {
		hit := -1
		for k, x := range sys {
			if overlaps(g, x) {
				hit = k
				break
			}
		}
		switch {
		case hit < 0:
			fmt.Fprintf(out, "FN\t%s\t%s\t%q\t%s\n", d.Name, d.DCT.Format("2006-01-02"), d.Text[g.Start:g.End], g.Value)
		case eval.NormTimexValue(g.Value) != eval.NormTimexValue(sys[hit].Value):
			x := sys[hit]
			lo, hi := max(0, x.Start-60), min(len(d.Text), x.End+40)
			fmt.Fprintf(out, "VAL\t%s\t%s\t%q\t%s\t%q\t%s\t%q\n", d.Name, d.DCT.Format("2006-01-02"), d.Text[g.Start:g.End], g.Value, d.Text[x.Start:x.End], x.Value, d.Text[lo:hi])
		}
	}
	for _, x := range sys {
		hit := false
		for _, g := range gold {
			if overlaps(g, x) {
				hit = true
			}
		}
		if !hit {
			lo, hi := max(0, x.Start-40), min(len(d.Text), x.End+40)
			fmt.Fprintf(out, "FP\t%s\t%s\t%q\t%s\t%q\n", d.Name, d.DCT.Format("2006-01-02"), d.Text[x.Start:x.End], x.Value, d.Text[lo:hi])
		}
	}
}
