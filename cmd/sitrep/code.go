package main

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/export"
)

// eventChain is the analysis chain ingest runs (analysisStages: sentences,
// tokens and parses, entities, links, dates, events, quotes), built once and
// shared by the code verb and eval events. It is safe for concurrent use.
type eventChain struct {
	stages []stage
}

func newEventChain() (*eventChain, error) {
	stages, err := analysisStages()
	if err != nil {
		return nil, err
	}
	return &eventChain{stages: stages}, nil
}

// analyze runs every analysis stage on a, in ingest's order.
func (ch *eventChain) analyze(a *doc.Article) {
	for _, s := range ch.stages {
		s.Annotate(a)
	}
}

// codedRecord is a coded happening: the export's event record (no id: it
// is not stored) and the byte span of every sentence that reports it, the
// first one's included, so that each report keeps its provenance.
type codedRecord struct {
	export.EventRecord
	MentionSpans []doc.Span `json:"mention_spans"`
}

func recordOf(h event.Happening) codedRecord {
	r := codedRecord{EventRecord: export.EventOf(h.Event, h.Mentions[0].Article, len(h.Mentions))}
	for _, m := range h.Mentions {
		r.MentionSpans = append(r.MentionSpans, m.Event.Span)
	}
	return r
}

func init() {
	var date, format string
	cmd := &cobra.Command{
		Use:   "code",
		Short: "Code the events in text on stdin (PLOVER + CAMEO) and print them as JSON Lines",
		Long: "Reads UTF-8 text on standard input — one sentence per line, or an article — runs the analysis\n" +
			"chain (sentences, tokens, parse, entities, dates) and writes one JSON object per line for each\n" +
			"happening coded: type, mode, cameo, quad_class, goldstein, source and target ({id, name, code}),\n" +
			"date, date_precision, location, the modality flags negated, hypothetical, future and alleged,\n" +
			"the sentence and its byte span in the input, article, the number of mentions merged into it and\n" +
			"mention_spans, the byte span of every sentence that reports it.\n" +
			"Negated, conditional, future and alleged events are kept and flagged, never reported as fact.",
		Example: "  echo 'Russia said Ukraine attacked a base in Crimea.' | sitrep code --date 2025-03-14",
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "jsonl" {
				return usageError{fmt.Errorf("--format %q: the only format is jsonl", format)}
			}
			a := &doc.Article{ID: 1}
			if date != "" {
				t, err := time.Parse("2006-01-02", date)
				if err != nil {
					return usageError{fmt.Errorf("--date %q: want a date as YYYY-MM-DD", date)}
				}
				a.Published = t
			}
			text, err := io.ReadAll(cmd.InOrStdin())
			if err != nil {
				return fmt.Errorf("reading stdin: %w", err)
			}
			a.Text = string(text)
			ch, err := newEventChain()
			if err != nil {
				return err
			}
			ch.analyze(a)
			var ms []event.Mention
			for _, e := range a.Events {
				ms = append(ms, event.Mention{Event: e, Article: a.ID})
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetEscapeHTML(false)
			for _, h := range event.Merge(ms, 7*24*time.Hour) {
				if err := enc.Encode(recordOf(h)); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "publication date YYYY-MM-DD: anchors relative dates and dates events with no date of their own")
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format (jsonl)")
	rootCmd.AddCommand(cmd)
}
