package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/kb"
	"github.com/spf13/cobra"
)

// kbExtra is the --kb-extra flag: a YAML or JSON file of entries that add to
// or override the embedded knowledge base.
var kbExtra string

// loadKB returns the embedded knowledge base with the --kb-extra entries.
func loadKB() (*kb.KB, error) {
	base, err := kb.Default()
	if err != nil {
		return nil, err
	}
	if kbExtra == "" {
		return base, nil
	}
	extra, err := kb.ReadExtra(kbExtra)
	if err != nil {
		return nil, usageError{fmt.Errorf("--kb-extra: %w", err)}
	}
	return base.WithExtra(extra), nil
}

func init() {
	kbCmd := &cobra.Command{
		Use:   "kb",
		Short: "Build or query the knowledge base of actors and places",
		Long: "The knowledge base holds countries, cities, regions, office holders with dated roles, armed groups,\n" +
			"international organisations and government seats. Any verb accepts --kb-extra FILE, a YAML or JSON list of\n" +
			"entries that add to the base or, with an existing id, replace an entry:\n\n" +
			"  - name: Wagner Group            # required\n" +
			"    aliases: [Wagner, PMC Wagner]\n" +
			"    type: ORG                     # PER, ORG or LOC (default ORG)\n" +
			"    kind: group                   # country, city, region, person, group, igo, seat, org\n" +
			"    country: RUS                  # ISO 3166 alpha-3\n" +
			"    sector: MIL                   # GOV, MIL, REB, IGO, ...; code defaults to country+sector\n" +
			"  - id: person/Q7747              # replaces the built-in entry\n" +
			"    name: Vladimir Putin\n" +
			"    type: PER\n" +
			"    roles: [{office: president, head: state, country: RUS, code: RUSGOV, from: 20120507}]",
	}
	rootCmd.PersistentFlags().StringVar(&kbExtra, "kb-extra", "", "YAML or JSON file of knowledge-base entries to add or override")

	var shared, out string
	build := &cobra.Command{
		Use:   "build",
		Short: "Build the compact knowledge-base file from ../shared/train",
		Long: "Build reads countries (mledoze), cities (GeoNames), leaders (Wikidata, Phoenix), armed groups\n" +
			"(UCDP, OFAC) and the built-in tables of international organisations and government seats, and\n" +
			"writes a gzipped file that sitrep embeds (internal/kb/kb.bin.gz).",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			entries, err := kb.Build(shared)
			if err != nil {
				return err
			}
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			if err := kb.Encode(f, entries); err != nil {
				f.Close()
				return fmt.Errorf("%s: %w", out, err)
			}
			if err := f.Close(); err != nil {
				return err
			}
			counts := map[string]int{}
			for _, e := range entries {
				counts[e.Kind]++
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d entries %v\n", out, len(entries), counts)
			return nil
		},
	}
	build.Flags().StringVar(&shared, "shared", filepath.Join("..", "shared"), "directory holding the shared data (train/...)")
	build.Flags().StringVar(&out, "out", filepath.Join("internal", "kb", "kb.bin.gz"), "file to write")

	var date string
	var asJSON bool
	lookup := &cobra.Command{
		Use:   "lookup NAME",
		Short: "Show what a name or a role phrase (\"US president\") resolves to",
		Args:  usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			k, err := loadKB()
			if err != nil {
				return err
			}
			d := 0
			if date != "" {
				t, err := time.Parse("2006-01-02", date)
				if err != nil {
					return usageError{fmt.Errorf("--date %q: want YYYY-MM-DD", date)}
				}
				d = kb.DateInt(t)
			}
			var ms []kb.Match
			if e := k.RolePhrase(args[0], d); e != nil {
				ms = append(ms, kb.Match{Entry: e, How: "role"})
			}
			ms = append(ms, k.Lookup(args[0], d)...)
			w := cmd.OutOrStdout()
			if len(ms) == 0 {
				fmt.Fprintf(w, "%s: not in the knowledge base\n", args[0])
				return partialError{fmt.Errorf("%s: not found", args[0])}
			}
			for _, m := range ms {
				e := m.Entry
				if asJSON {
					b, _ := json.Marshal(e)
					fmt.Fprintln(w, string(b))
					continue
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\tcountry=%s sector=%s code=%s via %s\n", e.ID, e.Name, e.Type, e.Kind, e.Country, e.Sector, e.CodeAt(d), m.How)
				for _, r := range e.Roles {
					if r.Office != "" && (d == 0 || r.Active(d)) {
						fmt.Fprintf(w, "\trole: %s %s %d-%d\n", r.Country, r.Office, r.From, r.To)
					}
				}
				if len(e.Aliases) > 0 {
					al := e.Aliases
					if len(al) > 12 {
						al = al[:12]
					}
					fmt.Fprintf(w, "\taliases: %s\n", strings.Join(al, "; "))
				}
			}
			return nil
		},
	}
	lookup.Flags().StringVar(&date, "date", "", "resolve roles as of this date (YYYY-MM-DD)")
	lookup.Flags().BoolVar(&asJSON, "json", false, "print entries as JSON")
	kbCmd.AddCommand(build, lookup)
	rootCmd.AddCommand(kbCmd)
}
