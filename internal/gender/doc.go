// Package gender holds what sitrep knows of the gender of people's names and
// of the words around them: the he/him/his and she/her/hers pronouns, titles
// and role nouns ("Mrs", "Sir", "Queen", "spokeswoman", "widow"), and a table
// of first names learned from unlabeled text (`sitrep train genders`, which
// counts the pronouns that follow "First Last" names and writes the table
// this package embeds).
//
// Both the linking stage (pronoun antecedents for event coding) and the quote
// stage (pronoun speakers) read it. A gender is 'm', 'f' or 0 for unknown.
//
// It does not read articles, find names or resolve pronouns, and it keeps no
// list of people: a name absent from the table has no known gender. The text
// scanning that gathers the training counts belongs to package quote, whose
// tokenizer it uses; this package only turns the counts into the table.
package gender
