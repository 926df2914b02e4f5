package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/sitrep/sitrep/internal/export"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/spf13/cobra"
)

// tableFormats are the export formats of events other than JSON Lines.
var tableFormats = map[string]func(context.Context, store.Store, io.Writer, store.Filter) error{
	"csv":     export.CSV,
	"gdelt":   export.GDELT,
	"graphml": export.GraphML,
}

func init() {
	var format, kind, out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the store's records in an exchange format",
		Long: `Write what the store holds.

  --format jsonl    one JSON object per line with a "kind" field (article,
                    entity, mention, event, quote, story): the contract that
                    docs/export.md documents. Offsets are byte offsets into
                    UTF-8 text.
  --format csv      one row per event report, with its sentence
  --format gdelt    one row per happening told as fact, in the 61 columns of
                    the GDELT 2.0 event table (tab-separated)
  --format graphml  the actor network: actors, and edges per source, target
                    and quad class with event counts and mean Goldstein score`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			write, ok := tableFormats[format]
			if !ok && format != "jsonl" {
				return usageError{fmt.Errorf("unknown --format %q (want jsonl, csv, gdelt or graphml)", format)}
			}
			if ok && kind != "" && kind != "event" {
				return usageError{fmt.Errorf("--format %s exports events; --kind %s needs --format jsonl", format, kind)}
			}
			var kinds []string
			if kind != "" {
				if !slices.Contains(export.Kinds, kind) {
					return usageError{fmt.Errorf("unknown --kind %q (want one of %v)", kind, export.Kinds)}
				}
				kinds = []string{kind}
			}
			w := cmd.OutOrStdout()
			if out != "" && out != "-" {
				f, err := os.Create(out)
				if err != nil {
					return err
				}
				defer f.Close()
				w = f
			}
			st, err := openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			if ok {
				return write(cmd.Context(), st, w, store.Filter{})
			}
			return export.JSONL(cmd.Context(), st, w, store.Filter{}, kinds...)
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl, csv, gdelt or graphml")
	cmd.Flags().StringVar(&kind, "kind", "", "only records of this kind (article, entity, mention, event, quote, story)")
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to this file instead of standard output")
	rootCmd.AddCommand(cmd)
}
