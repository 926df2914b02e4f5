// Package token splits English news text into tokens and sentences, keeping
// the byte offsets of every token in the original text.
//
// Tokens follow the Universal Dependencies English (EWT) conventions: clitics
// are split (do|n't, John|'s, ca|n't, gon|na), hyphenated compounds are split
// around the hyphen except after common prefixes (e-mail, non-profit),
// currency symbols and percent signs stand alone, and URLs, e-mail addresses,
// @handles, #hashtags, numbers and abbreviations (Mr., U.S., Gen.) stay whole.
//
// Sentences end at . ! ? and ellipses (with any closing quotes or brackets
// after them), at blank lines, and at line breaks that end a headline or
// caption without final punctuation. It does not tag, lemmatize or parse
// (see packages tag, lemma and parse).
package token
