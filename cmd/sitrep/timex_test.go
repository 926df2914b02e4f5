package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var updateGolden = flag.Bool("update-timex", false, "rewrite the timex golden files")

// TestTimexGolden pins the JSON the timex verb prints for a small article.
func TestTimexGolden(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "timex-input.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, dct string }{{"timex.golden", "2025-03-14"}, {"timex-nodct.golden", ""}} {
		args := []string{"timex"}
		if tc.dct != "" {
			args = append(args, "--dct", tc.dct)
		}
		out, errs, code := run(t, string(in), args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		path := filepath.Join("testdata", tc.name)
		if *updateGolden {
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
			t.Errorf("%v output differs from %s:\n%s", args, path, out)
		}
	}
}

func TestTimexUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"timex", "--dct", "14/03/2025"},
		{"timex", "--dct", "2025-02-30"},
		{"timex", "--format", "xml"},
		{"timex", "extra-arg"},
	} {
		_, errs, code := run(t, "on Tuesday", args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errs)
		}
		if errs == "" {
			t.Errorf("%v: no error message", args)
		}
	}
}
