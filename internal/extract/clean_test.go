package extract

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestCleanBlocks(t *testing.T) {
	long := "The council voted on Thursday to build a new ferry terminal on the eastern quay, ending a dispute that has lasted four years and divided the town."
	tests := []struct {
		name, title, content string
		want                 []string
	}{
		{"title and standfirst headings dropped", "Council approves terminal",
			`<h1>Council approves terminal</h1><h2>A four-year dispute ends</h2><p>` + long + `</p>`,
			[]string{long}},
		{"heading inside the body kept", "",
			`<p>` + long + `</p><h2>What happens next</h2><p>` + long + `</p>`,
			[]string{long, "What happens next", long}},
		{"teaser links and their heading after the text dropped", "",
			`<p>` + long + `</p><h3>More stories</h3><ul><li><a href="/a">Mayor resigns after vote</a></li><li><a href="/b">Storm closes the harbour</a></li></ul>`,
			[]string{long}},
		{"link-dense line inside the text dropped, pasted address kept", "",
			`<p>` + long + `</p><p><a href="/x">READ MORE: Ferry fares to rise</a></p><p><a href="http://example.org/plan">http://example.org/plan</a></p><p>` + long + `</p>`,
			[]string{long, "http://example.org/plan", long}},
		{"short sentences and table rows count as text", "",
			`<p>` + long + `</p><h3>Votes</h3><table><tr><td>Yes</td><td>9 councillors voted for the plan after the debate.</td></tr></table>`,
			[]string{long, "Votes", "Yes 9 councillors voted for the plan after the debate."}},
		{"paragraph with a few links kept", "",
			`<p>The plan was approved by the <a href="/c">harbour council</a> after a long debate in the town hall.</p>`,
			[]string{"The plan was approved by the harbour council after a long debate in the town hall."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.content + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range cleanBlocks(contentBlocks(root), tt.title) {
				got = append(got, b.text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}
