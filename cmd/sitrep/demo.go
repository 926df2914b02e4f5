package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/examples"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/spf13/cobra"
)

func init() {
	rootCmd.AddCommand(&cobra.Command{
		Use:   "demo",
		Short: "Ingest the bundled example corpus and show what sitrep found",
		Long: `Ingest the small example corpus built into the binary (a text dump, an HTML
page, an RSS feed and JSON Lines) into the store named by --db, then print the
articles, entities, events, quotes and stories found in it.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			names, err := fs.Glob(examples.FS, "corpus/*")
			if err != nil {
				return err
			}
			var inputs []source.Input
			for _, n := range names {
				inputs = append(inputs, source.NewInput("examples/"+n, func(context.Context) (io.ReadCloser, error) {
					return examples.FS.Open(n)
				}))
			}
			p, err := openPipeline(ctx)
			if err != nil {
				return err
			}
			defer p.Store.Close()
			res, err := p.Run(ctx, inputs)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "Ingested %d example inputs into %s (%d unchanged, %d failed).\n\n",
				res.Ingested, dbLocation(), res.Unchanged, res.Failed)
			for _, f := range res.Failures {
				fmt.Fprintf(w, "  failed: %s: %s\n", f.Input, f.Error)
			}
			return summarize(ctx, w, p.Store)
		},
	})
}

// summarize prints what the store holds, briefly.
func summarize(ctx context.Context, w io.Writer, st store.Store) error {
	s, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d articles, %d entities, %d events, %d quotes, %d stories\n",
		s.Articles, s.Entities, s.Events, s.Quotes, s.Stories)

	fmt.Fprintln(w, "\nArticles")
	err = st.Articles(ctx, store.Filter{}, func(a doc.Article) error {
		date := "date unknown"
		if !a.Published.IsZero() {
			date = a.Published.Format("2006-01-02")
		}
		title := a.Title
		if title == "" {
			title = "(no headline) " + a.Headline()
		}
		fmt.Fprintf(w, "  [%d] %s — %s, %s (%s line %d)\n", a.ID, orDash(title), orDash(a.Outlet), date, a.Document, a.FirstLine)
		return nil
	})
	if err != nil {
		return err
	}

	type counted struct {
		e doc.Entity
		n int
	}
	var ents []counted
	err = st.Entities(ctx, store.Filter{}, func(e doc.Entity) error {
		n := 0
		for _, c := range e.Mentions {
			n += c
		}
		ents = append(ents, counted{e, n})
		return nil
	})
	if err != nil {
		return err
	}
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].n > ents[j].n })
	if len(ents) > 0 {
		fmt.Fprintln(w, "\nMost mentioned")
		for _, c := range ents[:min(len(ents), 12)] {
			fmt.Fprintf(w, "  %-28s %-4s %-8s %d mentions\n", c.e.Name, c.e.Type, c.e.Code, c.n)
		}
	}

	first := true
	err = st.Events(ctx, store.Filter{Limit: 20}, func(e store.EventRecord) error {
		if first {
			fmt.Fprintln(w, "\nEvents (who did what to whom)")
			first = false
		}
		printEvent(w, e)
		return nil
	})
	if err != nil {
		return err
	}

	first = true
	err = st.Quotes(ctx, store.Filter{Limit: 10}, func(q store.QuoteRecord) error {
		if first {
			fmt.Fprintln(w, "\nQuotes")
			first = false
		}
		if q.Direct {
			fmt.Fprintf(w, "  %s: “%s”\n", orDash(q.Speaker.Name), q.Text)
		} else {
			fmt.Fprintf(w, "  %s (reported): %s\n", orDash(q.Speaker.Name), q.Text)
		}
		return nil
	})
	if err != nil {
		return err
	}

	first = true
	return st.Stories(ctx, store.Filter{}, func(s doc.Story) error {
		if first {
			fmt.Fprintln(w, "\nStories")
			first = false
		}
		fmt.Fprintf(w, "  [%d] %s — %s from %s\n", s.ID, orDash(s.Title), plural(len(s.Articles), "article"),
			orOutletUnknown(s.Outlets))
		return nil
	})
}

// plural writes a count with its noun ("1 article", "2 articles").
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// orOutletUnknown lists outlets, or says none is known.
func orOutletUnknown(outlets []string) string {
	if len(outlets) == 0 {
		return "an unknown outlet"
	}
	return strings.Join(outlets, ", ")
}
