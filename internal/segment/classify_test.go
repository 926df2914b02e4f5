package segment

import "testing"

func TestClassifyKinds(t *testing.T) {
	text := `Harbour council approves new ferry terminal
Posted on Leave a comment
Harbour council approves new ferry terminal
The harbour council of Northport voted on Thursday to build a new ferry terminal on the eastern quay.
Watch
1:04
Mayor says the terminal will open next spring
Councillors approved the plan by nine votes to four after a debate that ran late into the evening.
- Building starts in March and ends in two years
- The quay stays open to fishing boats during the works
The council said a new slipway will be built before construction work starts.
`
	want := map[int]string{
		1: "headline", 2: "chrome", 3: "headline", 4: "body",
		5: "chrome", 6: "chrome", 7: "chrome", // a clip's title after the player, not a headline
		8: "body", 9: "body", 10: "body", 11: "body",
	}
	for _, l := range (&Segmenter{}).Classify(text) {
		if w, ok := want[l.No]; ok && l.Kind != w {
			t.Errorf("line %d %q: %s, want %s", l.No, l.Text, l.Kind, w)
		}
	}
}

// TestShortHeadline checks that a three-word title is a headline when a
// byline or date line vouches for it, and not otherwise.
func TestShortHeadline(t *testing.T) {
	tests := []struct {
		text string
		want string // kind of line 1
	}{
		{"Flood hits Dhaka\nReuters 12-07-2024\nHeavy rain flooded large parts of Dhaka on Friday, officials said.\nThe army was deployed to help residents.\n", "headline"},
		{"Flood hits Dhaka\nHeavy rain flooded large parts of Dhaka on Friday, officials said.\nThe army was deployed to help residents.\n", "chrome"},
	}
	for _, tc := range tests {
		ls := (&Segmenter{}).Classify(tc.text)
		if ls[0].Kind != tc.want {
			t.Errorf("%q: line 1 is %s, want %s", tc.text, ls[0].Kind, tc.want)
		}
	}
}
