package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/segment"
	"github.com/sitrep/sitrep/internal/source"
)

// extractedArticle is the stable JSON shape of `sitrep extract --json`.
type extractedArticle struct {
	Title     string   `json:"title"`
	Outlet    string   `json:"outlet"`
	Published string   `json:"published"` // RFC 3339 date, "" when unknown
	Author    string   `json:"author"`
	Caption   string   `json:"caption"`
	FirstLine int      `json:"first_line"`
	Span      doc.Span `json:"span"`
	Text      string   `json:"text"`
}

func init() {
	var asJSON, lines bool
	cmd := &cobra.Command{
		Use:   "extract [--json] FILE|URL|-",
		Short: "Show the articles sitrep finds in one input, without storing them",
		Long: "Reads one file, URL or standard input (-), split into articles as `sitrep ingest` splits it. An\n" +
			"HTML page gives one article (main text and metadata); a feed or JSON Lines file one per item or line;\n" +
			"a plain-text dump is split into its articles, with chrome, captions and metadata lines taken out of\n" +
			"the bodies. With --json prints\n" +
			`{"articles":[{title,outlet,published,author,caption,first_line,span,text},...]}` + ".\n" +
			"span is the byte range of the body in the input text; first_line its 1-based first line.",
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			ins, errs := source.Expand(args, cmd.InOrStdin(), &http.Client{Timeout: 30 * time.Second})
			if len(errs) > 0 {
				return errs[0]
			}
			if len(ins) != 1 {
				return usageError{fmt.Errorf("%s: expected one input, found %d", args[0], len(ins))}
			}
			d, err := source.Read(context.Background(), ins[0])
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if lines {
				for _, l := range (&segment.Segmenter{}).Classify(d.Text) {
					fmt.Fprintf(out, "%5d %-9s %s\n", l.No, l.Kind, l.Text)
				}
				return nil
			}
			p := &pipeline.Pipeline{Segmenter: &segment.Segmenter{}, Extractor: &extract.Extractor{}}
			arts, partial, err := p.Split(d)
			if err != nil {
				return fmt.Errorf("%s: %w", ins[0].Name, err)
			}
			for _, e := range partial {
				fmt.Fprintf(cmd.ErrOrStderr(), "sitrep: %s: %v\n", ins[0].Name, e)
			}
			if asJSON {
				return writeExtractJSON(out, arts)
			}
			writeExtractListing(out, ins[0].Name, arts)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the articles as JSON")
	cmd.Flags().BoolVar(&lines, "lines", false, "print every line of a text dump with its class (body, chrome, headline, ...)")
	rootCmd.AddCommand(cmd)
}

func toExtracted(a doc.Article) extractedArticle {
	e := extractedArticle{Title: a.Title, Outlet: a.Outlet, Author: a.Author, Caption: a.Caption,
		FirstLine: a.FirstLine, Span: a.Span, Text: a.Text}
	if !a.Published.IsZero() {
		if a.Published.Hour() == 0 && a.Published.Minute() == 0 && a.Published.Second() == 0 {
			e.Published = a.Published.Format("2006-01-02")
		} else {
			e.Published = a.Published.Format(time.RFC3339)
		}
	}
	return e
}

func writeExtractJSON(w io.Writer, arts []doc.Article) error {
	out := struct {
		Articles []extractedArticle `json:"articles"`
	}{Articles: []extractedArticle{}}
	for _, a := range arts {
		out.Articles = append(out.Articles, toExtracted(a))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func writeExtractListing(w io.Writer, name string, arts []doc.Article) {
	fmt.Fprintf(w, "%s: %d article(s)\n", name, len(arts))
	for i, a := range arts {
		e := toExtracted(a)
		fmt.Fprintf(w, "\n[%d] %s\n", i+1, orDash(e.Title))
		fmt.Fprintf(w, "    outlet: %s  published: %s  author: %s\n", orDash(e.Outlet), orDash(e.Published), orDash(e.Author))
		if e.Caption != "" {
			fmt.Fprintf(w, "    caption: %s\n", firstLineOf(e.Caption, 100))
		}
		fmt.Fprintf(w, "    lines from %d, bytes %d-%d, %d words\n", e.FirstLine, e.Span.Start, e.Span.End, len(strings.Fields(e.Text)))
		fmt.Fprintf(w, "    %s\n", firstLineOf(e.Text, 160))
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func firstLineOf(s string, n int) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if r := []rune(s); len(r) > n {
		s = string(r[:n]) + "…"
	}
	return s
}
