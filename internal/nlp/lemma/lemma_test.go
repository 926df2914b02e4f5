package lemma

import (
	"bytes"
	"testing"
)

func TestLearnedRulesAndExceptions(t *testing.T) {
	train := []Example{
		{"walked", "VERB", "walk"}, {"talked", "VERB", "talk"}, {"jumped", "VERB", "jump"},
		{"walks", "VERB", "walk"}, {"talks", "VERB", "talk"},
		{"went", "VERB", "go"}, {"mice", "NOUN", "mouse"},
		{"cats", "NOUN", "cat"}, {"dogs", "NOUN", "dog"}, {"houses", "NOUN", "house"},
		{"Paris", "PROPN", "Paris"}, {"The", "DET", "the"},
		{"'ll", "AUX", "will"}, {"n't", "PART", "not"},
	}
	l := Train(train)
	var buf bytes.Buffer
	if err := l.Write(&buf); err != nil {
		t.Fatal(err)
	}
	l2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ form, upos, want string }{
		{"kicked", "VERB", "kick"}, // rule -ed
		{"went", "VERB", "go"},     // exception
		{"birds", "NOUN", "bird"},  // rule -s
		{"mice", "NOUN", "mouse"},  // exception
		{"Athens", "PROPN", "Athens"},
		{"A", "DET", "a"},
		{"’ll", "AUX", "will"}, // a typographic apostrophe reads as the straight one
		{"n’t", "PART", "not"},
		{"froze", "VERB", "freeze"}, // an irregular past the data never showed
		{"beaten", "VERB", "beat"},  // … and participle
		{"struck", "ADJ", "struck"}, // the table is for verbs only
		{"went", "VERB", "go"},      // learned exceptions come first
	}
	for _, tc := range tests {
		for name, lm := range map[string]*Lemmatizer{"trained": l, "read": l2} {
			if got := lm.Lemma(tc.form, tc.upos); got != tc.want {
				t.Errorf("%s: Lemma(%q, %s) = %q, want %q", name, tc.form, tc.upos, got, tc.want)
			}
		}
	}
}

func TestDoubledL(t *testing.T) {
	cases := []struct{ form, want string }{
		{"cancelling", "cancel"}, {"travelled", "travel"}, {"signalled", "signal"}, {"dialling", "dial"},
		{"fuelled", "fuel"}, {"equalled", "equal"}, {"patrolled", "patrol"}, {"controlling", "control"},
		{"counselled", "counsel"}, {"annulled", "annul"}, {"compelled", "compel"},
		{"shelled", "shell"}, {"quelled", "quell"}, {"telling", "tell"}, {"killed", "kill"}, {"pulled", "pull"},
		{"recalled", "recall"}, {"installing", "install"}, {"fulfilled", "fulfill"}, {"called", "call"}, {"filled", "fill"},
	}
	for _, c := range cases {
		if got, ok := doubledL(c.form, "VERB"); !ok || got != c.want {
			t.Errorf("doubledL(%q) = %q, %v; want %q", c.form, got, ok, c.want)
		}
	}
	for _, w := range []string{"failed", "cancels", "shell"} {
		if _, ok := doubledL(w, "VERB"); ok {
			t.Errorf("doubledL(%q) applied", w)
		}
	}
	if _, ok := doubledL("shelled", "ADJ"); ok {
		t.Error("doubledL applied to an adjective")
	}
}
