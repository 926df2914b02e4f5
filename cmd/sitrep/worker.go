package main

import (
	"context"
	"fmt"
	"os/signal"
	"syscall"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/queue"
	"github.com/spf13/cobra"
)

func init() {
	var queueURL string
	var placeStories, drain bool
	cmd := &cobra.Command{
		Use:   "worker --queue nats://HOST:PORT",
		Short: "Analyse and store documents queued by sitrep ingest --queue",
		Long: `Take documents from the NATS JetStream queue, analyse them and save them in the
store named by --db (for several workers, a shared postgres:// store). A
document is acknowledged only once it is saved, so a worker that dies loses
nothing.

Story placement needs one placer: run exactly one worker with
--place-stories; it also places articles the others saved.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if queueURL == "" {
				return usageError{fmt.Errorf("--queue is required")}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			q, err := queue.Open(ctx, queueURL)
			if err != nil {
				return err
			}
			defer q.Close()
			p, err := openPipeline(ctx)
			if err != nil {
				return err
			}
			defer p.Store.Close()
			placer := p.Stories
			p.Stories = nil
			errOut := cmd.ErrOrStderr()
			var done, failed int
			work := func(ctx context.Context, d *doc.Document) error {
				res, err := p.Process(ctx, d)
				if err != nil {
					fmt.Fprintf(errOut, "sitrep worker: %s: %v (will retry)\n", d.Source, err)
					return err
				}
				for _, f := range res.Failures {
					fmt.Fprintf(errOut, "sitrep worker: skipped %s: %s\n", f.Input, f.Error)
				}
				done++
				if res.Ingested == 0 && res.Unchanged == 0 {
					failed++
					return fmt.Errorf("%s: %w", d.Source, queue.ErrBadMessage)
				}
				return nil
			}
			stopPlacing := func() {}
			if placeStories {
				stopPlacing = placeEvery(ctx, placer, time.Second, errOut)
			}
			werr := q.Work(ctx, drain, work)
			stopPlacing()
			if werr != nil && ctx.Err() == nil {
				return werr
			}
			if placeStories {
				if err := placer.PlacePending(context.WithoutCancel(ctx)); err != nil {
					return err
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "processed %d documents, %d failed\n", done, failed)
			return nil
		},
	}
	cmd.Flags().StringVar(&queueURL, "queue", "", "NATS server URL (nats://host:port)")
	cmd.Flags().BoolVar(&placeStories, "place-stories", false, "also place saved articles among stories (run on exactly one worker)")
	cmd.Flags().BoolVar(&drain, "drain", false, "exit when the queue is empty instead of waiting for more")
	rootCmd.AddCommand(cmd)
}

// placeEvery places pending articles among stories every interval until
// stopped.
func placeEvery(ctx context.Context, placer pipeline.Stories, every time.Duration, errOut interface{ Write([]byte) (int, error) }) func() {
	ctx, cancel := context.WithCancel(ctx)
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if err := placer.PlacePending(ctx); err != nil && ctx.Err() == nil {
					fmt.Fprintf(errOut, "sitrep worker: placing stories: %v\n", err)
				}
			}
		}
	}()
	return func() { cancel(); <-finished }
}
