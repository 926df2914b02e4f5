package cluster

import (
	"bytes"
	"strings"
	"testing"
)

// corpus has two kinds of words in distinct contexts: days after "on",
// cities after "in".
func corpus(fn func(string)) {
	days := []string{"monday", "tuesday", "friday"}
	cities := []string{"paris", "berlin", "moscow"}
	for i := 0; i < 200; i++ {
		fn("they met on " + days[i%3] + " and left .")
		fn("she lives in " + cities[i%3] + " now .")
	}
}

func TestBuildGroupsWordsByContext(t *testing.T) {
	c := Build(corpus, Options{Fine: 6, Coarse: 2, Contexts: 20, Dim: 16, MinCount: 5, Seed: 1})
	same := func(a, b string) bool {
		fa, _, oka := c.Of(a)
		fb, _, okb := c.Of(b)
		if !oka || !okb {
			t.Fatalf("%s or %s not clustered", a, b)
		}
		return fa == fb
	}
	if !same("Monday", "friday") || !same("paris", "moscow") || same("tuesday", "berlin") {
		t.Errorf("days and cities not separated: %s", c.Encode())
	}
	d, err := Decode(bytes.NewReader(c.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	if string(d.Encode()) != string(c.Encode()) {
		t.Error("Encode/Decode round trip changed the clusters")
	}
	again := Build(corpus, Options{Fine: 6, Coarse: 2, Contexts: 20, Dim: 16, MinCount: 5, Seed: 1})
	if !bytes.Equal(again.Encode(), c.Encode()) {
		t.Error("same seed, different clusters")
	}
	if _, err := Decode(strings.NewReader("word\tx\t1\n")); err == nil {
		t.Error("Decode accepted a bad line")
	}
}
