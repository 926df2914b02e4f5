// Package eval reads the development sets in ../shared/eval (and the
// training sets used as evaluation material) and scores sitrep's stages on
// them: extraction and segmentation, tagging and parsing, named entities,
// dates, events, quotes and stories. `sitrep eval ...` prints its figures.
//
// It measures; it does not train or change any stage.
package eval
