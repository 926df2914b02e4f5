// Package ner finds names of people (PER), organisations (ORG), places (LOC,
// including countries and cities) and nationality words (NORP) in tokenized
// sentences, writing IOB2 tags into doc.Token.NER.
//
// The recognizer is a greedy left-to-right averaged perceptron (package
// learn) over BILOU tags with word, shape, affix, context, word-cluster and
// knowledge-base gazetteer features. Word clusters are learned from the
// unlabeled corpus by projecting each word's neighbour distribution to a
// dense vector and running k-means at two granularities. The model is
// trained by `sitrep train ner` and embedded (ner.bin.gz).
//
// It does not decide which entity a name refers to: package link does.
package ner
