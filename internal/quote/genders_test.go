package quote

import (
	"bytes"
	"reflect"
	"testing"
)

func TestGenderCounts(t *testing.T) {
	c := GenderCounts{}
	for _, text := range []string{
		"It was late when Anna Berg said she would run.",
		"As expected, Anna Berg told reporters her plan was ready.",
		"The talks with Mrs. Anna Berg ended.",
		"In the end Peter Holm said he was tired.",
		"In the end Peter Holm met Anna Berg and she left.", // another name comes first: not counted for Peter
		"Anna Berg spoke.",            // a sentence start is not counted
		"In the end Peter Holm left.", // no pronoun
	} {
		c.AddText(text)
	}
	want := GenderCounts{"Anna": {0, 4}, "Peter": {1, 0}}
	if !reflect.DeepEqual(c, want) {
		t.Fatalf("counts %v, want %v", c, want)
	}
	names := c.Names(1, 0.8)
	if !reflect.DeepEqual(names, FirstNames{"Anna": 'f', "Peter": 'm'}) {
		t.Errorf("names %v", names)
	}
	if got := c.Names(2, 0.8); !reflect.DeepEqual(got, FirstNames{"Anna": 'f'}) {
		t.Errorf("names with at least 2 pronouns %v", got)
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

func TestDefaultFirstNames(t *testing.T) {
	f, err := DefaultFirstNames()
	if err != nil {
		t.Fatal(err)
	}
	if len(f) == 0 {
		t.Fatal("embedded first-name table is empty")
	}
}
