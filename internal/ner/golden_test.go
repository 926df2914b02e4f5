package ner

import (
	"bufio"
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGoldenCoNLL tags pretokenized news sentences with the embedded model
// and compares the `sitrep ner` output format with testdata/news.conll.
// Regenerate after retraining with: go test ./internal/ner -run Golden -update
func TestGoldenCoNLL(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	in, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for _, line := range strings.Split(string(in), "\n") {
		words := strings.Fields(line)
		if len(words) > 0 {
			WriteCoNLL(w, words, tg.Tag(words))
		}
	}
	w.Flush()
	golden := filepath.Join("testdata", "news.conll")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != string(want) {
		t.Errorf("ner output differs from %s:\n%s", golden, diffLines(got, string(want)))
	}
}

func diffLines(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var b strings.Builder
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			b.WriteString("line " + itoa(i+1) + ": got " + gl + " | want " + wl + "\n")
		}
	}
	return b.String()
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestTagSpansAreWellFormed checks the IOB2 invariants on varied input.
func TestTagSpansAreWellFormed(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	inputs := [][]string{
		{"Paris"},
		{},
		{"the", "UN", "said", "."},
		strings.Fields("Russians and Ukrainians fled to Poland while the European Union met in Brussels ."),
		strings.Fields("ALL CAPS HEADLINE ABOUT GERMANY AND FRANCE"),
		strings.Fields("i went to new york with john smith yesterday"),
	}
	for _, words := range inputs {
		tags := tg.Tag(words)
		if len(tags) != len(words) {
			t.Fatalf("%v: %d tags for %d words", words, len(tags), len(words))
		}
		for i, tag := range tags {
			if tag == "O" {
				continue
			}
			if len(tag) < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-' {
				t.Errorf("%v: bad tag %q", words, tag)
			}
			if tag[0] == 'I' && (i == 0 || tags[i-1][min(2, len(tags[i-1])):] != tag[2:]) {
				t.Errorf("%v: I- tag %q at %d does not continue a span (%v)", words, tag, i, tags)
			}
		}
	}
	// Nationalities come out as NORP.
	tags := tg.Tag(strings.Fields("Russian and Ukrainian officials met ."))
	if tags[0] != "B-NORP" || tags[2] != "B-NORP" {
		t.Errorf("nationalities tagged %v, want B-NORP", tags)
	}
}

func TestReadIOBAndBILOU(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.conll")
	os.WriteFile(p, []byte("-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP I-MISC\nNew NNP I-NP I-LOC\nYork NNP I-NP I-LOC\nPeter NNP I-NP I-PER\nPaul NNP I-NP B-PER\n\n"), 0o644)
	s, err := ReadIOB(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 1 {
		t.Fatalf("%d sentences", len(s))
	}
	want := []string{"B-ORG", "O", "B-MISC", "B-LOC", "I-LOC", "B-PER", "B-PER"}
	if strings.Join(s[0].Tags, " ") != strings.Join(want, " ") {
		t.Errorf("IOB2 = %v, want %v", s[0].Tags, want)
	}
	if got := strings.Join(bilou(s[0].Tags), " "); got != "U-ORG O U-MISC B-LOC L-LOC U-PER U-PER" {
		t.Errorf("BILOU = %s", got)
	}
}
