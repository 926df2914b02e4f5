package source

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// sniff tells the kind of content from its first bytes.
func sniff(raw []byte) doc.Kind {
	b := bytes.TrimLeft(raw, " \t\r\n\uFEFF\xef\xbb\xbf")
	head := bytes.ToLower(b[:min(len(b), 2048)])
	switch {
	case len(b) > 0 && b[0] == '<':
		if bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) ||
			bytes.Contains(head, []byte("<rdf:rdf")) {
			return doc.KindFeed
		}
		return doc.KindHTML
	case len(b) > 0 && (b[0] == '[' || b[0] == '{') && json.Valid(b):
		return doc.KindJSON
	case len(b) > 0 && b[0] == '{' && looksJSONL(b):
		return doc.KindJSONL
	case bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html")):
		return doc.KindHTML
	}
	return doc.KindText
}

// looksJSONL tells whether the first lines of b are each a JSON object.
func looksJSONL(b []byte) bool {
	seen := 0
	for len(b) > 0 && seen < 3 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if line[0] != '{' || !json.Valid(line) {
			// A truncated last line is still JSON Lines; anything else is not.
			return seen > 0 && len(b) == 0
		}
		seen++
	}
	return seen > 0
}

var xmlEncoding = regexp.MustCompile(`^<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']`)

// toUTF8 decodes raw to UTF-8 text. Valid UTF-8 is kept as it is; otherwise
// the encoding an HTML page or XML prolog declares is used, and failing that
// Windows-1252, the usual encoding of legacy Western text (a superset of
// Latin-1's printable characters).
func toUTF8(raw []byte, kind doc.Kind) (text, name string, err error) {
	if utf8.Valid(raw) {
		return string(raw), "utf-8", nil
	}
	var enc encoding.Encoding
	switch kind {
	case doc.KindHTML:
		if e, n, certain := charset.DetermineEncoding(raw, "text/html"); certain && n != "utf-8" {
			enc, name = e, n
		}
	case doc.KindFeed:
		if m := xmlEncoding.FindSubmatch(bytes.TrimSpace(raw)); m != nil {
			if e, err := htmlindex.Get(string(m[1])); err == nil {
				if n, _ := htmlindex.Name(e); n != "utf-8" {
					enc, name = e, n
				}
			}
		}
	}
	if enc == nil {
		enc, name = charmap.Windows1252, "windows-1252"
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", fmt.Errorf("decoding %s: %w", name, err)
	}
	return string(out), name, nil
}
