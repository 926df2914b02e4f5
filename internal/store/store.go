package store

import (
	"context"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// Store is where sitrep keeps what it read and found.
type Store interface {
	// DocumentByHash reports the id of a stored document with this content
	// hash, if there is one.
	DocumentByHash(ctx context.Context, hash string) (id int64, ok bool, err error)
	// SaveDocument stores d and its articles with every derived row (sentences,
	// mentions, entities, events, quotes, time expressions) in one transaction.
	// It assigns d.ID, d.Version, d.Ingested and every article's ID. A document
	// whose hash is already stored is left as it is and reported with created
	// false.
	SaveDocument(ctx context.Context, d *doc.Document, arts []doc.Article) (created bool, err error)
	// SaveStories records articles' story state and assignments (Story 0
	// marks an article not yet placed) and the stories' current records.
	SaveStories(ctx context.Context, assigned []StoryAssignment, stories []doc.Story) error
	// StoryState returns the story state of every placed article in the
	// order they were placed, to rebuild the story index.
	StoryState(ctx context.Context, fn func(StoryAssignment) error) error
	// LinkHappenings gives each event of the article, whose story is set,
	// the happening of an earlier report with the same key in the same story
	// dated within window of it, or a new happening.
	LinkHappenings(ctx context.Context, article int64, window time.Duration) error
	// PendingStories returns the story state of articles not yet placed, in
	// the order they were saved.
	PendingStories(ctx context.Context, fn func(StoryAssignment) error) error

	Articles(ctx context.Context, f Filter, fn func(doc.Article) error) error
	Entities(ctx context.Context, f Filter, fn func(doc.Entity) error) error
	Mentions(ctx context.Context, f Filter, fn func(MentionRecord) error) error
	Events(ctx context.Context, f Filter, fn func(EventRecord) error) error
	Quotes(ctx context.Context, f Filter, fn func(QuoteRecord) error) error
	Stories(ctx context.Context, f Filter, fn func(doc.Story) error) error

	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// StoryAssignment is one article's place among stories, with the opaque
// state the story index needs to restore it.
type StoryAssignment struct {
	Article     int64
	Story       int64
	DuplicateOf int64
	State       []byte
}

// Filter narrows a query. Zero fields do not filter.
type Filter struct {
	Actor   string    // entity id, name or actor code of a source or speaker
	Target  string    // entity id, name or actor code of a target
	Type    string    // event type
	Since   time.Time // on or after
	Until   time.Time // on or before
	Article int64
	Limit   int
}

// EventRecord is an event with the article it was found in.
type EventRecord struct {
	doc.Event
	Article  int64 `json:"article"`
	Mentions int   `json:"mentions"`
}

// MentionRecord is an entity mention with the article it was found in.
type MentionRecord struct {
	doc.Mention
	Article int64 `json:"article"`
}

// QuoteRecord is a quote with the article it was found in.
type QuoteRecord struct {
	doc.Quote
	Article int64 `json:"article"`
}

// Stats counts what the store holds.
type Stats struct {
	Documents int64 `json:"documents"`
	Articles  int64 `json:"articles"`
	Sentences int64 `json:"sentences"`
	Entities  int64 `json:"entities"`
	Mentions  int64 `json:"mentions"`
	Events    int64 `json:"events"`
	Quotes    int64 `json:"quotes"`
	Timexes   int64 `json:"timexes"`
	Stories   int64 `json:"stories"`
}
