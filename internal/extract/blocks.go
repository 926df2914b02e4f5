package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// block is one paragraph-level element of the extracted content: its text,
// its tag and how much of its text sits inside links.
type block struct {
	tag      string
	text     string
	linkRune int // runes of text inside <a>
	runes    int
	words    int
	heading  bool // h1-h6, or a paragraph all in bold/strong
	listItem bool
}

var blockTags = map[string]bool{
	"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "li": true, "blockquote": true,
	"pre": true, "tr": true, "div": true, "dd": true, "dt": true, "figcaption": true,
	"ul": true, "ol": true, "table": true, "section": true, "article": true, "body": true, "dl": true, "figure": true,
	"header": true, "footer": true, "aside": true, "main": true, "caption": true, "thead": true, "tbody": true, "br": true,
}

// contentBlocks flattens an extracted content tree into paragraph blocks in
// document order.
func contentBlocks(root *html.Node) []block {
	var out []block
	var cur *block
	var sb strings.Builder
	inLink := 0
	flush := func() {
		if cur == nil {
			return
		}
		cur.text = strings.Join(strings.Fields(sb.String()), " ")
		sb.Reset()
		if cur.text != "" {
			cur.runes = utf8.RuneCountInString(cur.text)
			cur.words = len(strings.Fields(cur.text))
			out = append(out, *cur)
		}
		cur = nil
	}
	var walk func(n *html.Node, tag string)
	walk = func(n *html.Node, tag string) {
		switch n.Type {
		case html.TextNode:
			if cur == nil {
				cur = &block{tag: tag, heading: len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6', listItem: tag == "li"}
			}
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
			if inLink > 0 {
				cur.linkRune += utf8.RuneCountInString(strings.Join(strings.Fields(n.Data), " "))
			}
			return
		case html.ElementNode:
			if blockTags[n.Data] {
				flush()
				if n.Data == "br" {
					return
				}
				tag = n.Data
			}
			if n.Data == "a" {
				inLink++
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, tag)
		}
		if n.Type == html.ElementNode {
			if n.Data == "a" {
				inLink--
			}
			if blockTags[n.Data] {
				flush()
			}
		}
	}
	walk(root, "body")
	flush()
	return out
}
