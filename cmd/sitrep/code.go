package main

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/event"
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

// eventRecord is one coded happening in the export's field names.
type eventRecord struct {
	Type          string       `json:"type"`
	Mode          string       `json:"mode"`
	CAMEO         string       `json:"cameo"`
	QuadClass     int          `json:"quad_class"`
	Goldstein     float64      `json:"goldstein"`
	Source        doc.ActorRef `json:"source"`
	Target        doc.ActorRef `json:"target"`
	Date          string       `json:"date"`
	DatePrecision string       `json:"date_precision"`
	Location      *doc.Place   `json:"location"`
	Negated       bool         `json:"negated"`
	Hypothetical  bool         `json:"hypothetical"`
	Future        bool         `json:"future"`
	Alleged       bool         `json:"alleged"`
	Trigger       string       `json:"trigger"`
	Sentence      string       `json:"sentence"`
	Span          doc.Span     `json:"span"`
	Article       int64        `json:"article"`
	Mentions      int          `json:"mentions"`
	Confidence    float64      `json:"confidence"`
}

func recordOf(h event.Happening) eventRecord {
	e := h.Event
	return eventRecord{
		Type: e.Type, Mode: e.Mode, CAMEO: e.CAMEO, QuadClass: e.QuadClass, Goldstein: e.Goldstein,
		Source: e.Source, Target: e.Target, Date: e.Date, DatePrecision: e.DatePrecision, Location: e.Location,
		Negated: e.Negated, Hypothetical: e.Hypothetical, Future: e.Future, Alleged: e.Alleged,
		Trigger: e.Trigger, Sentence: e.Sentence, Span: e.Span, Article: h.Mentions[0].Article,
		Mentions: len(h.Mentions), Confidence: e.Confidence,
	}
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
			"the sentence and its byte span in the input, article and the number of mentions merged into it.\n" +
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
