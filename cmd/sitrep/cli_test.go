package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// binary is the sitrep command built once for these tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sitrep-cli")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "sitrep")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs sitrep with args and returns stdout, stderr and the exit code.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func stats(t *testing.T, db string) map[string]int {
	t.Helper()
	out, errs, code := run(t, "", "--db", db, "stats", "--json")
	if code != 0 {
		t.Fatalf("stats: %d %s", code, errs)
	}
	var m map[string]int
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestIngestBadInputsAndReingest(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "s.db")
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte("Officials in Paris said on Monday that talks would resume.\nThe ministers met for three hours.\n"))
	write("legacy.txt", []byte("Caf\xe9 owners in Montr\xe9al said the \x93new rules\x94 would hurt trade.\nThe city council will vote next week.\n"))
	write("page.html", []byte(`<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>
<p>Negotiators from both countries returned to the table in Geneva on Tuesday after a pause of three months, officials said.</p>
<p>The talks are expected to last several days and will cover prisoner exchanges and the reopening of border crossings.</p></article></body></html>`))
	write("wire.jsonl", []byte(`{"title":"One","text":"The first item of the wire.","published":"2025-01-02"}`+"\n"+`{broken`+"\n"))
	write("image.bin", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	write("empty.txt", nil)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(bytes.Repeat([]byte("Some article text that goes on. "), 200))
	zw.Close()
	write("cut.txt.gz", gz.Bytes()[:gz.Len()/2])

	out, errs, code := run(t, "", "--db", db, "ingest", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", code, out, errs)
	}
	for _, want := range []string{"image.bin: binary", "empty.txt: empty", "cut.txt.gz: truncated gzip", "wire.jsonl: line 2: malformed JSON"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	first := stats(t, db)
	if first["documents"] != 4 || first["articles"] < 4 {
		t.Fatalf("stats after first ingest: %v", first)
	}

	// The legacy file was transcoded, not rejected.
	out, _, _ = run(t, "", "--db", db, "export", "--kind", "article")
	if !strings.Contains(out, "Montréal") || !strings.Contains(out, "“new rules”") {
		t.Errorf("Windows-1252 text not transcoded:\n%s", out)
	}

	// Ingesting again changes nothing.
	if _, errs, code = run(t, "", "--db", db, "ingest", "--json", dir); code != 1 {
		t.Fatalf("second ingest exit %d: %s", code, errs)
	}
	if again := stats(t, db); !equal(again, first) {
		t.Errorf("counts changed on re-ingest: %v → %v", first, again)
	}

	// Changed content at the same path is a new version; the old one stays.
	write("good.txt", []byte("Officials in Paris said on Tuesday that talks had collapsed.\n"))
	if _, errs, code = run(t, "", "--db", db, "ingest", "-q", filepath.Join(dir, "good.txt")); code != 0 {
		t.Fatalf("changed file: exit %d %s", code, errs)
	}
	if s := stats(t, db); s["documents"] != first["documents"]+1 {
		t.Errorf("documents after change: %d, want %d", s["documents"], first["documents"]+1)
	}
}

func equal(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestExportContract(t *testing.T) {
	db := filepath.Join(t.TempDir(), "e.db")
	if _, errs, code := run(t, "", "--db", db, "ingest", "-q", "../../examples/corpus"); code != 0 {
		t.Fatalf("ingest examples: %d %s", code, errs)
	}
	// Standard input is an input too.
	if _, errs, code := run(t, "Rebels said on Sunday they had seized the airport.\n", "--db", db, "ingest", "-q", "-"); code != 0 {
		t.Fatalf("ingest stdin: %d %s", code, errs)
	}
	out, errs, code := run(t, "", "--db", db, "export", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export: %d %s", code, errs)
	}
	required := map[string][]string{
		"article": {"id", "document", "url", "title", "outlet", "published", "text", "span", "first_line", "story", "duplicate_of"},
		"entity":  {"id", "name", "type", "country", "sector", "code", "mentions"},
		"mention": {"entity", "article", "sentence_index", "span", "text", "type"},
		"event": {"type", "mode", "cameo", "quad_class", "goldstein", "source", "target", "date", "date_precision",
			"location", "negated", "hypothetical", "future", "alleged", "sentence", "span", "article", "mentions"},
		"quote": {"text", "direct", "speaker", "cue", "article", "span"},
		"story": {"id", "title", "first_seen", "last_seen", "articles", "outlets", "entities"},
	}
	kinds := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("invalid JSON line %q: %v", sc.Text(), err)
		}
		kind, _ := rec["kind"].(string)
		kinds[kind]++
		fields, ok := required[kind]
		if !ok {
			t.Fatalf("unknown kind in %s", sc.Text())
		}
		for _, f := range fields {
			if _, ok := rec[f]; !ok {
				t.Errorf("%s record lacks %q: %s", kind, f, sc.Text())
			}
		}
		if kind == "article" {
			span := rec["span"].(map[string]any)
			if span["end"].(float64) <= span["start"].(float64) || rec["text"] == "" {
				t.Errorf("article with empty span or text: %s", sc.Text())
			}
		}
	}
	if kinds["article"] < 6 {
		t.Errorf("only %d article records", kinds["article"])
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"frobnicate"}, {"ingest"}, {"export", "--format", "xml"}, {"stats", "--bogus"}} {
		if _, _, code := run(t, "", args...); code != 2 {
			t.Errorf("sitrep %v: exit %d, want 2", args, code)
		}
	}
}

func TestBench(t *testing.T) {
	out, errs, code := run(t, "", "bench", "--shared", "../../../shared", "--articles", "5", "--json")
	if code != 0 {
		t.Fatalf("bench: %d %s", code, errs)
	}
	var rep benchReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 5 || rep.Tokens == 0 || len(rep.Stages) < 5 || rep.Ingest.ArticlesPerSecond <= 0 {
		t.Errorf("report = %+v", rep)
	}
	for _, s := range rep.Stages {
		if s.TokensPerSecond <= 0 {
			t.Errorf("stage %s: %v tokens/s", s.Stage, s.TokensPerSecond)
		}
	}
}

// TestIngestJSONDocuments ingests a news API reply and a JSON array end to
// end: each object is an article with its outlet and date, and a second
// ingest changes nothing.
func TestIngestJSONDocuments(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "s.db")
	files := map[string]string{
		"reply.json": `{"status":"ok","totalResults":2,"articles":[
  {"source":{"id":null,"name":"Wire One"},"title":"Talks resume","publishedAt":"2025-03-14T09:00:00Z",
   "content":"<p>Negotiators from Armenia and Azerbaijan met in Geneva on Friday, officials said.</p>"},
  {"source":{"name":"Wire Two"},"title":"Port reopens","publishedAt":"2025-03-15T09:00:00Z",
   "content":"The port of Odesa reopened on Saturday after repairs, the harbour master said."}]}`,
		"array.json": `[{"headline":"Floods in Dhaka","body":"Heavy rain flooded Dhaka on Friday, officials said.","date":"2025-07-12"}]`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if out, errs, code := run(t, "", "--db", db, "ingest", dir); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	first := stats(t, db)
	if first["documents"] != 2 || first["articles"] != 3 {
		t.Fatalf("stats: %v, want 2 documents and 3 articles", first)
	}
	out, _, _ := run(t, "", "--db", db, "export", "--kind", "article")
	for _, want := range []string{`"outlet":"Wire One"`, `"title":"Port reopens"`, `"title":"Floods in Dhaka"`, "Negotiators from Armenia"} {
		if !strings.Contains(out, want) {
			t.Errorf("articles lack %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, "<p>") {
		t.Errorf("HTML left in an article's text:\n%s", out)
	}
	if _, errs, code := run(t, "", "--db", db, "ingest", "-q", dir); code != 0 {
		t.Fatalf("second ingest exit %d: %s", code, errs)
	}
	if again := stats(t, db); !equal(again, first) {
		t.Errorf("counts changed on re-ingest: %v → %v", first, again)
	}
}
