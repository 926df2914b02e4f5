package doc

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestHeadline(t *testing.T) {
	long := strings.Repeat("Flood waters forced more people from their homes ", 4)
	tests := []struct {
		name, title, text, want string
	}{
		{"title kept", "Floods in Italy", "Flood waters rose. Rescue teams came.", "Floods in Italy"},
		{"first sentence", "", "Flood waters rose. Rescue teams came.", "Flood waters rose."},
		{"first line", "", "\n  Flood waters rose\nRescue teams came.", "Flood waters rose"},
		{"cut at a word", "", long, "Flood waters forced more people from their homes Flood waters forced more people from their homes…"},
		{"empty", "", "", ""},
	}
	for _, tc := range tests {
		a := Article{Title: tc.title, Text: tc.text}
		if got := a.Headline(); got != tc.want {
			t.Errorf("%s: Headline() = %q, want %q", tc.name, got, tc.want)
		}
	}
	// no space in the first 100 bytes: the cut must not split a character
	a := Article{Text: strings.Repeat("é", 80)}
	if got := a.Headline(); !utf8.ValidString(got) || !strings.HasSuffix(got, "…") {
		t.Errorf("Headline() of a long word = %q", got)
	}
}
