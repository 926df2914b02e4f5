package main

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep/sitrep/internal/timex"
)

// timexOut is one expression as the timex verb prints it.
type timexOut struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

func init() {
	var dct, format string
	var dayFirst bool
	cmd := &cobra.Command{
		Use:   "timex",
		Short: "Find date and time expressions in text on stdin and print them as JSON",
		Long: "Reads UTF-8 text on standard input and writes a JSON array of the date and time\n" +
			"expressions found, each {start, end, text, type, value} with byte offsets into the\n" +
			"input and a TIMEX3 type (DATE, TIME, DURATION, SET) and value. Relative expressions\n" +
			"(\"last week\", \"on Tuesday\") resolve against --dct; without it they keep X\n" +
			"placeholders (XXXX-XX-XX) and absolute dates still resolve.",
		Example: "  echo 'He said on Tuesday that talks begin next week.' | sitrep timex --dct 2025-03-14",
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			var anchor time.Time
			if dct != "" {
				t, err := time.Parse("2006-01-02", dct)
				if err != nil {
					return usageError{fmt.Errorf("--dct %q: want a date as YYYY-MM-DD", dct)}
				}
				anchor = t
			}
			if format != "json" {
				return usageError{fmt.Errorf("--format %q: the only format is json", format)}
			}
			text, err := io.ReadAll(cmd.InOrStdin())
			if err != nil {
				return fmt.Errorf("reading stdin: %w", err)
			}
			tagger := timex.New(timex.DayFirst(dayFirst))
			out := []timexOut{}
			for _, x := range tagger.Tag(string(text), anchor) {
				out = append(out, timexOut{Start: x.Span.Start, End: x.Span.End, Text: x.Text, Type: x.Type, Value: x.Value})
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(out)
		},
	}
	cmd.Flags().StringVar(&dct, "dct", "", "document creation time YYYY-MM-DD that relative expressions resolve against (empty: unknown)")
	cmd.Flags().StringVar(&format, "format", "json", "output format (json)")
	cmd.Flags().BoolVar(&dayFirst, "day-first", false, "read ambiguous numeric dates such as 03/04/2025 day first")
	rootCmd.AddCommand(cmd)
}
