package export

import (
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
)

// ArticleRecord is an article as exported.
type ArticleRecord struct {
	Kind        string   `json:"kind"`
	ID          int64    `json:"id"`
	Document    string   `json:"document"`
	URL         string   `json:"url"`
	Title       string   `json:"title"`
	Outlet      string   `json:"outlet"`
	Author      string   `json:"author"`
	Caption     string   `json:"caption"`
	Published   *string  `json:"published"`
	Text        string   `json:"text"`
	Span        doc.Span `json:"span"`
	FirstLine   int      `json:"first_line"`
	Story       *int64   `json:"story"`
	DuplicateOf *int64   `json:"duplicate_of"`
}

// EntityRecord is an entity with every surface form it was seen under.
type EntityRecord struct {
	Kind     string         `json:"kind"`
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Type     string         `json:"type"`
	Country  string         `json:"country"`
	Sector   string         `json:"sector"`
	Code     string         `json:"code"`
	Lat      *float64       `json:"lat"`
	Lon      *float64       `json:"lon"`
	Mentions map[string]int `json:"mentions"`
}

// MentionRecord is one stretch of article text that names an entity.
type MentionRecord struct {
	Kind          string   `json:"kind"`
	Entity        string   `json:"entity"`
	Text          string   `json:"text"`
	Type          string   `json:"type"`
	Article       int64    `json:"article"`
	SentenceIndex int      `json:"sentence_index"`
	Span          doc.Span `json:"span"`
}

func mentionRecord(m store.MentionRecord) MentionRecord {
	return MentionRecord{Kind: "mention", Entity: m.Entity, Text: m.Text, Type: m.Type, Article: m.Article,
		SentenceIndex: m.Sentence, Span: m.Span}
}

// EventRecord is one coded event mention with its sentence. ID and
// Happening are left out when zero: `sitrep code` writes events that were
// never stored.
type EventRecord struct {
	Kind          string       `json:"kind"`
	ID            int64        `json:"id,omitempty"`
	Type          string       `json:"type"`
	Mode          string       `json:"mode"`
	CAMEO         string       `json:"cameo"`
	QuadClass     int          `json:"quad_class"`
	Goldstein     float64      `json:"goldstein"`
	Source        doc.ActorRef `json:"source"`
	Target        doc.ActorRef `json:"target"`
	Date          string       `json:"date"`
	DatePrecision string       `json:"date_precision"`
	Location      *doc.Place   `json:"location"`
	Negated       bool         `json:"negated"`
	Hypothetical  bool         `json:"hypothetical"`
	Future        bool         `json:"future"`
	Alleged       bool         `json:"alleged"`
	Trigger       string       `json:"trigger"`
	Sentence      string       `json:"sentence"`
	SentenceIndex int          `json:"sentence_index"`
	Span          doc.Span     `json:"span"`
	Article       int64        `json:"article"`
	Confidence    float64      `json:"confidence"`
	Happening     int64        `json:"happening,omitempty"`
	Mentions      int          `json:"mentions"`
}

// QuoteRecord is one quotation with its speaker.
type QuoteRecord struct {
	Kind          string      `json:"kind"`
	Text          string      `json:"text"`
	Direct        bool        `json:"direct"`
	Speaker       doc.Speaker `json:"speaker"`
	Cue           string      `json:"cue"`
	CueSpan       doc.Span    `json:"cue_span"`
	Article       int64       `json:"article"`
	Span          doc.Span    `json:"span"`
	SentenceIndex int         `json:"sentence_index"`
}

// StoryRecord is a story with its coverage.
type StoryRecord struct {
	Kind      string   `json:"kind"`
	ID        int64    `json:"id"`
	Title     string   `json:"title"`
	FirstSeen *string  `json:"first_seen"`
	LastSeen  *string  `json:"last_seen"`
	Articles  []int64  `json:"articles"`
	Outlets   []string `json:"outlets"`
	Entities  []string `json:"entities"`
}

// isoTime formats t as an ISO 8601 date when it has no time of day, else as
// RFC 3339; nil when t is unknown.
func isoTime(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(time.RFC3339)
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		s = t.Format("2006-01-02")
	}
	return &s
}

func optional[T comparable](v T) *T {
	var zero T
	if v == zero {
		return nil
	}
	return &v
}

func articleRecord(a doc.Article) ArticleRecord {
	return ArticleRecord{
		Kind: "article", ID: a.ID, Document: a.Document, URL: a.URL, Title: a.Title, Outlet: a.Outlet,
		Author: a.Author, Caption: a.Caption, Published: isoTime(a.Published), Text: a.Text, Span: a.Span,
		FirstLine: a.FirstLine, Story: optional(a.Story), DuplicateOf: optional(a.DuplicateOf),
	}
}

func entityRecord(e doc.Entity) EntityRecord {
	r := EntityRecord{Kind: "entity", ID: e.ID, Name: e.Name, Type: e.Type, Country: e.Country, Sector: e.Sector,
		Code: e.Code, Mentions: e.Mentions}
	if e.Lat != 0 || e.Lon != 0 {
		r.Lat, r.Lon = &e.Lat, &e.Lon
	}
	return r
}

func eventRecord(r store.EventRecord) EventRecord {
	return EventOf(r.Event, r.Article, r.Mentions)
}

// EventOf is the record of an event of an article, with the number of
// mentions merged into its happening.
func EventOf(e doc.Event, article int64, mentions int) EventRecord {
	return EventRecord{
		Kind: "event", ID: e.ID, Type: e.Type, Mode: e.Mode, CAMEO: e.CAMEO, QuadClass: e.QuadClass,
		Goldstein: e.Goldstein, Source: e.Source, Target: e.Target, Date: e.Date, DatePrecision: e.DatePrecision,
		Location: e.Location, Negated: e.Negated, Hypothetical: e.Hypothetical, Future: e.Future, Alleged: e.Alleged,
		Trigger: e.Trigger, Sentence: e.Sentence, SentenceIndex: e.SentenceIndex, Span: e.Span, Article: article,
		Confidence: e.Confidence, Happening: e.Happening, Mentions: mentions,
	}
}

func quoteRecord(r store.QuoteRecord) QuoteRecord {
	return QuoteRecord{Kind: "quote", Text: r.Text, Direct: r.Direct, Speaker: r.Speaker, Cue: r.Cue, CueSpan: r.CueSpan,
		Article: r.Article, Span: r.Span, SentenceIndex: r.Sentence}
}

func storyRecord(s doc.Story) StoryRecord {
	return StoryRecord{Kind: "story", ID: s.ID, Title: s.Title, FirstSeen: isoTime(s.FirstSeen),
		LastSeen: isoTime(s.LastSeen), Articles: nonNil(s.Articles), Outlets: nonNil(s.Outlets),
		Entities: nonNil(s.Entities)}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
