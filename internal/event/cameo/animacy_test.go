package cameo

import (
	"reflect"
	"testing"
)

func TestAnimacyCounts(t *testing.T) {
	cases := []struct {
		name  string
		texts []string
		want  []string
	}{
		{"who marks people", []string{"The sailors who were held came home."}, []string{"sailors"}},
		{"comma before who", []string{"Local fishermen, whose boats sank, protested."}, []string{"fishermen"}},
		{"which marks things", []string{"The report which was released.", "The report who"}, nil},
		{"mostly who", []string{"crew who", "crew who", "crew who", "crew which"}, []string{"crew"}},
		{"names are not common nouns", []string{"Smith, who spoke, left.", "Obama who"}, nil},
		{"no word before", []string{"Who said it?"}, nil},
	}
	for _, c := range cases {
		a := NewAnimacyCounts()
		for _, s := range c.texts {
			a.AddText(s)
		}
		if got := a.Animate(); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: Animate() = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestDefaultModelKnowsPersonNouns(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"fishermen", "refugees", "civilians"} {
		if !m.Animate[w] {
			t.Errorf("Animate[%q] = false", w)
		}
	}
	for _, w := range []string{"report", "album", "news"} {
		if m.Animate[w] {
			t.Errorf("Animate[%q] = true", w)
		}
	}
}
