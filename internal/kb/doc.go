// Package kb is sitrep's knowledge base of actors and places: countries with
// their names, demonyms and capitals; cities with coordinates; heads of state
// and government and other office holders with dated roles; international
// organisations; armed and designated groups; and the buildings that stand
// for governments ("the Kremlin").
//
// The base is built once from ../shared/train by Build (sitrep kb build),
// stored as a gzipped gob embedded in the binary, and loaded lazily by
// Default. Users add or override entries from a YAML or JSON file (Extra).
// Names are matched through Norm, which folds case, diacritics, punctuation,
// Arabic article prefixes and common transliteration variants.
//
// The package does not find names in text (see package ner) nor decide what a
// mention in an article refers to (see package link).
package kb
