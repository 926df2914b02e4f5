package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"unicode"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/spf13/cobra"
)

func init() {
	var shared, speakersOut string
	var epochs, folds, models int
	var seed int64
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "Train the quote speaker, unattributed-quote and span models on the PolNeAR train split",
		Long: "Runs the quote chain over the PolNeAR train split (--shared eval/polnear/train) and trains three ranking\n" +
			"averaged perceptrons (--epochs, --seed), each scored by --folds-fold cross-validation over articles next\n" +
			"to the rules, then trained on every article:\n" +
			"  speakers: for each direct or mixed quotation the rules attribute, keep the rules' speaker or take another\n" +
			"    person, organisation, pronoun or speech-verb subject near it (label: the gold source of the attribution\n" +
			"    whose content overlaps the quotation most);\n" +
			"  unattributed quotations: drop one, join it to the quote before or after, or emit it with the previous\n" +
			"    speaker or a mention near it (label: which gives a lenient match to a gold quotation, with its source);\n" +
			"    the margin over dropping is the one with the most right less wrong choices in cross-validation;\n" +
			"  quote spans: the rules' span, the quoted words, or from the sentence start or the cue to the clause end\n" +
			"    (label: the spans matching the gold quotation the rules' span overlaps most).\n" +
			"All are written to --out (default " + quote.SpeakerModelFile + "), which the extractor embeds. Deterministic.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if epochs < 1 || folds < 2 {
				return usageError{fmt.Errorf("--epochs %d --folds %d: want ≥ 1 and ≥ 2", epochs, folds)}
			}
			docs, err := eval.LoadPolNeAR(filepath.Join(shared, "eval", "polnear"), "train")
			if err != nil {
				return fmt.Errorf("train quotes: %w", err)
			}
			base, err := loadKB()
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			articles, err := quoteArticles(docs)
			if err != nil {
				return err
			}
			rules := quote.New(quote.WithKB(base), quote.WithSpeakerModel(nil))
			speakers, leftovers, bounds := speakerExamples(docs, articles, rules)
			fmt.Fprintf(w, "speakers: %d quotations, ", len(speakers))
			sm := trainRanker(w, speakers, epochs, folds, seed, models)
			fmt.Fprintf(w, "unattributed quotations: %d, ", len(leftovers))
			lm := trainRanker(w, leftovers, epochs, folds, seed, models)
			lm.SetWeight(quote.LeftoverMargin, leftoverMargin(w, leftovers, epochs, folds, seed, models))
			fmt.Fprintf(w, "quote spans: %d quotations, ", len(bounds))
			bm := trainRanker(w, bounds, epochs, folds, seed, models)
			km := quote.MergeRankers(quote.MergeRankers(sm, lm), bm)
			var buf bytes.Buffer
			if err := km.Write(&buf); err != nil {
				return err
			}
			if err := os.WriteFile(speakersOut, buf.Bytes(), 0o644); err != nil {
				return fmt.Errorf("train quotes: %w", err)
			}
			fmt.Fprintf(w, "%s: %d bytes\n", speakersOut, buf.Len())
			return nil
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data sets")
	cmd.Flags().StringVar(&speakersOut, "out", quote.SpeakerModelFile, "where to write the model")
	cmd.Flags().IntVar(&epochs, "epochs", 5, "training passes")
	cmd.Flags().IntVar(&folds, "folds", 5, "cross-validation folds (articles)")
	cmd.Flags().Int64Var(&seed, "seed", 1, "shuffling seed (the first of --models consecutive seeds)")
	cmd.Flags().IntVar(&models, "models", 1, "rankers trained from consecutive seeds and averaged, for each model")
	trainCmd.AddCommand(cmd)
}

// rankExample is a labelled choice, the article it is from, and whether the
// rules' choice was right.
type rankExample struct {
	quote.RankExample
	doc    int
	ruleOK bool
}

// trainRanker reports cross-validated accuracy of a ranker against the
// rules, then trains it on every example.
func trainRanker(w interface{ Write([]byte) (int, error) }, examples []rankExample, epochs, folds int, seed int64, models int) *quote.Ranker {
	var ok, n, ruleOK int
	for f := range folds {
		var tr, te []quote.RankExample
		for _, ex := range examples {
			if ex.doc%folds == f {
				te = append(te, ex.RankExample)
				if ex.ruleOK {
					ruleOK++
				}
			} else {
				tr = append(tr, ex.RankExample)
			}
		}
		k, c := trainSeeds(tr, epochs, seed, models).Accuracy(te)
		ok, n = ok+k, n+c
	}
	fmt.Fprintf(w, "%d with a right candidate; %d-fold cross-validation: model %d (%.3f), rules %d (%.3f)\n", n, folds, ok, float64(ok)/float64(max(n, 1)), ruleOK, float64(ruleOK)/float64(max(n, 1)))
	all := make([]quote.RankExample, len(examples))
	for i, ex := range examples {
		all[i] = ex.RankExample
	}
	return trainSeeds(all, epochs, seed, models)
}

// trainSeeds trains n rankers from consecutive seeds and averages them.
func trainSeeds(examples []quote.RankExample, epochs int, seed int64, n int) *quote.Ranker {
	rs := make([]*quote.Ranker, max(n, 1))
	quoteParallel(len(rs), func(i int) { rs[i] = quote.TrainRanker(examples, epochs, seed+int64(i)) })
	return quote.AverageRankers(rs...)
}

// quoteArticles runs the quote chain's stages before quotes over docs.
func quoteArticles(docs []eval.PolNeARDoc) ([]*doc.Article, error) {
	chain, err := newQuoteChain()
	if err != nil {
		return nil, err
	}
	articles := make([]*doc.Article, len(docs))
	quoteParallel(len(docs), func(i int) {
		a := &doc.Article{Text: docs[i].Text, Author: docs[i].Author, Published: docs[i].Date}
		for _, s := range chain.stages {
			if s.name != "quote" {
				s.Annotate(a)
			}
		}
		articles[i] = a
	})
	return articles, nil
}

// quoteParallel calls f(0..n-1) on GOMAXPROCS goroutines.
func quoteParallel(n int, f func(int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// speakerExamples labels each speaker choice x makes: a candidate is right
// when it overlaps the source of the gold attribution whose content
// overlaps the quotation most (at least a third of the longer of the two).
// It also labels the options for each quotation no rule attributed
// (leftoverExample).
func speakerExamples(docs []eval.PolNeARDoc, articles []*doc.Article, x *quote.Extractor) (speakers, leftovers, bounds []rankExample) {
	choices := make([][]quote.SpeakerChoice, len(docs))
	quoteParallel(len(docs), func(i int) { choices[i] = x.SpeakerChoices(articles[i]) })
	for i, d := range docs {
		var golds []goldQuote
		for _, at := range d.Attributions {
			if quote.ContainsQuoteMarks(spansText(d.Text, at.Content)) {
				golds = append(golds, goldQuote{words: wordStarts(d.Text, at.Content), source: at.Source})
			}
		}
		for _, ch := range choices[i] {
			if ch.Boundary {
				if ex, ok := boundaryExample(d, golds, ch); ok {
					ex.doc = i
					bounds = append(bounds, ex)
				}
				continue
			}
			if ch.Leftover {
				if ex, ok := leftoverExample(d, golds, ch); ok {
					ex.doc = i
					leftovers = append(leftovers, ex)
				}
				continue
			}
			best, bestRatio := -1, 1.0/3
			for k, at := range d.Attributions {
				if r := spanOverlapRatio(ch.Parts, at.Content); r >= bestRatio {
					best, bestRatio = k, r
				}
			}
			if best < 0 || len(d.Attributions[best].Source) == 0 {
				continue
			}
			ex := rankExample{doc: i}
			for _, c := range ch.People {
				right := false
				for _, s := range d.Attributions[best].Source {
					right = right || c.Span.Start < s.End && s.Start < c.Span.End
				}
				ex.Features = append(ex.Features, c.Features)
				ex.Right = append(ex.Right, right)
			}
			ex.ruleOK = ch.Chosen >= 0 && ex.Right[ch.Chosen]
			speakers = append(speakers, ex)
		}
	}
	return speakers, leftovers, bounds
}

// boundaryExample labels the candidate spans of a quote: right are those
// that match (half the words of the longer) the gold quotation the rules'
// span overlaps most.
func boundaryExample(d eval.PolNeARDoc, golds []goldQuote, ch quote.SpeakerChoice) (rankExample, bool) {
	cur := wordStarts(d.Text, ch.Parts)
	var best *goldQuote
	bestR := 0.0
	for gi := range golds {
		if r := ratio(cur, golds[gi].words); r > bestR {
			best, bestR = &golds[gi], r
		}
	}
	if best == nil {
		return rankExample{}, false
	}
	ex := rankExample{}
	any := false
	for _, c := range ch.People {
		r := ratio(wordStarts(d.Text, []doc.Span{c.Span}), best.words) >= 0.5
		ex.Features = append(ex.Features, c.Features)
		ex.Right = append(ex.Right, r)
		any = any || r
	}
	ex.ruleOK = ex.Right[0]
	return ex, any
}

// goldQuote is a gold quotation's words and source.
type goldQuote struct {
	words  map[int]bool
	source []doc.Span
}

// ratio is the share of words a and b have in common, over the larger.
func ratio(a, b map[int]bool) float64 {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(n) / float64(max(len(a), len(b)))
}

// leftoverExample labels the options for an unattributed quotation: joining
// a quote is right when the joined words match a gold quotation (half the
// words of the longer) better than the quote alone; a quote of its own is
// right when its words match a gold quotation that does not take in the
// quote before, and its speaker overlaps or names that quotation's source;
// dropping it is right when nothing else is.
func leftoverExample(d eval.PolNeARDoc, golds []goldQuote, ch quote.SpeakerChoice) (rankExample, bool) {
	seg := wordStarts(d.Text, ch.Parts)
	var prevWords map[int]bool
	for _, c := range ch.People {
		if c.Option == "prev" {
			prevWords = wordStarts(d.Text, c.Parts)
		}
	}
	ex := rankExample{}
	ex.Right = make([]bool, len(ch.People))
	var sepGold *goldQuote
	for gi := range golds {
		g := &golds[gi]
		if ratio(seg, g.words) >= 0.5 && (prevWords == nil || ratio(prevWords, g.words) == 0) {
			sepGold = g
		}
	}
	for k, c := range ch.People {
		ex.Features = append(ex.Features, c.Features)
		switch c.Option {
		case "prev", "next":
			group := wordStarts(d.Text, c.Parts)
			joined := wordStarts(d.Text, append(append([]doc.Span{}, c.Parts...), ch.Parts...))
			for _, g := range golds {
				if r := ratio(joined, g.words); r >= 0.5 && r > ratio(group, g.words) && ratio(seg, g.words) > 0 {
					ex.Right[k] = true
				}
			}
		case "sep":
			if sepGold == nil {
				continue
			}
			for _, s := range sepGold.source {
				src := strings.ToLower(d.Text[s.Start:s.End])
				last := ""
				if f := strings.Fields(strings.ToLower(c.Name)); len(f) > 0 {
					last = strings.Trim(f[len(f)-1], ".,’'s")
				}
				if c.Span.Start < s.End && s.Start < c.Span.End || last != "" && len(last) > 2 && strings.Contains(src, last) {
					ex.Right[k] = true
				}
			}
		}
	}
	other := false
	for _, r := range ex.Right {
		other = other || r
	}
	if !other {
		ex.Right[0] = true // drop, also when no speaker on offer is right
	}
	ex.ruleOK = ex.Right[0]
	return ex, true
}

// spansText joins the text of spans.
func spansText(text string, spans []doc.Span) string {
	var b strings.Builder
	for _, sp := range spans {
		b.WriteString(text[sp.Start:sp.End])
		b.WriteByte(' ')
	}
	return b.String()
}

// wordStarts returns where the words of spans start, as the quote scorer
// counts them (letters and digits, with inner apostrophes).
func wordStarts(text string, spans []doc.Span) map[int]bool {
	w := map[int]bool{}
	for _, sp := range spans {
		in := false
		for i, r := range text[sp.Start:sp.End] {
			word := unicode.IsLetter(r) || unicode.IsDigit(r)
			if word && !in {
				w[sp.Start+i] = true
			}
			in = word || (in && (r == '\'' || r == '’'))
		}
	}
	return w
}

// spanOverlapRatio is the bytes two span sets share over the larger total.
func spanOverlapRatio(a, b []doc.Span) float64 {
	la, lb, shared := 0, 0, 0
	for _, x := range a {
		la += x.End - x.Start
		for _, y := range b {
			shared += max(0, min(x.End, y.End)-max(x.Start, y.Start))
		}
	}
	for _, y := range b {
		lb += y.End - y.Start
	}
	if la == 0 || lb == 0 {
		return 0
	}
	return float64(shared) / float64(max(la, lb))
}

// leftoverMargin picks, by cross-validation, how much an unattributed
// quotation's best option must outscore dropping it to be taken: the margin
// with the most options taken rightly less those taken wrongly.
func leftoverMargin(w interface{ Write([]byte) (int, error) }, examples []rankExample, epochs, folds int, seed int64, models int) float64 {
	margins := []float64{0, 1, 2, 3, 4, 5, 6, 8}
	emitOK, emitBad := make([]int, len(margins)), make([]int, len(margins))
	for f := range folds {
		var tr []quote.RankExample
		for _, ex := range examples {
			if ex.doc%folds != f {
				tr = append(tr, ex.RankExample)
			}
		}
		m := trainSeeds(tr, epochs, seed, models)
		for _, ex := range examples {
			if ex.doc%folds != f {
				continue
			}
			b := m.Best(ex.Features)
			if b <= 0 {
				continue
			}
			gain := m.Score(ex.Features[b]) - m.Score(ex.Features[0])
			for i, mg := range margins {
				if gain < mg {
					continue
				}
				if ex.Right[b] {
					emitOK[i]++
				} else {
					emitBad[i]++
				}
			}
		}
	}
	best := 0
	fmt.Fprintf(w, "  cross-validated options taken (right/wrong) by margin:")
	for i, mg := range margins {
		fmt.Fprintf(w, " %g: %d/%d", mg, emitOK[i], emitBad[i])
		if emitOK[i]-emitBad[i] > emitOK[best]-emitBad[best] {
			best = i
		}
	}
	fmt.Fprintf(w, "; margin %g\n", margins[best])
	return margins[best]
}
