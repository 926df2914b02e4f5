package main

import (
	"fmt"
	"os"
	"slices"

	"github.com/sitrep/sitrep/internal/export"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/spf13/cobra"
)

func init() {
	var format, kind, out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the store's records in an exchange format",
		Long: `Write what the store holds. --format jsonl writes one JSON object per line with a
"kind" field (article, entity, mention, event, quote, story); docs/export.md
documents every field. Offsets are byte offsets into UTF-8 text.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "jsonl" {
				return usageError{fmt.Errorf("unknown --format %q (want jsonl)", format)}
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
			return export.JSONL(cmd.Context(), st, w, store.Filter{}, kinds...)
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl")
	cmd.Flags().StringVar(&kind, "kind", "", "only records of this kind (article, entity, mention, event, quote, story)")
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to this file instead of standard output")
	rootCmd.AddCommand(cmd)
}
