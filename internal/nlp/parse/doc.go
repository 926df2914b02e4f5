// Package parse builds labelled Universal Dependencies trees for tagged
// sentences with an arc-hybrid transition system (root at the end of the
// buffer) scored by an averaged perceptron (package learn) over rich
// Zhang & Nivre (2011) style feature templates, trained greedily with a
// dynamic oracle and error exploration (Goldberg & Nivre 2013). Parsing
// searches a narrow beam (beam.go) that branches only where the model is
// unsure, scoring transitions by a tempered softmax and merging
// configurations whose features can no longer differ; the setting is chosen
// on held-out data and stored in the model file.
//
// Trees are projective. It does not tokenise or tag (see packages token and
// tag).
package parse
