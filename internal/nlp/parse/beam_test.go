package parse

import (
	"bytes"
	"slices"
	"testing"
)

func TestParseBeam(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Beam
		ok   bool
	}{
		{"2 45 1.5", Beam{2, 45, 1.5}, true},
		{"1 1 0", Beam{1, 1, 0}, true},
		{" 4\t30 2 ", Beam{4, 30, 2}, true},
		{"2 45", Beam{}, false},
		{"0 45 1", Beam{}, false},
		{"2 0 1", Beam{}, false},
		{"2 45 -1", Beam{}, false},
		{"two 45 1", Beam{}, false},
	} {
		got, err := ParseBeam(tc.in)
		if (err == nil) != tc.ok || (tc.ok && got != tc.want) {
			t.Errorf("ParseBeam(%q) = %v, %v; want %v (ok %v)", tc.in, got, err, tc.want, tc.ok)
		}
		if tc.ok {
			if back, err := ParseBeam(got.String()); err != nil || back != got {
				t.Errorf("%v does not survive String: %v, %v", got, back, err)
			}
		}
	}
}

// parsesAlike reports whether two parsers give ex the same tree.
func parsesAlike(a, b *Parser, ex Example) bool {
	h1, r1 := a.Parse(ex.Words, ex.UPOS, ex.XPOS)
	h2, r2 := b.Parse(ex.Words, ex.UPOS, ex.XPOS)
	return slices.Equal(h1, h2) && slices.Equal(r1, r2)
}

// wellFormed checks that heads and labels make one tree over the sentence.
func wellFormed(t *testing.T, heads []int, rels []string) {
	t.Helper()
	roots := 0
	for i, h := range heads {
		if h == -1 {
			roots++
			if rels[i] != "root" {
				t.Fatalf("root labelled %q", rels[i])
			}
			continue
		}
		if h < 0 || h >= len(heads) || h == i || rels[i] == "" || rels[i] == "root" {
			t.Fatalf("word %d: head %d, relation %q", i, h, rels[i])
		}
		// Following heads from any word reaches the root without a cycle.
		for steps, j := 0, i; j != -1; steps, j = steps+1, heads[j] {
			if steps > len(heads) {
				t.Fatalf("cycle through word %d", i)
			}
		}
	}
	if roots != 1 {
		t.Fatalf("%d roots", roots)
	}
}

// TestBeamSearch checks beam search on sentences the parser did not train on:
// without a margin to branch on it is greedy parsing; with one it returns
// well-formed trees that differ from greedy ones somewhere; and the setting
// survives a round trip through the model file.
func TestBeamSearch(t *testing.T) {
	data := sample(t, 400)
	train, test := data[:250], data[250:]
	greedy := Train(train, TrainOptions{Iterations: 3, Seed: 1})
	noMargin, beam := *greedy, *greedy
	noMargin.SetBeam(Beam{Width: 2, Temperature: 45})
	beam.SetBeam(Beam{Width: 3, Temperature: 20, Margin: 3})
	var buf bytes.Buffer
	if err := beam.Write(&buf); err != nil {
		t.Fatal(err)
	}
	read, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if read.Beam() != beam.Beam() {
		t.Fatalf("beam %v read back as %v", beam.Beam(), read.Beam())
	}
	differ := 0
	for _, ex := range test {
		if !parsesAlike(greedy, &noMargin, ex) {
			t.Fatalf("beam without a margin differs from greedy parsing on %v", ex.Words)
		}
		if !parsesAlike(&beam, read, ex) {
			t.Fatalf("round trip changed the beam parse of %v", ex.Words)
		}
		gh, _ := greedy.Parse(ex.Words, ex.UPOS, ex.XPOS)
		bh, br := beam.Parse(ex.Words, ex.UPOS, ex.XPOS)
		wellFormed(t, bh, br)
		for i := range bh {
			if bh[i] != gh[i] {
				differ++
			}
		}
	}
	if differ == 0 {
		t.Error("beam search never chose another head than greedy parsing")
	}
}

// TestSameSignature checks the merging test: a copy is the same
// configuration, one that made another move or the same arc with another
// label is not.
func TestSameSignature(t *testing.T) {
	st := newState(4)
	st.apply(moveShift, -1)
	st.apply(moveShift, -1)
	if !sameSignature(st, st.clone()) {
		t.Fatal("a clone is not the same configuration")
	}
	a, b, c := st.clone(), st.clone(), st.clone()
	a.apply(moveRight, 1)
	b.apply(moveRight, 2)
	c.apply(moveShift, -1)
	if sameSignature(a, b) || sameSignature(a, c) {
		t.Fatal("different configurations taken for the same")
	}
	a2 := st.clone()
	a2.apply(moveRight, 1)
	if !sameSignature(a, a2) {
		t.Fatal("the same moves give different configurations")
	}
}
