package kb

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Build assembles the knowledge base from the staged training data under
// shared (normally ../shared). It is deterministic: the same inputs give the
// same entries in the same order.
func Build(shared string) ([]*Entry, error) {
	b := &builder{train: filepath.Join(shared, "train"), countries: map[string]*Entry{}, countryKey: map[string]string{}}
	steps := []func() error{b.countriesStep, b.citiesStep, b.regionsStep, b.phoenixStep, b.leadersStep, b.groupsStep, b.igoStep, b.seatStep}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return b.finish(), nil
}

type builder struct {
	train      string
	countries  map[string]*Entry // alpha-3 → entry
	countryKey map[string]string // Norm(name) → alpha-3
	alpha2     map[string]string // alpha-2 → alpha-3
	cityKeys   map[string]bool   // Norm(city name) of cities kept
	cities     []*Entry
	regions    []*Entry
	persons    []*Entry
	groups     []*Entry // before merging
	orgs       []*Entry
	igos       []*Entry
	seats      []*Entry
	phxIGO     []*Entry
	firstNames map[string]bool
}

func (b *builder) open(rel string) (io.ReadCloser, error) {
	path := filepath.Join(b.train, rel)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("knowledge base source: %w", err)
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, nil
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{zr, f}, nil
}

// --- countries -------------------------------------------------------------

func (b *builder) countriesStep() error {
	r, err := b.open("countries-mledoze/countries.json.gz")
	if err != nil {
		return err
	}
	defer r.Close()
	var raw []struct {
		Name struct {
			Common, Official string
		}
		CCA2, CCA3   string
		AltSpellings []string
		Capital      []string
		LatLng       []float64
		Demonyms     map[string]struct{ F, M string }
	}
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return fmt.Errorf("countries-mledoze/countries.json.gz: %w", err)
	}
	b.alpha2 = map[string]string{}
	for _, c := range raw {
		e := &Entry{ID: "country/" + c.CCA3, Name: c.Name.Common, Type: "LOC", Kind: KindCountry,
			Country: c.CCA3, Code: c.CCA3, Sources: []string{"mledoze"}}
		if len(c.LatLng) == 2 {
			e.Lat, e.Lon = float32(c.LatLng[0]), float32(c.LatLng[1])
		}
		e.Aliases = append(e.Aliases, c.Name.Official)
		for _, a := range c.AltSpellings {
			if len(a) > 3 && isLatin(a) {
				e.Aliases = append(e.Aliases, a)
			}
		}
		e.Aliases = append(e.Aliases, countryAliasTable[c.CCA3]...)
		if d, ok := c.Demonyms["eng"]; ok {
			for _, dm := range []string{d.M, d.F} {
				if dm != "" {
					e.Demonyms = append(e.Demonyms, dm)
					if p := plural(dm); p != "" {
						e.Demonyms = append(e.Demonyms, p)
					}
				}
			}
		}
		e.Aliases = dedupe(e.Aliases)
		e.Demonyms = dedupe(e.Demonyms)
		b.countries[c.CCA3] = e
		b.alpha2[c.CCA2] = c.CCA3
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			b.countryKey[Norm(n)] = c.CCA3
		}
	}
	return nil
}

// plural gives a demonym's plural noun ("Russian" → "Russians"), or "" when
// the demonym is its own plural (Chinese, Swiss) or takes another form
// (French, British).
func plural(d string) string {
	switch {
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "ss"), strings.HasSuffix(d, "sh"), strings.HasSuffix(d, "ch"), strings.Contains(d, " "):
		return ""
	case strings.HasSuffix(d, "man"):
		return d[:len(d)-3] + "men"
	}
	return d + "s"
}

func isLatin(s string) bool {
	for _, r := range s {
		if r > 0x24F && !unicode.IsPunct(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	out := xs[:0]
	for _, x := range xs {
		x = strings.TrimSpace(x)
		if x == "" || seen[x] {
			continue
		}
		seen[x] = true
		out = append(out, x)
	}
	return out
}

// countryOf maps a country name as written in a dataset to alpha-3.
func (b *builder) countryOf(name string) string {
	name = strings.TrimSpace(name)
	if i := strings.Index(name, " ("); i > 0 {
		if c := b.countryKey[Norm(name[:i])]; c != "" {
			return c
		}
	}
	return b.countryKey[Norm(name)]
}

// --- cities ----------------------------------------------------------------

// minCityPopulation keeps the base compact: smaller places are kept only when
// they are capitals.
const minCityPopulation = 100000

// countryPopulations reads GeoNames countryInfo for country populations
// (used to rank countries sharing a name or demonym).
func (b *builder) countryPopulations() error {
	r, err := b.open("geonames-cities15000/countryInfo.tsv")
	if err != nil {
		return err
	}
	defer r.Close()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 8 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if c := b.countries[f[1]]; c != nil {
			c.Pop, _ = strconv.Atoi(f[7])
		}
	}
	return sc.Err()
}

func (b *builder) citiesStep() error {
	if err := b.countryPopulations(); err != nil {
		return err
	}
	r, err := b.open("geonames-cities15000/cities15000.txt.gz")
	if err != nil {
		return err
	}
	defer r.Close()
	capitals := map[string]bool{}
	for a3, c := range b.countries {
		_ = c
		capitals[a3] = true
	}
	b.cityKeys = map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 19 {
			continue
		}
		pop, _ := strconv.Atoi(f[14])
		isCapital := f[7] == "PPLC"
		if pop < minCityPopulation && !isCapital {
			continue
		}
		a3 := b.alpha2[f[8]]
		lat, _ := strconv.ParseFloat(f[4], 32)
		lon, _ := strconv.ParseFloat(f[5], 32)
		e := &Entry{ID: "city/gn" + f[0], Name: f[1], Type: "LOC", Kind: KindCity, Country: a3, Code: a3,
			Capital: isCapital, Lat: float32(lat), Lon: float32(lon), Pop: pop, Sources: []string{"geonames"}}
		e.Aliases = append(e.Aliases, f[2])
		if isCapital || pop >= 1000000 {
			n := 0
			for _, a := range strings.Split(f[3], ",") {
				if n < 12 && plainName(a) {
					e.Aliases = append(e.Aliases, a)
					n++
				}
			}
		}
		e.Aliases = dedupe(e.Aliases)
		b.cities = append(b.cities, e)
		b.cityKeys[Norm(e.Name)] = true
		for _, a := range e.Aliases {
			b.cityKeys[Norm(a)] = true
		}
	}
	return sc.Err()
}

// plainName accepts an alternate name written in Latin letters, capitalised,
// of at least four letters (which leaves out codes and abbreviations).
func plainName(s string) bool {
	if len(s) < 4 || !isLatin(s) {
		return false
	}
	r := []rune(s)
	if !unicode.IsUpper(r[0]) {
		return false
	}
	upper := 0
	for _, c := range r {
		if unicode.IsDigit(c) {
			return false
		}
		if unicode.IsUpper(c) {
			upper++
		}
	}
	return upper*2 < len(r)
}

// regionsStep adds GeoNames first-level administrative regions and the
// table of world regions.
func (b *builder) regionsStep() error {
	r, err := b.open("geonames-cities15000/admin1_regionInfo.tsv")
	if err != nil {
		return err
	}
	defer r.Close()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 4 || strings.HasPrefix(f[0], "#") {
			continue
		}
		a3 := b.alpha2[strings.SplitN(f[0], ".", 2)[0]]
		e := &Entry{ID: "region/gn" + f[3], Name: f[1], Type: "LOC", Kind: KindRegion, Country: a3, Code: a3,
			Aliases: dedupe([]string{f[2]}), Sources: []string{"geonames"}}
		b.regions = append(b.regions, e)
		b.cityKeys[Norm(e.Name)] = true
		b.cityKeys[Norm(f[2])] = true
	}
	if err := sc.Err(); err != nil {
		return err
	}
	for _, w := range worldRegions {
		b.regions = append(b.regions, &Entry{ID: "region/" + strings.ToLower(w.Code), Name: w.Name, Type: "LOC", Kind: KindRegion,
			Code: w.Code, Aliases: w.Aliases, Demonyms: w.Demonyms, Sources: []string{"table"}})
	}
	return nil
}

// --- Phoenix actor dictionaries -------------------------------------------

type phxEntry struct {
	name     string
	aliases  []string
	codes    []Role
	personal bool // carries dated roles
	listed   bool // generated from a leaders list
	file     string
}

var phxCode = regexp.MustCompile(`\[([A-Z~]+)\s*([<>]?\d*)(?:-(\d+))?\]`)

func parsePhoenix(r io.Reader, file string) ([]*phxEntry, error) {
	var out []*phxEntry
	var cur *phxEntry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		comment := ""
		if i := strings.Index(line, "#"); i >= 0 {
			comment = line[i:]
			line = line[:i]
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		codes := phxCode.FindAllStringSubmatch(line, -1)
		text := strings.TrimSpace(phxCode.ReplaceAllString(line, ""))
		switch {
		case strings.HasPrefix(trimmed, "+"):
			if cur != nil {
				for _, a := range strings.Split(text, "+") {
					if a = phxName(a); a != "" {
						cur.aliases = append(cur.aliases, a)
					}
				}
			}
		case line[0] == '\t' || line[0] == ' ':
		default:
			if n := phxName(text); n != "" {
				listed := strings.Contains(comment, "CountryInfo") || strings.Contains(comment, "rulers")
				cur = &phxEntry{name: n, file: file, listed: listed, personal: listed}
				out = append(out, cur)
			}
		}
		if cur != nil {
			for _, c := range codes {
				r := Role{Code: strings.TrimPrefix(c[1], "~")}
				switch {
				case strings.HasPrefix(c[2], ">"):
					r.From = phxDate(c[2][1:])
				case strings.HasPrefix(c[2], "<"):
					r.To = phxDate(c[2][1:])
				case c[2] != "":
					r.From, r.To = phxDate(c[2]), phxDate(c[3])
				}
				if r.From != 0 || r.To != 0 {
					cur.personal = true
				}
				cur.codes = append(cur.codes, r)
			}
		}
	}
	return out, sc.Err()
}

// phxName turns A_NAME_ into "A Name" while keeping short acronyms upper case.
func phxName(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", " "))
	s = regexp.MustCompile(`\s*\([^)]*\)\s*`).ReplaceAllString(s, " ")
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return ""
	}
	words := strings.Fields(s)
	for i, w := range words {
		if len(w) <= 4 && !strings.ContainsAny(w, "-'.") && len(words) == 1 {
			continue // acronym such as NATO, ISIS
		}
		words[i] = titleWord(w)
	}
	return strings.Join(words, " ")
}

func titleWord(w string) string {
	lw := strings.ToLower(w)
	if lw == "al" || lw == "of" || lw == "the" || lw == "and" || lw == "for" || lw == "de" || lw == "bin" {
		return lw
	}
	var sb strings.Builder
	up := true
	for _, r := range lw {
		if up {
			sb.WriteRune(unicode.ToUpper(r))
		} else {
			sb.WriteRune(r)
		}
		up = r == '-' || r == '\'' || r == '.'
	}
	s := sb.String()
	if strings.HasPrefix(s, "Al-") {
		s = "al-" + s[3:]
	}
	return s
}

// phxDate reads YYMMDD or YYYYMMDD into YYYYMMDD.
func phxDate(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	switch len(s) {
	case 8:
		return n
	case 6:
		if n/10000 <= 30 {
			return 20000000 + n
		}
		return 19000000 + n
	case 7: // a typo in the source: read the first four digits as the year
		return n/1000*10000 + 101
	}
	return 0
}

var sectorCodes = map[string]bool{"GOV": true, "MIL": true, "REB": true, "OPP": true, "COP": true, "JUD": true, "SPY": true,
	"LEG": true, "ELI": true, "BUS": true, "MED": true, "EDU": true, "CVL": true, "HLH": true, "REF": true, "LAB": true,
	"AGR": true, "CRM": true, "NGO": true, "IGO": true, "IMG": true, "INS": true, "SEP": true, "MNC": true, "UAF": true, "PTY": true, "RAD": true, "MOD": true, "REL": true}

// splitCode reads a CAMEO code into country and sector.
func (b *builder) splitCode(code string) (country, sector string) {
	if len(code) >= 3 {
		if _, ok := b.countries[code[:3]]; ok {
			country = code[:3]
		}
	}
	for i := 0; i+3 <= len(code); i += 3 {
		if s := code[i : i+3]; sectorCodes[s] {
			sector = s
			break
		}
	}
	switch sector {
	case "IMG", "INS", "SEP", "RAD":
		sector = "REB"
	}
	return country, sector
}

var institutionWords = regexp.MustCompile(`(?i)\b(ministry|army|forces|government|party|council|front|movement|brigade|group|police|court|bank|agency|office|committee|union|league|organi[sz]ation|association|parliament|assembly|regime|military|navy|guard|service|department|people|state|republic|rebels|militia|authority|corps|institute|university|company|corporation|news|press|times|network|radio|television|tv|media|\w+s)$`)

// personTitles are titles only people carry.
var personTitles = map[string]bool{"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"president": true, "president-elect": true, "senator": true, "sen.": true, "governor": true, "gov.": true,
	"general": true, "gen.": true, "king": true, "queen": true, "prince": true, "sheikh": true, "ayatollah": true,
	"chancellor": true, "premier": true, "dr": true, "dr.": true}

// titledAlias reports whether an alias is the name's last word after a
// title only people carry ("President Obama", "Mr. Obama"): the entry is
// a person whatever its first name.
func titledAlias(words, aliases []string) bool {
	last := strings.ToLower(words[len(words)-1])
	for _, a := range aliases {
		aw := strings.Fields(strings.ToLower(a))
		if len(aw) >= 2 && personTitles[aw[0]] && aw[len(aw)-1] == last {
			return true
		}
	}
	return false
}

func (b *builder) phoenixStep() error {
	var all []*phxEntry
	for _, f := range []string{"Countries", "International", "MilNonState"} {
		r, err := b.open("events/petrarch2/Phoenix." + f + ".actors.txt")
		if err != nil {
			return err
		}
		es, err := parsePhoenix(r, f)
		r.Close()
		if err != nil {
			return fmt.Errorf("events/petrarch2/Phoenix.%s.actors.txt: %w", f, err)
		}
		all = append(all, es...)
	}
	b.firstNames = map[string]bool{}
	for _, p := range all {
		if p.listed {
			if w := strings.Fields(p.name); len(w) >= 2 {
				b.firstNames[strings.ToLower(w[0])] = true
			}
		}
	}
	for _, p := range all {
		if len(p.codes) == 0 {
			continue
		}
		code := p.codes[0].Code
		country, sector := b.splitCode(code)
		// A country's own block: its synonyms become country aliases (cities
		// are left to the city entries).
		c, isCountry := b.countries[code]
		if a3 := b.countryKey[Norm(p.name)]; a3 != "" && !p.listed {
			c, isCountry = b.countries[a3], true
		}
		if isCountry && p.file == "Countries" && !p.listed {
			for _, a := range append([]string{p.name}, p.aliases...) {
				k := Norm(a)
				if len(k) > 3 && !b.cityKeys[k] && b.countryKey[k] == "" {
					c.Aliases = append(c.Aliases, a)
					b.countryKey[k] = code
				}
			}
			continue
		}
		words := strings.Fields(p.name)
		isPerson := p.listed || (len(words) >= 2 && len(words) <= 4 && (b.firstNames[strings.ToLower(words[0])] || titledAlias(words, p.aliases)) &&
			!institutionWords.MatchString(p.name))
		e := &Entry{Name: p.name, Country: country, Sector: sector, Code: code, Aliases: dedupe(p.aliases), Sources: []string{"phoenix"}}
		switch {
		case isPerson:
			e.ID, e.Type, e.Kind = "person/phx-"+slug(p.name), "PER", KindPerson
			e.Code = ""
			for _, r := range p.codes {
				rc, _ := b.splitCode(r.Code)
				r.Country = rc
				e.Roles = append(e.Roles, r)
			}
			b.persons = append(b.persons, e)
		case sector == "REB" || p.file == "MilNonState":
			e.ID, e.Type, e.Kind = "group/phx-"+slug(p.name), "ORG", KindGroup
			e.Aliases = groupAliases(e.Aliases)
			b.groups = append(b.groups, e)
		case sector == "IGO" && p.file == "International":
			e.ID, e.Type, e.Kind = "igo/phx-"+slug(p.name), "ORG", KindIGO
			b.phxIGO = append(b.phxIGO, e)
		default:
			e.ID, e.Type, e.Kind = "org/phx-"+slug(p.name), "ORG", KindOrg
			b.orgs = append(b.orgs, e)
		}
	}
	return nil
}

// groupAliases drops the names of people that Phoenix lists among a
// group's synonyms (its leaders, known by a kunya "Abu ..." or a bare
// family name "al-Baghdadi"), so that a person is not linked to the group.
func groupAliases(as []string) []string {
	var out []string
	for _, a := range as {
		w := strings.Fields(a)
		lw := strings.ToLower(a)
		if strings.HasPrefix(lw, "abu ") || strings.HasPrefix(lw, "sheik") || strings.HasPrefix(lw, "mullah ") ||
			(len(w) == 1 && strings.HasPrefix(lw, "al-") && !institutionWords.MatchString(a) && strings.HasSuffix(lw, "i")) {
			continue
		}
		out = append(out, a)
	}
	return out
}

func slug(s string) string {
	return strings.ReplaceAll(Norm(s), " ", "-")
}

// --- leaders (Wikidata) ----------------------------------------------------

var particle = map[string]bool{"de": true, "da": true, "van": true, "von": true, "bin": true, "al": true, "el": true, "du": true,
	"la": true, "le": true, "dos": true, "das": true, "del": true, "der": true, "ibn": true, "y": true, "e": true, "di": true, "ould": true, "ag": true}

// plausibleName rejects vandalised or malformed labels: digits, or a word
// that is neither capitalised nor a name particle.
func plausibleName(s string) bool {
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return false
		}
		if !unicode.IsUpper(r[0]) && !particle[strings.ToLower(strings.Split(w, "-")[0])] {
			return false
		}
	}
	return len(strings.Fields(s)) >= 2 || len(s) > 3
}

func officeOf(label string) (office, head string) {
	l := strings.ToLower(label)
	if i := strings.Index(l, " of "); i > 0 {
		l = l[:i]
	}
	l = strings.TrimPrefix(l, "federal ")
	switch {
	case strings.Contains(l, "prime minister"), strings.Contains(l, "premier"), strings.Contains(l, "chancellor"),
		strings.Contains(l, "taoiseach"), strings.Contains(l, "head of government"):
		head = "government"
	default:
		head = "state"
	}
	if strings.HasPrefix(strings.ToLower(label), "federal president") {
		return "federal president", head
	}
	return l, head
}

func (b *builder) leadersStep() error {
	type row struct{ country, position, label, qid, name, start, end string }
	var rows []row
	labels := map[string]string{}
	names := map[string][]string{} // every name a QID has in the rows, first seen first
	for _, f := range []string{"world-leaders-wikidata/wikidata-2022-10-10_be7039c.csv", "world-leaders-wikidata/wikidata-latest_05e3baa.csv"} {
		r, err := b.open(f)
		if err != nil {
			return err
		}
		recs, err := csv.NewReader(r).ReadAll()
		r.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		for _, rec := range recs[1:] {
			if len(rec) < 8 {
				continue
			}
			rw := row{rec[1], rec[2], rec[3], rec[4], rec[5], rec[6], rec[7]}
			if rw.name != rw.qid {
				labels[rw.qid] = rw.name
				if !slices.Contains(names[rw.qid], rw.name) {
					names[rw.qid] = append(names[rw.qid], rw.name)
				}
			}
			rows = append(rows, rw)
		}
	}
	for q, n := range wikidataLabels {
		if labels[q] == "" {
			labels[q] = n
		}
	}
	byQID := map[string]*Entry{}
	var order []string
	type term struct {
		e    *Entry
		role int
	}
	byOffice := map[string][]term{}
	for _, rw := range rows {
		name := labels[rw.qid]
		a3 := b.countryOf(rw.country)
		if name == "" || a3 == "" || !plausibleName(name) {
			continue
		}
		e := byQID[rw.qid]
		if e == nil {
			e = &Entry{ID: "person/" + rw.qid, Name: name, Type: "PER", Kind: KindPerson, Country: a3, Sources: []string{"wikidata"}}
			// the other spellings the snapshots give ("Alexander
			// Lukashenko" beside the latest "Alexander Lukashenka")
			for _, n := range names[rw.qid] {
				if n != name && plausibleName(n) {
					e.Aliases = append(e.Aliases, n)
				}
			}
			byQID[rw.qid] = e
			order = append(order, rw.qid)
		}
		office, head := officeOf(rw.label)
		from, _ := strconv.Atoi(rw.start)
		to, _ := strconv.Atoi(rw.end)
		r := Role{Office: office, Head: head, Country: a3, Code: a3 + "GOV"}
		if from > 0 {
			r.From = from*10000 + 101
		}
		if to > 0 {
			r.To = to*10000 + 1231
		}
		dup := false
		for i, old := range e.Roles {
			if old.Office == r.Office && old.Country == r.Country {
				dup = true
				// A known end beats an open one (the older snapshot saw
				// the term still running); of two ends the later wins.
				if r.To != 0 && (old.To == 0 || r.To > old.To) {
					e.Roles[i].To = r.To
				}
				if r.From != 0 && (old.From == 0 || r.From < old.From) {
					e.Roles[i].From = r.From
				}
			}
		}
		if !dup {
			e.Roles = append(e.Roles, r)
			k := rw.position + "|" + a3
			byOffice[k] = append(byOffice[k], term{e, len(e.Roles) - 1})
		}
	}
	// An open term ends where the next holder of the same office starts.
	keys := make([]string, 0, len(byOffice))
	for k := range byOffice {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ts := byOffice[k]
		for _, t := range ts {
			r := &t.e.Roles[t.role]
			if r.To != 0 {
				continue
			}
			next := 0
			for _, u := range ts {
				if f := u.e.Roles[u.role].From; f > r.From && (next == 0 || f < next) {
					next = f
				}
			}
			if next != 0 {
				r.To = next - 10000 + 1130 // 31 December of the year before
			}
		}
	}
	// Check against Phoenix: a Phoenix person with the same name and
	// country is the same person; its aliases and dated codes join.
	phx := map[string][]int{}
	for i, p := range b.persons {
		phx[Norm(p.Name)] = append(phx[Norm(p.Name)], i)
	}
	merged := map[int]bool{}
	for _, q := range order {
		e := byQID[q]
		for _, i := range phx[Norm(e.Name)] {
			p := b.persons[i]
			if merged[i] || !sharesCountry(p, e.Country) {
				continue
			}
			merged[i] = true
			e.Aliases = append(e.Aliases, p.Name)
			e.Aliases = append(e.Aliases, p.Aliases...)
			e.Roles = append(e.Roles, p.Roles...)
			e.Sources = append(e.Sources, "phoenix")
		}
		e.Aliases = dedupe(e.Aliases)
	}
	for _, f := range leaderFixes {
		var e *Entry
		for _, q := range order {
			if byQID[q].Name == f.Name {
				e = byQID[q]
			}
		}
		if f.Drop {
			if e != nil {
				var keep []Role
				for _, r := range e.Roles {
					if !(r.Country == f.Country && r.Office == f.Office) {
						keep = append(keep, r)
					}
				}
				e.Roles = keep
			}
			continue
		}
		if e == nil {
			id := "person/" + slug(f.Name)
			e = &Entry{ID: id, Name: f.Name, Type: "PER", Kind: KindPerson, Country: f.Country, Sources: []string{"table"}}
			byQID[id] = e
			order = append(order, id)
		}
		e.Roles = append(e.Roles, Role{Office: f.Office, Head: f.Head, Country: f.Country, Code: f.Country + "GOV", From: f.From, To: f.To})
	}
	for _, q := range order {
		e := byQID[q]
		e.Country = homeCountry(e)
	}
	var rest []*Entry
	for i, p := range b.persons {
		if !merged[i] {
			rest = append(rest, p)
		}
	}
	b.persons = rest
	for _, q := range order {
		b.persons = append(b.persons, byQID[q])
	}
	return nil
}

// homeCountry is the country where a person holds most offices; offices
// held for another state (Andorra's French co-prince is the French
// president) do not count.
func homeCountry(e *Entry) string {
	n := map[string]int{}
	best := e.Country
	for _, r := range e.Roles {
		if r.Country == "" || strings.Contains(r.Office, "co-prince") {
			continue
		}
		n[r.Country]++
		if best == "" || n[r.Country] > n[best] {
			best = r.Country
		}
	}
	return best
}

func sharesCountry(p *Entry, a3 string) bool {
	for _, r := range p.Roles {
		if r.Country == a3 {
			return true
		}
	}
	return p.Country == a3
}

// --- groups (UCDP, OFAC, Phoenix) -------------------------------------------

func (b *builder) groupsStep() error {
	r, err := b.open("ucdp-actors/ucdp-actor-221.csv")
	if err != nil {
		return err
	}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	r.Close()
	if err != nil {
		return fmt.Errorf("ucdp-actor-221.csv: %w", err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	get := func(rec []string, k string) string {
		if i, ok := col[k]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	for _, rec := range recs[1:] {
		if get(rec, "Org") != "1" {
			continue
		}
		e := &Entry{ID: "group/ucdp" + get(rec, "ActorId"), Name: get(rec, "NameData"), Type: "ORG", Kind: KindGroup, Sector: "REB", Sources: []string{"ucdp"}}
		for _, k := range []string{"NameOrig", "NameOrigFull", "NameOrigFullEng"} {
			e.Aliases = append(e.Aliases, get(rec, k))
		}
		for _, k := range []string{"NewName", "NewNameFullEng"} {
			e.Aliases = append(e.Aliases, strings.Split(get(rec, k), ",")...)
		}
		if locs := strings.Split(get(rec, "Location"), ","); len(locs) > 0 {
			e.Country = b.countryOf(locs[0])
		}
		var al []string
		for _, a := range e.Aliases {
			if a != "n/a" && isLatin(a) {
				al = append(al, a)
			}
		}
		e.Aliases = dedupe(al)
		e.Code = e.Country + "REB"
		b.groups = append(b.groups, e)
	}
	for _, g := range groupTable {
		b.groups = append(b.groups, &Entry{ID: "group/" + slug(g.Name), Name: g.Name, Type: "ORG", Kind: KindGroup,
			Country: g.Country, Sector: g.Sector, Code: g.Country + g.Sector, Aliases: g.Aliases, Sources: []string{"table"}})
	}
	r, err = b.open("designated-groups-ofac/fto_sdgt_entities.tsv")
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 5 || f[3] != "1" {
			continue
		}
		e := &Entry{ID: "group/ofac" + f[0], Name: phxCase(f[1]), Type: "ORG", Kind: KindGroup, Sector: "REB", Sources: []string{"ofac"}}
		for _, a := range strings.Split(f[4], "|") {
			if a = strings.TrimSpace(a); a != "" {
				e.Aliases = append(e.Aliases, phxCase(a))
			}
		}
		e.Aliases = dedupe(e.Aliases)
		b.groups = append(b.groups, e)
	}
	r.Close()
	return sc.Err()
}

// phxCase title-cases an upper-case name, keeping acronyms of up to five
// letters without vowels or standing alone upper case.
func phxCase(s string) string {
	words := strings.Fields(s)
	if len(words) == 1 && len(s) <= 5 {
		return s
	}
	for i, w := range words {
		if len(w) <= 4 && !strings.ContainsAny(strings.ToLower(w), "aeiou") {
			continue
		}
		words[i] = titleWord(w)
	}
	return strings.Join(words, " ")
}

// mergeGroups joins group entries that share a name key (a full name, or an
// acronym of three or more letters) and a compatible country.
func mergeGroups(groups []*Entry) []*Entry {
	parent := make([]int, len(groups))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	country := make([]string, len(groups))
	for i, g := range groups {
		country[i] = g.Country
	}
	// A key two records of one source share (UCDP lists Darul Islam and IS
	// both as "Islamic State") does not identify a group: skip it.
	keySource := map[string]map[string]int{}
	for _, g := range groups {
		src := g.Sources[0]
		seen := map[string]bool{}
		for _, n := range append([]string{g.Name}, g.Aliases...) {
			k := Norm(n)
			if seen[k] {
				continue
			}
			seen[k] = true
			if keySource[k] == nil {
				keySource[k] = map[string]int{}
			}
			keySource[k][src]++
		}
	}
	ambiguous := func(k string) bool {
		for _, n := range keySource[k] {
			if n > 1 {
				return true
			}
		}
		return false
	}
	owner := map[string]int{}
	for i, g := range groups {
		for _, n := range append([]string{g.Name}, g.Aliases...) {
			k := Norm(n)
			if len(k) < 3 || ambiguous(k) {
				continue
			}
			j, ok := owner[k]
			if !ok {
				owner[k] = i
				continue
			}
			ri, rj := find(i), find(j)
			if ri == rj {
				continue
			}
			if len(k) <= 4 && country[ri] != "" && country[rj] != "" && country[ri] != country[rj] {
				continue
			}
			if ri < rj {
				ri, rj = rj, ri
			}
			parent[ri] = rj
			if country[rj] == "" {
				country[rj] = country[ri]
			}
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for i := range groups {
		r := find(i)
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	var out []*Entry
	for _, r := range roots {
		members := byRoot[r]
		// The canonical record: UCDP first (neutral names), then Phoenix, then OFAC.
		sort.SliceStable(members, func(a, b int) bool { return srcRank(groups[members[a]]) < srcRank(groups[members[b]]) })
		e := *groups[members[0]]
		e.Country = country[r]
		for _, m := range members[1:] {
			g := groups[m]
			e.Aliases = append(e.Aliases, g.Name)
			e.Aliases = append(e.Aliases, g.Aliases...)
			e.Sources = append(e.Sources, g.Sources...)
			if strings.HasPrefix(g.ID, "group/phx") && g.Code != "" {
				e.Code = g.Code
			}
		}
		if e.Code == "" || e.Code == "REB" {
			e.Code = e.Country + "REB"
		}
		e.Aliases = dedupe(e.Aliases)
		e.Sources = dedupe(e.Sources)
		out = append(out, &e)
	}
	return out
}

func srcRank(e *Entry) int {
	switch {
	case strings.HasPrefix(e.ID, "group/ucdp"):
		return 0
	case strings.HasPrefix(e.ID, "group/phx"):
		return 1
	case strings.HasPrefix(e.ID, "group/ofac"):
		return 3
	}
	return 2
}

// --- IGOs and seats ----------------------------------------------------------

func (b *builder) igoStep() error {
	keyOwner := map[string]*Entry{}
	for _, t := range igoTable {
		e := &Entry{ID: "igo/" + strings.ToLower(t.Code), Name: t.Name, Type: "ORG", Kind: KindIGO, Sector: "IGO", Code: t.Code,
			Aliases: append([]string(nil), t.Aliases...), Sources: []string{"table"}}
		b.igos = append(b.igos, e)
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			keyOwner[Norm(n)] = e
		}
	}
	for _, p := range b.phxIGO {
		var into *Entry
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if o := keyOwner[Norm(n)]; o != nil {
				into = o
				break
			}
		}
		if into != nil {
			into.Aliases = dedupe(append(into.Aliases, append([]string{p.Name}, p.Aliases...)...))
			into.Sources = dedupe(append(into.Sources, "phoenix"))
			continue
		}
		b.igos = append(b.igos, p)
	}
	return nil
}

func (b *builder) seatStep() error {
	for _, s := range seatTable {
		b.seats = append(b.seats, &Entry{ID: "seat/" + s.ID, Name: s.Name, Type: "ORG", Kind: KindSeat, Country: s.Country,
			Sector: s.Sector, Code: s.Country + s.Sector, Aliases: s.Aliases, Sources: []string{"table"}})
	}
	return nil
}

func (b *builder) finish() []*Entry {
	var out []*Entry
	codes := make([]string, 0, len(b.countries))
	for c := range b.countries {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		e := b.countries[c]
		e.Aliases = dedupe(e.Aliases)
		out = append(out, e)
	}
	out = append(out, b.igos...)
	out = append(out, b.seats...)
	out = append(out, mergeGroups(b.groups)...)
	owned := map[string]bool{}
	for _, e := range out {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			owned[Norm(n)] = true
		}
	}
	for _, o := range b.orgs {
		if !owned[Norm(o.Name)] {
			out = append(out, o)
		}
	}
	out = append(out, b.persons...)
	out = append(out, b.cities...)
	out = append(out, b.regions...)
	// IDs must be unique: later duplicates get a numeric suffix.
	seen := map[string]int{}
	for _, e := range out {
		if n := seen[e.ID]; n > 0 {
			seen[e.ID]++
			e.ID = fmt.Sprintf("%s-%d", e.ID, n+1)
			continue
		}
		seen[e.ID] = 1
	}
	return out
}
