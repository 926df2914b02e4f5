// Package extract finds the main text and metadata (title, outlet, author,
// publication date) of a news web page.
//
// The main text comes from go-trafilatura with readability and
// DOM-distiller candidates as fallbacks, rebuilt block by block from its
// content tree: the title and headings before the first paragraph,
// link-dense blocks (teasers, related links, share bars) and headings after
// the last paragraph of text are left out (the combination that scored
// best, see docs/quality.md). The Trafilatura and Readability methods are
// kept to compare against. The article's Span covers the whole page and FirstLine
// is 1: the body is derived from the markup, not a slice of it.
//
// It does not fetch pages or split text dumps (see package segment).
package extract
