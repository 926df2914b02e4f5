package quote

import (
	"reflect"
	"testing"

	"github.com/sitrep/sitrep/internal/gender"
)

func TestCountGenders(t *testing.T) {
	c := gender.Counts{}
	for _, text := range []string{
		"It was late when Anna Berg said she would run.",
		"As expected, Anna Berg told reporters her plan was ready.",
		"The talks with Mrs. Anna Berg ended.",
		"In the end Peter Holm said he was tired.",
		"In the end Peter Holm met Anna Berg and she left.", // another name comes first: not counted for Peter
		"Anna Berg spoke.",            // a sentence start is not counted
		"In the end Peter Holm left.", // no pronoun
	} {
		CountGenders(c, text)
	}
	want := gender.Counts{"Anna": {0, 4}, "Peter": {1, 0}}
	if !reflect.DeepEqual(c, want) {
		t.Fatalf("counts %v, want %v", c, want)
	}
	if names := c.Names(1, 0.8); !reflect.DeepEqual(names, gender.FirstNames{"Anna": 'f', "Peter": 'm'}) {
		t.Errorf("names %v", names)
	}
}
