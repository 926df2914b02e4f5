package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/sitrep/sitrep/internal/event/cameo"
	"github.com/spf13/cobra"
)

func init() {
	var shared, out string
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Compile the event-coding dictionaries (CAMEO verbs, actors, agents, PLOVER map, Goldstein) into the embedded model",
		Long: "Parses the PETRARCH2 verb dictionary, the Phoenix actor and agent dictionaries, the CAMEO→PLOVER map,\n" +
			"the Goldstein/quad table and the PLOVER codebook under --shared and writes them gzip-compressed to --out\n" +
			"(default " + cameo.ModelFile + "), which the binary embeds. Deterministic: same inputs, same bytes.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := cameo.Compile(shared)
			if err != nil {
				return fmt.Errorf("train events: %v", err)
			}
			var buf bytes.Buffer
			if err := m.Save(&buf); err != nil {
				return fmt.Errorf("train events: %v", err)
			}
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return fmt.Errorf("train events: %s: %v", out, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d verb blocks, %d verb forms, %d actor phrases, %d agent phrases, %d PLOVER codes, %d person nouns, %d bytes\n",
				out, len(m.Verbs.Blocks), len(m.Verbs.Forms), len(m.Actors.Entries), len(m.Agents.Entries), len(m.PLOVER), len(m.Animate), buf.Len())
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared training data")
	cmd.Flags().StringVar(&out, "out", cameo.ModelFile, "where to write the compiled model")
	trainCmd.AddCommand(cmd)
}
