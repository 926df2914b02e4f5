package learn

import "math/rand/v2"

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// HashString returns the 64-bit FNV-1a hash of s.
func HashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix folds v into h (a 64-bit finaliser in the style of SplitMix64).
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	return h
}

// nonZero keeps 0 free as the empty-slot marker of the model's hash table.
func nonZero(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// Hash1 is the feature for template t with one value.
func Hash1(t, a uint64) uint64 { return nonZero(mix(mix(fnvOffset, t), a)) }

// Hash2 is the feature for template t with two values.
func Hash2(t, a, b uint64) uint64 { return nonZero(mix(mix(mix(fnvOffset, t), a), b)) }

// Hash3 is the feature for template t with three values.
func Hash3(t, a, b, c uint64) uint64 { return nonZero(mix(mix(mix(mix(fnvOffset, t), a), b), c)) }

// Hash4 is the feature for template t with four values.
func Hash4(t, a, b, c, d uint64) uint64 {
	return nonZero(mix(mix(mix(mix(mix(fnvOffset, t), a), b), c), d))
}

// Features collects the features of one instance. Reset it and reuse it to
// avoid allocating.
type Features []uint64

// Reset empties the list, keeping its storage.
func (f *Features) Reset() { *f = (*f)[:0] }

// Add appends the feature "template=value".
func (f *Features) Add(template, value string) {
	*f = append(*f, Hash1(HashString(template), HashString(value)))
}

// Add2 appends the feature "template=a|b".
func (f *Features) Add2(template, a, b string) {
	*f = append(*f, Hash2(HashString(template), HashString(a), HashString(b)))
}

// Shuffle permutes the indices 0..n-1 deterministically from seed and
// returns them: the order in which to visit training instances in one epoch.
func Shuffle(n int, seed uint64, epoch int) []int {
	r := rand.New(rand.NewPCG(seed, uint64(epoch)))
	order := r.Perm(n)
	return order
}
