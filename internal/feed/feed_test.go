package feed

import (
	"strings"
	"testing"
	"time"
)

func TestParseXML(t *testing.T) {
	rss := `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Wire</title><link>https://w.example/</link>
<item><title>First &amp; best</title><link>https://w.example/1</link>
<pubDate>Tue, 06 May 2025 14:20:00 +0000</pubDate>
<description><![CDATA[<p>One.</p><p>Two &amp; three.</p>]]></description></item>
<item><title>Second</title><guid>https://w.example/2</guid><content:encoded><![CDATA[Body <b>two</b>.]]></content:encoded>
<source url="https://other.example">Other Outlet</source></item>
</channel></rss>`
	atom := `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Entry</title><link rel="alternate" href="https://a.example/e"/><published>2025-05-07T08:05:00Z</published>
<author><name>Ann</name></author><summary>Summary text.</summary></entry></feed>`
	tests := []struct {
		name, in string
		want     []string // title|outlet|url|published|text per item
	}{
		{"rss", rss, []string{
			"First & best|Wire|https://w.example/1|2025-05-06|One.\nTwo & three.",
			"Second|Other Outlet|https://w.example/2||Body two.",
		}},
		{"atom", atom, []string{"Entry|Atom Wire|https://a.example/e|2025-05-07|Summary text."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := ParseXML(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != len(tt.want) {
				t.Fatalf("%d items, want %d", len(arts), len(tt.want))
			}
			for i, a := range arts {
				pub := ""
				if !a.Published.IsZero() {
					pub = a.Published.Format("2006-01-02")
				}
				got := strings.Join([]string{a.Title, a.Outlet, a.URL, pub, a.Text}, "|")
				if got != tt.want[i] {
					t.Errorf("item %d = %q, want %q", i, got, tt.want[i])
				}
				if span := tt.in[a.Span.Start:a.Span.End]; !strings.HasPrefix(span, "<item") && !strings.HasPrefix(span, "<entry") {
					t.Errorf("item %d span starts %q", i, span[:min(10, len(span))])
				}
			}
		})
	}
	if _, err := ParseXML(`<rss><channel><item><title>x</item>`); err == nil {
		t.Error("malformed feed accepted")
	}
	if _, err := ParseXML(`<html><body>x</body></html>`); err == nil {
		t.Error("HTML accepted as a feed")
	}
}

func TestParseJSONL(t *testing.T) {
	in := `{"title":"A","text":"Alpha text.","url":"https://x/a","published":"2025-06-01","outlet":"X"}

{"headline":"B","body":"Beta text.","date":"2025-06-06T10:00:00Z"}
{"title":"no text"}
{not json
{"title":"C","content":"Gamma."}`
	arts, errs := ParseJSONL(in)
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3", len(arts))
	}
	if len(errs) != 2 || !strings.HasPrefix(errs[0].Error(), "line 4:") || !strings.HasPrefix(errs[1].Error(), "line 5:") {
		t.Errorf("errs = %v", errs)
	}
	if a := arts[1]; a.Title != "B" || a.Text != "Beta text." || !a.Published.Equal(time.Date(2025, 6, 6, 10, 0, 0, 0, time.UTC)) || a.FirstLine != 3 {
		t.Errorf("second = %+v", a)
	}
	for _, a := range arts {
		if line := in[a.Span.Start:a.Span.End]; !strings.HasPrefix(line, "{") || !strings.HasSuffix(line, "}") {
			t.Errorf("span %v covers %q", a.Span, line)
		}
	}
}
