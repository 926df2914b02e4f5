package truecase

import (
	"strings"
	"testing"
)

func TestTitleCase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"the leader of France criticizes Turkey 's response to the crisis .", "The Leader of France Criticizes Turkey 's Response to the Crisis ."},
		{"in NATO talks , 20 ministers met", "In NATO Talks , 20 Ministers Met"},
		{"élan", "Élan"},
	}
	for _, tc := range tests {
		if got := strings.Join(TitleCase(strings.Fields(tc.in)), " "); got != tc.want {
			t.Errorf("TitleCase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
