package story

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// Options tune an Index. The zero value of a field means its default.
type Options struct {
	// StoryThreshold is the least similarity (0..1) of an article to a
	// story's profile for the article to join the story.
	StoryThreshold float64
	// DuplicateThreshold is the least estimated Jaccard similarity of word
	// shingles for an article to be a near-duplicate of an earlier one.
	DuplicateThreshold float64
	// Window is how far apart in publication time an article and a story may
	// be and still match, when both dates are known.
	Window time.Duration
	// YearPenalty multiplies the similarity of an article to a story when
	// both have report years (Signature.Year) and the article's is more than
	// a year from all of the story's: two similar happenings years apart are
	// different stories. 1 disables it.
	YearPenalty float64
	// UndatedPenalty multiplies the similarity of an article to a story when
	// one has report years and the other none: without dates to compare,
	// two similar happenings years apart look alike, so a join needs more
	// shared content. 1 disables it.
	UndatedPenalty float64
	// Prior holds document frequencies learned beforehand from other text
	// (see Frequencies); the index adds its own articles' on top. Nil means
	// frequencies come from the indexed articles alone.
	Prior *Frequencies
	// DatesApart and DatesShared scale the similarity of an article and a
	// story that both mention dates (months, years): by DatesApart when they
	// have none in common, by DatesShared when they have the same ones, in
	// between by the cosine of the dates. Dates only scale the content's
	// similarity, so they never make a join on their own: in a stream most
	// stories of a month mention that month. Zero takes the default.
	DatesApart, DatesShared float64
	// BlockWeights weighs the cosine of each block of kinds (words, names,
	// events) in the similarity. Zero entries take the defaults.
	BlockWeights [numBlocks]float64
	// Weights multiplies a shared term's contribution by its kind (indexed by
	// KindWord, KindName, ...). Zero entries take the defaults.
	Weights [numKinds]float64
}

// Defaults. StoryThreshold, DatesApart, DatesShared, YearPenalty and
// UndatedPenalty were chosen on half of the ECB+ dev topics (docs/quality.md,
// "Stories").
const (
	DefaultStoryThreshold     = 0.24
	DefaultDatesApart         = 0.85
	DefaultDatesShared        = 1.5
	DefaultDuplicateThreshold = 0.5
	DefaultWindow             = 21 * 24 * time.Hour
	DefaultYearPenalty        = 0.3
	DefaultUndatedPenalty     = 0.65
)

// DefaultBlockWeights are the weights of the block cosines.
var DefaultBlockWeights = [numBlocks]float64{blockWords: 1, blockNames: 2, blockEvents: 0.3}

// DefaultWeights are the per-kind weights of shared terms.
var DefaultWeights = [numKinds]float64{KindWord: 1, KindName: 2, KindDate: 2, KindEntity: 1.5, KindEvent: 1.5, KindPerson: 2.5, KindPlace: 2.5}

func (o Options) withDefaults() Options {
	if o.StoryThreshold == 0 {
		o.StoryThreshold = DefaultStoryThreshold
	}
	if o.DuplicateThreshold == 0 {
		o.DuplicateThreshold = DefaultDuplicateThreshold
	}
	if o.DatesApart == 0 {
		o.DatesApart = DefaultDatesApart
	}
	if o.DatesShared == 0 {
		o.DatesShared = DefaultDatesShared
	}
	if o.YearPenalty == 0 {
		o.YearPenalty = DefaultYearPenalty
	}
	if o.UndatedPenalty == 0 {
		o.UndatedPenalty = DefaultUndatedPenalty
	}
	if o.Window == 0 {
		o.Window = DefaultWindow
	}
	for b, w := range o.BlockWeights {
		if w == 0 {
			o.BlockWeights[b] = DefaultBlockWeights[b]
		}
	}
	for k, w := range o.Weights {
		if w == 0 {
			o.Weights[k] = DefaultWeights[k]
		}
	}
	return o
}

// Limits that keep the cost of Add flat as the index grows.
const (
	queryTerms     = 24  // an article's heaviest terms used to find candidate stories
	postingCap     = 48  // stories kept per term, most recently updated first
	candidateCap   = 24  // candidate stories scored exactly
	profileTerms   = 300 // terms kept in a story's profile
	bucketCap      = 8   // articles kept per LSH bucket
	maxStoryNames  = 32  // entity names counted per story
	storyNamesShow = 8   // entity names shown on a story record
)

// Assignment is what the index decided for one article.
type Assignment struct {
	Story       int64 // the story the article belongs to
	DuplicateOf int64 // the earliest article it near-duplicates, or 0
	NewStory    bool  // the article started the story
}

// Index assigns articles to stories and finds near-duplicates, one article at
// a time. It is safe for concurrent use: Add serialises on a mutex, so the
// outcome depends on the order articles are added in. Sign may run on many
// goroutines beforehand, and AddSigned then only does the cheap part.
type Index struct {
	mu   sync.Mutex
	opts Options

	docs int              // articles that shaped document frequencies
	term map[uint32]int32 // term hash -> its index in df
	df   []int32          // number of articles holding each term
	logs []float64        // logs[i] = ln(i+1), grown on demand

	minhash  map[int64][]uint32 // article -> MinHash signature
	buckets  map[uint64][]int64 // LSH band key -> articles
	original map[int64]int64    // duplicate article -> earliest article
	ofStory  map[int64]int64    // article -> story

	stories   map[int64]*storyState
	postings  map[uint32][]int64 // term -> stories, most recently updated first
	nextStory int64

	// Scratch space of bestStory, reused so that its maps do not grow anew
	// for every article.
	scoreBuf map[int64]float64
	candBuf  []candidate
	termBuf  map[uint32]weighted

	// visits counts the postings, bucket entries and profile and article
	// terms Add has gone through: a measure of its work that does not depend
	// on the machine or its load (read by the benchmarks).
	visits uint64
}

// storyState is a story's record and its profile: the mean of its
// articles' sublinear term frequencies, pruned to its heaviest terms.
type storyState struct {
	rec     doc.Story
	members int           // non-duplicate articles folded into the profile
	profile []profileTerm // sorted by hash: one contiguous run to scan
	names   map[string]int
	outlets map[string]bool
	years   map[int]bool // report years of the members that have one
	latest  int          // the latest year mentioned by a member with no report year
}

type profileTerm struct {
	hash uint32
	kind uint8
	sum  float64 // sum over members of 1+ln(count)
	term int32   // index in Index.df
}

// findTerm returns the index of the term with hash h in a profile sorted by
// hash, and whether it is there.
func findTerm(profile []profileTerm, h uint32) (int, bool) {
	return slices.BinarySearchFunc(profile, h, func(p profileTerm, h uint32) int { return cmp.Compare(p.hash, h) })
}

// NewIndex returns an empty index.
func NewIndex(opts Options) *Index {
	return &Index{
		opts:      opts.withDefaults(),
		term:      map[uint32]int32{},
		minhash:   map[int64][]uint32{},
		buckets:   map[uint64][]int64{},
		original:  map[int64]int64{},
		ofStory:   map[int64]int64{},
		stories:   map[int64]*storyState{},
		postings:  map[uint32][]int64{},
		nextStory: 1,
		scoreBuf:  map[int64]float64{},
		termBuf:   map[uint32]weighted{},
	}
}

// Add signs an article and assigns it; it sets a.Story and a.DuplicateOf.
// a.ID must be set and unique.
func (ix *Index) Add(a *doc.Article) Assignment {
	as, _ := ix.AddSigned(a.ID, Sign(a))
	a.Story, a.DuplicateOf = as.Story, as.DuplicateOf
	return as
}

// AddSigned assigns the article with the given id and signature (see Sign).
// Adding an id twice is an error.
func (ix *Index) AddSigned(id int64, sig Signature) (Assignment, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if _, dup := ix.ofStory[id]; dup {
		return Assignment{Story: ix.ofStory[id], DuplicateOf: ix.original[id]}, fmt.Errorf("story: article %d added twice", id)
	}
	as := Assignment{DuplicateOf: ix.findDuplicate(sig.MinHash)}
	if as.DuplicateOf != 0 {
		as.Story = ix.ofStory[as.DuplicateOf]
	} else {
		as.Story = ix.bestStory(sig)
	}
	if as.Story == 0 {
		as.Story = ix.nextStory
		as.NewStory = true
	}
	ix.apply(id, sig, as)
	return as, nil
}

// findDuplicate returns the earliest article whose shingles the signature
// matches at least DuplicateThreshold, or 0.
func (ix *Index) findDuplicate(mh []uint32) int64 {
	var best int64
	bestSim := ix.opts.DuplicateThreshold
	seen := map[int64]bool{}
	for _, key := range bandKeys(mh) {
		bucket := ix.buckets[key]
		ix.visits += uint64(len(bucket))
		for _, other := range bucket {
			if seen[other] {
				continue
			}
			seen[other] = true
			sim := jaccard(mh, ix.minhash[other])
			if sim > bestSim || sim == bestSim && sim > 0 && (best == 0 || other < best) {
				best, bestSim = other, sim
			}
		}
	}
	if orig, ok := ix.original[best]; ok {
		return orig
	}
	return best
}

// weight is a term's weight in an article or profile with tf part f.
func (ix *Index) weight(h uint32, kind uint8, f float64) float64 {
	return f * ix.idf(h) * ix.opts.Weights[kind]
}

// idf is the smoothed inverse document frequency of a term.
func (ix *Index) idf(h uint32) float64 {
	df := 0
	if i, ok := ix.term[h]; ok {
		df = int(ix.df[i])
	}
	return ix.idfOf(h, df)
}

// idfOf is ln((N+1)/(df+1)) + 1 with N and df including the prior.
func (ix *Index) idfOf(h uint32, df int) float64 {
	n := ix.docs
	if p := ix.opts.Prior; p != nil {
		n += p.Docs
		df += int(p.DF[h])
	}
	return ix.log1p(n) - ix.log1p(df) + 1
}

// log1p returns ln(i+1) from a table.
func (ix *Index) log1p(i int) float64 {
	for len(ix.logs) <= i {
		ix.logs = append(ix.logs, math.Log(float64(len(ix.logs)+1)))
	}
	return ix.logs[i]
}

// Frequencies are document frequencies of terms learned from a corpus.
type Frequencies struct {
	Docs int
	DF   map[uint32]uint32
}

// NewFrequencies returns empty frequencies.
func NewFrequencies() *Frequencies { return &Frequencies{DF: map[uint32]uint32{}} }

// Add counts the terms of one text. Not safe for concurrent use.
func (f *Frequencies) Add(text string) {
	f.Docs++
	for _, t := range Sign(&doc.Article{Text: text}).Terms {
		f.DF[t.Hash]++
	}
}

// vector is an article's weighted terms, heaviest first.
type weighted struct {
	hash uint32
	kind uint8
	w    float64
}

func (ix *Index) vector(sig Signature) ([]weighted, float64) {
	v := make([]weighted, len(sig.Terms))
	var norm float64
	for i, t := range sig.Terms {
		w := ix.weight(t.Hash, t.Kind, 1+math.Log(float64(t.Count)))
		v[i] = weighted{t.Hash, t.Kind, w}
		norm += w * w
	}
	sort.Slice(v, func(i, j int) bool {
		if v[i].w != v[j].w {
			return v[i].w > v[j].w
		}
		return v[i].hash < v[j].hash
	})
	return v, math.Sqrt(norm)
}

// bestStory returns the story most similar to the signature if it passes
// StoryThreshold, else 0.
func (ix *Index) bestStory(sig Signature) int64 {
	v, norm := ix.vector(sig)
	if norm == 0 {
		return 0
	}
	// Candidates: stories sharing the article's heaviest terms. Up to
	// queryTerms*postingCap of them; only the candidateCap best are kept, by
	// a bounded insertion rather than a sort of all of them.
	score := ix.scoreBuf
	clear(score)
	for _, t := range v[:min(queryTerms, len(v))] {
		list := ix.postings[t.hash]
		ix.visits += uint64(len(list))
		for _, s := range list {
			score[s] += t.w
		}
	}
	cands := topCandidates(ix.candBuf[:0], score, candidateCap)
	ix.candBuf = cands
	byHash := ix.termBuf
	clear(byHash)
	var anorm [numBlocks]float64
	for _, t := range v {
		byHash[t.hash] = t
		anorm[blockOf[t.kind]] += t.w * t.w
	}
	var best int64
	bestSim := ix.opts.StoryThreshold
	for _, c := range cands {
		id := c.story
		st := ix.stories[id]
		if !ix.inWindow(st, sig.Published) {
			continue
		}
		sim := ix.similarity(byHash, anorm, st)
		if yearsConflict(sig, st) {
			sim *= ix.opts.YearPenalty
		} else if (sig.Year == 0) != (len(st.years) == 0) {
			sim *= ix.opts.UndatedPenalty
		}
		if sim > bestSim || sim == bestSim && (best == 0 || id < best) {
			best, bestSim = id, sim
		}
	}
	return best
}

// candidate is a story sharing heavy terms with an article, and the summed
// weight of those terms.
type candidate struct {
	story int64
	score float64
}

// before orders candidates by score, then by id.
func (c candidate) before(d candidate) bool {
	return c.score > d.score || c.score == d.score && c.story < d.story
}

// topCandidates appends to dst the k best of the scored stories, best first
// (see candidate.before), keeping dst sorted by insertion.
func topCandidates(dst []candidate, score map[int64]float64, k int) []candidate {
	for s, w := range score {
		c := candidate{s, w}
		if len(dst) == k && (k == 0 || !c.before(dst[k-1])) {
			continue
		}
		if len(dst) < k {
			dst = append(dst, c)
		}
		i := len(dst) - 1
		for ; i > 0 && c.before(dst[i-1]); i-- {
			dst[i] = dst[i-1]
		}
		dst[i] = c
	}
	return dst
}

// yearsConflict reports whether an article and a story cannot be from the
// same time: the article's report year is more than a year from every
// report year of the story, or one side mentions a year more than a year
// after every report year of the other (an undated report is not older than
// the latest year it mentions).
func yearsConflict(sig Signature, st *storyState) bool {
	if sig.Year != 0 {
		if len(st.years) > 0 && !st.years[sig.Year-1] && !st.years[sig.Year] && !st.years[sig.Year+1] {
			return true
		}
		return st.latest > sig.Year+1
	}
	if sig.Latest == 0 || len(st.years) == 0 {
		return false
	}
	for y := range st.years {
		if sig.Latest <= y+1 {
			return false
		}
	}
	return true
}

// inWindow reports whether an article published at t may join the story.
func (ix *Index) inWindow(st *storyState, t time.Time) bool {
	if t.IsZero() || st.rec.FirstSeen.IsZero() {
		return true
	}
	return !t.After(st.rec.LastSeen.Add(ix.opts.Window)) && !t.Before(st.rec.FirstSeen.Add(-ix.opts.Window))
}

// Blocks of term kinds. Each block is compared on its own (a cosine) so
// that a few shared names weigh as much as many shared words.
const (
	blockWords = iota
	blockNames
	blockDates
	blockEvents
	numBlocks
)

var blockOf = [numKinds]int{KindWord: blockWords, KindName: blockNames, KindEntity: blockNames, KindDate: blockDates, KindEvent: blockEvents,
	KindPerson: blockNames, KindPlace: blockNames}

// similarity is the weighted mean, over the content blocks the article has
// (words, names, events), of the cosines of the article's and the story
// profile's terms in that block, scaled by DatesApart..DatesShared when both
// mention dates (no dates is not a conflict).
func (ix *Index) similarity(article map[uint32]weighted, anorm [numBlocks]float64, st *storyState) float64 {
	var dot, pnorm [numBlocks]float64
	n := float64(st.members)
	ix.visits += uint64(len(st.profile))
	for _, p := range st.profile {
		w := p.sum / n * ix.idfOf(p.hash, int(ix.df[p.term])) * ix.opts.Weights[p.kind]
		pnorm[blockOf[p.kind]] += w * w
		if a, ok := article[p.hash]; ok {
			dot[blockOf[a.kind]] += a.w * w
		}
	}
	var sum, weights float64
	for b := range numBlocks {
		if anorm[b] == 0 || b == blockDates {
			continue
		}
		sum += ix.opts.BlockWeights[b] * blockCosine(dot[b], anorm[b], pnorm[b])
		weights += ix.opts.BlockWeights[b]
	}
	if weights == 0 {
		return 0
	}
	sim := sum / weights
	if anorm[blockDates] > 0 && pnorm[blockDates] > 0 {
		// Dates scale the content's similarity, never add to it: most
		// stories of a month mention that month.
		c := blockCosine(dot[blockDates], anorm[blockDates], pnorm[blockDates])
		sim *= ix.opts.DatesApart + (ix.opts.DatesShared-ix.opts.DatesApart)*c
	}
	return sim
}

// blockCosine is the cosine of one block, capped at 1.
func blockCosine(dot, anorm, pnorm float64) float64 {
	if pnorm == 0 {
		return 0
	}
	return min(1, dot/math.Sqrt(anorm*pnorm))
}

// apply records an article's assignment: the part of Add that Restore
// replays.
func (ix *Index) apply(id int64, sig Signature, as Assignment) {
	if len(sig.MinHash) == NumHashes {
		ix.minhash[id] = sig.MinHash
		for _, key := range bandKeys(sig.MinHash) {
			if b := ix.buckets[key]; len(b) < bucketCap {
				ix.buckets[key] = append(b, id)
			}
		}
	}
	if as.DuplicateOf != 0 {
		ix.original[id] = as.DuplicateOf
	}
	ix.ofStory[id] = as.Story
	if as.Story >= ix.nextStory {
		ix.nextStory = as.Story + 1
	}
	st := ix.stories[as.Story]
	if st == nil {
		st = &storyState{
			rec:     doc.Story{ID: as.Story, Title: sig.Title},
			names:   map[string]int{},
			outlets: map[string]bool{},
			years:   map[int]bool{},
		}
		ix.stories[as.Story] = st
	}
	st.rec.Articles = append(st.rec.Articles, id)
	if st.rec.Title == "" {
		st.rec.Title = sig.Title
	}
	if sig.Outlet != "" && !st.outlets[sig.Outlet] {
		st.outlets[sig.Outlet] = true
		st.rec.Outlets = append(st.rec.Outlets, sig.Outlet)
	}
	if t := sig.Published; !t.IsZero() {
		if st.rec.FirstSeen.IsZero() || t.Before(st.rec.FirstSeen) {
			st.rec.FirstSeen = t
		}
		if t.After(st.rec.LastSeen) {
			st.rec.LastSeen = t
		}
	}
	for i, n := range sig.Names {
		if _, ok := st.names[n]; ok || len(st.names) < maxStoryNames {
			st.names[n] += len(sig.Names) - i
		}
	}
	if sig.Year != 0 {
		st.years[sig.Year] = true
	} else {
		st.latest = max(st.latest, sig.Latest)
	}

	if as.DuplicateOf != 0 {
		return // a copy adds no new evidence about the story's wording
	}
	// The article's vector under the frequencies before it, for the postings.
	v, _ := ix.vector(sig)
	ix.docs++
	ix.visits += uint64(2 * len(sig.Terms))
	for _, t := range sig.Terms {
		i, ok := ix.term[t.Hash]
		if !ok {
			i = int32(len(ix.df))
			ix.term[t.Hash] = i
			ix.df = append(ix.df, 0)
		}
		ix.df[i]++
	}
	st.members++
	known := len(st.profile)
	for _, t := range sig.Terms {
		f := 1 + math.Log(float64(t.Count))
		if i, ok := findTerm(st.profile[:known], t.Hash); ok {
			p := &st.profile[i]
			p.sum += f
			p.kind = max(p.kind, t.Kind)
			continue
		}
		st.profile = append(st.profile, profileTerm{hash: t.Hash, kind: t.Kind, sum: f, term: ix.term[t.Hash]})
	}
	if len(st.profile) > known {
		slices.SortFunc(st.profile, func(a, b profileTerm) int { return cmp.Compare(a.hash, b.hash) })
		// Two new terms of one article may share a hash, as they shared a
		// map entry before: fold them.
		out := st.profile[:1]
		for _, p := range st.profile[1:] {
			if last := &out[len(out)-1]; p.hash == last.hash {
				last.sum += p.sum
				last.kind = max(last.kind, p.kind)
				continue
			}
			out = append(out, p)
		}
		st.profile = out
	}
	if len(st.profile) > profileTerms+profileTerms/4 {
		ix.prune(st)
	}
	for _, t := range v[:min(queryTerms, len(v))] {
		ix.post(t.hash, st.rec.ID)
	}
}

// prune keeps a story profile's profileTerms heaviest terms.
func (ix *Index) prune(st *storyState) {
	type kv struct {
		h uint32
		w float64
	}
	ix.visits += uint64(len(st.profile))
	all := make([]kv, 0, len(st.profile))
	for _, p := range st.profile {
		all = append(all, kv{p.hash, p.sum * ix.idfOf(p.hash, int(ix.df[p.term])) * ix.opts.Weights[p.kind]})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].w != all[j].w {
			return all[i].w > all[j].w
		}
		return all[i].h < all[j].h
	})
	drop := make(map[uint32]bool, len(all)-profileTerms)
	for _, e := range all[profileTerms:] {
		drop[e.h] = true
	}
	st.profile = slices.DeleteFunc(st.profile, func(p profileTerm) bool { return drop[p.hash] })
}

// post moves a story to the front of a term's posting list.
func (ix *Index) post(h uint32, story int64) {
	list := ix.postings[h]
	for i, s := range list {
		if s == story {
			copy(list[1:i+1], list[:i])
			list[0] = story
			return
		}
	}
	if len(list) < postingCap {
		list = append(list, 0)
	}
	copy(list[1:], list)
	list[0] = story
	ix.postings[h] = list
}

// Stories returns every story record, in order of id.
func (ix *Index) Stories() []doc.Story {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	out := make([]doc.Story, 0, len(ix.stories))
	for _, st := range ix.stories {
		out = append(out, ix.record(st))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Story returns one story record.
func (ix *Index) Story(id int64) (doc.Story, bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	st, ok := ix.stories[id]
	if !ok {
		return doc.Story{}, false
	}
	return ix.record(st), true
}

// Len returns the number of articles indexed.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.ofStory)
}

// record copies a story's record and fills its key entities.
func (ix *Index) record(st *storyState) doc.Story {
	r := st.rec
	r.Articles = append([]int64(nil), st.rec.Articles...)
	r.Outlets = append([]string(nil), st.rec.Outlets...)
	names := make([]string, 0, len(st.names))
	for n := range st.names {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if st.names[names[i]] != st.names[names[j]] {
			return st.names[names[i]] > st.names[names[j]]
		}
		return names[i] < names[j]
	})
	if len(names) > storyNamesShow {
		names = names[:storyNamesShow]
	}
	r.Entities = names
	return r
}

// Record is one stored article's state, as Restore needs it.
type Record struct {
	Article    int64
	Assignment Assignment
	Signature  Signature
}

// Restore rebuilds an index from stored records, in the order the articles
// were added. The result is the index that adding those articles produced,
// so adding further articles continues exactly as if it had never stopped.
func Restore(opts Options, records []Record) (*Index, error) {
	ix := NewIndex(opts)
	for _, r := range records {
		if _, dup := ix.ofStory[r.Article]; dup {
			return nil, fmt.Errorf("story: restore: article %d appears twice", r.Article)
		}
		if r.Assignment.Story <= 0 {
			return nil, fmt.Errorf("story: restore: article %d has no story", r.Article)
		}
		ix.apply(r.Article, r.Signature, r.Assignment)
	}
	return ix, nil
}
