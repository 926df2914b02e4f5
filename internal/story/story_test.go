package story

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/cputime"
	"github.com/sitrep/sitrep/internal/doc"
)

func TestStem(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"checks", "check"}, {"checked", "check"}, {"checking", "check"},
		{"stopped", "stop"}, {"parties", "party"}, {"boxes", "box"},
		{"reid's", "reid"}, {"press", "press"}, {"bus", "bus"}, {"crisis", "crisis"},
	} {
		if got := stem(c.in); got != c.want {
			t.Errorf("stem(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWords(t *testing.T) {
	ws := words("Tara Reid checked in. The U.S. rate rose 6.1 pct; O'Brien said")
	var got []string
	for _, w := range ws {
		s := w.lower
		if w.capital {
			s += "^"
		}
		if w.initial {
			s += "<"
		}
		got = append(got, s)
	}
	want := []string{"tara^<", "reid^", "checked", "in", "the^<", "u.s^", "rate<", "rose", "6.1", "pct", "o'brien^<", "said"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("words:\n got %v\nwant %v", got, want)
	}
}

func TestSignDatesAndNames(t *testing.T) {
	for _, c := range []struct {
		name      string
		a         doc.Article
		wantYear  int
		wantNames []string
	}{
		{"dateline", doc.Article{Text: "May 03, 2013\nLindsay Lohan has checked into the Betty Ford Center. Lohan was there in 2010."}, 2013, []string{"Betty Ford Center", "Lindsay Lohan"}},
		{"bare year is background", doc.Article{Text: "The man who killed four people in his 2005 rampage was sentenced."}, 0, nil},
		{"published wins", doc.Article{Text: "On 4 July 1999 it began.", Published: time.Date(2004, 1, 2, 0, 0, 0, 0, time.UTC)}, 2004, nil},
		{"timex", doc.Article{Text: "It happened last week.", Timexes: []doc.Timex{{Type: "DATE", Value: "2011-02-03"}}}, 2011, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := Sign(&c.a)
			if s.Year != c.wantYear {
				t.Errorf("Year = %d, want %d", s.Year, c.wantYear)
			}
			if !reflect.DeepEqual(s.Names, c.wantNames) {
				t.Errorf("Names = %q, want %q", s.Names, c.wantNames)
			}
		})
	}
}

func TestSignEntityKinds(t *testing.T) {
	text := "Lindsay Lohan checked into the Betty Ford Center in California on Friday." + strings.Repeat(" More words follow here.", 30) + " Lohan and Shawn Holley spoke."
	late := strings.LastIndex(text, "Lohan and")
	a := &doc.Article{Text: text,
		Entities: []doc.Entity{
			{ID: "doc/per/lindsay-lohan", Name: "Lindsay Lohan", Type: doc.PER, Mentions: map[string]int{"Lindsay Lohan": 1, "Lohan": 1}},
			{ID: "doc/per/shawn-holley", Name: "Shawn Holley", Type: doc.PER, Mentions: map[string]int{"Shawn Holley": 1}},
			{ID: "doc/org/betty-ford-center", Name: "Betty Ford Center", Type: doc.ORG, Mentions: map[string]int{"Betty Ford Center": 1}},
			{ID: "region/california", Name: "California", Type: doc.LOC, Mentions: map[string]int{"California": 1}},
		},
		Mentions: []doc.Mention{
			{Span: doc.Span{Start: 0, End: 13}, Entity: "doc/per/lindsay-lohan"},
			{Span: doc.Span{Start: 30, End: 47}, Entity: "doc/org/betty-ford-center"},
			{Span: doc.Span{Start: 51, End: 61}, Entity: "region/california"},
			{Span: doc.Span{Start: late, End: late + 5}, Entity: "doc/per/lindsay-lohan"},
			{Span: doc.Span{Start: late + 10, End: late + 22}, Entity: "doc/per/shawn-holley"},
		},
	}
	terms := map[uint32]Term{}
	for _, tm := range Sign(a).Terms {
		terms[tm.Hash] = tm
	}
	for _, c := range []struct {
		id    string
		kind  uint8
		count uint16 // mentions, plus one per mention in the lede
	}{
		{"doc/per/lindsay-lohan", KindPerson, 3},
		{"doc/per/shawn-holley", KindPerson, 1},
		{"doc/org/betty-ford-center", KindEntity, 2},
		{"region/california", KindPlace, 2},
	} {
		got, ok := terms[hash32("e:"+c.id)]
		if !ok || got.Kind != c.kind || got.Count != c.count {
			t.Errorf("%s: term %+v (present %v), want kind %d count %d", c.id, got, ok, c.kind, c.count)
		}
	}
}

func TestSignatureRoundTrip(t *testing.T) {
	a := &doc.Article{Title: "Reid enters rehab", Outlet: "people.com", Published: time.Unix(1230000000, 0).UTC(),
		Text: "Tara Reid checked herself into Promises Treatment Center on Tuesday, her rep told People on Dec. 2, 2008."}
	s := Sign(a)
	b, err := s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Signature
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s, back) {
		t.Errorf("round trip changed the signature:\n%+v\n%+v", s, back)
	}
	for _, cut := range []int{0, 1, 10, len(b) / 2, len(b) - 1} {
		if err := new(Signature).UnmarshalBinary(b[:cut]); err == nil {
			t.Errorf("UnmarshalBinary accepted %d of %d bytes", cut, len(b))
		}
	}
}

const reid = `Actress Tara Reid has checked herself into Promises Treatment Center in Malibu, her representative Jack Ketsoyan told People magazine on Tuesday.
"We appreciate your respect to her and her family's privacy at this time," Ketsoyan said. He would not say what the American Pie star was being treated for.
A friend of the actress said her family supported her decision. Reid launched a new fashion line called Mantra in December.`

const reidOther = `Tara Reid entered the Promises rehabilitation clinic in Malibu this week, People reported, citing her spokesman Jack Ketsoyan.
Ketsoyan asked for privacy for the American Pie actress and declined to say what she is being treated for. Friends said Reid's family backed the move.`

const reidThird = `People magazine says Tara Reid is in treatment at the Promises centre in Malibu. Her spokesman
Jack Ketsoyan asked the public to respect the privacy of the American Pie actress and her family.`

const lohan = `Lindsay Lohan has checked into the Betty Ford Center in Rancho Mirage to begin a 90-day court-ordered stay, her lawyer Mark Heller said on Friday.
The Mean Girls actress skipped an earlier rehab facility in Newport Beach and faced arrest for violating probation in her reckless driving case.
Lohan was previously at Betty Ford from September 2010 to January 2011.`

func TestIndexDuplicatesAndStories(t *testing.T) {
	edited := strings.Replace(reid, "on Tuesday", "late on Tuesday", 1) + "\nCopyright 2008. All rights reserved."
	ix := NewIndex(Options{})
	steps := []struct {
		text        string
		wantDupOf   int64
		wantStoryOf int64 // the article whose story this one must join; 0 = a new story
	}{
		{reid, 0, 0},
		{lohan, 0, 0},
		{reid, 1, 1},      // syndicated copy
		{edited, 1, 1},    // lightly edited copy
		{reidOther, 0, 1}, // same happening, other words
	}
	for i, s := range steps {
		a := &doc.Article{ID: int64(i + 1), Text: s.text, Outlet: fmt.Sprint("outlet", i)}
		as := ix.Add(a)
		if as.DuplicateOf != s.wantDupOf || a.DuplicateOf != s.wantDupOf {
			t.Errorf("article %d: DuplicateOf = %d, want %d", a.ID, as.DuplicateOf, s.wantDupOf)
		}
		if s.wantStoryOf == 0 {
			if !as.NewStory {
				t.Errorf("article %d joined story %d, want a new story", a.ID, as.Story)
			}
		} else if want := ix.ofStory[s.wantStoryOf]; as.Story != want || as.NewStory {
			t.Errorf("article %d: story %d (new %v), want %d", a.ID, as.Story, as.NewStory, want)
		}
	}
	st, ok := ix.Story(ix.ofStory[1])
	if !ok || !reflect.DeepEqual(st.Articles, []int64{1, 3, 4, 5}) || len(st.Outlets) != 4 {
		t.Errorf("Reid story = %+v", st)
	}
	for _, want := range []string{"Tara Reid", "Jack Ketsoyan", "Promises Treatment Center"} {
		if !slices.Contains(st.Entities, want) {
			t.Errorf("Reid story entities = %q, want %q among them", st.Entities, want)
		}
	}
	if n := len(ix.Stories()); n != 2 {
		t.Errorf("%d stories, want 2", n)
	}
	if _, err := ix.AddSigned(1, Sign(&doc.Article{Text: reid})); err == nil {
		t.Error("adding an id twice was accepted")
	}
}

func TestYearsApartAreDifferentStories(t *testing.T) {
	texts := []string{
		"March 22, 2013\nRussian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Friday. " +
			"The two leaders signed agreements on energy and trade and praised ties between Moscow and Beijing.",
		"May 8, 2015\nChinese President Xi Jinping held talks with Vladimir Putin at the Kremlin, where the leaders " +
			"agreed to link their trade projects and signed deals on energy. Putin praised relations with Beijing.",
		"March 23, 2013\nXi Jinping and Vladimir Putin signed energy and trade agreements in Moscow, the Chinese " +
			"President's first trip abroad. The leaders praised ties between Beijing and Moscow.",
	}
	ix := NewIndex(Options{})
	var as []Assignment
	for i, text := range texts {
		as = append(as, ix.Add(&doc.Article{ID: int64(i + 1), Text: text}))
		if as[i].DuplicateOf != 0 {
			t.Fatalf("article %d taken for a near-duplicate of %d", i+1, as[i].DuplicateOf)
		}
	}
	if as[0].Story == as[1].Story {
		t.Errorf("meetings two years apart share story %d", as[0].Story)
	}
	if as[2].Story != as[0].Story {
		t.Errorf("next-day report went to story %d, want %d", as[2].Story, as[0].Story)
	}
}

func TestWindowSeparatesByPublication(t *testing.T) {
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	ix := NewIndex(Options{Window: 7 * 24 * time.Hour})
	a := ix.Add(&doc.Article{ID: 1, Text: reid, Published: day})
	b := ix.Add(&doc.Article{ID: 2, Text: reidOther, Published: day.Add(2 * 24 * time.Hour)})
	c := ix.Add(&doc.Article{ID: 3, Text: reidThird, Published: day.AddDate(1, 0, 0)})
	if a.Story != b.Story {
		t.Errorf("reports two days apart: stories %d and %d", a.Story, b.Story)
	}
	if c.Story == a.Story {
		t.Errorf("report a year later joined story %d", c.Story)
	}
}

// synthetic returns n articles drawn from n/8 stories, each story with its
// own names and topic words over a shared Zipf-like background vocabulary,
// published one minute apart in story-interleaved order.
func synthetic(n int, seed uint64) []*doc.Article {
	rng := rand.New(rand.NewPCG(seed, 7))
	vocab := make([]string, 20000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dx", i)
	}
	zipf := rand.NewZipf(rand.New(rand.NewPCG(seed, 8)), 1.1, 1, uint64(len(vocab)-1))
	nStories := max(1, n/8)
	out := make([]*doc.Article, n)
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range out {
		// Stories run in overlapping waves so old ones go quiet.
		s := (i/8 + rng.IntN(16)) % nStories
		var b strings.Builder
		for k := range 160 {
			switch {
			case k%20 == 0:
				fmt.Fprintf(&b, ". Name%d Surname%d", s, s)
			case k%5 == 0:
				fmt.Fprintf(&b, " topic%d_%d", s, rng.IntN(12))
			default:
				b.WriteString(" " + vocab[zipf.Uint64()])
			}
		}
		out[i] = &doc.Article{ID: int64(i + 1), Text: b.String(), Outlet: fmt.Sprint("o", rng.IntN(20)),
			Published: start.Add(time.Duration(i) * time.Minute)}
	}
	return out
}

func TestRestoreContinuesTheSameAssignments(t *testing.T) {
	arts := synthetic(400, 1)
	// Also a few syndicated copies, so duplicates are part of the state.
	for i := 50; i < 400; i += 50 {
		arts[i].Text = arts[i-7].Text
	}
	live := NewIndex(Options{})
	var records []Record
	for _, a := range arts[:250] {
		sig := Sign(a)
		as, err := live.AddSigned(a.ID, sig)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := sig.MarshalBinary()
		var stored Signature
		if err := stored.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		records = append(records, Record{Article: a.ID, Assignment: as, Signature: stored})
	}
	restored, err := Restore(Options{}, records)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(live.Stories(), restored.Stories()) {
		t.Fatal("restored stories differ from the live index's")
	}
	dups := 0
	for _, a := range arts[250:] {
		want, got := live.Add(a), restored.Add(a)
		if want != got {
			t.Fatalf("article %d: restored index assigned %+v, live %+v", a.ID, got, want)
		}
		if got.DuplicateOf != 0 {
			dups++
		}
	}
	if dups == 0 {
		t.Error("no duplicates found after restore")
	}
	if _, err := Restore(Options{}, append(records, records[0])); err == nil {
		t.Error("Restore accepted an article twice")
	}
}

func TestConcurrentAdds(t *testing.T) {
	arts := synthetic(200, 2)
	ix := NewIndex(Options{})
	done := make(chan bool)
	for g := range 4 {
		go func() {
			for i := g; i < len(arts); i += 4 {
				ix.AddSigned(arts[i].ID, Sign(arts[i]))
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
	if ix.Len() != len(arts) {
		t.Errorf("Len = %d, want %d", ix.Len(), len(arts))
	}
	n := 0
	for _, s := range ix.Stories() {
		n += len(s.Articles)
	}
	if n != len(arts) {
		t.Errorf("stories hold %d articles, want %d", n, len(arts))
	}
}

func benchmarkAdd(b *testing.B, size int) {
	arts := synthetic(size+b.N, 3)
	sigs := make([]Signature, len(arts))
	for i, a := range arts {
		sigs[i] = Sign(a)
	}
	ix := NewIndex(Options{})
	for i := range size {
		ix.AddSigned(arts[i].ID, sigs[i])
	}
	cpu0, visits0 := cputime.Seconds(), ix.visits
	b.ResetTimer()
	for i := range b.N {
		a := arts[size+i]
		ix.AddSigned(a.ID, sigs[size+i])
	}
	b.StopTimer()
	// On a shared machine wall time includes waiting for a core; the
	// process's CPU time per Add is what the work cost.
	b.ReportMetric((cputime.Seconds()-cpu0)*1e9/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(ix.visits-visits0)/float64(b.N), "visits/op")
}

// BenchmarkAdd measures AddSigned (assignment without signing) on an index
// already holding 1k, 10k and 100k articles; BenchmarkSign the signing.
func BenchmarkAdd1k(b *testing.B)   { benchmarkAdd(b, 1000) }
func BenchmarkAdd10k(b *testing.B)  { benchmarkAdd(b, 10000) }
func BenchmarkAdd100k(b *testing.B) { benchmarkAdd(b, 100000) }

func BenchmarkSign(b *testing.B) {
	arts := synthetic(256, 4)
	b.ResetTimer()
	for i := range b.N {
		Sign(arts[i%len(arts)])
	}
}

func TestURLYear(t *testing.T) {
	for _, c := range []struct {
		url  string
		want int
	}{
		{"http://www.foxnews.com/world/2010/05/05/brigade-says/", 2010},
		{"http://www.theguardian.com/environment/2009/apr/28/obama-endangered", 2009},
		{"http://usatoday30.usatoday.com/news/world/2010-05-05-greece-strike.htm", 2010},
		{"http://newsinfo.inquirer.net/view/20100505-268325/Deadly-fire-bomb", 2010},
		{"http://blog.example.nl/2005_05_01_archive.html", 2005},
		{"http://www.example.com/2013/08/oscar-host.html", 2013},
		{"http://2012.example.com/story", 0},                     // host, not path
		{"http://www.example.com/story/2013/oscar-host.html", 0}, // no month
		{"http://www.example.com/news?id=2066717", 0},            // an id, not a year
		{"http://www.example.com/2013/13/x.html", 0},             // no month 13
		{"http://www.example.com/a/12013/05/x.html", 0},          // digits before
		{"http://www.example.com/20131/05/x.html", 0},            // five digits
		{"http://www.example.com/1999/marching-orders/", 0},      // "mar" inside a word
		{"http://www.example.com/volume-7-1", 0},
		{"", 0},
	} {
		if got := urlYear(c.url); got != c.want {
			t.Errorf("urlYear(%q) = %d, want %d", c.url, got, c.want)
		}
	}
}

func TestSignReportYear(t *testing.T) {
	for _, c := range []struct {
		name         string
		a            doc.Article
		year, latest int
	}{
		{"dateline", doc.Article{Text: "March 22, 2013\nPutin met Xi in Moscow."}, 2013, 2013},
		{"published wins", doc.Article{Published: time.Date(2014, 1, 2, 0, 0, 0, 0, time.UTC), Text: "March 22, 2013\nPutin met Xi."}, 2014, 2013},
		{"url when no dateline", doc.Article{URL: "http://example.com/2010/05/05/bank-fire", Text: "Three people died in a bank fire."}, 2010, 0},
		{"a birth date is not a dateline", doc.Article{Text: "Bettie Page, born April 22, 1923, died on Thursday. She retired in 1957 and gave an interview in 2006."}, 0, 2006},
		{"undated, years mentioned", doc.Article{Text: "The 76ers fired Cheeks after a poor start to the 2008-09 season. He took over in 2005."}, 0, 2008},
		{"nothing", doc.Article{Text: "The 76ers fired their coach on Saturday."}, 0, 0},
	} {
		s := Sign(&c.a)
		if s.Year != c.year || s.Latest != c.latest {
			t.Errorf("%s: Year %d Latest %d, want %d %d", c.name, s.Year, s.Latest, c.year, c.latest)
		}
	}
}

// An undated report cannot be older than the latest year it mentions, so it
// does not join a story of reports dated well before that, in either order.
func TestUndatedReportMentioningLaterYears(t *testing.T) {
	dated := "March 22, 2013\nRussian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Friday. " +
		"The two leaders signed agreements on energy and trade and praised ties between Moscow and Beijing."
	later := "Vladimir Putin welcomed Xi Jinping to Moscow, where the two leaders opened a gas pipeline built " +
		"under the agreements of 2015 and praised ties with Beijing."
	sameTime := "Vladimir Putin welcomed Xi Jinping to Moscow, where the two leaders opened a gas pipeline built " +
		"under the agreements of 2012 and praised ties with Beijing."
	for _, order := range [][2]string{{dated, later}, {later, dated}} {
		ix := NewIndex(Options{})
		a := ix.Add(&doc.Article{ID: 1, Text: order[0]})
		b := ix.Add(&doc.Article{ID: 2, Text: order[1]})
		if a.Story == b.Story {
			t.Errorf("reports of 2013 and after 2015 share story %d:\n%s\n%s", a.Story, order[0], order[1])
		}
	}
	ix := NewIndex(Options{})
	a := ix.Add(&doc.Article{ID: 1, Text: dated})
	if b := ix.Add(&doc.Article{ID: 2, Text: sameTime}); b.Story != a.Story {
		t.Errorf("an undated report mentioning 2012 went to story %d, want %d", b.Story, a.Story)
	}
}

func TestSignatureWithoutLatestDecodes(t *testing.T) {
	s := Sign(&doc.Article{Text: "March 22, 2013\nPutin met Xi in Moscow."})
	s.Latest = 0
	b, err := s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Signature
	if err := back.UnmarshalBinary(b[:len(b)-1]); err != nil || !reflect.DeepEqual(s, back) {
		t.Errorf("a signature written before Latest existed: %v\n%+v\n%+v", err, s, back)
	}
}

func TestSignLedeCountsTwice(t *testing.T) {
	text := "Angels offer Teixeira an eight-year contract.\n" + strings.Repeat("The general manager spoke about baseball. ", 12) + "Later the pitchers arrived."
	counts := map[uint32]uint16{}
	for _, tm := range Sign(&doc.Article{Text: text}).Terms {
		counts[tm.Hash] = tm.Count
	}
	for _, c := range []struct {
		key  string
		want uint16
	}{{"w:contract", 2}, {"w:pitcher", 1}, {"w:baseball", 12 + 8}} { // 8 of the 12 in the opening 400 bytes
		if got := counts[hash32(c.key)]; got != c.want {
			t.Errorf("%s: count %d, want %d", c.key, got, c.want)
		}
	}
}

// Without a date to compare, a loosely similar report needs more shared
// content to join a dated story; with a date of the same year it joins.
func TestUndatedReportNeedsMoreEvidence(t *testing.T) {
	dated := "March 22, 2013\nRussian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Friday. " +
		"The two leaders signed agreements on energy and trade and praised ties between Moscow and Beijing."
	loose := "Chinese officials said Xi Jinping would discuss gas supplies and a new pipeline during his visit, " +
		"which follows a summit of regional leaders in Kazakhstan."
	for _, c := range []struct {
		name string
		text string
		opts Options
		join bool
	}{
		{"undated", loose, Options{}, false},
		{"undated, penalty off", loose, Options{UndatedPenalty: 1}, true},
		{"dated the same year", "March 21, 2013\n" + loose, Options{}, true},
	} {
		ix := NewIndex(c.opts)
		a := ix.Add(&doc.Article{ID: 1, Text: dated})
		b := ix.Add(&doc.Article{ID: 2, Text: c.text})
		if (a.Story == b.Story) != c.join {
			t.Errorf("%s: joined %v, want %v", c.name, a.Story == b.Story, c.join)
		}
	}
}

func TestTopCandidatesMatchesFullSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	for _, c := range []struct{ n, k int }{{0, 24}, {5, 24}, {24, 24}, {1152, 24}, {300, 1}, {10, 0}} {
		score := map[int64]float64{}
		for len(score) < c.n {
			// Few distinct scores, so ties are broken by id.
			score[rng.Int64N(5000)+1] = float64(rng.IntN(20))
		}
		var want []candidate
		for s, w := range score {
			want = append(want, candidate{s, w})
		}
		slices.SortFunc(want, func(a, b candidate) int {
			if a.before(b) {
				return -1
			}
			return 1
		})
		want = want[:min(c.k, len(want))]
		got := topCandidates(nil, score, c.k)
		if len(got) != len(want) {
			t.Fatalf("n=%d k=%d: got %d candidates, want %d", c.n, c.k, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("n=%d k=%d: candidate %d = %v, want %v", c.n, c.k, i, got[i], want[i])
			}
		}
	}
}

// TestProfilesStaySortedAndUnique checks the invariant similarity and apply
// rely on: each story profile is sorted by hash with no hash twice, and its
// sums add up to what the members' terms contributed (before pruning).
func TestProfilesStaySortedAndUnique(t *testing.T) {
	arts := synthetic(400, 5)
	ix := NewIndex(Options{})
	for _, a := range arts {
		ix.Add(a)
	}
	if len(ix.stories) == 0 {
		t.Fatal("no stories")
	}
	for id, st := range ix.stories {
		for i := 1; i < len(st.profile); i++ {
			if st.profile[i-1].hash >= st.profile[i].hash {
				t.Fatalf("story %d: profile not strictly sorted at %d: %d then %d", id, i, st.profile[i-1].hash, st.profile[i].hash)
			}
		}
		if len(st.profile) > profileTerms+profileTerms/4 {
			t.Errorf("story %d: profile holds %d terms, more than the pruning bound", id, len(st.profile))
		}
		for _, p := range st.profile {
			if p.sum < 1 || ix.df[p.term] < 1 {
				t.Errorf("story %d: term %d has sum %v, df %d", id, p.hash, p.sum, ix.df[p.term])
			}
		}
	}
}

// Reports of one week that share a country but not a happening stay apart:
// mentioning the same month is no evidence of the same story.
func TestSameMonthIsNoEvidence(t *testing.T) {
	week := time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)
	texts := []string{
		"Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on March 13, 2025, " +
			"and the two sides agreed to expand a rail corridor that carries grain and fertiliser between the two " +
			"countries. Officials did not say when the new section of the corridor would open.",
		"Ukraine accused Russia on March 14, 2025 of launching a drone attack on the port of Odesa that damaged " +
			"grain silos and injured three workers. President Volodymyr Zelenskyy urged allies to send more air " +
			"defence systems. The Kremlin denied targeting civilian infrastructure.",
		"Flood waters forced more than 4,000 people from their homes in northern Italy on March 14, 2025 after " +
			"two days of heavy rain. Rescue teams used boats to reach residents stranded in villages along the Po " +
			"river, and schools in three provinces were closed.",
	}
	ix := NewIndex(Options{})
	seen := map[int64]int{}
	for i, text := range texts {
		as := ix.Add(&doc.Article{ID: int64(i + 1), Published: week.Add(time.Duration(i) * time.Hour), Text: text})
		if j, ok := seen[as.Story]; ok {
			t.Errorf("article %d joined article %d's story %d", i+1, j+1, as.Story)
		}
		seen[as.Story] = i
	}
}
