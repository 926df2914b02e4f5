// Package truecase restores the usual case of the words of a headline
// written in title case ("France Leader Criticizes Turkey's Response to
// Crisis") so that the tagger, parser and entity recognizer, which learned
// from running text, see "France leader criticizes Turkey's response to
// crisis". Which words are common lower-case words is learned from the
// unlabeled corpus (Build); a word it does not know keeps its capital, as
// names do.
//
// TitleCase does the opposite, writing running text as a title-case
// headline, for evaluations and training copies.
//
// It changes only the word forms handed to the models: never the text, the
// tokens or their offsets. It leaves sentences in ordinary case, and words
// in all capitals, as they are.
package truecase
