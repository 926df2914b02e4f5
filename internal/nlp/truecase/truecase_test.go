package truecase

import (
	"bytes"
	"strings"
	"testing"
)

// corpus is running text from which a small model is learned.
const corpus = `The minister said the leader criticizes the response to the crisis. Officials in France and Turkey met.
The White House rejects the claims, the White House said. Bill Clinton met the president in Moscow.
The response to the crisis was slow, and the leader criticizes it again. France and Turkey met again.
Critics say the response was slow. The crisis deepened when the leader spoke. The claims were rejected.
Talks resumed, and the White House welcomed the talks. Bill Clinton and the president spoke in Moscow.`

func small(t *testing.T) *Model {
	t.Helper()
	c := NewCounter()
	for i := 0; i < 3; i++ {
		c.Add(corpus)
	}
	return c.Model(3, 0.6)
}

func TestRestore(t *testing.T) {
	m := small(t)
	tests := []struct{ name, in, want string }{
		{"title-case headline", "France Leader Criticizes Turkey 's Response to Crisis .", "France leader criticizes Turkey 's response to crisis ."},
		{"running text is left alone", "The leader criticizes France .", "The leader criticizes France ."},
		{"a capitalised pair running text keeps", "White House Rejects the Claims , Criticizes Response", "White House rejects the claims , criticizes response"},
		{"too little evidence", "Leader Met Moscow", "Leader Met Moscow"},
		{"an address line is no headline", "Response Crisis Leader Claims jo@example.com", "Response Crisis Leader Claims jo@example.com"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(m.Restore(strings.Fields(tc.in)), " "); got != tc.want {
				t.Errorf("Restore(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	var none *Model
	if got := none.Restore([]string{"Leader", "Criticizes"}); got[1] != "Criticizes" {
		t.Errorf("a nil model changed the words: %v", got)
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	m := small(t)
	var a, b bytes.Buffer
	if err := m.Write(&a); err != nil {
		t.Fatal(err)
	}
	back, err := Read(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := back.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) || back.Len() != m.Len() || back.Pairs() != m.Pairs() || back.Len() == 0 {
		t.Errorf("round trip changed the model: %d/%d words, %d/%d pairs", back.Len(), m.Len(), back.Pairs(), m.Pairs())
	}
	if _, err := Read(strings.NewReader("not gzip")); err == nil {
		t.Error("Read accepted a file that is not gzip")
	}
}

func TestDefaultReadsHeadlines(t *testing.T) {
	m := Default()
	if m == nil || m.Len() < 10000 {
		t.Fatal("the embedded model is missing or small")
	}
	in := strings.Fields("Russia Accuses Ukraine of Shelling Villages Near Border")
	got := strings.Join(m.Restore(in), " ")
	if want := "Russia accuses Ukraine of shelling villages near border"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	plain := strings.Fields("The New York Stock Exchange closed higher on Monday , traders said .")
	if got := m.Restore(plain); &got[0] != &plain[0] {
		t.Errorf("running text was rewritten: %v", got)
	}
}
