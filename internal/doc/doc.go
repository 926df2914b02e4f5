// Package doc holds the plain data types that every pipeline stage reads and
// writes: documents, articles, sentences, tokens, mentions, entities, events,
// quotes, time expressions and stories.
//
// It does no processing of its own. Offsets are byte offsets into UTF-8 text:
// an Article's Span points into its Document's Text; the spans of sentences,
// tokens, mentions, events, quotes and time expressions point into the
// Article's Text.
package doc
