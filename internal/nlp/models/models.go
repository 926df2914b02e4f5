// Package models embeds the trained model files of the NLP core: the
// part-of-speech tagger, the dependency parser, the lemmatizer and the
// truecaser's word list. They are written by `sitrep train
// tagger|parser|lemmatizer|truecase` (and the word clusters the tagger and
// parser copy into their files by `sitrep train clusters`).
//
// It holds bytes only; packages tag, parse, lemma and truecase read them,
// and package nlp loads them once, lazily.
package models

import _ "embed"

// Tagger is the part-of-speech tagger (package tag).
//
//go:embed tagger.bin.gz
var Tagger []byte

// Parser is the dependency parser (package parse).
//
//go:embed parser.bin.gz
var Parser []byte

// Lemmatizer is the lemmatizer (package lemma).
//
//go:embed lemma.txt.gz
var Lemmatizer []byte

// Truecase lists the words running text writes in lower case, for reading
// title-case headlines (package truecase).
//
//go:embed truecase.txt.gz
var Truecase []byte
