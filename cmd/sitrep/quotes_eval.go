package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval"
	"github.com/spf13/cobra"
)

func init() {
	var shared, split, only string
	var errs int
	var dump bool
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "Score quote detection and speaker attribution on PolNeAR",
		Long: `Score quote extraction against PolNeAR (../shared/eval/polnear).

Gold quotes are attributions whose content contains quotation marks; a
prediction matches leniently when it shares at least half the words of the
longer of the two, strictly when it has exactly the same words (quotation
marks and punctuation ignored). Speaker accuracy counts matched quotes whose
predicted speaker mention overlaps the gold source; a pronoun source counts
only when the speaker was resolved to the named person it refers to (the
nearest earlier named gold source). Use --split train while developing.`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch split {
			case "train", "dev", "test":
			default:
				return usageError{fmt.Errorf("--split %q: want train, dev or test", split)}
			}
			dir := filepath.Join(shared, "eval", "polnear")
			docs, err := eval.LoadPolNeAR(dir, split)
			if err != nil {
				return fmt.Errorf("polnear %s: %w", dir, err)
			}
			if only != "" {
				var kept []eval.PolNeARDoc
				for _, d := range docs {
					if strings.Contains(d.Name, only) {
						kept = append(kept, d)
					}
				}
				docs = kept
			}
			if len(docs) == 0 {
				return fmt.Errorf("polnear %s: no %s documents", dir, split)
			}
			chain, err := newQuoteChain()
			if err != nil {
				return err
			}
			articles := make([]*doc.Article, len(docs))
			quoteParallel(len(docs), func(i int) {
				a := &doc.Article{Text: docs[i].Text, Author: docs[i].Author, Published: docs[i].Date}
				chain.annotate(a)
				articles[i] = a
			})
			var direct, every eval.QuoteScore
			var misses []eval.QuoteMiss
			for i, d := range docs {
				misses = append(misses, direct.AddQuotes(d, articles[i].Quotes, false)...)
				every.AddQuotes(d, articles[i].Quotes, true)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "PolNeAR %s: %d articles\n", split, len(docs))
			fmt.Fprintf(out, "direct quotes: gold %d, predicted %d\n", direct.Gold, direct.Pred)
			for _, strict := range []bool{false, true} {
				p, r, f := direct.PRF(strict)
				name := "lenient (>=50% words)"
				if strict {
					name = "strict (same words)"
				}
				fmt.Fprintf(out, "  detection %-22s P %.3f  R %.3f  F1 %.3f\n", name, p, r, f)
			}
			fmt.Fprintf(out, "  speaker accuracy            %.3f  (%d/%d matched quotes with a source)\n", quoteRatio(direct.SpeakerOK, direct.Speakers), direct.SpeakerOK, direct.Speakers)
			fmt.Fprintf(out, "    mention overlap only      %.3f\n", quoteRatio(direct.MentionOK, direct.Speakers))
			fmt.Fprintf(out, "    resolved name match       %.3f\n", quoteRatio(direct.NameOK, direct.Speakers))
			fmt.Fprintf(out, "    same person (mention or name) %.3f  (%d)\n", quoteRatio(direct.IdentityOK, direct.Speakers), direct.IdentityOK)
			fmt.Fprintf(out, "    pronoun sources resolved  %.3f  (%d/%d; %d with no earlier named source left out)\n", quoteRatio(direct.PronounOK, direct.Pronouns), direct.PronounOK, direct.Pronouns, direct.NoReferent)
			p, r, f := every.PRF(false)
			fmt.Fprintf(out, "all attributions incl. indirect: gold %d, predicted %d, lenient P %.3f R %.3f F1 %.3f, speaker %.3f\n", every.Gold, every.Pred, p, r, f, quoteRatio(every.SpeakerOK, every.Speakers))
			if dump {
				for i, a := range articles {
					for _, q := range a.Quotes {
						fmt.Fprintf(out, "quote\t%s\tdirect=%v\t%q\n  speaker: %s → %s | cue: %s\n", docs[i].Name, q.Direct, quoteClip(q.Text), q.Speaker.Mention, q.Speaker.Name, q.Cue)
					}
				}
			}
			for i, m := range misses {
				if i >= errs {
					break
				}
				fmt.Fprintf(out, "%s\t%s\n  gold: %s\n  pred: %s\n  source: %s | cue: %s | speaker: %s\n", m.Kind, m.Doc, quoteClip(m.Gold), quoteClip(m.Pred), m.GoldSource, m.GoldCue, m.PredSpeaker)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data sets")
	cmd.Flags().StringVar(&split, "split", "dev", "PolNeAR split to score: train, dev or test")
	cmd.Flags().IntVar(&errs, "errors", 0, "print up to this many misses (for development)")
	cmd.Flags().StringVar(&only, "doc", "", "score only the documents whose name contains this (for development)")
	cmd.Flags().BoolVar(&dump, "dump", false, "print every predicted quote (for development)")
	evalCmd.AddCommand(cmd)
}

// quoteChain runs the analysis stages of ingest (analysisStages) up to and
// including quotes, leaving out those quote extraction does not read (dates,
// events). Built once, safe for concurrent use.
type quoteChain struct{ stages []stage }

func newQuoteChain() (*quoteChain, error) {
	all, err := analysisStages()
	if err != nil {
		return nil, err
	}
	c := &quoteChain{}
	for _, s := range all {
		if s.name != "timex" && s.name != "event" {
			c.stages = append(c.stages, s)
		}
		if s.name == "quote" {
			return c, nil
		}
	}
	return nil, fmt.Errorf("the analysis stages have no quote stage")
}

func (c *quoteChain) annotate(a *doc.Article) {
	for _, s := range c.stages {
		s.Annotate(a)
	}
}

func quoteRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func quoteClip(s string) string {
	s = strings.ReplaceAll(s, "\n", "⏎")
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}
