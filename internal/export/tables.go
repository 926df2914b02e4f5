package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
)

// happenings groups event mentions by happening, in order of first report;
// the representative is the first report told as fact, else the first.
type happening struct {
	rep      store.EventRecord
	mentions int
	articles map[int64]bool
}

func loadHappenings(ctx context.Context, st store.Store, f store.Filter) ([]*happening, error) {
	byID := map[int64]*happening{}
	var order []*happening
	err := st.Events(ctx, f, func(e store.EventRecord) error {
		key := e.Happening
		if key == 0 {
			key = -e.ID // not linked yet: a happening of its own
		}
		h := byID[key]
		if h == nil {
			h = &happening{rep: e, articles: map[int64]bool{}}
			byID[key] = h
			order = append(order, h)
		} else if !factual(h.rep.Event) && factual(e.Event) {
			h.rep = e
		}
		h.mentions++
		h.articles[e.Article] = true
		return nil
	})
	return order, err
}

func factual(e doc.Event) bool { return !e.Negated && !e.Hypothetical && !e.Future && !e.Alleged }

// CSV writes one row per event mention with the JSONL event fields, flat.
func CSV(ctx context.Context, st store.Store, w io.Writer, f store.Filter) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "happening", "date", "date_precision", "type", "mode", "cameo", "quad_class", "goldstein",
		"source_id", "source_name", "source_code", "target_id", "target_name", "target_code", "location_name",
		"location_country", "lat", "lon", "negated", "hypothetical", "future", "alleged", "trigger", "confidence",
		"article", "sentence_index", "span_start", "span_end", "sentence"})
	err := st.Events(ctx, f, func(r store.EventRecord) error {
		e := r.Event
		var loc [4]string
		if e.Location != nil {
			loc = [4]string{e.Location.Name, e.Location.Country, ftoa(e.Location.Lat), ftoa(e.Location.Lon)}
		}
		return cw.Write([]string{itoa(e.ID), itoa(e.Happening), e.Date, e.DatePrecision, e.Type, e.Mode, e.CAMEO,
			strconv.Itoa(e.QuadClass), ftoa(e.Goldstein), e.Source.ID, e.Source.Name, e.Source.Code, e.Target.ID,
			e.Target.Name, e.Target.Code, loc[0], loc[1], loc[2], loc[3], btoa(e.Negated), btoa(e.Hypothetical),
			btoa(e.Future), btoa(e.Alleged), e.Trigger, ftoa(e.Confidence), itoa(r.Article),
			strconv.Itoa(e.SentenceIndex), strconv.Itoa(e.Span.Start), strconv.Itoa(e.Span.End), e.Sentence})
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func itoa(n int64) string   { return strconv.FormatInt(n, 10) }
func ftoa(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
func btoa(b bool) string    { return strconv.FormatBool(b) }

// GDELT writes one row per happening told as fact, in the 61 tab-separated
// columns of the GDELT 2.0 event table. Fields sitrep does not compute
// (ethnic and religion codes, tone, ADM codes) are empty; GLOBALEVENTID is
// the happening id, SOURCEURL the first report's article URL or document.
func GDELT(ctx context.Context, st store.Store, w io.Writer, f store.Filter) error {
	hs, err := loadHappenings(ctx, st, f)
	if err != nil {
		return err
	}
	urls := map[int64]string{}
	outlets := map[int64]string{}
	err = st.Articles(ctx, store.Filter{}, func(a doc.Article) error {
		urls[a.ID] = a.URL
		if a.URL == "" {
			urls[a.ID] = a.Document
		}
		outlets[a.ID] = a.Outlet
		return nil
	})
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	for _, h := range hs {
		e := h.rep.Event
		if !factual(e) {
			continue
		}
		id := e.Happening
		if id == 0 {
			id = e.ID
		}
		sqlDate := strings.ReplaceAll(e.Date, "-", "")
		for len(sqlDate) < 8 && len(sqlDate) >= 4 {
			sqlDate += "0"
		}
		year, month := "", ""
		if len(sqlDate) >= 6 {
			year, month = sqlDate[:4], sqlDate[:6]
		}
		srcOutlets := map[string]bool{}
		for a := range h.articles {
			srcOutlets[outlets[a]] = true
		}
		cols := []string{itoa(id), sqlDate, month, year, fractionDate(sqlDate)}
		cols = append(cols, gdeltActor(e.Source)...)
		cols = append(cols, gdeltActor(e.Target)...)
		root := e.CAMEO
		if len(root) > 2 {
			root = root[:2]
		}
		base := e.CAMEO
		if len(base) > 3 {
			base = base[:3]
		}
		cols = append(cols, "1", e.CAMEO, base, root, strconv.Itoa(e.QuadClass), ftoa(e.Goldstein),
			strconv.Itoa(h.mentions), strconv.Itoa(len(srcOutlets)), strconv.Itoa(len(h.articles)), "")
		geo := gdeltGeo(e.Location)
		cols = append(cols, geo...) // Actor1Geo
		cols = append(cols, geo...) // Actor2Geo
		cols = append(cols, geo...) // ActionGeo
		cols = append(cols, sqlDate+"000000", urls[h.rep.Article])
		for i, c := range cols {
			cols[i] = strings.Map(func(r rune) rune {
				if r == '\t' || r == '\n' || r == '\r' {
					return ' '
				}
				return r
			}, c)
		}
		bw.WriteString(strings.Join(cols, "\t"))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func fractionDate(sqlDate string) string {
	if len(sqlDate) != 8 {
		return ""
	}
	y, _ := strconv.Atoi(sqlDate[:4])
	m, _ := strconv.Atoi(sqlDate[4:6])
	d, _ := strconv.Atoi(sqlDate[6:])
	return strconv.FormatFloat(float64(y)+(float64((m-1)*30+d)/365), 'f', 4, 64)
}

// gdeltActor gives the 10 actor columns: code, name, country, known group,
// ethnic, two religions, three types. CAMEO codes of three letters, or of
// six with a sector, begin with the country; other codes (NATO) name a group.
func gdeltActor(a doc.ActorRef) []string {
	country, typ := "", ""
	if len(a.Code) == 3 || len(a.Code) >= 6 {
		country = a.Code[:3]
	}
	if len(a.Code) >= 6 {
		typ = a.Code[3:6]
	}
	return []string{a.Code, strings.ToUpper(a.Name), country, "", "", "", "", typ, "", ""}
}

// gdeltGeo gives the 8 geography columns.
func gdeltGeo(p *doc.Place) []string {
	if p == nil {
		return []string{"0", "", "", "", "", "", "", ""}
	}
	return []string{"4", p.Name, p.Country, "", "", ftoa(p.Lat), ftoa(p.Lon), p.ID}
}

// GraphML writes the actor network: entities that are the source or target
// of events, and one directed edge per (source, target, quad class) with the
// number of happenings and their mean Goldstein score. Only events told as
// fact count.
func GraphML(ctx context.Context, st store.Store, w io.Writer, f store.Filter) error {
	hs, err := loadHappenings(ctx, st, f)
	if err != nil {
		return err
	}
	type edgeKey struct {
		src, dst string
		quad     int
	}
	type edge struct {
		n         int
		goldstein float64
	}
	nodes := map[string]doc.ActorRef{}
	edges := map[edgeKey]*edge{}
	for _, h := range hs {
		e := h.rep.Event
		if !factual(e) || actorID(e.Source) == "" || actorID(e.Target) == "" {
			continue
		}
		s, t := actorID(e.Source), actorID(e.Target)
		nodes[s], nodes[t] = e.Source, e.Target
		k := edgeKey{s, t, e.QuadClass}
		if edges[k] == nil {
			edges[k] = &edge{}
		}
		edges[k].n++
		edges[k].goldstein += e.Goldstein
	}
	bw := bufio.NewWriter(w)
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	fmt.Fprint(bw, `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="code" for="node" attr.name="code" attr.type="string"/>
  <key id="quad" for="edge" attr.name="quad_class" attr.type="int"/>
  <key id="events" for="edge" attr.name="events" attr.type="int"/>
  <key id="goldstein" for="edge" attr.name="mean_goldstein" attr.type="double"/>
  <graph id="actors" edgedefault="directed">
`)
	ids := make([]string, 0, len(nodes))
	for id := range nodes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		n := nodes[id]
		fmt.Fprintf(bw, "    <node id=\"%s\"><data key=\"name\">%s</data><data key=\"code\">%s</data></node>\n",
			esc(id), esc(n.Name), esc(n.Code))
	}
	keys := make([]edgeKey, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.src != b.src {
			return a.src < b.src
		}
		if a.dst != b.dst {
			return a.dst < b.dst
		}
		return a.quad < b.quad
	})
	for i, k := range keys {
		e := edges[k]
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\"><data key=\"quad\">%d</data><data key=\"events\">%d</data><data key=\"goldstein\">%s</data></edge>\n",
			i+1, esc(k.src), esc(k.dst), k.quad, e.n, ftoa(e.goldstein/float64(e.n)))
	}
	fmt.Fprint(bw, "  </graph>\n</graphml>\n")
	return bw.Flush()
}

// actorID names an actor node: its entity id, else its code, else its name.
func actorID(a doc.ActorRef) string {
	switch {
	case a.ID != "":
		return a.ID
	case a.Code != "":
		return a.Code
	}
	return a.Name
}
