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
// Antecedent gives, on request, the entity a third-person pronoun refers
// to (event coding asks it for "he said", "abducted her"); he/him/his and
// she/her/hers skip a person whose gender — from a title, a gendered role
// noun or the learned first-name table of package gender, failing those
// from the pronouns that follow the person as a subject — is the other one.
//
// It does not tag names (package ner runs first) and does not turn pronouns
// into mentions or entities.
package link
