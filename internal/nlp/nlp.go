// Package nlp is the NLP core's front door: an Analyzer that splits text
// into sentences and tokens (package token) and gives every token its
// part-of-speech tags (tag), lemma (lemma) and dependency head and relation
// (parse), using the models embedded in package models.
//
// It does not find entities, events or quotes; those stages read the
// sentences it fills in.
package nlp

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/nlp/lemma"
	"github.com/sitrep/sitrep/internal/nlp/models"
	"github.com/sitrep/sitrep/internal/nlp/parse"
	"github.com/sitrep/sitrep/internal/nlp/tag"
	"github.com/sitrep/sitrep/internal/nlp/token"
	"github.com/sitrep/sitrep/internal/nlp/truecase"
)

// Analyzer tokenises, tags, lemmatises and parses. Build it once with New
// and share it: it is safe for concurrent use. The models are read from the
// binary the first time they are needed.
type Analyzer struct {
	once       sync.Once
	err        error
	tagger     *tag.Tagger
	parser     *parse.Parser
	lemmatizer *lemma.Lemmatizer
}

// New returns an Analyzer over the embedded models.
func New() *Analyzer { return &Analyzer{} }

// Load reads the embedded models unless already done, and reports whether
// they are usable. Annotate calls it; call it first to fail early.
func (an *Analyzer) Load() error {
	an.once.Do(func() {
		var err error
		if an.tagger, err = tag.Read(bytes.NewReader(models.Tagger)); err != nil {
			an.err = fmt.Errorf("embedded tagger model: %w", err)
			return
		}
		if an.parser, err = parse.Read(bytes.NewReader(models.Parser)); err != nil {
			an.err = fmt.Errorf("embedded parser model: %w", err)
			return
		}
		if an.lemmatizer, err = lemma.Read(bytes.NewReader(models.Lemmatizer)); err != nil {
			an.err = fmt.Errorf("embedded lemmatizer model: %w", err)
		}
	})
	return an.err
}

// Annotate fills a.Sentences from a.Text: tokens with their byte spans
// (into a.Text), lemmas, UPOS and XPOS tags, heads and relations. Sentences
// already present are kept as they are tokenised and only annotated. If the
// models cannot be loaded (see Load), only the tokens are filled in.
func (an *Analyzer) Annotate(a *doc.Article) {
	if len(a.Sentences) == 0 {
		a.Sentences = token.Sentences(a.Text)
	}
	for i := range a.Sentences {
		an.AnnotateSentence(&a.Sentences[i])
	}
}

// Analyze tokenises text into sentences and annotates them.
func (an *Analyzer) Analyze(text string) []doc.Sentence {
	sents := token.Sentences(text)
	for i := range sents {
		an.AnnotateSentence(&sents[i])
	}
	return sents
}

// AnnotateSentence tags, lemmatises and parses the tokens of s in place.
func (an *Analyzer) AnnotateSentence(s *doc.Sentence) {
	if an.Load() != nil || len(s.Tokens) == 0 {
		return
	}
	words := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		words[i] = t.Text
	}
	words = truecase.Default().Restore(words) // title-case headlines as running text
	var upos, xpos, alt []string
	if an.parser.UsesAlternatives() {
		upos, xpos, alt = an.tagger.TagAlternatives(words)
	} else {
		upos, xpos = an.tagger.Tag(words)
	}
	heads, rels := an.parser.ParseAlternatives(words, upos, xpos, alt)
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.UPOS, t.XPOS = upos[i], xpos[i]
		t.Lemma = an.lemmatizer.Lemma(words[i], upos[i])
		t.Head, t.Deprel = heads[i], rels[i]
	}
}

// Tag gives the UPOS and XPOS tags of a sentence's words.
func (an *Analyzer) Tag(words []string) (upos, xpos []string, err error) {
	if err := an.Load(); err != nil {
		return nil, nil, err
	}
	upos, xpos = an.tagger.Tag(words)
	return upos, xpos, nil
}

// Parse gives the heads (0-based, -1 for the root) and relations of a
// tagged sentence.
func (an *Analyzer) Parse(words, upos, xpos []string) (heads []int, deprels []string, err error) {
	if err := an.Load(); err != nil {
		return nil, nil, err
	}
	heads, deprels = an.parser.Parse(words, upos, xpos)
	return heads, deprels, nil
}
