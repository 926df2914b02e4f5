package doc

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into UTF-8 text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Of returns the text the span covers in s, or "" when it lies outside.
func (s Span) Of(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Kind names what a document's content is.
type Kind string

// The kinds of input sitrep reads.
const (
	KindText  Kind = "text"  // plain text, possibly several articles run together
	KindHTML  Kind = "html"  // one web page
	KindFeed  Kind = "feed"  // RSS or Atom
	KindJSONL Kind = "jsonl" // JSON Lines, one article a line
	KindJSON  Kind = "json"  // one JSON document: an article, a list of them, or an object holding a list (a news API reply)
)

// Document is one input as read: a file, a URL, or standard input.
type Document struct {
	ID       int64     `json:"id"`
	Source   string    `json:"source"` // path or URL as given; "-" for stdin
	Kind     Kind      `json:"kind"`
	Hash     string    `json:"hash"`     // hex SHA-256 of Text
	Charset  string    `json:"charset"`  // the encoding the raw bytes were in
	Text     string    `json:"text"`     // the content, transcoded to UTF-8
	Ingested time.Time `json:"ingested"` // when this version was first stored
	Version  int       `json:"version"`  // 1 for the first content seen at Source
}

// Article is one news article found in a document.
//
// Span is the article body's byte range in the document's Text. For plain text
// the body is exactly that range; for HTML, feeds and JSON Lines the body is
// derived (tags stripped, JSON unescaped) and Span is the range of the page,
// item or line it came from.
type Article struct {
	ID          int64     `json:"id"`
	DocumentID  int64     `json:"-"`
	Document    string    `json:"document"` // Document.Source
	URL         string    `json:"url"`
	Title       string    `json:"title"`
	Outlet      string    `json:"outlet"`
	Author      string    `json:"author"`
	Caption     string    `json:"caption"`
	Published   time.Time `json:"-"` // zero when unknown
	Text        string    `json:"text"`
	Span        Span      `json:"span"`
	FirstLine   int       `json:"first_line"` // 1-based line of Document.Text where the body starts
	Story       int64     `json:"story"`
	DuplicateOf int64     `json:"duplicate_of"`

	Sentences []Sentence `json:"-"`
	Mentions  []Mention  `json:"-"`
	Entities  []Entity   `json:"-"`
	Events    []Event    `json:"-"`
	Quotes    []Quote    `json:"-"`
	Timexes   []Timex    `json:"-"`
}

// Sentence is one sentence of an article.
type Sentence struct {
	Span   Span    `json:"span"`
	Tokens []Token `json:"tokens,omitempty"`
}

// Token is one word or punctuation mark with its annotations. Head is the
// 0-based index of the governing token within the sentence, -1 for the root.
type Token struct {
	Text   string `json:"text"`
	Span   Span   `json:"span"`
	Lemma  string `json:"lemma,omitempty"`
	UPOS   string `json:"upos,omitempty"`
	XPOS   string `json:"xpos,omitempty"`
	Head   int    `json:"head"`
	Deprel string `json:"deprel,omitempty"`
	NER    string `json:"ner,omitempty"` // IOB2 tag such as B-PER, or "O"
}

// Entity types.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	NORP = "NORP"
	MISC = "MISC"
)

// Mention is one stretch of article text that names an entity.
type Mention struct {
	Span     Span   `json:"span"`
	Text     string `json:"text"`
	Type     string `json:"type"`
	Sentence int    `json:"sentence"` // index into Article.Sentences
	Entity   string `json:"entity"`   // Entity.ID it links to
}

// Entity is an actor, place or group: a knowledge-base entry or, when the
// knowledge base has none, an entity local to the document.
type Entity struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Type     string         `json:"type"`
	Country  string         `json:"country"` // ISO 3166 alpha-3
	Sector   string         `json:"sector"`  // GOV, MIL, REB, IGO, ...
	Code     string         `json:"code"`    // CAMEO-style actor code, e.g. RUSGOV
	Lat      float64        `json:"lat,omitempty"`
	Lon      float64        `json:"lon,omitempty"`
	Mentions map[string]int `json:"mentions"` // surface form -> count
}

// ActorRef names the source or target of an event or the speaker of a quote.
type ActorRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Code string `json:"code"`
}

// Place is where an event happened.
type Place struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// Event is one coded happening as one sentence reports it.
type Event struct {
	ID            int64    `json:"id"`
	Type          string   `json:"type"` // PLOVER event type, e.g. CONSULT
	Mode          string   `json:"mode"`
	CAMEO         string   `json:"cameo"`
	QuadClass     int      `json:"quad_class"`
	Goldstein     float64  `json:"goldstein"`
	Source        ActorRef `json:"source"`
	Target        ActorRef `json:"target"`
	Date          string   `json:"date"`           // ISO date, as precise as known
	DatePrecision string   `json:"date_precision"` // day, month, year, ...
	Location      *Place   `json:"location"`
	Negated       bool     `json:"negated"`
	Hypothetical  bool     `json:"hypothetical"`
	Future        bool     `json:"future"`
	Alleged       bool     `json:"alleged"`
	Trigger       string   `json:"trigger"` // the word or phrase that signals the event
	Sentence      string   `json:"sentence"`
	SentenceIndex int      `json:"-"`
	Span          Span     `json:"span"` // the sentence's bytes in Article.Text
	Confidence    float64  `json:"confidence"`
	Happening     int64    `json:"happening"` // id shared by all mentions of one real happening
	// HappeningKey is what every report of one happening shares (type,
	// actors, claim); reports with equal keys in one story and date window
	// are one happening.
	HappeningKey string `json:"-"`
}

// Speaker is who a quote is attributed to.
type Speaker struct {
	ID      string `json:"id"`
	Name    string `json:"name"`    // resolved name
	Mention string `json:"mention"` // as written
	Span    Span   `json:"span"`    // the mention's bytes in Article.Text; zero when unknown
}

// Quote is a direct or indirect quotation.
type Quote struct {
	Text     string  `json:"text"`
	Direct   bool    `json:"direct"`
	Speaker  Speaker `json:"speaker"`
	Cue      string  `json:"cue"`
	Span     Span    `json:"span"`
	Sentence int     `json:"sentence"`
	// CueSpan is the cue's bytes in Article.Text; the parts of a quote split
	// by its cue, or continued over paragraphs, share it.
	CueSpan Span `json:"cue_span"`
}

// Timex is a date or time expression.
type Timex struct {
	Span     Span   `json:"span"`
	Text     string `json:"text"`
	Type     string `json:"type"`  // DATE, TIME, DURATION or SET
	Value    string `json:"value"` // TIMEX3 value, e.g. 2025-06-22 or PXY
	Anchored bool   `json:"anchored"`
}

// Story is a set of articles about one real-world happening.
type Story struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title"`
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
	Articles  []int64   `json:"articles"`
	Outlets   []string  `json:"outlets"`
	Entities  []string  `json:"entities"`
}

// maxUntitled is the longest headline made from an untitled article's
// opening sentence, in bytes.
const maxUntitled = 100

// Headline is the article's title, or for an untitled article (a dump
// where no headline line precedes the body) its first sentence or line, cut
// at a word boundary after at most 100 bytes, with an ellipsis when cut.
func (a *Article) Headline() string {
	if a.Title != "" {
		return a.Title
	}
	text := strings.TrimSpace(a.Text)
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	if i := strings.Index(text, ". "); i >= 0 {
		text = text[:i+1]
	}
	if len(text) <= maxUntitled {
		return text
	}
	n := maxUntitled
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	cut := text[:n]
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
