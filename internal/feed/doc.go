// Package feed turns structured inputs into articles: RSS 2.0, RSS 1.0 (RDF)
// and Atom feeds, and JSON Lines with one article a line.
//
// Each article's Span is the byte range of the item element or the line it
// came from. Item bodies given as HTML are reduced to text. It does not fetch
// the pages items link to.
package feed
