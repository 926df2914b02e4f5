// Package source reads inputs — files, folders, standard input and URLs —
// and turns each into a doc.Document: gunzipped, transcoded to UTF-8, its
// kind (text, HTML, RSS/Atom feed, JSON Lines) detected from the content,
// and its content hashed.
//
// It does not split documents into articles; packages extract, segment and
// feed do that.
package source
