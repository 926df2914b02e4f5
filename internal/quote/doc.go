// Package quote finds quotations in an article and who said them.
//
// It extracts direct quotes (straight, curly and single quotation marks,
// quotes that run over several sentences or paragraphs, quotes split by their
// cue), mixed quotes (reported speech with quoted fragments) and indirect
// speech ("Putin said Russia has no plans ..."), and attributes each to a
// speaker: the noun phrase around a speech cue ("X said", "said X",
// "according to X", "X, who ..., said" — where the parse makes a relative
// pronoun the cue's subject, the pronoun as written, named by its antecedent
// — "— X", a headline's subject), a pronoun resolved to the named person most
// recently mentioned who fits, or the previous speaker when a paragraph
// continues a quote. A paragraph's opening dateline (package segment's
// DatelineEnd) is never part of what was said. Learned models (trained on the PolNeAR
// train split by `sitrep train quotes`, embedded) then may replace the rules'
// speaker of a direct or mixed quote by another person, organisation,
// pronoun or speech-verb subject near the quote and its cue, and decide for a
// quotation no rule attributed whether to drop it, join it to the quote
// before or after, or give it a speaker of its own, and choose how far each
// quote's content reaches (the quoted words, the rules' span, or its clause).
// When the article carries mentions and
// entities (from the NER and linking stages) the speaker is linked to them;
// otherwise a fallback name detector (capitalised sequences, titles, role
// nouns) names the speaker.
//
// It does not resolve coreference beyond pronoun speakers, does not judge
// whether a quote is accurate, and does not store anything.
package quote
