package ner

import (
	"testing"

	"github.com/sitrep/sitrep/internal/kb"
)

func TestGazetteerMarks(t *testing.T) {
	base, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	g := NewGazetteer(base)
	tests := []struct {
		word      string
		want, not uint16
	}{
		{"elizabeth", gazFirstName, 0},
		{"mohamed", gazFirstName, 0},
		{"france", gazCountry, 0},
		{"sir", 0, gazFirstName},
		{"sheikh", 0, gazFirstName},
	}
	for _, tt := range tests {
		out := make([]uint16, 1)
		g.Mark([]string{tt.word}, out)
		bits := out[0] & 0xff
		if bits&tt.want != tt.want || bits&tt.not != 0 {
			t.Errorf("%s: marks %08b, want %08b set and %08b clear", tt.word, bits, tt.want, tt.not)
		}
	}
}
