package parse

import (
	"bytes"
	"testing"

	"github.com/sitrep/sitrep/internal/learn"
	"github.com/sitrep/sitrep/internal/nlp/token"
)

func wordHash(w string) uint64 { return learn.HashString(token.Normalize(w)) }

// TestAffinityClasses counts a few parsed sentences and checks the classes
// of the pairs: frequency by count, PMI against the counts of head and
// dependent, direction kept apart, rare pairs dropped.
func TestAffinityClasses(t *testing.T) {
	c := NewAffinityCounter()
	for range 4 {
		c.Count([]string{"Russia", "banned", "imports"}, []int{1, -1, 1})
	}
	c.Count([]string{"the", "talks"}, []int{1, -1})
	for range 3 {
		c.Count([]string{"the", "war", "ended"}, []int{1, 2, -1})
	}
	if c.Arcs() != 4*3+2+3*3 {
		t.Fatalf("%d arcs counted", c.Arcs())
	}
	a := c.Affinities(2)
	tests := []struct {
		head, dep string
		headFirst bool
		freq      uint8 // 0: not kept
		pmi       uint8
	}{
		// 4 of 23 arcs; "banned" heads 8, "imports" depends 4 times:
		// log2(4·23/(8·4)) = 1.52 bits
		{"banned", "imports", true, 3, 4},
		{"banned", "Russia", false, 3, 4},
		{"imports", "banned", false, 0, 0},
		{"banned", "imports", false, 0, 0},
		{"talks", "the", false, 0, 0}, // seen once
		// log2(3·23/(3·4)) = 2.52 bits
		{"war", "the", false, 2, 5},
		{"ended", "war", false, 2, 5},
	}
	for _, tc := range tests {
		got := a.of(wordHash(tc.head), wordHash(tc.dep), tc.headFirst)
		if got&7 != tc.freq {
			t.Errorf("%s→%s headFirst=%v: frequency class %d, want %d", tc.head, tc.dep, tc.headFirst, got&7, tc.freq)
		}
		if got>>3 != tc.pmi {
			t.Errorf("%s→%s headFirst=%v: PMI class %d, want %d", tc.head, tc.dep, tc.headFirst, got>>3, tc.pmi)
		}
	}
	// the four kept above and the roots "banned" and "ended"
	if a.Len() != 6 {
		t.Errorf("%d pairs kept, want 6", a.Len())
	}
}

func TestAffinityEncodeRoundTrip(t *testing.T) {
	c := NewAffinityCounter()
	data := sample(t, 200)
	for _, ex := range data {
		c.Count(ex.Words, ex.Heads)
	}
	a := c.Affinities(1)
	b, err := DecodeAffinities(a.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if b.Len() != a.Len() || !bytes.Equal(a.Encode(), b.Encode()) {
		t.Fatalf("round trip: %d pairs read back as %d", a.Len(), b.Len())
	}
	for k, v := range a.pairs {
		if b.pairs[k] != v {
			t.Fatalf("pair %x: class %d read back as %d", k, v, b.pairs[k])
		}
	}
	for _, bad := range [][]byte{nil, {5, 1, 2}, append(a.Encode(), 0)} {
		if _, err := DecodeAffinities(bad); err == nil {
			t.Errorf("DecodeAffinities(%d bytes of garbage) gave no error", len(bad))
		}
	}
}
