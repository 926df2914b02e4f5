package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/queue"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func init() {
	var quiet, asJSON bool
	var queueURL string
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL|- ...",
		Short: "Read news inputs into the store",
		Long: `Read plain-text dumps, HTML pages, RSS/Atom feeds and JSON Lines (files, folders
walked recursively, URLs, or - for standard input; gzip is read transparently)
and store the articles found in them with everything sitrep extracts.

Re-ingesting identical content changes nothing; changed content at the same
path or URL is stored as a new version beside the old one. Inputs that cannot
be read are named with the reason and skipped; the exit code is then 1.

With --queue, inputs are read and queued on NATS JetStream for sitrep worker
processes to analyse and store, instead of being processed here.`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if queueURL != "" {
				return runQueueIngest(cmd, args, queueURL, quiet, asJSON)
			}
			return runIngest(cmd, args, quiet, asJSON)
		},
	}
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print nothing but errors")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as JSON")
	cmd.Flags().StringVar(&queueURL, "queue", "", "queue the inputs on this NATS server (nats://host:port) for sitrep worker")
	rootCmd.AddCommand(cmd)
}

func runIngest(cmd *cobra.Command, args []string, quiet, asJSON bool) error {
	ctx := cmd.Context()
	inputs, errs := source.Expand(args, cmd.InOrStdin(), &http.Client{Timeout: 60 * time.Second})
	p, err := openPipeline(ctx)
	if err != nil {
		return err
	}
	defer p.Store.Close()
	if !quiet && !asJSON && isTerminal(cmd.ErrOrStderr()) {
		p.Progress = progressBar(cmd.ErrOrStderr())
	}
	res, err := p.Run(ctx, inputs)
	if err != nil {
		return err
	}
	return report(cmd, res, errs, quiet, asJSON, "ingested")
}

// report prints a run's summary and failures; verb names what was done with
// the inputs that succeeded.
func report(cmd *cobra.Command, res pipeline.Result, errs []error, quiet, asJSON bool, verb string) error {
	for _, e := range errs {
		f := pipeline.Failure{Error: e.Error()}
		var se *source.Error
		if errors.As(e, &se) {
			f = pipeline.Failure{Input: se.Name, Error: se.Err.Error()}
		}
		res.Failures = append(res.Failures, f)
	}
	res.Failed = len(res.Failures)
	errOut := cmd.ErrOrStderr()
	if !asJSON {
		for _, f := range res.Failures {
			fmt.Fprintf(errOut, "sitrep: skipped %s: %s\n", f.Input, f.Error)
		}
	}
	switch {
	case asJSON:
		if res.Failures == nil {
			res.Failures = []pipeline.Failure{}
		}
		enc := json.NewEncoder(cmd.OutOrStdout())
		if err := enc.Encode(res); err != nil {
			return err
		}
	case !quiet:
		if verb == "ingested" {
			fmt.Fprintf(cmd.OutOrStdout(), "ingested %d, unchanged %d, failed %d (%d articles)\n",
				res.Ingested, res.Unchanged, res.Failed, res.Articles)
		} else {
			fmt.Fprintf(cmd.OutOrStdout(), "%s %d, already queued %d, failed %d\n", verb, res.Ingested, res.Unchanged, res.Failed)
		}
	}
	if res.Failed > 0 {
		return partialError{fmt.Errorf("%d inputs failed", res.Failed)}
	}
	return nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progressBar draws a one-line bar on a terminal, redrawn at most ten times
// a second and cleared when the run ends.
func progressBar(w io.Writer) func(done, total int) {
	var last time.Time
	start := time.Now()
	return func(done, total int) {
		if done < total && time.Since(last) < 100*time.Millisecond {
			return
		}
		last = time.Now()
		const width = 30
		filled := width * done / max(total, 1)
		bar := make([]byte, width)
		for i := range bar {
			bar[i] = ' '
			if i < filled {
				bar[i] = '='
			}
		}
		fmt.Fprintf(w, "\r[%s] %d/%d inputs  %s", bar, done, total, time.Since(start).Round(time.Second))
		if done == total {
			fmt.Fprint(w, "\r\033[K")
		}
	}
}

// runQueueIngest reads the inputs and queues them for workers.
func runQueueIngest(cmd *cobra.Command, args []string, url string, quiet, asJSON bool) error {
	ctx := cmd.Context()
	inputs, errs := source.Expand(args, cmd.InOrStdin(), &http.Client{Timeout: 60 * time.Second})
	q, err := queue.Open(ctx, url)
	if err != nil {
		return err
	}
	defer q.Close()
	var res pipeline.Result
	for _, in := range inputs {
		d, err := source.Read(ctx, in)
		dup := false
		if err == nil {
			dup, err = q.Submit(ctx, d)
		}
		switch {
		case err != nil:
			errs = append(errs, err)
		case dup:
			res.Unchanged++
		default:
			res.Ingested++
		}
	}
	return report(cmd, res, errs, quiet, asJSON, "queued")
}
