package pipeline

import (
	"context"
	"fmt"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/story"
)

// StoryPlacer keeps a story index in step with a store: on first use it
// restores the index from the store's saved state, then places each saved
// article and saves the assignment, its signature and the stories touched.
type StoryPlacer struct {
	Store   store.Store
	Options story.Options

	once sync.Once
	ix   *story.Index
	err  error
}

func (p *StoryPlacer) index(ctx context.Context) (*story.Index, error) {
	p.once.Do(func() {
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
			p.err = err
			return
		}
		p.ix, p.err = story.Restore(p.Options, recs)
	})
	return p.ix, p.err
}

// Place assigns saved articles (their IDs set) to stories and saves the
// outcome. It sets each article's Story and DuplicateOf.
func (p *StoryPlacer) Place(ctx context.Context, arts []doc.Article) error {
	ix, err := p.index(ctx)
	if err != nil {
		return err
	}
	var assigned []store.StoryAssignment
	touched := map[int64]bool{}
	var order []int64
	for i := range arts {
		a := &arts[i]
		sig := story.Sign(a)
		as, err := ix.AddSigned(a.ID, sig)
		if err != nil {
			return err
		}
		a.Story, a.DuplicateOf = as.Story, as.DuplicateOf
		state, err := sig.MarshalBinary()
		if err != nil {
			return err
		}
		assigned = append(assigned, store.StoryAssignment{Article: a.ID, Story: as.Story, DuplicateOf: as.DuplicateOf, State: state})
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
	return p.Store.SaveStories(ctx, assigned, stories)
}
