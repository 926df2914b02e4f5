// Package ner finds names of people (PER), organisations (ORG), places (LOC,
// including countries and cities) and nationality words (NORP) in tokenized
// sentences, writing IOB2 tags into doc.Token.NER.
//
// The recognizer is an averaged perceptron (package learn) over BILOU tags with word, shape, affix, context, word-cluster and
// knowledge-base gazetteer features, decoded by Viterbi search under the
// BILOU constraints (a structured perceptron: training decodes with the
// same search). Word clusters are learned from the unlabeled corpus: each
// word's neighbours at offsets ±1 and ±2, weighted by inverse frequency, are
// randomly projected to a dense vector, centred and clustered by k-means at
// two granularities (512 and 64 clusters).
//
// Sentences are read as of a Genre: News (edited news and encyclopaedic
// text, the default, how the pipeline reads articles) or Web (forums,
// reviews, e-mail; `sitrep ner --genre web`). Web sentences read every
// feature twice, once shared with news and once conjoined with the genre
// (feature augmentation, Daumé III 2007); news sentences read the shared
// copy alone. The weights of the web copy, learned from the web training
// set (UNER English-EWT) only, carry the conventions of web text
// (restaurants and shops are places, products and websites no names).
//
// A title-case headline ("Leader of France Criticizes Turkey 's Response")
// is first read back as running text would write it (package truecase
// lower-cases the common words it knows), and its tokens read a few more
// features (shape, gazetteer and cluster, each conjoined with the fact):
// truecase leaves capitalised the words it cannot rule out as names. To
// learn those, training adds copies of a share of the sentences naming
// entities written as such headlines and read back alike
// (TitleCaseCopies), as it adds lower-cased copies (LowercaseCopies).
//
// A document (TagDocument; Annotate reads an article as one) is tagged a
// sentence at a time, in order, and its news sentences read two more kinds
// of features (Ratinov and Roth 2009): what the rest of the document says
// of each word (written elsewhere inside a mixed-case sentence with a
// capital, or in lower case) and the type the word was mostly tagged as in
// earlier sentences (prediction history), when the model learned them:
// `sitrep train ner --doc-context --history` (off by default, and for the
// embedded model) reads the documents of its sets in order, the history
// from the predictions of the tagger being trained. Web sentences read
// neither, as web text gained nothing from them.
//
// The model is trained by `sitrep train ner` — several taggers from consecutive seeds, their weights
// averaged (Average) — and embedded (ner.bin.gz); the gazetteer (names,
// demonyms, surnames and first names of the base) is built from
// the embedded knowledge base when the model is loaded, so the model must be
// retrained when the knowledge base changes much.
//
// It does not decide which entity a name refers to: package link does.
package ner
