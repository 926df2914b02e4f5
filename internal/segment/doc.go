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
// never occurs twice in one article.
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
