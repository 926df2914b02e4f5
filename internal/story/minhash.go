package story

// splitmix64 is a fast, well-mixing 64-bit finaliser.
func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// minHashSeeds are the NumHashes fixed seeds of the hash family.
var minHashSeeds = func() [NumHashes]uint64 {
	var s [NumHashes]uint64
	for i := range s {
		s[i] = splitmix64(uint64(i) + 0x5172e9)
	}
	return s
}()

// fnv64 hashes a lower-cased word.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// minHash returns the MinHash signature of the word shingles of ws (all words,
// stop words included), or nil when ws is empty. A text shorter than one
// shingle is a single shingle.
func minHash(ws []word) []uint32 {
	if len(ws) == 0 {
		return nil
	}
	wordHash := make([]uint64, len(ws))
	for i, w := range ws {
		wordHash[i] = fnv64(w.lower)
	}
	n := len(ws) - shingleSize + 1
	if n < 1 {
		n = 1
	}
	seen := make(map[uint64]struct{}, n)
	shingles := make([]uint64, 0, n)
	for i := 0; i < n; i++ {
		var h uint64
		for j := i; j < i+shingleSize && j < len(ws); j++ {
			h = splitmix64(h ^ wordHash[j])
		}
		if _, dup := seen[h]; !dup {
			seen[h] = struct{}{}
			shingles = append(shingles, h)
		}
	}
	sig := make([]uint32, NumHashes)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for _, sh := range shingles {
		for i, seed := range minHashSeeds {
			if v := uint32(splitmix64(sh^seed) >> 32); v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// jaccard estimates the Jaccard similarity of two shingle sets from their
// signatures: the share of positions where the minimum hashes agree.
func jaccard(a, b []uint32) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// bandRows is the number of signature rows per LSH band; NumHashes/bandRows
// bands. Two articles become candidates when any band matches exactly, which
// for 42 bands of 3 rows happens with probability 0.996 at Jaccard 0.5 and
// 0.9999 at 0.6.
const bandRows = 3

// bandKeys returns one bucket key per band of a signature.
func bandKeys(sig []uint32) []uint64 {
	if len(sig) != NumHashes {
		return nil
	}
	keys := make([]uint64, 0, NumHashes/bandRows)
	for b := 0; b+bandRows <= NumHashes; b += bandRows {
		h := uint64(b) * 0x9e3779b97f4a7c15
		for _, v := range sig[b : b+bandRows] {
			h = splitmix64(h ^ uint64(v))
		}
		keys = append(keys, h)
	}
	return keys
}

// EstimateJaccard estimates the Jaccard similarity of two articles' word
// shingles from their signatures.
func EstimateJaccard(a, b Signature) float64 { return jaccard(a.MinHash, b.MinHash) }
