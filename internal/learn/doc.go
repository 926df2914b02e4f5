// Package learn holds the machine-learning core the statistical stages share:
// a multiclass averaged perceptron over hashed sparse features, its compact
// read-only form for prediction (Model), and that model's file format
// (sparse, 16-bit quantized, gzip-compressed, with room for the stage's own
// extra data such as tag dictionaries).
//
// Features are uint64 hashes; Hash, Hash2 ... and Features build them from
// template ids and strings without allocating. Training is deterministic:
// the perceptron has no randomness of its own, and a Model written from it
// is byte-for-byte the same for the same sequence of updates. Shuffling the
// training data with a seeded generator is the caller's job (see Shuffle).
//
// It does not extract features from text nor decode sequences or trees: the
// tagger, parser and recognizer do that with the scores it returns.
package learn
