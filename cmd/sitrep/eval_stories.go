package main

import (
	"encoding/gob"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/story"
	"github.com/spf13/cobra"
)

func init() {
	var shared, cache string
	var threshold, undated float64
	var sweep, raw bool
	var shuffles int
	cmd := &cobra.Command{
		Use:   "stories",
		Short: "Score story clustering on ECB+ and near-duplicate detection on BBC",
		Long: `Score story clustering (B-cubed P/R/F1 against the ECB+ dev story clusters,
streamed in file order and in five shuffled orders (--shuffles), on all topics and on the odd
and even topics apart) and near-duplicate detection (P/R on the BBC dev corpus
with its own identical copies plus deterministic edited copies and spliced
negatives).

The ECB+ articles first go through the analysis stages ingest runs (tokens,
entities, knowledge-base links, dates, events), built once and run on all
cores, so that clustering sees what it sees in ingest; --raw clusters the bare
text instead. --sweep prints F1 by threshold for the odd and even topics, the
way the default threshold was chosen.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if threshold < 0 || threshold > 1 {
				return usageError{fmt.Errorf("--threshold %v: must be between 0 and 1", threshold)}
			}
			if undated < 0 || undated > 1 {
				return usageError{fmt.Errorf("--undated-penalty %v: must be between 0 and 1", undated)}
			}
			if shuffles < 0 {
				return usageError{fmt.Errorf("--shuffles %d: must not be negative", shuffles)}
			}
			return evalStories(cmd, storyEvalConfig{shared: shared, cache: cache, raw: raw, sweep: sweep,
				shuffles: shuffles, opts: story.Options{StoryThreshold: threshold, UndatedPenalty: undated}})
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory of the shared data")
	cmd.Flags().Float64Var(&threshold, "threshold", 0, "story similarity threshold (0 = the default)")
	cmd.Flags().BoolVar(&sweep, "sweep", false, "print B-cubed F1 by threshold on odd and even topics")
	cmd.Flags().Float64Var(&undated, "undated-penalty", 0, "similarity factor when only the article or the story has dates (0 = the default, 1 = off)")
	cmd.Flags().IntVar(&shuffles, "shuffles", 5, "seeded shuffled orders scored besides the file order")
	cmd.Flags().BoolVar(&raw, "raw", false, "cluster the bare ECB+ text, without the analysis stages")
	cmd.Flags().StringVar(&cache, "annotated-cache", "", "gob file keeping the analysed ECB+ articles between runs (development)")
	_ = cmd.Flags().MarkHidden("annotated-cache")
	evalCmd.AddCommand(cmd)
}

type storyEvalConfig struct {
	shared, cache string
	raw, sweep    bool
	shuffles      int
	opts          story.Options
}

// analyseForStories runs the analysis stages of ingest that story
// clustering reads (all but quotes) on the articles, on every core.
func analyseForStories(arts []*doc.Article) error {
	all, err := analysisStages()
	if err != nil {
		return err
	}
	var stages []stage
	for _, s := range all {
		if s.name != "quote" {
			stages = append(stages, s)
		}
	}
	var wg sync.WaitGroup
	next := make(chan *doc.Article)
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range next {
				for _, s := range stages {
					s.Annotate(a)
				}
			}
		}()
	}
	for _, a := range arts {
		next <- a
	}
	close(next)
	wg.Wait()
	return nil
}

// ecbArticles returns the ECB+ documents as articles, analysed unless raw.
// With a cache path, analysed articles are read from it when it exists and
// written to it otherwise.
func ecbArticles(docs []eval.ECBDoc, raw bool, cache string) ([]*doc.Article, error) {
	arts := make([]*doc.Article, len(docs))
	for i, d := range docs {
		arts[i] = d.Article(int64(i + 1))
	}
	if raw {
		return arts, nil
	}
	if cache != "" {
		f, err := os.Open(cache)
		if err == nil {
			defer f.Close()
			var cached []*doc.Article
			if err := gob.NewDecoder(f).Decode(&cached); err != nil {
				return nil, fmt.Errorf("%s: %w", cache, err)
			}
			if len(cached) != len(arts) {
				return nil, fmt.Errorf("%s: %d articles, want %d", cache, len(cached), len(arts))
			}
			return cached, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	if err := analyseForStories(arts); err != nil {
		return nil, err
	}
	if cache != "" {
		f, err := os.Create(cache)
		if err != nil {
			return nil, err
		}
		if err := gob.NewEncoder(f).Encode(arts); err != nil {
			f.Close()
			return nil, fmt.Errorf("%s: %w", cache, err)
		}
		if err := f.Close(); err != nil {
			return nil, err
		}
	}
	return arts, nil
}

func evalStories(cmd *cobra.Command, cfg storyEvalConfig) error {
	out := cmd.OutOrStdout()
	opts := cfg.opts
	ecbPath := filepath.Join(cfg.shared, "eval", "ecbplus", "ecbplus-dev.jsonl.gz")
	docs, err := eval.LoadECBPlus(ecbPath)
	if err != nil {
		return fmt.Errorf("eval stories: %w", err)
	}
	arts, err := ecbArticles(docs, cfg.raw, cfg.cache)
	if err != nil {
		return fmt.Errorf("eval stories: %w", err)
	}
	sigs := make([]story.Signature, len(arts))
	for i, a := range arts {
		sigs[i] = story.Sign(a)
	}
	all := func(int) bool { return true }
	odd := func(t int) bool { return t%2 == 1 }
	even := func(t int) bool { return t%2 == 0 }
	if cfg.sweep {
		fmt.Fprintf(out, "threshold  F1(odd topics)  F1(even topics)  F1(all topics)  [mean of file order and %d shuffles]\n", cfg.shuffles)
		for th := 0.10; th <= 0.401; th += 0.02 {
			o := opts
			o.StoryThreshold = th
			fmt.Fprintf(out, "%.2f       %.4f          %.4f           %.4f\n", th,
				meanF1(docs, sigs, odd, o, cfg.shuffles), meanF1(docs, sigs, even, o, cfg.shuffles), meanF1(docs, sigs, all, o, cfg.shuffles))
		}
		return nil
	}
	th := opts.StoryThreshold
	if th == 0 {
		th = story.DefaultStoryThreshold
	}
	input := "analysed"
	if cfg.raw {
		input = "raw text"
	}
	fmt.Fprintf(out, "ECB+ story clusters (%s, %s), threshold %.2f, B-cubed:\n", ecbPath, input, th)
	fmt.Fprintln(out, "  subset        order      docs  gold  pred  P       R       F1")
	for _, sub := range []struct {
		name string
		keep func(int) bool
	}{{"all topics", all}, {"odd topics", odd}, {"even topics", even}} {
		var sumP, sumR, sumF float64
		minF := 1.0
		for seed := uint64(0); seed <= uint64(cfg.shuffles); seed++ {
			s := eval.ClusterSigned(docs, sigs, eval.TopicOrder(docs, sub.keep, seed), opts)
			sumP, sumR, sumF = sumP+s.P, sumR+s.R, sumF+s.F1
			minF = min(minF, s.F1)
			if seed == 0 {
				fmt.Fprintf(out, "  %-12s  file       %4d  %4d  %4d  %.4f  %.4f  %.4f\n", sub.name, s.Docs, s.Gold, s.Predicted, s.P, s.R, s.F1)
			}
		}
		n := float64(cfg.shuffles + 1)
		fmt.Fprintf(out, "  %-12s  mean of %-3d                  %.4f  %.4f  %.4f  (lowest %.4f)\n", sub.name, cfg.shuffles+1, sumP/n, sumR/n, sumF/n, minF)
	}

	bbcPath := filepath.Join(cfg.shared, "corpus", "bbc", "bbc-dev.jsonl.gz")
	bbc, err := eval.LoadBBC(bbcPath)
	if err != nil {
		return fmt.Errorf("eval stories: %w", err)
	}
	items := eval.DupStream(bbc, 1)
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

// meanF1 is the B-cubed F1 averaged over the file order and the shuffles.
func meanF1(docs []eval.ECBDoc, sigs []story.Signature, keep func(int) bool, opts story.Options, shuffles int) float64 {
	var sum float64
	for seed := uint64(0); seed <= uint64(shuffles); seed++ {
		sum += eval.ClusterSigned(docs, sigs, eval.TopicOrder(docs, keep, seed), opts).F1
	}
	return sum / float64(shuffles+1)
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
