package main

import (
	"context"
	"fmt"

	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/link"
	"github.com/sitrep/sitrep/internal/ner"
	"github.com/sitrep/sitrep/internal/nlp"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/sitrep/sitrep/internal/segment"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/timex"
)

// stage is an analysis stage with the name `sitrep bench` reports it under.
type stage struct {
	name string
	pipeline.Annotator
}

// analysisStages builds every analysis stage, in the order their inputs
// require: sentences, tokens, tags and parses; entities; links; dates;
// events; quotes. The knowledge base includes --kb-extra entries.
func analysisStages() ([]stage, error) {
	base, err := loadKB()
	if err != nil {
		return nil, fmt.Errorf("loading the knowledge base: %w", err)
	}
	tagger, err := ner.Default()
	if err != nil {
		return nil, fmt.Errorf("loading the NER model: %w", err)
	}
	coder, err := event.New()
	if err != nil {
		return nil, fmt.Errorf("loading the event dictionaries: %w", err)
	}
	return []stage{
		{"nlp", nlp.New()},
		{"ner", tagger},
		{"link", link.New(base)},
		{"timex", timex.New()},
		{"event", coder},
		{"quote", quote.New(quote.WithKB(base))},
	}, nil
}

// newPipeline assembles the ingest pipeline with every analysis stage.
func newPipeline(st store.Store) (*pipeline.Pipeline, error) {
	stages, err := analysisStages()
	if err != nil {
		return nil, err
	}
	p := &pipeline.Pipeline{
		Store:     st,
		Segmenter: &segment.Segmenter{},
		Extractor: &extract.Extractor{},
		Stories:   &pipeline.StoryPlacer{Store: st},
	}
	for _, s := range stages {
		p.Stages = append(p.Stages, s.Annotator)
	}
	return p, nil
}

// openPipeline opens the store named by --db and the ingest pipeline over
// it. The caller closes p.Store.
func openPipeline(ctx context.Context) (*pipeline.Pipeline, error) {
	st, err := openStore(ctx)
	if err != nil {
		return nil, err
	}
	p, err := newPipeline(st)
	if err != nil {
		st.Close()
		return nil, err
	}
	return p, nil
}
