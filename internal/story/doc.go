// Package story finds near-duplicate articles and groups articles about the
// same real-world happening into stories, one article at a time.
//
// Near-duplicates: the MinHash signature (NumHashes hashes) of an article's
// word 4-shingles, banded LSH (3 rows per band) to find candidates, and the
// estimated Jaccard similarity against Options.DuplicateThreshold to confirm.
// A duplicate points at the earliest article of its group (DuplicateOf) and
// joins that article's story without changing the story's profile.
//
// Stories: each article becomes a sparse TF-IDF vector of content words,
// capitalised names and name pairs, dates it mentions (years, months),
// linked entities (Article.Entities: people, places and the rest as three
// kinds, a mention in the article's opening counting twice) and coded events
// (Article.Events) when present, each kind weighted by Options.Weights; the
// words and names of the opening (headline and first sentences, 400 bytes)
// count twice. Document frequencies are learned as articles arrive
// (Options.Prior may seed them). Similarity to a story profile (the mean of
// its articles' vectors) is a weighted mean of one cosine per block of kinds
// (words; names and entities; events; Options.BlockWeights), so a few shared
// names count as much as many shared words. Dates scale that similarity and never add
// to it: when both sides mention dates (months, years) it is multiplied by a
// factor from Options.DatesApart (none in common) to Options.DatesShared (the
// same), by the cosine of the dates, so that sharing the month of a busy news
// stream never makes a join on its own. It is multiplied by
// Options.YearPenalty when the article and the story cannot be from the same
// time: the article's report year (Signature.Year: publication year, else a
// full date in the dateline zone, else a date in the URL's path) is more than
// a year from every report year of the story, or an undated side mentions a
// year (Signature.Latest) more than a year after every report year of the
// other (a report is not older than the latest year it mentions); by
// Options.UndatedPenalty when only one of them has report years (nothing to
// compare, so a join needs more shared content). The article joins the most similar story when that passes
// Options.StoryThreshold and, when publication dates are known, the story was
// active within Options.Window; otherwise it starts a new story. Candidate
// stories come from capped posting lists of the article's heaviest terms, so
// the cost of one Add does not grow with the number of articles indexed.
// There is no global re-clustering: an assignment, once made, stays.
//
// Persistence contract: Add (or AddSigned) returns an Assignment; the store
// keeps, per article, the Assignment and the Signature (MarshalBinary gives
// a compact byte form). Restore, given those records in the order the
// articles were added, rebuilds an Index equal to the one that produced them,
// so adding more articles after re-opening the database continues exactly as
// if the process had not stopped. Story ids are assigned by the index
// (1, 2, ...) and never reused.
//
// Concurrency: Sign is a pure function and may run on many goroutines. An
// Index is safe for concurrent use; Add and AddSigned serialise on a mutex,
// and assignments depend on the order of the calls.
//
// The package does not read or write the store, extract entities, dates or
// events (it uses what other stages put on the article), or merge stories
// after the fact.
package story
