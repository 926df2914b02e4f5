package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"golang.org/x/net/html"
)

// item is the union of the RSS and Atom fields sitrep reads.
type item struct {
	Title       string   `xml:"title"`
	Link        []link   `xml:"link"`
	GUID        string   `xml:"guid"`
	Description string   `xml:"description"`
	Encoded     string   `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	Summary     string   `xml:"summary"`
	Content     string   `xml:"content"`
	PubDate     string   `xml:"pubDate"`
	Published   string   `xml:"published"`
	Updated     string   `xml:"updated"`
	DCDate      string   `xml:"http://purl.org/dc/elements/1.1/ date"`
	Author      []person `xml:"author"`
	Creator     string   `xml:"http://purl.org/dc/elements/1.1/ creator"`
	Source      string   `xml:"source"`
}

type link struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

type person struct {
	Name string `xml:"name"`
	Text string `xml:",chardata"`
}

// ParseXML reads an RSS or Atom feed. The feed's own title becomes each
// item's outlet unless the item names its source.
func ParseXML(text string) ([]doc.Article, error) {
	dec := xml.NewDecoder(strings.NewReader(text))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	// The text is UTF-8 already, whatever the prolog declares.
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	var (
		arts      []doc.Article
		feedTitle string
		depth     int
		root      string
	)
	for {
		start := dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return arts, fmt.Errorf("malformed feed: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			name := strings.ToLower(t.Name.Local)
			if depth == 1 {
				root = name
				if root != "rss" && root != "feed" && root != "rdf" {
					return nil, fmt.Errorf("not a feed: root element <%s>", t.Name.Local)
				}
			}
			switch {
			case name == "item" || name == "entry":
				var it item
				if err := dec.DecodeElement(&it, &t); err != nil {
					return arts, fmt.Errorf("malformed feed item %d: %w", len(arts)+1, err)
				}
				depth--
				a := it.article(feedTitle)
				a.Span = doc.Span{Start: int(start), End: int(dec.InputOffset())}
				a.FirstLine = 1 + strings.Count(text[:start], "\n")
				if a.Text != "" || a.Title != "" {
					arts = append(arts, a)
				}
			case name == "title" && feedTitle == "" && len(arts) == 0:
				var s string
				if err := dec.DecodeElement(&s, &t); err == nil {
					feedTitle = strings.TrimSpace(s)
				}
				depth--
			}
		case xml.EndElement:
			depth--
		}
	}
	if root == "" {
		return nil, errors.New("malformed feed: no root element")
	}
	return arts, nil
}

func (it item) article(feedTitle string) doc.Article {
	body := firstNonEmpty(it.Encoded, it.Content, it.Description, it.Summary)
	a := doc.Article{
		Title:  strings.TrimSpace(htmlText(it.Title)),
		Outlet: firstNonEmpty(it.Source, feedTitle),
		Text:   htmlText(body),
	}
	for _, l := range it.Link {
		href := firstNonEmpty(l.Href, l.Text)
		if l.Rel == "" || l.Rel == "alternate" {
			a.URL = href
			break
		}
	}
	if a.URL == "" && strings.HasPrefix(it.GUID, "http") {
		a.URL = it.GUID
	}
	for _, p := range it.Author {
		if n := firstNonEmpty(p.Name, p.Text); n != "" {
			a.Author = n
			break
		}
	}
	if a.Author == "" {
		a.Author = strings.TrimSpace(it.Creator)
	}
	a.Published, _ = ParseDate(firstNonEmpty(it.PubDate, it.Published, it.DCDate, it.Updated))
	return a
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// htmlText reduces an HTML fragment to its text, one line per block.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript":
				return
			case "br":
				b.WriteByte('\n')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "figcaption":
				b.WriteByte('\n')
			}
		}
	}
	walk(root)
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC3339Nano, time.RFC3339, time.RFC822Z, time.RFC822,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700",
	"Mon, 02 Jan 2006 15:04 -0700", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02", "January 2, 2006", "2 January 2006", "Jan 2, 2006",
}

// ParseDate reads the date formats feeds and JSON records use.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errors.New("no date")
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q", s)
}

// record is one JSON Lines article. Body is accepted for text, and a few
// common alternative names for the other fields.
type record struct {
	Title     string `json:"title"`
	Headline  string `json:"headline"`
	Text      string `json:"text"`
	Body      string `json:"body"`
	Content   string `json:"content"`
	URL       string `json:"url"`
	Link      string `json:"link"`
	Published string `json:"published"`
	Date      string `json:"date"`
	Outlet    string `json:"outlet"`
	Source    string `json:"source"`
	Author    string `json:"author"`
}

// LineError is a JSON Lines record that could not be read.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// ParseJSONL reads JSON Lines. Lines that are blank are skipped; lines that
// are not a JSON object with some text are returned as errors, and the rest
// are still read.
func ParseJSONL(text string) ([]doc.Article, []error) {
	var arts []doc.Article
	var errs []error
	offset := 0
	for n := 1; offset < len(text); n++ {
		end := strings.IndexByte(text[offset:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += offset
		}
		line := text[offset:end]
		start := offset
		offset = end + 1
		if strings.TrimSpace(line) == "" {
			continue
		}
		var r record
		dec := json.NewDecoder(bytes.NewReader([]byte(line)))
		if err := dec.Decode(&r); err != nil {
			errs = append(errs, &LineError{n, fmt.Errorf("malformed JSON: %w", err)})
			continue
		}
		a := doc.Article{
			Title:     firstNonEmpty(r.Title, r.Headline),
			Text:      strings.TrimSpace(firstNonEmpty(r.Text, r.Body, r.Content)),
			URL:       firstNonEmpty(r.URL, r.Link),
			Outlet:    firstNonEmpty(r.Outlet, r.Source),
			Author:    r.Author,
			Span:      doc.Span{Start: start, End: start + len(strings.TrimRight(line, "\r"))},
			FirstLine: n,
		}
		if a.Text == "" {
			errs = append(errs, &LineError{n, errors.New("no text, body or content field")})
			continue
		}
		// A date in a form not understood leaves the date unknown.
		a.Published, _ = ParseDate(firstNonEmpty(r.Published, r.Date))
		arts = append(arts, a)
	}
	return arts, errs
}
