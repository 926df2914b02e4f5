package feed

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
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
	text, captions := htmlTextCaptions(firstNonEmpty(it.Encoded, it.Content, it.Description, it.Summary))
	a := doc.Article{
		Title:   strings.TrimSpace(htmlText(it.Title)),
		Outlet:  firstNonEmpty(it.Source, feedTitle),
		Text:    text,
		Caption: strings.Join(captions, "\n"),
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
	text, _ := htmlTextCaptions(s)
	return text
}

// htmlTextCaptions is htmlText that sets the captions of figures apart
// ("<figcaption>Ministers meet. Photo: AP</figcaption>"): they describe a
// picture, not the story.
func htmlTextCaptions(s string) (text string, captions []string) {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s), nil
	}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return strings.TrimSpace(s), nil
	}
	var b strings.Builder
	var walk func(*html.Node, *strings.Builder)
	walk = func(n *html.Node, b *strings.Builder) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript":
				return
			case "figcaption":
				var c strings.Builder
				for k := n.FirstChild; k != nil; k = k.NextSibling {
					walk(k, &c)
				}
				if t := strings.Join(strings.Fields(c.String()), " "); t != "" && !slices.Contains(captions, t) {
					captions = append(captions, t)
				}
				return
			case "br":
				b.WriteByte('\n')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, b)
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr":
				b.WriteByte('\n')
			}
		}
	}
	walk(root, &b)
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n"), captions
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

// Field names JSON Lines articles use for each part, most usual first: our
// own export, news APIs (NewsAPI's publishedAt and source {name}), scrapers
// (news-please's maintext, date_publish, source_domain, authors) and
// schema.org (datePublished).
var (
	titleFields     = []string{"title", "headline"}
	textFields      = []string{"text", "body", "content", "maintext", "article", "full_text", "fulltext", "description", "summary"}
	urlFields       = []string{"url", "link", "canonical_url"}
	publishedFields = []string{"published", "date", "published_at", "publishedAt", "pubDate", "datePublished", "date_published", "date_publish", "publish_date", "created_at", "timestamp", "time"}
	outletFields    = []string{"outlet", "source", "publisher", "source_name", "source_domain", "site_name", "site", "domain"}
	authorFields    = []string{"author", "authors", "byline", "creator"}
)

// field returns the first of the named fields of a record that holds text:
// a string, the name of an object ({"name": "BBC News"}) or the first
// such item of a list.
func field(rec map[string]any, names []string) string {
	for _, n := range names {
		if v := strings.TrimSpace(textOf(rec[n])); v != "" {
			return v
		}
	}
	return ""
}

func textOf(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		return textOf(v["name"])
	case []any:
		for _, x := range v {
			if t := textOf(x); t != "" {
				return t
			}
		}
	}
	return ""
}

// publishedOf reads the first date field: a date string, or a Unix time in
// seconds or milliseconds.
func publishedOf(rec map[string]any) time.Time {
	for _, n := range publishedFields {
		switch v := rec[n].(type) {
		case string:
			if t, err := ParseDate(v); err == nil {
				return t
			}
		case float64:
			if v > 1e12 {
				v /= 1000
			}
			if v > 0 {
				return time.Unix(int64(v), 0).UTC()
			}
		}
	}
	return time.Time{}
}

// recordArticle reads one JSON article object.
func recordArticle(raw []byte) (doc.Article, error) {
	var rec map[string]any // numbers decode as float64
	if err := json.Unmarshal(raw, &rec); err != nil {
		return doc.Article{}, fmt.Errorf("malformed JSON: %w", err)
	}
	text := field(rec, textFields)
	var captions []string
	if looksLikeHTML(text) {
		text, captions = htmlTextCaptions(text)
	}
	a := doc.Article{
		Title:   htmlText(field(rec, titleFields)),
		Text:    strings.TrimSpace(text),
		Caption: strings.Join(captions, "\n"),
		URL:     field(rec, urlFields),
		Outlet:  field(rec, outletFields),
		Author:  field(rec, authorFields),
		// a date in a form not understood leaves the date unknown
		Published: publishedOf(rec),
	}
	if a.Text == "" {
		return a, errors.New("no text field (text, body, content, maintext, description …)")
	}
	return a, nil
}

// listFields name the array of articles in a JSON reply ("articles" in
// NewsAPI's, "results", "items", "data" elsewhere).
var listFields = map[string]bool{"articles": true, "results": true, "items": true, "data": true, "hits": true,
	"documents": true, "docs": true, "news": true, "stories": true, "entries": true, "posts": true}

// ParseJSON reads one JSON document: an article object, an array of them,
// or an object holding such an array under a name of listFields. Each
// article's span is its object's bytes. Elements that are not articles are
// returned as errors and the rest still read.
func ParseJSON(text string) ([]doc.Article, []error) {
	dec := json.NewDecoder(strings.NewReader(text))
	tok, err := dec.Token()
	if err != nil {
		return nil, []error{fmt.Errorf("malformed JSON: %w", err)}
	}
	if tok == json.Delim('[') {
		return jsonArray(text, dec)
	}
	// An object: an article itself, or a reply holding a list of them.
	if a, err := recordArticle([]byte(text)); err == nil {
		start, end := trimmedSpan(text, 0, len(text))
		a.Span, a.FirstLine = doc.Span{Start: start, End: end}, lineAt(text, start)
		return []doc.Article{a}, nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, []error{fmt.Errorf("malformed JSON: %w", err)}
		}
		if k, _ := key.(string); listFields[k] {
			if t, err := dec.Token(); err == nil && t == json.Delim('[') {
				return jsonArray(text, dec)
			}
			return nil, []error{fmt.Errorf("%q is not a list", k)}
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return nil, []error{fmt.Errorf("malformed JSON: %w", err)}
		}
	}
	return nil, []error{errors.New("no article: no text field and no list of articles (articles, results, items, data …)")}
}

// jsonArray reads the articles of an array whose opening bracket dec has
// just read.
func jsonArray(text string, dec *json.Decoder) ([]doc.Article, []error) {
	var arts []doc.Article
	var errs []error
	for i := 1; dec.More(); i++ {
		from := int(dec.InputOffset())
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return arts, append(errs, fmt.Errorf("element %d: malformed JSON: %w", i, err))
		}
		start, end := trimmedSpan(text, from, int(dec.InputOffset()))
		a, err := recordArticle(raw)
		if err != nil {
			errs = append(errs, fmt.Errorf("element %d (line %d): %w", i, lineAt(text, start), err))
			continue
		}
		a.Span, a.FirstLine = doc.Span{Start: start, End: end}, lineAt(text, start)
		arts = append(arts, a)
	}
	return arts, errs
}

// trimmedSpan narrows text[from:to] to the value, leaving out the
// separating comma and white space.
func trimmedSpan(text string, from, to int) (int, int) {
	for from < to && strings.IndexByte(" \t\r\n,\uFEFF", text[from]) >= 0 {
		from++
	}
	for to > from && strings.IndexByte(" \t\r\n", text[to-1]) >= 0 {
		to--
	}
	return from, to
}

// lineAt is the 1-based line of byte i.
func lineAt(text string, i int) int { return 1 + strings.Count(text[:i], "\n") }

// looksLikeHTML reports whether text carries markup ("<p>", "</div>",
// "<br/>") rather than a stray "<" or "&".
func looksLikeHTML(text string) bool {
	l := strings.ToLower(text)
	return strings.Contains(l, "</") || strings.Contains(l, "<br") || strings.Contains(l, "<p>") || strings.Contains(l, "<p ")
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
		a, err := recordArticle([]byte(line))
		if err != nil {
			errs = append(errs, &LineError{n, err})
			continue
		}
		a.Span = doc.Span{Start: start, End: start + len(strings.TrimRight(line, "\r"))}
		a.FirstLine = n
		arts = append(arts, a)
	}
	return arts, errs
}
