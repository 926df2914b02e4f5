package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/kb"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/spf13/cobra"
)

func init() {
	var shared, split string
	var errs int
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
			if len(docs) == 0 {
				return fmt.Errorf("polnear %s: no %s documents", dir, split)
			}
			k, err := kb.Default()
			if err != nil {
				return fmt.Errorf("knowledge base: %w", err)
			}
			x := quote.New(quote.WithKB(k))
			var direct, every eval.QuoteScore
			var misses []eval.QuoteMiss
			for _, d := range docs {
				a := &doc.Article{Text: d.Text, Author: d.Author}
				x.Annotate(a)
				misses = append(misses, direct.AddQuotes(d, a.Quotes, false)...)
				every.AddQuotes(d, a.Quotes, true)
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
			fmt.Fprintf(out, "    pronoun sources resolved  %.3f  (%d/%d; %d with no earlier named source left out)\n", quoteRatio(direct.PronounOK, direct.Pronouns), direct.PronounOK, direct.Pronouns, direct.NoReferent)
			p, r, f := every.PRF(false)
			fmt.Fprintf(out, "all attributions incl. indirect: gold %d, predicted %d, lenient P %.3f R %.3f F1 %.3f, speaker %.3f\n", every.Gold, every.Pred, p, r, f, quoteRatio(every.SpeakerOK, every.Speakers))
			for i, m := range misses {
				if i >= errs {
					break
				}
				fmt.Fprintf(out, "%s\t%s\n  gold: %s\n  pred: %s\n  source: %s | speaker: %s\n", m.Kind, m.Doc, quoteClip(m.Gold), quoteClip(m.Pred), m.GoldSource, m.PredSpeaker)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data sets")
	cmd.Flags().StringVar(&split, "split", "dev", "PolNeAR split to score: train, dev or test")
	cmd.Flags().IntVar(&errs, "errors", 0, "print up to this many misses (for development)")
	evalCmd.AddCommand(cmd)
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
