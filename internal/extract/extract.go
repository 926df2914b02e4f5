package extract

import (
	"bytes"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/sitrep/sitrep/internal/doc"
)

// Extractor pulls the article out of an HTML page. The zero value is ready to
// use and safe for concurrent use.
type Extractor struct{}

// Extract returns the page's article. pageURL may be empty.
func (e *Extractor) Extract(page []byte, pageURL string) (doc.Article, error) {
	u, _ := url.Parse(pageURL)
	art, err := readability.FromReader(bytes.NewReader(page), u)
	if err != nil {
		return doc.Article{}, err
	}
	var text strings.Builder
	if err := art.RenderText(&text); err != nil {
		return doc.Article{}, err
	}
	a := doc.Article{
		URL:    pageURL,
		Title:  art.Title(),
		Outlet: art.SiteName(),
		Author: art.Byline(),
		Text:   strings.TrimSpace(text.String()),
	}
	if t, err := art.PublishedTime(); err == nil {
		a.Published = t
	}
	return a, nil
}
