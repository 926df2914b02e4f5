package extract

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/sitrep/sitrep/internal/doc"
)

// Method names a way of finding a page's main text.
type Method string

// The extraction methods. Combined, the default, is the one chosen by
// measurement (docs/quality.md); the others are there to compare against.
const (
	Combined    Method = ""            // trafilatura with readability and distiller fallback candidates
	Trafilatura Method = "trafilatura" // go-trafilatura with its default options
	Readability Method = "readability" // readeck/go-readability
)

// Extractor pulls the article out of an HTML page. The zero value is ready to
// use and safe for concurrent use.
type Extractor struct {
	Method Method
}

// Extract returns the page's article. pageURL may be empty. Span covers the
// whole page and FirstLine is 1: the body is derived, not a slice of page.
func (e *Extractor) Extract(page []byte, pageURL string) (doc.Article, error) {
	u, _ := url.Parse(pageURL)
	if u != nil && u.Host == "" {
		u = nil
	}
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return doc.Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	var text string
	switch e.Method {
	case Trafilatura:
		text, err = trafilaturaText(root, u, false)
	case Readability:
		text, err = readabilityText(root, u)
	default:
		text, err = combinedText(root, u)
	}
	if err != nil {
		return doc.Article{}, err
	}
	a := doc.Article{URL: pageURL, Text: text, Span: doc.Span{Start: 0, End: len(page)}, FirstLine: 1}
	e.metadata(root, u, &a)
	return a, nil
}

func trafilaturaText(root *html.Node, u *url.URL, fallback bool) (string, error) {
	opts := trafilatura.Options{OriginalURL: u, EnableFallback: fallback, ExcludeComments: true, HtmlDateMode: trafilatura.Disabled}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil {
		return "", fmt.Errorf("trafilatura: %w", err)
	}
	return strings.TrimSpace(res.ContentText), nil
}

// combinedText runs trafilatura with its fallback candidates, keeping the
// links in its content tree, and rebuilds the text block by block without
// the title and headings before the first paragraph, link-dense blocks
// (teasers, related links) and headings after the last long paragraph.
func combinedText(root *html.Node, u *url.URL) (string, error) {
	opts := trafilatura.Options{OriginalURL: u, EnableFallback: true, ExcludeComments: true, IncludeLinks: true,
		HtmlDateMode: trafilatura.Disabled}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil {
		return "", fmt.Errorf("trafilatura: %w", err)
	}
	if res.ContentNode == nil {
		return strings.TrimSpace(res.ContentText), nil
	}
	text := blocksText(cleanBlocks(contentBlocks(res.ContentNode), res.Metadata.Title))
	if text == "" {
		text = strings.TrimSpace(res.ContentText)
	}
	return text, nil
}

func readabilityText(root *html.Node, u *url.URL) (string, error) {
	p := readability.NewParser()
	art, err := p.ParseDocument(root, u)
	if err != nil {
		return "", fmt.Errorf("readability: %w", err)
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return "", err
	}
	return strings.TrimSpace(b.String()), nil
}

// metadata fills title, outlet, author and date from the page's meta tags,
// JSON-LD and markup (as go-trafilatura reads them), the outlet falling
// back to the URL's host.
func (e *Extractor) metadata(root *html.Node, u *url.URL, a *doc.Article) {
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{OriginalURL: u, HtmlDateMode: trafilatura.Fast})
	if err != nil {
		if u != nil {
			a.Outlet = strings.TrimPrefix(u.Hostname(), "www.")
		}
		return
	}
	m := res.Metadata
	a.Title, a.Author, a.Published = m.Title, m.Author, m.Date
	a.Outlet = m.Sitename
	if a.Outlet == "" && u != nil {
		a.Outlet = strings.TrimPrefix(u.Hostname(), "www.")
	}
}
