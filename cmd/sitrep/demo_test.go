package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The demo ingests every kind of bundled input; its story list names every
// story, joins the two reports of the Sudan meeting from two outlets and
// keeps the other happenings apart.
func TestDemoStories(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	out, errs, code := run(t, "", "--db", db, "demo")
	if code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errs)
	}
	_, list, ok := strings.Cut(out, "\nStories\n")
	if !ok {
		t.Fatalf("no story list in:\n%s", out)
	}
	line := regexp.MustCompile(`^  \[\d+\] (.+) — (\d+) articles? from (.+)$`)
	multi := 0
	for _, l := range strings.Split(strings.TrimSpace(list), "\n") {
		m := line.FindStringSubmatch("  " + strings.TrimSpace(l))
		if m == nil {
			t.Errorf("story line %q", l)
			continue
		}
		if strings.TrimSpace(m[1]) == "" || m[1] == "-" {
			t.Errorf("story without a title: %q", l)
		}
		if m[2] != "1" {
			multi++
			if !strings.Contains(m[1], "Sudan") || !strings.Contains(m[3], ",") {
				t.Errorf("unexpected joined story %q", l)
			}
		}
	}
	if multi != 1 {
		t.Errorf("%d stories of several articles, want 1 (the Sudan meeting):\n%s", multi, list)
	}
}
