package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/event/cameo"
)

func init() {
	var shared string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Score event coding on the PLOVER gold standard and the PETRARCH2 unit-test records",
		Long: "PLOVER GSR (eval/plover-gsr/plover-gsr-dev.json): each sentence runs through the full chain;\n" +
			"PLOVER 0.5 types FIGHT, DEMAND, INVESTIGATE, DISAPPROVE map to ASSAULT, REQUEST, ACCUSE, ACCUSE.\n" +
			"Type accuracy: the most confident event's type equals the gold type. Exact triple: that event's\n" +
			"type, source and target all match; actors match when their CAMEO codes share the first three\n" +
			"letters (country, IGO, NGO) or, lacking codes, one actor text contains the other; a gold record\n" +
			"without target accepts an empty target or another gold source (joint events).\n" +
			"PETRARCH2 unit tests (train/events/petrarch2): each record is coded from its own Treebank parse\n" +
			"(converted to dependencies) with the tests' own dictionaries; found = expected (source, target,\n" +
			"code) triples produced, extra = produced triples not expected, both over the expected count.\n" +
			"CAMEO codebook probes: one sentence per CAMEO code, written by us from the codebook labels; right\n" +
			"when the most confident event has the code's PLOVER type in the embedded coding table.\n" +
			"NGEC synthetic headlines (train/events/ngec/synthetic_headlines.csv): 375 title-case headline\n" +
			"templates with their PLOVER type, slots filled with country and city names; right as for the probes.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := cmd.OutOrStdout()
			gsr, err := eval.LoadGSR(filepath.Join(shared, "eval/plover-gsr/plover-gsr-dev.json"))
			if err != nil {
				return fmt.Errorf("eval events: %v", err)
			}
			ch, err := newEventChain()
			if err != nil {
				return err
			}
			coded := codeParallel(len(gsr), func(i int) []doc.Event {
				a := &doc.Article{ID: int64(i + 1), Text: gsr[i].Text}
				a.Published, _ = time.Parse("2006-01-02", gsr[i].Date)
				ch.analyze(a)
				return a.Events
			})
			next := 0
			res := eval.EvalGSR(gsr, func(eval.GSRRecord) []doc.Event {
				next++
				return coded[next-1]
			})
			fmt.Fprintf(out, "PLOVER GSR dev: %d records\n", res.Records)
			fmt.Fprintf(out, "  event type accuracy      %.3f (%d/%d; any event of the gold type %d)\n", res.TypeAccuracy(), res.TypeCorrect, res.Records, res.TypeAny)
			fmt.Fprintf(out, "  exact (type, src, tgt)   %.3f (%d/%d; any event %d)\n", res.TripleAccuracy(), res.TripleExact, res.Records, res.TripleAny)
			fmt.Fprintf(out, "  no event coded           %d\n", res.NoEvent)
			for _, l := range res.PerTypeLines() {
				fmt.Fprintln(out, "   ", l)
			}
			if verbose {
				for _, e := range res.Errors {
					fmt.Fprintln(out, "  miss:", e)
				}
			}
			dir := filepath.Join(shared, "train/events/petrarch2")
			recs, err := eval.LoadPetrarchRecords(filepath.Join(dir, "PETR.UnitTest.records.xml"))
			if err != nil {
				return fmt.Errorf("eval events: %v", err)
			}
			model, err := eval.PetrarchModel(dir)
			if err != nil {
				return fmt.Errorf("eval events: %v", err)
			}
			pr, err := eval.EvalPetrarch(recs, model)
			if err != nil {
				return fmt.Errorf("eval events: %v", err)
			}
			fmt.Fprintf(out, "PETRARCH2 unit-test records: %d records, %d expected codings\n", pr.Records, pr.Expected)
			fmt.Fprintf(out, "  found  %.3f (%d/%d)\n", pr.FoundRate(), pr.Found, pr.Expected)
			fmt.Fprintf(out, "  extra  %.3f (%d/%d)\n", pr.ExtraRate(), pr.Extra, pr.Expected)
			if verbose {
				for _, m := range pr.Misses {
					fmt.Fprintln(out, "  miss:", m)
				}
			}
			probes, err := eval.CameoProbes()
			if err != nil {
				return fmt.Errorf("eval events: %v", err)
			}
			probeEvents := codeParallel(len(probes), func(i int) []doc.Event {
				a := &doc.Article{ID: int64(i + 1), Text: probes[i].Sentence}
				a.Published = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
				ch.analyze(a)
				return a.Events
			})
			cm, err := cameo.Default()
			if err != nil {
				return fmt.Errorf("eval events: %v", err)
			}
			pb := eval.EvalProbes(probes, probeEvents, func(code string) string {
				c, _ := cm.Coding(code)
				return c.Type
			})
			fmt.Fprintf(out, "CAMEO codebook probes (ours, internal/eval/probes/cameo.tsv): %d/%d coded with the code's PLOVER type (%.3f)\n",
				pb.Right, pb.Probes, float64(pb.Right)/float64(max(1, pb.Probes)))
			if verbose {
				for _, m := range pb.Misses {
					fmt.Fprintln(out, "  miss:", m)
				}
			}
			hpath := filepath.Join(shared, "train/events/ngec/synthetic_headlines.csv")
			heads, err := eval.LoadHeadlines(hpath)
			if err != nil {
				return fmt.Errorf("eval events: %v", err)
			}
			headEvents := codeParallel(len(heads), func(i int) []doc.Event {
				a := &doc.Article{ID: int64(i + 1), Text: heads[i].Sentence}
				a.Published = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
				ch.analyze(a)
				return a.Events
			})
			hr := eval.EvalProbes(heads, headEvents, nil)
			fmt.Fprintf(out, "NGEC synthetic headlines (title case, slots filled with country and city names): %d/%d coded with their type (%.3f)\n",
				hr.Right, hr.Probes, float64(hr.Right)/float64(max(1, hr.Probes)))
			if verbose {
				for _, m := range hr.Misses {
					fmt.Fprintln(out, "  miss:", m)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every miss")
	evalCmd.AddCommand(cmd)
}

// codeParallel runs code on items 0..n-1 on every core and returns the
// results in item order.
func codeParallel(n int, code func(i int) []doc.Event) [][]doc.Event {
	out := make([][]doc.Event, n)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i] = code(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}
