package quote

import "testing"

// TestFragmentCueForms: a naming participle ("known as “Guccifer”") reports
// no one's words, while the verb's finite forms still do.
func TestFragmentCueForms(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"known", false}, // "a hacker known as “Guccifer”": a name, not a report
		{"knew", true},
		{"sold", false}, // "her self-published book “…” sold three million copies"
		{"paid", false}, // "paid $1 million an episode to stream “…”"
		{"knows", true},
		{"promoting", false}, // "promoting “quack” cures": a product, not words
		{"called", true},
		{"felt", true},
	} {
		if got := fragmentCue(tc.word); got != tc.want {
			t.Errorf("fragmentCue(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
