package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		raw     []byte
		kind    doc.Kind
		charset string
		text    string // expected text, when checked
		err     string
	}{
		{name: "utf-8 text", raw: []byte("Putin met Xi in Beijing.\n"), kind: doc.KindText, charset: "utf-8"},
		{name: "bom stripped", raw: []byte("\uFEFFHello world."), kind: doc.KindText, charset: "utf-8", text: "Hello world."},
		{name: "windows-1252 text", raw: []byte("Caf\xe9 owners \x93quoted\x94 \x96 dash"), kind: doc.KindText,
			charset: "windows-1252", text: "Café owners “quoted” – dash"},
		{name: "html declared latin-1", raw: []byte("<html><head><meta charset=\"iso-8859-1\"></head><body><p>S\xe3o Paulo</p></body></html>"),
			kind: doc.KindHTML, charset: "windows-1252", text: `<html><head><meta charset="iso-8859-1"></head><body><p>São Paulo</p></body></html>`},
		{name: "html doctype", raw: []byte("<!DOCTYPE html><html><body>x</body></html>"), kind: doc.KindHTML, charset: "utf-8"},
		{name: "rss", raw: []byte(`<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`), kind: doc.KindFeed, charset: "utf-8"},
		{name: "atom", raw: []byte(`<feed xmlns="http://www.w3.org/2005/Atom"></feed>`), kind: doc.KindFeed, charset: "utf-8"},
		{name: "xml declared latin-1", raw: []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Z\xfcrich</title></channel></rss>"),
			kind: doc.KindFeed, charset: "windows-1252"},
		{name: "jsonl", raw: []byte("{\"title\":\"a\",\"text\":\"b\"}\n{\"text\":\"c\"}\n"), kind: doc.KindJSONL, charset: "utf-8"},
		{name: "json array", raw: []byte("[\n {\"title\":\"a\",\"text\":\"b\"}\n]\n"), kind: doc.KindJSON, charset: "utf-8"},
		{name: "json reply", raw: []byte("{\n \"articles\": [{\"text\":\"c\"}]\n}"), kind: doc.KindJSON, charset: "utf-8"},
		{name: "braces in prose are text", raw: []byte("{draft} notes\nmore text"), kind: doc.KindText, charset: "utf-8"},
		{name: "empty", raw: []byte(" \n\t"), err: "empty"},
		{name: "binary", raw: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), err: "binary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Decode(tt.raw)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Kind != tt.kind || d.Charset != tt.charset {
				t.Errorf("kind, charset = %s, %s; want %s, %s", d.Kind, d.Charset, tt.kind, tt.charset)
			}
			if tt.text != "" && d.Text != tt.text {
				t.Errorf("text = %q, want %q", d.Text, tt.text)
			}
			if len(d.Hash) != 64 {
				t.Errorf("hash = %q", d.Hash)
			}
		})
	}
}

func TestReadGzip(t *testing.T) {
	dir := t.TempDir()
	good := gz(t, "Article text here.")
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	p := write("good.txt.gz", good)
	d, err := Read(context.Background(), fileInput(p))
	if err != nil || d.Text != "Article text here." || d.Source != p {
		t.Fatalf("Read = %+v, %v", d, err)
	}
	p = write("cut.gz", good[:len(good)-6])
	_, err = Read(context.Background(), fileInput(p))
	var se *Error
	if !errors.As(err, &se) || se.Name != p || !strings.Contains(err.Error(), "truncated gzip") {
		t.Fatalf("truncated gzip: err = %v", err)
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b.txt", "a.txt", "sub/c.html", ".hidden/d.txt", ".e.txt"} {
		full := filepath.Join(dir, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.WriteFile(full, []byte("x"), 0o644)
	}
	ins, errs := Expand([]string{dir, filepath.Join(dir, "missing"), "-"}, strings.NewReader("stdin text"), nil)
	var names []string
	for _, in := range ins {
		names = append(names, strings.TrimPrefix(in.Name, dir+"/"))
	}
	want := "a.txt b.txt sub/c.html -"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("inputs = %s, want %s", got, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "missing") {
		t.Errorf("errs = %v", errs)
	}
	d, err := Read(context.Background(), ins[len(ins)-1])
	if err != nil || d.Text != "stdin text" {
		t.Errorf("stdin: %v %v", d, err)
	}
}
