package extract

import (
	"strings"
	"testing"
)

const page = `<!doctype html><html><head><title>Ferry terminal approved | Northport Gazette</title>
<meta property="og:title" content="Harbour council approves new ferry terminal">
<meta property="og:site_name" content="Northport Gazette">
<meta name="author" content="Tom Reyes">
<meta property="article:published_time" content="2024-03-14T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour council approves new ferry terminal</h1>
<p>The harbour council of Northport voted on Thursday to build a new ferry terminal on the eastern quay, ending a dispute that has lasted four years and divided the town.</p>
<p>Councillors approved the plan by nine votes to four after a debate that ran late into the evening, with dozens of residents watching from the public gallery.</p>
<p>"This is a good day for the town," said the council leader, Maria Okafor, who had backed the project since it was first proposed in 2020.</p>
<p>Fishermen had argued that the terminal would block access to the old slipway. The council said a new slipway will be built before construction work starts next spring.</p>
</article>
<footer><p>Copyright 2024 Northport Gazette. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>`

func TestExtract(t *testing.T) {
	for _, m := range []Method{Combined, Trafilatura, Readability} {
		a, err := (&Extractor{Method: m}).Extract([]byte(page), "https://www.northport.example/news/ferry")
		if err != nil {
			t.Fatalf("%q: %v", m, err)
		}
		if !strings.Contains(a.Text, "Councillors approved the plan") || !strings.Contains(a.Text, "new slipway will be built") {
			t.Errorf("%q: body missing paragraphs: %q", m, a.Text)
		}
		if strings.Contains(a.Text, "All rights reserved") || strings.Contains(a.Text, "Privacy policy") {
			t.Errorf("%q: footer chrome kept: %q", m, a.Text)
		}
		if a.Outlet != "Northport Gazette" || a.Author != "Tom Reyes" || a.Published.Format("2006-01-02") != "2024-03-14" {
			t.Errorf("%q: metadata outlet=%q author=%q published=%v", m, a.Outlet, a.Author, a.Published)
		}
		if !strings.Contains(a.Title, "ferry terminal") {
			t.Errorf("%q: title %q", m, a.Title)
		}
	}
}
