// Package link resolves the names the recognizer found in an article to
// entities: knowledge-base entries (countries, cities, office holders,
// groups, international organisations, government seats) or, when the base
// has none, entities local to the article. It fills Article.Mentions and
// Article.Entities and gives each entity a CAMEO-style actor code (RUSGOV,
// UKRMIL, USA, NATO).
//
// Within an article, surnames, titles and short forms ("Mr Biden", "Xi",
// "Zelensky") resolve to the full name seen elsewhere in the article; role
// phrases ("the Turkish leader", "Ukraine's president") resolve to the
// office holder on the article's date; a capital city acting as a subject
// ("Moscow said") stands for its government; a nationality before a force
// or office noun ("Russian troops") names that country's sector.
//
// It does not tag names (package ner runs first) and does not resolve
// pronouns.
package link
