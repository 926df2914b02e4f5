package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/export"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/spf13/cobra"
)

// The query verbs: events, quotes and stories from the store, as readable
// lines or (--json) as the export's JSON Lines records.

// queryFlags are the filters the query verbs share.
type queryFlags struct {
	actor, target, typ, since, until string
	limit                            int
	asJSON                           bool
}

func (q *queryFlags) filter() (store.Filter, error) {
	f := store.Filter{Actor: q.actor, Target: q.target, Type: q.typ, Limit: q.limit}
	for _, d := range []struct {
		flag, val string
		dst       *time.Time
	}{{"--since", q.since, &f.Since}, {"--until", q.until, &f.Until}} {
		if d.val == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", d.val)
		if err != nil {
			return f, usageError{fmt.Errorf("%s %q: want a date as YYYY-MM-DD", d.flag, d.val)}
		}
		if d.dst == &f.Until {
			t = t.Add(24*time.Hour - time.Nanosecond)
		}
		*d.dst = t
	}
	return f, nil
}

// queryCmd builds a query verb; text prints one record when not --json.
func queryCmd(use, short, kind string, flags func(*cobra.Command, *queryFlags),
	text func(cmd *cobra.Command, st store.Store, f store.Filter) error) *cobra.Command {
	q := &queryFlags{}
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			f, err := q.filter()
			if err != nil {
				return err
			}
			st, err := openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			if q.asJSON {
				return export.JSONL(cmd.Context(), st, cmd.OutOrStdout(), f, kind)
			}
			return text(cmd, st, f)
		},
	}
	flags(cmd, q)
	cmd.Flags().StringVar(&q.since, "since", "", "only on or after this date (YYYY-MM-DD)")
	cmd.Flags().StringVar(&q.until, "until", "", "only on or before this date (YYYY-MM-DD)")
	cmd.Flags().IntVar(&q.limit, "limit", 0, "at most this many records (0: all)")
	cmd.Flags().BoolVar(&q.asJSON, "json", false, "write JSON Lines records as in the export")
	return cmd
}

func init() {
	rootCmd.AddCommand(
		queryCmd("events", "List coded events, filtered by actor, target, type and date", "event",
			func(cmd *cobra.Command, q *queryFlags) {
				cmd.Flags().StringVar(&q.actor, "actor", "", "source actor: entity id, name or actor code (e.g. RUSGOV)")
				cmd.Flags().StringVar(&q.target, "target", "", "target actor: entity id, name or actor code")
				cmd.Flags().StringVar(&q.typ, "type", "", "PLOVER event type (e.g. CONSULT)")
			},
			func(cmd *cobra.Command, st store.Store, f store.Filter) error {
				w := cmd.OutOrStdout()
				return st.Events(cmd.Context(), f, func(e store.EventRecord) error {
					printEvent(w, e)
					return nil
				})
			}),
		queryCmd("quotes", "List quotes, filtered by speaker and date", "quote",
			func(cmd *cobra.Command, q *queryFlags) {
				cmd.Flags().StringVar(&q.actor, "speaker", "", "speaker: entity id or name, resolved or as written")
			},
			func(cmd *cobra.Command, st store.Store, f store.Filter) error {
				w := cmd.OutOrStdout()
				return st.Quotes(cmd.Context(), f, func(r store.QuoteRecord) error {
					kind := "said"
					if !r.Direct {
						kind = "said (indirect)"
					}
					fmt.Fprintf(w, "[article %d] %s %s: “%s”\n", r.Article, orDash(r.Speaker.Name), kind, r.Text)
					return nil
				})
			}),
		queryCmd("stories", "List stories with their coverage", "story",
			func(*cobra.Command, *queryFlags) {},
			func(cmd *cobra.Command, st store.Store, f store.Filter) error {
				w := cmd.OutOrStdout()
				return st.Stories(cmd.Context(), f, func(s doc.Story) error {
					when := "dates unknown"
					if !s.FirstSeen.IsZero() {
						when = s.FirstSeen.Format("2006-01-02") + " to " + s.LastSeen.Format("2006-01-02")
					}
					fmt.Fprintf(w, "[%d] %s\n    %s, %s, outlets: %s\n", s.ID, orDash(s.Title), when,
						plural(len(s.Articles), "article"), orDash(strings.Join(s.Outlets, ", ")))
					return nil
				})
			}),
	)
}

func printEvent(w io.Writer, e store.EventRecord) {
	var flags []string
	for _, f := range []struct {
		on   bool
		name string
	}{{e.Negated, "negated"}, {e.Hypothetical, "hypothetical"}, {e.Future, "future"}, {e.Alleged, "alleged"}} {
		if f.on {
			flags = append(flags, f.name)
		}
	}
	flag := ""
	if len(flags) > 0 {
		flag = " [" + strings.Join(flags, ", ") + "]"
	}
	fmt.Fprintf(w, "%s %-9s %s → %s (CAMEO %s, %d mentions)%s\n    “%s” [article %d]\n", orDash(e.Date), e.Type,
		orDash(e.Source.Name), orDash(e.Target.Name), e.CAMEO, e.Mentions, flag, e.Sentence, e.Article)
}
