// Package event codes who did what to whom: from dependency-parsed sentences
// it finds event predicates (verbs, and nominal events such as "talks",
// "strike", "visit", "sanctions"), their source and target actors across
// active and passive voice, coordination, appositions, possessives and
// reported speech, and codes each as CAMEO (PETRARCH2 verb patterns) and
// PLOVER type + mode, with quad class, Goldstein score, modality flags
// (negated, hypothetical, future, alleged), date, location, and the sentence
// it came from.
//
// Actors come from the article's linked mentions (a.Mentions, a.Entities)
// and, where those give no actor code, from the CAMEO actor and agent
// dictionaries in package cameo; pronouns resolve to an actor named earlier
// in the sentence or through link.Antecedent. HappeningKey and Merge group
// mentions of one real happening across sentences, articles and outlets.
//
// It does not tokenize, tag, parse, recognise or link entities, or resolve
// dates: it reads what packages nlp, ner/link and timex put on the article.
package event
