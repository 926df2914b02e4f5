// Package segment splits plain-text news dumps into articles, removes page
// chrome from them and finds each article's title, outlet, date, author and
// photo caption.
//
// Every line is classified (body, chrome, headline, caption, meta,
// separator, footer) from its own features (length, punctuation,
// call-to-action vocabulary, dates) and its context in the dump
// (repetition near or far, neighbours). Headlines shown twice or with a
// caption or metadata beside them, separators and attribution footers cut
// the dump; elsewhere boundaries come from topic shift: a
// description-length segmentation of the body paragraphs (Utiyama and
// Isahara 2001) over stemmed words plus capitalised names, with cues (a
// lone headline, a caption, a dateline, a cut-off paragraph, an outlet
// credit) lowering the cost of a boundary, and the rule that a paragraph
// never occurs twice in one article. A headline framed by page furniture
// (a "Posted on" or share line before it) is a sure boundary too. Topic
// boundaries that no cue backs must then pass a cohesion check: the pieces
// on either side are joined when they name the same entities or share
// their content words (cosine over capitalised names and over stemmed
// words), with a stricter test inside an article the dump opened with a
// sure headline; a boundary is never placed before a paragraph that
// continues the one before (lower-case start, a list item after a list);
// and each boundary moves by up to two paragraphs where a paragraph next
// to it is closer to the piece on the other side (a short lede). Nearly
// repeated paragraphs count as repeats, and a boundary between two
// versions of one story moves back to the paragraph that echoes the
// previous piece's lede.
//
// Where a cue (a caption, a block of page furniture, a dateline, an outlet
// credit) marks a place inside a piece whose two sides share neither names
// nor words, or where two parts of at least three paragraphs share almost
// nothing, the piece is split even if the topic model did not (short
// articles give it too little text). The model smooths over a fixed
// vocabulary size, so that the same two articles are split alike in a
// dump of 4 articles or of 12.
//
// Captions: repeated photo captions become Article.Caption (all distinct
// ones, joined by newlines); captions between two articles before the
// next headline close the previous article.
//
// Article.Span is the byte range of the body in the input, from the start
// of its first body line to the end of its last; FirstLine is the 1-based
// line where the body starts. Article.Text is the body as cleaned: the
// body lines inside Span, trimmed, one paragraph a line, without the
// chrome, caption and metadata lines that Span also covers, and without a
// closing outlet credit such as "(Reuters)".
//
// It does not read files or parse HTML (see package extract); it works on
// UTF-8 text already decoded. No string or layout of a particular site is
// special-cased.
package segment
