// Package timex finds date and time expressions in raw UTF-8 text and
// normalises them to TIMEX3 values (DATE, TIME, DURATION, SET) anchored to a
// document creation time (DCT), usually the article's publication date.
//
// The tagger is rule-based: a small tokenizer with byte offsets, lexicon
// lookups and a hand-written scanner over tokens; no regular expressions and
// no model. Relative expressions ("last week", "on Tuesday", "three years
// ago") resolve against the DCT, weekday and bare month names by the tense of
// their clause, and "later"/"earlier" expressions against the last date the
// text mentioned. When the DCT is unknown (zero time) relative expressions are
// left unanchored with placeholder values (XXXX-XX-XX); absolute dates still
// resolve.
//
// It does not split sentences, tag events or link expressions to events; the
// DateOf and EventDate helpers turn a value into a date and precision for the
// stages that date events.
package timex
