// Package pipeline wires the stages together: it reads inputs (package
// source), splits each document into articles by its kind (extract, segment,
// feed), runs the analysis stages on every article, and saves the result
// (store), then places each new article among stories.
//
// Documents are read and analysed concurrently on all cores and written by
// one goroutine in input order, so ids are stable and memory stays bounded
// by a small window of documents in flight. A bad input is reported and
// skipped; it never stops the others.
package pipeline
