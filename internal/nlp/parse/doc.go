// Package parse builds labelled Universal Dependencies trees for tagged
// sentences with a greedy arc-hybrid transition system (root at the end of
// the buffer) scored by an averaged perceptron (package learn) over rich
// Zhang & Nivre (2011) style feature templates, trained with a dynamic
// oracle and error exploration (Goldberg & Nivre 2013).
//
// Trees are projective. It does not tokenise or tag (see packages token and
// tag).
package parse
