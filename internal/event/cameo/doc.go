// Package cameo holds the event-coding dictionaries: the PETRARCH-format verb
// pattern dictionary (verb forms, synonym sets and patterns that map a verb
// phrase to a CAMEO code), the TABARI-format actor and agent dictionaries
// (phrases to CAMEO actor codes, with dated roles), the CAMEO→PLOVER map and
// the CAMEO Goldstein/quad-class table.
//
// Compile parses the files in ../shared/train/events into a Model; the model
// is saved gzip-compressed (models/events.gob.gz, embedded) so the binary
// needs no shared data at run time. Default loads the embedded model once.
//
// It does not parse sentences or decide who did what: package event does.
package cameo
