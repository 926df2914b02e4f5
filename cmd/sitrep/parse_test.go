package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateParseGolden = flag.Bool("update-parse", false, "rewrite the parse golden files")

// TestParseGolden pins the CoNLL-U the parse verb writes, for running text
// and for pretokenised input. Retraining the models changes it: rerun with
// -update-parse and review the diff.
func TestParseGolden(t *testing.T) {
	for _, tc := range []struct {
		input, golden string
		args          []string
	}{
		{"parse-input.txt", "parse.golden", []string{"parse"}},
		{"parse-pretokenized.txt", "parse-pretokenized.golden", []string{"parse", "--pretokenized", "--format", "conllu"}},
	} {
		in, err := os.ReadFile(filepath.Join("testdata", tc.input))
		if err != nil {
			t.Fatal(err)
		}
		out, errs, code := run(t, string(in), tc.args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, errs)
		}
		path := filepath.Join("testdata", tc.golden)
		if *updateParseGolden {
			if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if out != string(want) {
			t.Errorf("%v output differs from %s:\n%s", tc.args, path, out)
		}
	}
}

// TestParseConlluShape checks the format itself: ten columns, numbered
// tokens, heads inside the sentence, and pretokenised tokens kept as given.
func TestParseConlluShape(t *testing.T) {
	out, errs, code := run(t, "Mr. O'Neil can't come . Really ?\n", "parse", "--pretokenized")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var forms []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			t.Fatalf("line %q: %d columns", line, len(cols))
		}
		forms = append(forms, cols[1])
	}
	if got := strings.Join(forms, " "); got != "Mr. O'Neil can't come . Really ?" {
		t.Errorf("pretokenised forms %q changed", got)
	}
	if _, _, code := run(t, "x", "parse", "--format", "xml"); code != 2 {
		t.Errorf("--format xml: exit %d, want 2", code)
	}
}
