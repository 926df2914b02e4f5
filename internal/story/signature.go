package story

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// NumHashes is the length of a MinHash signature.
const NumHashes = 126

// shingleSize is the number of words in a near-duplicate shingle.
const shingleSize = 4

// maxTerms caps the terms a Signature keeps, the most frequent first.
const maxTerms = 400

// maxKeyEntities caps the display names a Signature keeps.
const maxKeyEntities = 8

// Kinds of term. The kind decides how much a shared term counts.
const (
	KindWord   uint8 = iota // a content word
	KindName                // a word written capitalised mid-sentence, or a capitalised pair
	KindDate                // a year, month or day an article mentions
	KindEntity              // a linked entity from Article.Entities
	KindEvent               // a coded event from Article.Events
	KindPerson              // a linked person (Article.Entities of type PER)
	KindPlace               // a linked place (type LOC): shared by many happenings
	numKinds
)

// Term is one feature of an article: a hashed word, name, date, entity or
// event, and how many times the article has it.
type Term struct {
	Hash  uint32
	Count uint16
	Kind  uint8
}

// Signature is the compact state the index keeps for one article: enough to
// find its near-duplicates and to rebuild its story's profile. It depends only
// on the article, so it may be computed on any goroutine (see Sign).
type Signature struct {
	MinHash   []uint32  // NumHashes minimum hashes of the body's word shingles; nil when the body is empty
	Terms     []Term    // sorted by Hash
	Names     []string  // key entity names, most mentioned first
	Title     string    // Article.Headline
	Outlet    string    // Article.Outlet
	Published time.Time // Article.Published; zero when unknown
	Year      int       // the year the article reports from (see Sign); 0 when unknown
	Latest    int       // the latest year the text mentions; the report is unlikely to be older; 0 when none
}

// Sign computes an article's signature.
func Sign(a *doc.Article) Signature {
	sig := Signature{Title: a.Headline(), Outlet: a.Outlet, Published: a.Published}
	body := words(a.Text)
	if len(body) == 0 {
		body = words(a.Title)
	}
	sig.MinHash = minHash(body)

	counts := map[string]*Term{}
	add := func(key string, kind uint8, n int) {
		t := counts[key]
		if t == nil {
			t = &Term{Hash: hash32(key), Kind: kind}
			counts[key] = t
		}
		if kind > t.Kind {
			t.Kind = kind
		}
		c := int(t.Count) + n
		if c > math.MaxUint16 {
			c = math.MaxUint16
		}
		t.Count = uint16(c)
	}
	names := map[string]int{}
	nameForm := map[string]string{}
	datelineYear := 0 // year of the first full date near the top
	latest := 0       // the latest year mentioned
	addWords := func(ws []word, top int) {
		for i, w := range ws {
			if y := year(w.lower); y != 0 {
				add("y:"+w.lower, KindDate, 1)
				latest = max(latest, y)
				continue
			}
			if m, ok := months[strings.TrimSuffix(w.lower, ".")]; ok && i+1 < len(ws) {
				if d := dateAfterMonth(ws[i+1:]); d != "" {
					add(fmt.Sprintf("m:%s-%02d", d, m), KindDate, 1)
					if i < top && datelineYear == 0 {
						datelineYear = year(d)
					}
					continue
				}
			}
			if stopwords[w.lower] || calendarWords[w.lower] || (len(w.lower) < 2 && !w.numeric) {
				continue
			}
			kind := KindWord
			if w.capital && !w.initial {
				kind = KindName
			}
			add("w:"+stem(w.lower), kind, 1)
		}
		// Capitalised runs: pairs of adjacent names are strong evidence of a
		// particular person, place or organisation.
		// A sentence-initial word the article also writes in lower case
		// ("Actress Tara Reid", "... the actress") is not part of a name.
		lowerSeen := map[string]bool{}
		for _, w := range ws {
			if !w.capital {
				lowerSeen[w.lower] = true
			}
		}
		nameWord := func(w word) bool {
			return w.capital && !w.numeric && !stopwords[w.lower] && !calendarWords[w.lower]
		}
		for i := 0; i < len(ws); {
			if ws[i].initial && lowerSeen[ws[i].lower] {
				i++
				continue
			}
			j := i
			for j < len(ws) && nameWord(ws[j]) && (j == i || !ws[j].initial) {
				j++
			}
			if j == i {
				i++
				continue
			}
			run := ws[i:j]
			if len(run) == 1 && run[0].initial {
				i = j
				continue
			}
			for k := 0; k+1 < len(run); k++ {
				add("n:"+stem(run[k].lower)+" "+stem(run[k+1].lower), KindName, 1)
			}
			lower := make([]string, len(run))
			form := make([]string, len(run))
			for k, w := range run {
				lower[k], form[k] = w.lower, w.text
			}
			key := strings.Join(lower, " ")
			names[key]++
			if _, seen := nameForm[key]; !seen {
				nameForm[key] = strings.Join(form, " ")
			}
			i = j
		}
	}
	addWords(words(a.Title), 0)
	addWords(body, datelineWords)
	// The headline and opening sentences say what happened to whom: their
	// words and names count twice.
	addWords(words(lede(a.Text)), 0)
	for _, tx := range a.Timexes {
		if d := timexDate(tx.Value); d != "" {
			add(d, KindDate, 1)
			latest = max(latest, year(tx.Value[:4]))
			if datelineYear == 0 && tx.Type == "DATE" && len(tx.Value) >= 7 && tx.Value[4] == '-' && tx.Span.Start < datelineBytes {
				datelineYear = year(tx.Value[:4])
			}
		}
	}
	if datelineYear != 0 && latest > datelineYear+1 {
		datelineYear = 0 // a date of the past ("born May 1, 1923"), not of the report
	}
	if datelineYear == 0 {
		datelineYear = urlYear(a.URL)
	}
	sig.Year = reportYear(a.Published, datelineYear)
	sig.Latest = latest
	leadMentions := map[string]int{}
	for _, m := range a.Mentions {
		if m.Entity != "" && m.Span.Start < ledeBytes {
			leadMentions[m.Entity]++
		}
	}
	for _, e := range a.Entities {
		n := 0
		for _, c := range e.Mentions {
			n += c
		}
		if n == 0 {
			n = 1
		}
		// Mentions in the lede say what the article is about: they count
		// twice.
		add("e:"+e.ID, entityKind(e.Type), n+leadMentions[e.ID])
		if e.Name != "" {
			key := strings.ToLower(e.Name)
			names[key] += n + 1 // a linked entity outranks a capitalised phrase
			nameForm[key] = e.Name
		}
	}
	for _, ev := range a.Events {
		add("v:"+ev.Type+"|"+ev.Source.ID+"|"+ev.Target.ID, KindEvent, 1)
		if d := timexDate(ev.Date); d != "" {
			add(d, KindDate, 1)
		}
	}

	terms := make([]Term, 0, len(counts))
	for _, t := range counts {
		terms = append(terms, *t)
	}
	if len(terms) > maxTerms {
		sort.Slice(terms, func(i, j int) bool {
			if terms[i].Count != terms[j].Count {
				return terms[i].Count > terms[j].Count
			}
			return terms[i].Hash < terms[j].Hash
		})
		terms = terms[:maxTerms]
	}
	sort.Slice(terms, func(i, j int) bool { return terms[i].Hash < terms[j].Hash })
	sig.Terms = terms

	// A lone surname ("Reid") counts for the full name ("Tara Reid").
	all := make([]string, 0, len(names))
	for k := range names {
		all = append(all, k)
	}
	sort.Strings(all)
	for _, k := range all {
		if strings.Contains(k, " ") {
			continue
		}
		for _, full := range all {
			if _, ok := names[full]; ok && strings.HasSuffix(full, " "+k) {
				names[full] += names[k]
				delete(names, k)
				break
			}
		}
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		if strings.Contains(k, " ") || names[k] > 1 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if names[keys[i]] != names[keys[j]] {
			return names[keys[i]] > names[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > maxKeyEntities {
		keys = keys[:maxKeyEntities]
	}
	for _, k := range keys {
		sig.Names = append(sig.Names, nameForm[k])
	}
	return sig
}

// lede is the opening ledeBytes of a text, cut at a word boundary.
func lede(text string) string {
	if len(text) <= ledeBytes {
		return text
	}
	text = text[:ledeBytes]
	if i := strings.LastIndexAny(text, " \n"); i > 0 {
		text = text[:i]
	}
	return text
}

// entityKind is the kind of term a linked entity of the given type makes.
func entityKind(typ string) uint8 {
	switch typ {
	case doc.PER:
		return KindPerson
	case doc.LOC:
		return KindPlace
	}
	return KindEntity
}

// ledeBytes is the opening of an article (headline, dateline and first
// sentences) whose entities count double.
const ledeBytes = 400

// The dateline zone: a full date within the body's first datelineWords words
// (or, for a timex, datelineBytes bytes) dates the report; one further down is
// more often background ("on March 11, 2005, he ...").
const (
	datelineWords = 40
	datelineBytes = 250
)

// reportYear estimates the year an article reports from: its publication
// year when known, else the year of a full date (month and year) in its
// dateline zone, else 0.
func reportYear(published time.Time, datelineYear int) int {
	if !published.IsZero() {
		return published.Year()
	}
	return datelineYear
}

// urlYear is the year of a date in a URL's path ("/2010/05/05/",
// "/2009/apr/28/", "2010-05-05", "20100505"): news sites put the publication
// date there. A year needs a month after it; 0 when there is none.
func urlYear(url string) int {
	_, path, ok := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(url, "https://"), "http://"), "/")
	if !ok {
		return 0
	}
	digits := func(i, n int) bool { // path[i:i+n] are digits and path[i+n] is not
		if i+n > len(path) || i+n < len(path) && isDigitByte(path[i+n]) {
			return false
		}
		for _, c := range []byte(path[i : i+n]) {
			if !isDigitByte(c) {
				return false
			}
		}
		return true
	}
	validMonth := func(mm string) bool { m, err := strconv.Atoi(mm); return err == nil && m >= 1 && m <= 12 }
	for i := 0; i+6 <= len(path); i++ {
		if i > 0 && (isDigitByte(path[i-1]) || isLetterByte(path[i-1])) {
			continue
		}
		y := year(path[i : i+4])
		if y == 0 {
			continue
		}
		if digits(i, 8) && validMonth(path[i+4:i+6]) { // 20100505
			return y
		}
		if c := path[i+4]; c != '/' && c != '-' && c != '_' {
			continue
		}
		if digits(i+5, 2) && validMonth(path[i+5:i+7]) { // 2010/05
			return y
		}
		if i+8 <= len(path) && !(i+8 < len(path) && isLetterByte(path[i+8])) {
			if _, ok := months[strings.ToLower(path[i+5:i+8])]; ok { // 2009/apr
				return y
			}
		}
	}
	return 0
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// calendarWords are weekday and month names: dates are features of their own.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"today": true, "yesterday": true, "tomorrow": true,
}

// dateAfterMonth reads "[day] [,] year" after a month name and returns the
// year, or "" when no year follows within two words.
func dateAfterMonth(ws []word) string {
	for i := 0; i < len(ws) && i < 2; i++ {
		if y := year(ws[i].lower); y != 0 {
			return ws[i].lower
		}
		if !ws[i].numeric || len(ws[i].lower) > 2 {
			return ""
		}
	}
	return ""
}

// timexDate turns a TIMEX3 or ISO value into a month ("m:2009-11") or year
// ("y:2009") term key, or "".
func timexDate(v string) string {
	if len(v) >= 7 && v[4] == '-' && year(v[:4]) != 0 {
		if m, err := strconv.Atoi(v[5:7]); err == nil && m >= 1 && m <= 12 {
			return "m:" + v[:7]
		}
	}
	if len(v) >= 4 && year(v[:4]) != 0 {
		return "y:" + v[:4]
	}
	return ""
}

func hash32(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// MarshalBinary encodes a signature compactly (varints, delta-coded terms).
func (s Signature) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 8+4*len(s.MinHash)+4*len(s.Terms)+len(s.Title)+64)
	b = append(b, 1) // format version
	b = binary.AppendUvarint(b, uint64(len(s.MinHash)))
	for _, h := range s.MinHash {
		b = binary.LittleEndian.AppendUint32(b, h)
	}
	b = binary.AppendUvarint(b, uint64(len(s.Terms)))
	var prev uint32
	for _, t := range s.Terms {
		b = binary.AppendUvarint(b, uint64(t.Hash-prev))
		prev = t.Hash
		b = binary.AppendUvarint(b, uint64(t.Count)<<3|uint64(t.Kind&7))
	}
	b = binary.AppendUvarint(b, uint64(len(s.Names)))
	for _, n := range s.Names {
		b = appendString(b, n)
	}
	b = appendString(b, s.Title)
	b = appendString(b, s.Outlet)
	var unix int64
	if !s.Published.IsZero() {
		unix = s.Published.Unix()
	}
	b = binary.AppendVarint(b, unix)
	b = binary.AppendUvarint(b, uint64(s.Year))
	b = binary.AppendUvarint(b, uint64(s.Latest))
	return b, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

var errCorrupt = errors.New("story: corrupt signature")

// UnmarshalBinary decodes what MarshalBinary wrote.
func (s *Signature) UnmarshalBinary(b []byte) error {
	r := reader{b: b}
	if v := r.byte(); v != 1 {
		return fmt.Errorf("story: signature format %d not supported", v)
	}
	*s = Signature{}
	if n := r.uvarint(); n > 0 && r.ok(int(n)*4) {
		s.MinHash = make([]uint32, n)
		for i := range s.MinHash {
			s.MinHash[i] = binary.LittleEndian.Uint32(r.b[r.i:])
			r.i += 4
		}
	}
	n := r.uvarint()
	if r.err == nil && n > uint64(len(b)) {
		r.err = errCorrupt
	}
	if r.err == nil && n > 0 {
		s.Terms = make([]Term, n)
	}
	var prev uint32
	for i := range s.Terms {
		prev += uint32(r.uvarint())
		v := r.uvarint()
		s.Terms[i] = Term{Hash: prev, Count: uint16(v >> 3), Kind: uint8(v & 7)}
	}
	n = r.uvarint()
	for i := uint64(0); i < n && r.err == nil; i++ {
		s.Names = append(s.Names, r.string())
	}
	s.Title = r.string()
	s.Outlet = r.string()
	if unix := r.varint(); unix != 0 {
		s.Published = time.Unix(unix, 0).UTC()
	}
	s.Year = int(r.uvarint())
	if r.err == nil && r.i < len(r.b) { // written since Latest was added
		s.Latest = int(r.uvarint())
	}
	return r.err
}

type reader struct {
	b   []byte
	i   int
	err error
}

func (r *reader) ok(n int) bool {
	if r.err == nil && (n < 0 || r.i+n > len(r.b)) {
		r.err = errCorrupt
	}
	return r.err == nil
}

func (r *reader) byte() byte {
	if !r.ok(1) {
		return 0
	}
	r.i++
	return r.b[r.i-1]
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.i:])
	if n <= 0 {
		r.err = errCorrupt
		return 0
	}
	r.i += n
	return v
}

func (r *reader) varint() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b[r.i:])
	if n <= 0 {
		r.err = errCorrupt
		return 0
	}
	r.i += n
	return v
}

func (r *reader) string() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) || !r.ok(int(n)) {
		r.err = errCorrupt
		return ""
	}
	s := string(r.b[r.i : r.i+int(n)])
	r.i += int(n)
	return s
}
