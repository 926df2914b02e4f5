package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/story"
	"github.com/spf13/cobra"
)

func init() {
	var shared string
	var threshold float64
	var sweep bool
	cmd := &cobra.Command{
		Use:   "stories",
		Short: "Score story clustering on ECB+ and near-duplicate detection on BBC",
		Long: `Score story clustering (B-cubed P/R/F1 against the ECB+ dev story clusters,
streamed in file order and in five shuffled orders, on all topics and on the odd
and even topics apart) and near-duplicate detection (P/R on the BBC dev corpus
with its own identical copies plus deterministic edited copies and spliced
negatives). --sweep prints F1 by threshold for the odd and even topics, the
way the default threshold was chosen.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if threshold < 0 || threshold > 1 {
				return usageError{fmt.Errorf("--threshold %v: must be between 0 and 1", threshold)}
			}
			return evalStories(cmd, shared, story.Options{StoryThreshold: threshold}, sweep)
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory of the shared data")
	cmd.Flags().Float64Var(&threshold, "threshold", 0, "story similarity threshold (0 = the default)")
	cmd.Flags().BoolVar(&sweep, "sweep", false, "print B-cubed F1 by threshold on odd and even topics")
	evalCmd.AddCommand(cmd)
}

func evalStories(cmd *cobra.Command, shared string, opts story.Options, sweep bool) error {
	out := cmd.OutOrStdout()
	ecbPath := filepath.Join(shared, "eval", "ecbplus", "ecbplus-dev.jsonl.gz")
	docs, err := eval.LoadECBPlus(ecbPath)
	if err != nil {
		return fmt.Errorf("eval stories: %w", err)
	}
	all := func(int) bool { return true }
	odd := func(t int) bool { return t%2 == 1 }
	even := func(t int) bool { return t%2 == 0 }
	if sweep {
		fmt.Fprintln(out, "threshold  F1(odd topics)  F1(even topics)  [mean of file order and 5 shuffles]")
		for th := 0.10; th <= 0.401; th += 0.02 {
			o := opts
			o.StoryThreshold = th
			fmt.Fprintf(out, "%.2f       %.4f          %.4f\n", th,
				meanF1(docs, odd, o), meanF1(docs, even, o))
		}
		return nil
	}
	th := opts.StoryThreshold
	if th == 0 {
		th = story.DefaultStoryThreshold
	}
	fmt.Fprintf(out, "ECB+ story clusters (%s), threshold %.2f, B-cubed:\n", ecbPath, th)
	fmt.Fprintln(out, "  subset        order      docs  gold  pred  P       R       F1")
	for _, sub := range []struct {
		name string
		keep func(int) bool
	}{{"all topics", all}, {"odd topics", odd}, {"even topics", even}} {
		var sumP, sumR, sumF float64
		for seed := uint64(0); seed <= 5; seed++ {
			s := eval.ClusterECB(docs, eval.TopicOrder(docs, sub.keep, seed), opts)
			sumP, sumR, sumF = sumP+s.P, sumR+s.R, sumF+s.F1
			if seed == 0 {
				fmt.Fprintf(out, "  %-12s  file       %4d  %4d  %4d  %.4f  %.4f  %.4f\n", sub.name, s.Docs, s.Gold, s.Predicted, s.P, s.R, s.F1)
			}
		}
		fmt.Fprintf(out, "  %-12s  mean of 6                    %.4f  %.4f  %.4f\n", sub.name, sumP/6, sumR/6, sumF/6)
	}

	bbcPath := filepath.Join(shared, "corpus", "bbc", "bbc-dev.jsonl.gz")
	arts, err := eval.LoadBBC(bbcPath)
	if err != nil {
		return fmt.Errorf("eval stories: %w", err)
	}
	items := eval.DupStream(arts, 1)
	kinds := map[string]int{}
	for _, it := range items {
		kinds[it.Kind]++
	}
	s := eval.ScoreDuplicates(items, opts)
	fmt.Fprintf(out, "\nNear-duplicates (%s): %d items (%s)\n", bbcPath, s.Items, countList(kinds))
	fmt.Fprintf(out, "  expected links %d, predicted %d, correct %d, unscored gray-zone links %d\n", s.Expected, s.Predicted, s.Correct, s.Gray)
	fmt.Fprintf(out, "  precision %.4f  recall %.4f\n", s.P, s.R)
	if len(s.Missed) > 0 {
		fmt.Fprintf(out, "  missed by kind: %s\n", countList(s.Missed))
	}
	if len(s.Wrong) > 0 {
		fmt.Fprintf(out, "  wrong by kind: %s\n", countList(s.Wrong))
	}
	return nil
}

// meanF1 is the B-cubed F1 averaged over the file order and five shuffles.
func meanF1(docs []eval.ECBDoc, keep func(int) bool, opts story.Options) float64 {
	var sum float64
	for seed := uint64(0); seed <= 5; seed++ {
		sum += eval.ClusterECB(docs, eval.TopicOrder(docs, keep, seed), opts).F1
	}
	return sum / 6
}

func countList(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
