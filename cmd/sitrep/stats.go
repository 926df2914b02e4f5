package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"
)

func init() {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count what the store holds, by kind",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Stats(cmd.Context())
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(s)
			}
			w := cmd.OutOrStdout()
			for _, row := range []struct {
				name string
				n    int64
			}{
				{"documents", s.Documents}, {"articles", s.Articles}, {"sentences", s.Sentences},
				{"entities", s.Entities}, {"mentions", s.Mentions}, {"events", s.Events},
				{"quotes", s.Quotes}, {"timexes", s.Timexes}, {"stories", s.Stories},
			} {
				fmt.Fprintf(w, "%-10s %d\n", row.name, row.n)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the counts as JSON")
	rootCmd.AddCommand(cmd)
}
