package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/spf13/cobra"
)

// stageSpeed is one stage's throughput on one core.
type stageSpeed struct {
	Stage             string  `json:"stage"`
	Seconds           float64 `json:"seconds"`
	ArticlesPerSecond float64 `json:"articles_per_second"`
	TokensPerSecond   float64 `json:"tokens_per_second"`
	SentencesPerSec   float64 `json:"sentences_per_second"`
	AllocMBPerArticle float64 `json:"alloc_mb_per_article"`
}

type benchReport struct {
	Articles  int          `json:"articles"`
	Tokens    int          `json:"tokens"`
	Sentences int          `json:"sentences"`
	Stages    []stageSpeed `json:"stages"`
	// Ingest is the whole pipeline into a fresh SQLite store on all cores.
	Ingest struct {
		Cores             int     `json:"cores"`
		Seconds           float64 `json:"seconds"`
		ArticlesPerSecond float64 `json:"articles_per_second"`
		PeakHeapMB        float64 `json:"peak_heap_mb"`
	} `json:"ingest"`
}

func init() {
	var shared string
	var limit int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure each stage's speed on one core, and whole ingest on all cores",
		Long: `Run each analysis stage over the BBC articles in ../shared/corpus/bbc on one
goroutine and report articles, sentences and tokens per second and memory
allocated per article; then ingest the same articles (each a text document)
into a fresh SQLite store with every core and report the rate and the peak
heap.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			bbc, err := eval.LoadBBC(filepath.Join(shared, "corpus", "bbc", "bbc-dev.jsonl.gz"))
			if err != nil {
				return err
			}
			if limit > 0 && limit < len(bbc) {
				bbc = bbc[:limit]
			}
			rep, err := runBench(cmd, bbc)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			printBench(cmd.OutOrStdout(), rep)
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "the shared data folder")
	cmd.Flags().IntVar(&limit, "articles", 0, "use only the first N articles (0: all)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	rootCmd.AddCommand(cmd)
}

func runBench(cmd *cobra.Command, bbc []eval.BBCArticle) (*benchReport, error) {
	stages, err := analysisStages()
	if err != nil {
		return nil, err
	}
	arts := make([]doc.Article, len(bbc))
	for i, b := range bbc {
		arts[i] = doc.Article{ID: int64(i + 1), Title: b.Title, Text: b.Body,
			Published: time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)}
	}
	rep := &benchReport{Articles: len(arts)}
	// Warm up: load every model before timing.
	warm := doc.Article{Text: "Officials met in Paris on Monday. \"We agree,\" he said."}
	for _, s := range stages {
		s.Annotate(&warm)
	}
	for _, s := range stages {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		for i := range arts {
			s.Annotate(&arts[i])
		}
		secs := time.Since(start).Seconds()
		runtime.ReadMemStats(&after)
		if rep.Tokens == 0 {
			for _, a := range arts {
				rep.Sentences += len(a.Sentences)
				for _, sn := range a.Sentences {
					rep.Tokens += len(sn.Tokens)
				}
			}
		}
		rep.Stages = append(rep.Stages, stageSpeed{
			Stage: s.name, Seconds: secs,
			ArticlesPerSecond: float64(len(arts)) / secs,
			TokensPerSecond:   float64(rep.Tokens) / secs,
			SentencesPerSec:   float64(rep.Sentences) / secs,
			AllocMBPerArticle: float64(after.TotalAlloc-before.TotalAlloc) / float64(len(arts)) / (1 << 20),
		})
	}

	// Whole ingest, all cores, each article a plain-text document of its own.
	dir, err := os.MkdirTemp("", "sitrep-bench")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	st, err := store.Open(cmd.Context(), filepath.Join(dir, "bench.db"))
	if err != nil {
		return nil, err
	}
	defer st.Close()
	p, err := newPipeline(st)
	if err != nil {
		return nil, err
	}
	var inputs []source.Input
	for i, b := range bbc {
		inputs = append(inputs, source.NewInput(fmt.Sprintf("bbc/%d.txt", i), func(context.Context) (io.ReadCloser, error) {
			return io.NopCloser(strings.NewReader(b.Title + "\n" + b.Body)), nil
		}))
	}
	peak := sampleHeap()
	start := time.Now()
	res, err := p.Run(cmd.Context(), inputs)
	secs := time.Since(start).Seconds()
	if err != nil {
		return nil, err
	}
	rep.Ingest.Cores = runtime.GOMAXPROCS(0)
	rep.Ingest.Seconds = secs
	rep.Ingest.ArticlesPerSecond = float64(res.Articles) / secs
	rep.Ingest.PeakHeapMB = float64(peak()) / (1 << 20)
	return rep, nil
}

func printBench(w io.Writer, r *benchReport) {
	fmt.Fprintf(w, "%d articles, %d sentences, %d tokens (BBC dev), one core per stage\n\n", r.Articles, r.Sentences, r.Tokens)
	fmt.Fprintf(w, "%-10s %9s %12s %12s %12s %14s\n", "stage", "seconds", "articles/s", "sentences/s", "tokens/s", "alloc MB/art")
	var total float64
	for _, s := range r.Stages {
		total += s.Seconds
		fmt.Fprintf(w, "%-10s %9.2f %12.0f %12.0f %12.0f %14.3f\n", s.Stage, s.Seconds, s.ArticlesPerSecond,
			s.SentencesPerSec, s.TokensPerSecond, s.AllocMBPerArticle)
	}
	fmt.Fprintf(w, "%-10s %9.2f %12.0f %12.0f %12.0f\n", "all", total, float64(r.Articles)/total,
		float64(r.Sentences)/total, float64(r.Tokens)/total)
	fmt.Fprintf(w, "\ningest into SQLite on %d cores: %.1f s, %.0f articles/s, peak heap %.0f MB\n",
		r.Ingest.Cores, r.Ingest.Seconds, r.Ingest.ArticlesPerSecond, r.Ingest.PeakHeapMB)
}

// sampleHeap samples the heap in use until the returned function is called,
// which returns the largest sample.
func sampleHeap() func() uint64 {
	var mu sync.Mutex
	var peak uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			mu.Lock()
			peak = max(peak, m.HeapInuse)
			mu.Unlock()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}
