package pipeline

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/story"
)

// StoryPlacer keeps a story index in step with a store: on first use it
// restores the index from the store's placed articles, then places pending
// ones and saves their assignments and the stories touched. Only one placer
// may work on a store at a time; its methods may be called concurrently.
type StoryPlacer struct {
	Store   store.Store
	Options story.Options

	mu sync.Mutex
	ix *story.Index // nil until restored, and again after a failed round
}

// index restores the story index from the store's placed articles the first
// time, and again after a round that could not save what it placed.
func (p *StoryPlacer) index(ctx context.Context) (*story.Index, error) {
	if p.ix != nil {
		return p.ix, nil
	}
	var recs []story.Record
	err := p.Store.StoryState(ctx, func(a store.StoryAssignment) error {
		var sig story.Signature
		if err := sig.UnmarshalBinary(a.State); err != nil {
			return fmt.Errorf("story state of article %d: %w", a.Article, err)
		}
		recs = append(recs, story.Record{Article: a.Article, Signature: sig,
			Assignment: story.Assignment{Story: a.Story, DuplicateOf: a.DuplicateOf}})
		return nil
	})
	if err != nil {
		return nil, err
	}
	ix, err := story.Restore(p.Options, recs)
	if err != nil {
		return nil, err
	}
	p.ix = ix
	return ix, nil
}

// PlacePending assigns the articles whose story state is pending, in the
// order they were saved, and saves the outcome. If the outcome cannot be
// saved (a store error, a cancelled ctx) the in-memory index no longer
// matches the store, so it is dropped and restored on the next call.
func (p *StoryPlacer) PlacePending(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	ix, err := p.index(ctx)
	if err != nil {
		return err
	}
	if err := p.placePending(ctx, ix); err != nil {
		p.ix = nil
		return err
	}
	return nil
}

func (p *StoryPlacer) placePending(ctx context.Context, ix *story.Index) error {
	var pending []store.StoryAssignment
	err := p.Store.PendingStories(ctx, func(a store.StoryAssignment) error {
		pending = append(pending, a)
		return nil
	})
	if err != nil || len(pending) == 0 {
		return err
	}
	touched := map[int64]bool{}
	var order []int64
	for i := range pending {
		a := &pending[i]
		var sig story.Signature
		if err := sig.UnmarshalBinary(a.State); err != nil {
			return fmt.Errorf("story state of article %d: %w", a.Article, err)
		}
		as, err := ix.AddSigned(a.Article, sig)
		if err != nil {
			return err
		}
		a.Story, a.DuplicateOf = as.Story, as.DuplicateOf
		if !touched[as.Story] {
			touched[as.Story] = true
			order = append(order, as.Story)
		}
	}
	stories := make([]doc.Story, 0, len(order))
	for _, id := range order {
		if st, ok := ix.Story(id); ok {
			stories = append(stories, st)
		}
	}
	if err := p.Store.SaveStories(ctx, pending, stories); err != nil {
		return err
	}
	for _, a := range pending {
		if err := p.Store.LinkHappenings(ctx, a.Article, HappeningWindow); err != nil {
			return fmt.Errorf("linking events of article %d: %w", a.Article, err)
		}
	}
	return nil
}

// HappeningWindow is how far apart two reports of one happening in one
// story may be dated.
const HappeningWindow = 7 * 24 * time.Hour
