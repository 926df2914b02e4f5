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

// TestParseJSONLLayouts reads the article layouts of news APIs and
// scrapers: nested source objects, author lists, other date field names,
// Unix times and HTML bodies.
func TestParseJSONLLayouts(t *testing.T) {
	tests := []struct {
		name, line                  string
		title, text, outlet, author string
		published                   time.Time
	}{
		{"NewsAPI",
			`{"source":{"id":null,"name":"BBC News"},"author":"Jane Roe","title":"Floods hit Dhaka","description":"Short.","url":"https://x/1","publishedAt":"2024-07-12T08:30:00Z","content":"Heavy rain flooded Dhaka."}`,
			"Floods hit Dhaka", "Heavy rain flooded Dhaka.", "BBC News", "Jane Roe", time.Date(2024, 7, 12, 8, 30, 0, 0, time.UTC)},
		{"news-please",
			`{"title":"Talks resume","maintext":"Negotiators met in Geneva.","date_publish":"2024-05-06 10:00:00","source_domain":"example.org","authors":["A. Writer","B. Writer"]}`,
			"Talks resume", "Negotiators met in Geneva.", "example.org", "A. Writer", time.Date(2024, 5, 6, 10, 0, 0, 0, time.UTC)},
		{"HTML body, Unix time in milliseconds",
			`{"headline":"Iran test-fires missile","body":"<p>Iran test-fired a missile.</p><p>The US condemned it &amp; warned.</p>","timestamp":1715072400000,"publisher":"Wire Two"}`,
			"Iran test-fires missile", "Iran test-fired a missile.\nThe US condemned it & warned.", "Wire Two", "", time.Date(2024, 5, 7, 9, 0, 0, 0, time.UTC)},
		{"plain text with a stray ampersand",
			`{"title":"AT&T earnings","text":"AT&T said profit rose & costs fell; 3 < 4.","date":"2024-01-02"}`,
			"AT&T earnings", "AT&T said profit rose & costs fell; 3 < 4.", "", "", time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		arts, errs := ParseJSONL(tc.line)
		if len(errs) > 0 || len(arts) != 1 {
			t.Errorf("%s: %d articles, errors %v", tc.name, len(arts), errs)
			continue
		}
		a := arts[0]
		if a.Title != tc.title || a.Text != tc.text || a.Outlet != tc.outlet || a.Author != tc.author || !a.Published.Equal(tc.published) {
			t.Errorf("%s: got title %q text %q outlet %q author %q published %v", tc.name, a.Title, a.Text, a.Outlet, a.Author, a.Published)
		}
	}
}

// TestParseJSON reads whole JSON documents: an array of articles, a news
// API reply holding one, and a single article; spans cover each object.
func TestParseJSON(t *testing.T) {
	tests := []struct {
		name, in string
		titles   []string
		errs     int
	}{
		{"array", "[\n {\"title\":\"A\",\"text\":\"Alpha.\"},\n {\"title\":\"B\",\"text\":\"Beta.\"},\n {\"title\":\"no text\"}\n]", []string{"A", "B"}, 1},
		{"API reply", `{"status":"ok","totalResults":1,"articles":[{"source":{"name":"X"},"title":"C","content":"Gamma.","publishedAt":"2024-05-01T00:00:00Z"}]}`, []string{"C"}, 0},
		{"one article", `{"headline":"D","body":"Delta."}`, []string{"D"}, 0},
		{"no articles", `{"status":"error","message":"rate limited"}`, nil, 1},
	}
	for _, tc := range tests {
		arts, errs := ParseJSON(tc.in)
		var titles []string
		for _, a := range arts {
			titles = append(titles, a.Title)
			if obj := tc.in[a.Span.Start:a.Span.End]; !strings.HasPrefix(obj, "{") || !strings.HasSuffix(obj, "}") || !strings.Contains(obj, a.Title) {
				t.Errorf("%s: span %v covers %q", tc.name, a.Span, obj)
			}
		}
		if strings.Join(titles, ",") != strings.Join(tc.titles, ",") || len(errs) != tc.errs {
			t.Errorf("%s: titles %v, errors %v; want %v and %d errors", tc.name, titles, errs, tc.titles, tc.errs)
		}
	}
	arts, _ := ParseJSON("[\n {\"title\":\"A\",\"text\":\"Alpha.\"},\n {\"title\":\"B\",\"text\":\"Beta.\"}\n]")
	if len(arts) != 2 || arts[0].FirstLine != 2 || arts[1].FirstLine != 3 {
		t.Errorf("first lines: %+v", arts)
	}
}

// TestFeedCaptions checks that a figure's caption in an item's HTML is the
// article's caption, not part of its text.
func TestFeedCaptions(t *testing.T) {
	in := `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>W</title>
<item><title>Talks</title><content:encoded><![CDATA[<p>Iran and Oman held talks.</p><figure><img src="a.jpg"/><figcaption>Ministers meet. Photo: AP</figcaption></figure><p>They met again.</p>]]></content:encoded></item>
</channel></rss>`
	arts, err := ParseXML(in)
	if err != nil || len(arts) != 1 {
		t.Fatalf("%d articles, %v", len(arts), err)
	}
	if a := arts[0]; a.Text != "Iran and Oman held talks.\nThey met again." || a.Caption != "Ministers meet. Photo: AP" {
		t.Errorf("text %q, caption %q", a.Text, a.Caption)
	}
}
