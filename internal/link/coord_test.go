package link

import "testing"

// TestCoordinatedSectors checks that nationalities coordinated before a
// sector noun each name that sector of their own country.
func TestCoordinatedSectors(t *testing.T) {
	for _, tc := range []struct {
		tokens string
		want   map[string]string // mention text → entity
	}{
		{"Egyptian and Israeli/B-NORP officials met in Cairo/B-LOC .",
			map[string]string{"Egyptian officials": "sector/EGY/GOV", "Israeli officials": "sector/ISR/GOV"}},
		{"British/B-NORP , French/B-NORP and German/B-NORP troops arrived .",
			map[string]string{"British troops": "sector/GBR/MIL", "French troops": "sector/FRA/MIL", "German troops": "sector/DEU/MIL"}},
		// a word that names no country ends the list
		{"Senior and Israeli/B-NORP officials met .",
			map[string]string{"Israeli officials": "sector/ISR/GOV"}},
	} {
		l, _ := Default()
		a := article("2022-03-01", tc.tokens)
		l.Annotate(a)
		got := map[string]string{}
		for _, m := range a.Mentions {
			if m.Type == "ORG" {
				got[m.Text] = m.Entity
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: sector mentions %v, want %v", tc.tokens, got, tc.want)
			continue
		}
		for text, id := range tc.want {
			if got[text] != id {
				t.Errorf("%q: %q → %q, want %q", tc.tokens, text, got[text], id)
			}
		}
	}
}
