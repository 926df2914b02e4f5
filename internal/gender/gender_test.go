package gender

import (
	"bytes"
	"reflect"
	"testing"
)

func TestCountsNames(t *testing.T) {
	c := Counts{}
	for range 4 {
		c.Add("Anna", Female)
	}
	c.Add("Peter", Male)
	c.Add("Alex", Male)
	c.Add("Alex", Female)
	c.Add("Peter", 0) // no evidence
	want := Counts{"Anna": {0, 4}, "Peter": {1, 0}, "Alex": {1, 1}}
	if !reflect.DeepEqual(c, want) {
		t.Fatalf("counts %v, want %v", c, want)
	}
	names := c.Names(1, 0.8)
	if !reflect.DeepEqual(names, FirstNames{"Anna": 'f', "Peter": 'm'}) {
		t.Errorf("names %v", names)
	}
	if got := c.Names(2, 0.8); !reflect.DeepEqual(got, FirstNames{"Anna": 'f'}) {
		t.Errorf("names with at least 2 pieces of evidence %v", got)
	}
	if got := c.Names(2, 0.5); !reflect.DeepEqual(got, FirstNames{"Anna": 'f', "Alex": 'm'}) {
		t.Errorf("names at share 0.5 %v", got)
	}
	var buf bytes.Buffer
	if err := names.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadFirstNames(&buf)
	if err != nil || !reflect.DeepEqual(back, names) {
		t.Errorf("round trip %v, %v", back, err)
	}
}

func TestReadFirstNamesMalformed(t *testing.T) {
	if _, err := ReadFirstNames(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("no error for a table that is not gzipped")
	}
	var buf bytes.Buffer
	if err := (FirstNames{"Anna": 'x'}).Write(&buf); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFirstNames(&buf); err == nil {
		t.Error("no error for a gender other than m or f")
	}
}

func TestDefaultFirstNames(t *testing.T) {
	f, err := DefaultFirstNames()
	if err != nil {
		t.Fatal(err)
	}
	if len(f) == 0 {
		t.Fatal("embedded first-name table is empty")
	}
	for name, want := range map[string]byte{"Anna": Female, "Joe": Male} {
		if got := f[name]; got != want {
			t.Errorf("embedded table: %s is %q, want %q", name, got, want)
		}
	}
}

func TestFirstNamesOf(t *testing.T) {
	f := FirstNames{"Anna": Female, "Frank": Male}
	tests := []struct {
		name string
		want byte
	}{
		{"Anna Berg", Female},
		{"Frank-Walter Steinmeier", Male}, // a hyphenated first name by its first part
		{"Anna", 0},                       // one word: no first name
		{"Berg Anna", 0},
		{"Kim Jong-un", 0},
		{"", 0},
	}
	for _, tc := range tests {
		if got := f.Of(tc.name); got != tc.want {
			t.Errorf("Of(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestLexicon(t *testing.T) {
	for w, want := range map[string]byte{"he": Male, "his": Male, "him": Male, "she": Female, "her": Female, "hers": Female, "it": 0, "they": 0, "He": 0} {
		if got := Pronoun(w); got != want {
			t.Errorf("Pronoun(%q) = %q, want %q", w, got, want)
		}
	}
	for w, want := range map[string]byte{"mrs": Female, "mr.": Male, "sir": Male, "queen": Female, "spokeswoman": Female, "husband": Male, "president": 0, "dr": 0} {
		if got := Title(w); got != want {
			t.Errorf("Title(%q) = %q, want %q", w, got, want)
		}
	}
	if Opposite(Male) != Female || Opposite(Female) != Male || Opposite(0) != 0 {
		t.Error("Opposite")
	}
}
