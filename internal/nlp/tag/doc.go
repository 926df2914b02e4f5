// Package tag assigns part-of-speech tags to tokenised sentences: a universal
// tag (UPOS) and a Penn Treebank tag (XPOS) per token, predicted jointly by
// a greedy left-to-right averaged perceptron (package learn) with word,
// affix, shape, tag-history and ambiguity-class features. Frequent
// unambiguous words are tagged from a dictionary.
//
// It does not tokenise (see package token) or lemmatise (see package lemma).
package tag
