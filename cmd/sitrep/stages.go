package main

import (
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/segment"
	"github.com/sitrep/sitrep/internal/store"
)

// newPipeline assembles the ingest pipeline with every analysis stage, in
// the order their inputs require.
func newPipeline(st store.Store) *pipeline.Pipeline {
	return &pipeline.Pipeline{
		Store:     st,
		Segmenter: &segment.Segmenter{},
		Extractor: &extract.Extractor{},
		Stages:    []pipeline.Annotator{},
		Stories:   &pipeline.StoryPlacer{Store: st},
	}
}
