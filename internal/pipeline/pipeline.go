package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/extract"
	"github.com/sitrep/sitrep/internal/feed"
	"github.com/sitrep/sitrep/internal/segment"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/story"
)

// Annotator is an analysis stage: it fills its part of an article.
type Annotator interface {
	Annotate(a *doc.Article)
}

// Stories places saved articles among stories: those whose story state the
// store holds as pending, in the order they were saved. It is called from one
// goroutine.
type Stories interface {
	PlacePending(ctx context.Context) error
}

// Pipeline ingests inputs into a store.
type Pipeline struct {
	Store     store.Store
	Segmenter *segment.Segmenter
	Extractor *extract.Extractor
	Stages    []Annotator // run in order on every article
	// Stories places articles after each document is saved. When nil, their
	// story state is left pending for a placer elsewhere (sitrep worker
	// --place-stories).
	Stories Stories
	Workers int // defaults to GOMAXPROCS
	// Progress, if set, is called after each input is done.
	Progress func(done, total int)
}

// Failure is an input, or part of one, that could not be ingested.
type Failure struct {
	Input string `json:"input"`
	Error string `json:"error"`
}

// Result sums up a run.
type Result struct {
	Ingested  int       `json:"ingested"`
	Unchanged int       `json:"unchanged"`
	Failed    int       `json:"failed"` // inputs, or parts of one, that failed
	Articles  int       `json:"articles"`
	Failures  []Failure `json:"failures"`
}

// outcome is what a worker made of one input.
type outcome struct {
	input    string
	doc      *doc.Document
	arts     []doc.Article
	sigs     [][]byte // story signatures of arts
	known    bool     // content already stored
	err      error    // the input could not be read at all
	partial  []error  // parts of the input that could not be read
	finished chan struct{}
}

// Run ingests inputs and returns what happened. The error is non-nil only
// when the store itself fails; bad inputs are listed in the result.
func (p *Pipeline) Run(ctx context.Context, inputs []source.Input) (Result, error) {
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// The window of outcomes in flight bounds memory: the producer blocks
	// when the writer is that far behind.
	window := make(chan *outcome, 2*workers)
	jobs := make(chan struct {
		in  source.Input
		out *outcome
	})
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	go func() {
		defer close(window)
		defer close(jobs)
		for _, in := range inputs {
			o := &outcome{input: in.Name, finished: make(chan struct{})}
			select {
			case window <- o:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- struct {
				in  source.Input
				out *outcome
			}{in, o}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				p.prepare(ctx, j.in, j.out)
				close(j.out.finished)
			}
		}()
	}

	var res Result
	done := 0
	var storeErr error
	for o := range window {
		<-o.finished
		if storeErr == nil {
			storeErr = p.write(ctx, o, &res)
			if storeErr != nil {
				cancel()
			}
		}
		done++
		if p.Progress != nil {
			p.Progress(done, len(inputs))
		}
	}
	wg.Wait()
	res.Failed = len(res.Failures)
	return res, storeErr
}

// prepare reads, splits and analyses one input.
func (p *Pipeline) prepare(ctx context.Context, in source.Input, o *outcome) {
	d, err := source.Read(ctx, in)
	if err != nil {
		o.err = err
		return
	}
	p.analyse(ctx, d, o)
}

// analyse splits and annotates a document that has been read.
func (p *Pipeline) analyse(ctx context.Context, d *doc.Document, o *outcome) {
	o.doc = d
	if _, known, err := p.Store.DocumentByHash(ctx, d.Hash); err == nil && known {
		o.known = true
		return
	}
	arts, partial, err := p.Split(d)
	if err != nil {
		o.err = err
		return
	}
	o.partial = partial
	o.sigs = make([][]byte, len(arts))
	for i := range arts {
		for _, st := range p.Stages {
			st.Annotate(&arts[i])
		}
		for j := range arts[i].Events {
			arts[i].Events[j].HappeningKey = event.HappeningKey(arts[i].Events[j])
		}
		if o.sigs[i], err = story.Sign(&arts[i]).MarshalBinary(); err != nil {
			o.err = fmt.Errorf("story signature: %w", err)
			return
		}
	}
	o.arts = arts
}

// Process ingests one document that was read elsewhere (a queue worker's
// message) and returns what happened to it.
func (p *Pipeline) Process(ctx context.Context, d *doc.Document) (Result, error) {
	o := &outcome{input: d.Source}
	p.analyse(ctx, d, o)
	var res Result
	err := p.write(ctx, o, &res)
	res.Failed = len(res.Failures)
	return res, err
}

// Split turns a document into its articles by its kind. Errors in parts of
// a document (a bad JSON line) come back as partial failures beside the
// articles that were read.
func (p *Pipeline) Split(d *doc.Document) (arts []doc.Article, partial []error, err error) {
	switch d.Kind {
	case doc.KindText:
		arts = p.Segmenter.Split(d.Text)
	case doc.KindHTML:
		pageURL := ""
		if source.IsURL(d.Source) {
			pageURL = d.Source
		}
		a, err := p.Extractor.Extract([]byte(d.Text), pageURL)
		if err != nil {
			return nil, nil, fmt.Errorf("extracting HTML: %w", err)
		}
		a.Span = doc.Span{Start: 0, End: len(d.Text)}
		a.FirstLine = bodyLine(d.Text, a.Text)
		arts = []doc.Article{a}
	case doc.KindFeed:
		arts, err = feed.ParseXML(d.Text)
		if err != nil && len(arts) == 0 {
			return nil, nil, err
		}
		if err != nil {
			partial = append(partial, err)
		}
	case doc.KindJSONL:
		arts, partial = feed.ParseJSONL(d.Text)
	case doc.KindJSON:
		arts, partial = feed.ParseJSON(d.Text)
	default:
		return nil, nil, fmt.Errorf("unknown kind %q", d.Kind)
	}
	var kept []doc.Article
	for _, a := range arts {
		if strings.TrimSpace(a.Text) != "" {
			kept = append(kept, a)
		}
	}
	if len(kept) == 0 && len(partial) == 0 {
		return nil, nil, errors.New("no article text found")
	}
	return kept, partial, nil
}

// bodyLine finds the 1-based line of page where the body text begins, by
// its first words; 1 when they cannot be found verbatim.
func bodyLine(page, body string) int {
	words := strings.Fields(body)
	if len(words) > 4 {
		words = words[:4]
	}
	probe := strings.Join(words, " ")
	if probe == "" {
		return 1
	}
	if i := strings.Index(page, probe); i >= 0 {
		return 1 + strings.Count(page[:i], "\n")
	}
	return 1
}

// write stores one outcome and counts it. Only store errors are returned.
func (p *Pipeline) write(ctx context.Context, o *outcome, res *Result) error {
	for _, e := range o.partial {
		res.Failures = append(res.Failures, Failure{Input: o.input, Error: reason(o.input, e)})
	}
	switch {
	case o.err != nil:
		res.Failures = append(res.Failures, Failure{Input: o.input, Error: reason(o.input, o.err)})
		return nil
	case o.known:
		res.Unchanged++
		return nil
	}
	created, err := p.Store.SaveDocument(ctx, o.doc, o.arts)
	if err != nil {
		return err
	}
	if !created {
		res.Unchanged++
		return nil
	}
	res.Ingested++
	res.Articles += len(o.arts)
	pending := make([]store.StoryAssignment, len(o.arts))
	for i, a := range o.arts {
		pending[i] = store.StoryAssignment{Article: a.ID, State: o.sigs[i]}
	}
	if err := p.Store.SaveStories(ctx, pending, nil); err != nil {
		return err
	}
	if p.Stories != nil {
		return p.Stories.PlacePending(ctx)
	}
	return nil
}

// reason is err's message without the input's name in front.
func reason(input string, err error) string {
	var se *source.Error
	if errors.As(err, &se) {
		return se.Err.Error()
	}
	return strings.TrimPrefix(err.Error(), input+": ")
}
