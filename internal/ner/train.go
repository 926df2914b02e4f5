package ner

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/learn"
	"github.com/sitrep/sitrep/internal/nlp/truecase"
)

// TrainOptions control training.
type TrainOptions struct {
	Epochs int
	Seed   uint64
	// History has the sentences read a document at a time, in order, each
	// word reading how the tagger being trained tagged it earlier in the
	// document (prediction history); documents are shuffled instead of
	// sentences.
	History   bool
	MinWeight float32 // averaged weights smaller than this are dropped
	Progress  func(epoch int, errRate float64)
}

// bilou converts IOB2 tags to BILOU class names.
func bilou(tags []string) []string {
	out := make([]string, len(tags))
	for _, sp := range Spans(tags) {
		if sp.End-sp.Start == 1 {
			out[sp.Start] = "U-" + sp.Type
			continue
		}
		out[sp.Start] = "B-" + sp.Type
		for k := sp.Start + 1; k < sp.End-1; k++ {
			out[k] = "I-" + sp.Type
		}
		out[sp.End-1] = "L-" + sp.Type
	}
	for i := range out {
		if out[i] == "" {
			out[i] = "O"
		}
	}
	return out
}

// averaged is a small dense averaged-perceptron weight vector (the tag
// transitions), averaged over the same steps as the feature weights.
type averaged struct {
	w, total []float64
	since    []int64
	step     int64
}

func newAveraged(n int) *averaged {
	return &averaged{w: make([]float64, n), total: make([]float64, n), since: make([]int64, n)}
}

func (a *averaged) add(i int, d float64) {
	a.total[i] += float64(a.step-a.since[i]) * a.w[i]
	a.since[i] = a.step
	a.w[i] += d
}

func (a *averaged) current(out []float32) {
	for i, w := range a.w {
		out[i] = float32(w)
	}
}

func (a *averaged) average() []float32 {
	out := make([]float32, len(a.w))
	for i := range a.w {
		out[i] = float32((a.total[i] + float64(a.step-a.since[i])*a.w[i]) / float64(max(a.step, 1)))
	}
	return out
}

// Train learns a tagger from labeled sentences, with word clusters and a
// gazetteer (either may be nil): a structured averaged perceptron whose
// decoder is the tagger's own Viterbi search. Deterministic for the same
// inputs.
func Train(sents []Sentence, c Clusters, g *Gazetteer, o TrainOptions) *Tagger {
	classes := classNames()
	k := len(classes)
	p := learn.NewPerceptron(classes...)
	index := map[string]int{}
	for i, c := range classes {
		index[c] = i
	}
	gold := make([][]int, len(sents))
	for i, s := range sents {
		for _, b := range bilou(s.Tags) {
			gold[i] = append(gold[i], index[b])
		}
	}
	tr := newAveraged((k + 1) * k)
	t := newTagger(p, classes, make([]float32, (k+1)*k), c, g)
	s := &state{}
	docs := []int{} // sentences docs[d] to docs[d+1]-1 are a document
	first := make([]bool, len(sents))
	for i := range sents {
		if i == 0 || !o.History || sents[i].DocStart || sents[i].Doc == nil || sents[i-1].Doc == nil {
			docs = append(docs, i)
			first[i] = true
		}
	}
	docs = append(docs, len(sents))
	var ctx []uint8
	for ep := 0; ep < o.Epochs; ep++ {
		wrong, total := 0, 0
		var h history
		var order []int
		for _, d := range learn.Shuffle(len(docs)-1, o.Seed, ep) {
			for si := docs[d]; si < docs[d+1]; si++ {
				order = append(order, si)
			}
		}
		for _, si := range order {
			if first[si] && o.History {
				h = history{}
			}
			gs := gold[si]
			if len(gs) == 0 {
				continue
			}
			sc := sents[si].Doc
			if o.History && sc != nil {
				ctx = append(ctx[:0], sc...)
				h.read(sents[si].Words, ctx)
				sc = ctx
			}
			pred := t.decode(sents[si].Words, sents[si].Genre, sents[si].Title, sc, s)
			if o.History && sc != nil {
				h.add(sents[si].Words, sc, pred)
			}
			gp, pp := k, k
			for i, gc := range gs {
				pc := pred[i]
				p.Update(s.posFeats(i), gc, pc)
				tr.step++
				total++
				if gc != pc {
					wrong++
				}
				if gc != pc || gp != pp {
					tr.add(gp*k+gc, 1)
					tr.add(pp*k+pc, -1)
				}
				gp, pp = gc, pc
			}
			tr.current(t.trans)
		}
		if o.Progress != nil {
			o.Progress(ep+1, float64(wrong)/float64(max(total, 1)))
		}
	}
	trained := newTagger(p.Model(o.MinWeight), classes, tr.average(), c, g)
	for _, s := range sents {
		trained.document = trained.document || s.Doc != nil
	}
	return trained
}

// Average returns the tagger whose emission and transition weights are the
// mean of those of taggers trained alike (same classes, clusters and
// gazetteer) from different seeds: an ensemble at the cost of one tagger,
// which smooths out the perceptron's dependence on the training order.
// Weights of the mean below minWeight in magnitude are dropped.
func Average(minWeight float32, ts ...*Tagger) (*Tagger, error) {
	if len(ts) == 0 {
		return nil, fmt.Errorf("ner: nothing to average")
	}
	first := ts[0]
	models := make([]*learn.Model, len(ts))
	trans := make([]float32, len(first.trans))
	for i, t := range ts {
		m, ok := t.model.(*learn.Model)
		if !ok || strings.Join(t.classes, " ") != strings.Join(first.classes, " ") || len(t.trans) != len(trans) {
			return nil, fmt.Errorf("ner: tagger %d was not trained like tagger 0", i)
		}
		models[i] = m
		for j, w := range t.trans {
			trans[j] += w / float32(len(ts))
		}
	}
	avg := newTagger(learn.AverageModels(models...).Prune(minWeight), first.classes, trans, first.clusters, first.gaz)
	avg.document = first.document
	return avg, nil
}

// LowercaseCopies returns lower-cased copies of about percent% of the
// sentences that name an entity, picked by a hash of their words so that
// the choice is deterministic. Training on them teaches the recognizer to
// find names in text written without capitals (web forums, chat, search
// queries), where it must rely on context, clusters and the gazetteer.
func LowercaseCopies(sents []Sentence, percent int) []Sentence {
	var out []Sentence
	for _, s := range sents {
		if len(Spans(s.Tags)) == 0 {
			continue
		}
		if learn.HashString(strings.Join(s.Words, " "))%100 >= uint64(percent) {
			continue
		}
		c := Sentence{Words: make([]string, len(s.Words)), Tags: s.Tags, Genre: s.Genre}
		for i, w := range s.Words {
			c.Words[i] = strings.ToLower(w)
		}
		out = append(out, c)
	}
	return out
}

// TitleCaseCopies returns copies of about percent% of the sentences that
// name an entity written as title-case headlines ("Leader of France
// Criticizes Turkey 's Response") and then read back as the tagger reads
// them (package truecase restores the common words it knows), picked by a
// hash of their words (another pick than LowercaseCopies'). Training on
// them teaches the recognizer the headlines truecase leaves partly
// capitalised.
func TitleCaseCopies(sents []Sentence, percent int) []Sentence {
	var out []Sentence
	tc := truecase.Default()
	for _, s := range sents {
		if len(Spans(s.Tags)) == 0 {
			continue
		}
		if learn.HashString("title "+strings.Join(s.Words, " "))%100 >= uint64(percent) {
			continue
		}
		titled := truecase.TitleCase(s.Words)
		words := tc.Restore(titled)
		out = append(out, Sentence{Words: words, Tags: s.Tags, Genre: s.Genre, Title: &words[0] != &titled[0]})
	}
	return out
}
