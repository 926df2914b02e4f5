package main

import (
	"fmt"
	"io"
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
			cm, err := cameo.Default()
			if err != nil {
				return fmt.Errorf("eval events: %v", err)
			}
			pb := eval.EvalProbes(probes, codeProbes(ch, probes), func(code string) string {
				c, _ := cm.Coding(code)
				return c.Type
			})
			printProbes(out, "CAMEO codebook probes (ours, internal/eval/probes/cameo.tsv)", "the code's PLOVER type", pb, verbose)
			heads, err := eval.LoadHeadlines(filepath.Join(shared, "train/events/ngec/synthetic_headlines.csv"))
			if err != nil {
				return fmt.Errorf("eval events: %v", err)
			}
			hr := eval.EvalProbes(heads, codeProbes(ch, heads), nil)
			printProbes(out, "NGEC synthetic headlines (title case, slots filled with country and city names)", "their type", hr, verbose)
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every miss")
	evalCmd.AddCommand(cmd)
}

// codeProbes codes each probe sentence as an article of its own, dated
// 2020-01-01.
func codeProbes(ch *eventChain, probes []eval.Probe) [][]doc.Event {
	return codeParallel(len(probes), func(i int) []doc.Event {
		a := &doc.Article{ID: int64(i + 1), Text: probes[i].Sentence}
		a.Published = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
		ch.analyze(a)
		return a.Events
	})
}

// printProbes writes a probe score line and, verbose, every miss.
func printProbes(out io.Writer, name, what string, r eval.ProbeResult, verbose bool) {
	fmt.Fprintf(out, "%s: %d/%d coded with %s (%.3f)\n", name, r.Right, r.Probes, what, float64(r.Right)/float64(max(1, r.Probes)))
	if verbose {
		for _, m := range r.Misses {
			fmt.Fprintln(out, "  miss:", m)
		}
	}
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
