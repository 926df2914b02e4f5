// Package extract finds the main text and metadata (title, outlet, author,
// publication date) of a news web page.
//
// It does not fetch pages or split text dumps (see package segment).
package extract
