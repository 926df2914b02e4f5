package parse

import "github.com/sitrep/sitrep/internal/learn"

// features appends the feature hashes of a configuration: words, tags and
// labels of the top three stack items, the first three buffer items and
// their outermost children, with pairs, triples, distances and valencies in
// the style of Zhang & Nivre (2011). Feature set 2 adds word-cluster versions
// of the tag templates (Koo et al. 2008) and suffixes, which lean less on
// the predicted tags. Feature set 3 adds instead the tagger's close second
// choices of tag, paired with its first.
func features(f []uint64, s *sentence, st *state, set int) []uint64 {
	none := s.n + 1
	at := func(i int) int {
		if i < 0 {
			return none
		}
		return i
	}
	s0, s1, s2 := at(st.s(0)), at(st.s(1)), at(st.s(2))
	b0 := st.b
	b1, b2 := none, none
	if b0 < s.n {
		b1 = b0 + 1
		if b1 < s.n {
			b2 = b1 + 1
		}
	}
	child := func(arr []int, h int) int {
		if h >= none {
			return none
		}
		return at(arr[h])
	}
	label := func(d int) uint64 {
		if d >= none || st.labels[d] < 0 {
			return 0
		}
		return uint64(st.labels[d]) + 1
	}
	s0l, s0l2, s0r, s0r2 := child(st.left, s0), child(st.left2, s0), child(st.right, s0), child(st.right2, s0)
	s1l, s1r, s1r2 := child(st.left, s1), child(st.right, s1), child(st.right2, s1)
	b0l, b0l2 := child(st.left, b0), child(st.left2, b0)
	s0ll := child(st.left, s0l)
	s0rr := child(st.right, s0r)

	w, p, u := s.word, s.xpos, s.upos
	cf, cc := s.fine, s.coarse

	dist := func(a, b int) uint64 {
		if a >= none || b >= none {
			return 0
		}
		d := b - a
		if d < 0 {
			d = -d
		}
		switch {
		case d <= 4:
			return uint64(d)
		case d <= 7:
			return 5
		case d <= 11:
			return 6
		default:
			return 7
		}
	}
	dS0B0 := dist(s0, b0)
	dS1S0 := dist(s1, s0)
	val := func(arr []int, h int) uint64 {
		if h >= none {
			return 99
		}
		return uint64(min(arr[h], 5))
	}
	lset := func(arr []uint64, h int) uint64 {
		if h >= none {
			return 1 << 63
		}
		return arr[h]
	}

	t := uint64(0)
	next := func() uint64 { t++; return t }
	h1 := func(a uint64) uint64 { return learn.Hash1(next(), a) }
	h2 := func(a, b uint64) uint64 { return learn.Hash2(next(), a, b) }
	h3 := func(a, b, c uint64) uint64 { return learn.Hash3(next(), a, b, c) }
	h4 := func(a, b, c, d uint64) uint64 { return learn.Hash4(next(), a, b, c, d) }

	f = append(f,
		// single positions
		h1(w[s0]), h1(p[s0]), h2(w[s0], p[s0]), h1(u[s0]),
		h1(w[s1]), h1(p[s1]), h2(w[s1], p[s1]),
		h1(w[s2]), h1(p[s2]),
		h1(w[b0]), h1(p[b0]), h2(w[b0], p[b0]), h1(u[b0]),
		h1(w[b1]), h1(p[b1]), h2(w[b1], p[b1]),
		h1(w[b2]), h1(p[b2]),
		// pairs s0-b0
		h4(w[s0], p[s0], w[b0], p[b0]),
		h3(w[s0], p[s0], w[b0]),
		h3(w[s0], w[b0], p[b0]),
		h3(w[s0], p[s0], p[b0]),
		h3(p[s0], w[b0], p[b0]),
		h2(w[s0], w[b0]),
		h2(p[s0], p[b0]),
		h2(p[b0], p[b1]),
		// pairs s1-s0
		h4(w[s1], p[s1], w[s0], p[s0]),
		h3(w[s1], p[s1], p[s0]),
		h3(p[s1], w[s0], p[s0]),
		h3(w[s1], w[s0], p[s0]),
		h3(w[s1], p[s1], w[s0]),
		h2(w[s1], w[s0]),
		h2(p[s1], p[s0]),
		// triples
		h3(p[b0], p[b1], p[b2]),
		h3(p[s0], p[b0], p[b1]),
		h3(p[s1], p[s0], p[b0]),
		h3(p[s2], p[s1], p[s0]),
		h4(p[s1], p[s0], p[b0], p[b1]),
		h3(w[s0], p[b0], p[b1]),
		h3(p[s0], w[b0], p[b1]),
		h3(p[s1], w[s0], p[b0]),
		h3(p[s0], p[s0l], p[b0]),
		h3(p[s0], p[s0r], p[b0]),
		h3(p[s0], p[b0], p[b0l]),
		h3(p[s1], p[s1l], p[s0]),
		h3(p[s1], p[s1r], p[s0]),
		h3(p[s1], p[s0], p[s0l]),
		h3(p[s1], p[s0], p[s0r]),
		h4(p[s0], p[s0l], p[s0l2], p[b0]),
		h4(p[s0], p[s0r], p[s0r2], p[b0]),
		h4(p[b0], p[b0l], p[b0l2], p[s0]),
		h4(p[s1], p[s1r], p[s1r2], p[s0]),
		// distance
		h2(w[s0], dS0B0), h2(p[s0], dS0B0), h2(w[b0], dS0B0), h2(p[b0], dS0B0),
		h3(p[s0], p[b0], dS0B0), h3(w[s0], w[b0], dS0B0),
		h3(p[s1], p[s0], dS1S0), h3(w[s1], w[s0], dS1S0), h2(w[s1], dS1S0), h2(w[s0], dS1S0),
		// valency
		h3(w[s0], val(st.nright, s0), 1), h3(p[s0], val(st.nright, s0), 1),
		h3(w[s0], val(st.nleft, s0), 2), h3(p[s0], val(st.nleft, s0), 2),
		h3(w[b0], val(st.nleft, b0), 3), h3(p[b0], val(st.nleft, b0), 3),
		h3(p[s1], val(st.nright, s1), 4), h3(p[s1], val(st.nleft, s1), 5),
		// children
		h1(w[s0l]), h1(p[s0l]), h1(label(s0l)),
		h1(w[s0r]), h1(p[s0r]), h1(label(s0r)),
		h1(w[b0l]), h1(p[b0l]), h1(label(b0l)),
		h1(w[s1l]), h1(p[s1l]), h1(label(s1l)),
		h1(w[s1r]), h1(p[s1r]), h1(label(s1r)),
		h1(w[s0l2]), h1(p[s0l2]), h1(label(s0l2)),
		h1(w[s0r2]), h1(p[s0r2]), h1(label(s0r2)),
		h1(w[b0l2]), h1(p[b0l2]), h1(label(b0l2)),
		h3(p[s0], label(s0l), label(s0l2)),
		h3(p[s0], label(s0r), label(s0r2)),
		h3(p[b0], label(b0l), label(b0l2)),
		h3(p[s0], p[s0ll], label(s0ll)),
		h3(p[s0], p[s0rr], label(s0rr)),
		h3(p[s1], p[s1r], label(s1r)),
		// label sets
		h2(w[s0], lset(st.rset, s0)), h2(p[s0], lset(st.rset, s0)),
		h2(w[s0], lset(st.lset, s0)), h2(p[s0], lset(st.lset, s0)),
		h2(w[b0], lset(st.lset, b0)), h2(p[b0], lset(st.lset, b0)),
		h2(p[s1], lset(st.rset, s1)),
		// word clusters
		h1(cf[s0]), h1(cf[b0]), h1(cf[s1]), h1(cf[b1]),
		h2(cf[s0], cf[b0]), h2(cf[s0], p[b0]), h2(p[s0], cf[b0]),
		h2(cc[s0], cc[b0]), h3(cc[s0], cc[b0], p[b1]),
		h2(cf[s1], cf[s0]), h2(cc[s1], p[s0]), h2(p[s1], cc[s0]),
		h3(cc[s0], p[s0l], p[b0]), h3(cc[b0], p[b0l], p[s0]),
		// universal tags
		h3(u[s1], u[s0], u[b0]), h2(u[s0], u[b0]), h2(u[s1], u[s0]),
	)
	if set >= 3 {
		// the tagger's close second choices, in place of set 2's templates
		a := s.alt
		f = append(f,
			h2(p[s0], a[s0]), h2(p[b0], a[b0]), h2(p[b1], a[b1]), h2(p[s1], a[s1]),
			h3(p[s0], a[s0], p[b0]), h3(p[s0], p[b0], a[b0]),
			h3(w[s0], p[s0], a[s0]), h3(w[b0], p[b0], a[b0]),
			h3(p[s1], a[s1], p[s0]), h4(p[s0], a[s0], p[b0], a[b0]),
		)
		if set == 3 {
			return f
		}
		// how often auto-parsed text attaches s0 to b0 (a left arc), s0 to
		// s1 (a right arc) and b0 to s0 (later)
		aff := func(h, d int) uint64 {
			if h >= none || d >= none {
				return 1 << 8
			}
			return uint64(s.aff.of(w[h], w[d], h < d))
		}
		pmi := func(v uint64) uint64 { return v >> 3 }
		left, right, later := aff(b0, s0), aff(s1, s0), aff(s0, b0)
		return append(f,
			h1(left), h3(left, p[b0], p[s0]), h2(pmi(left), dS0B0), h3(pmi(left), u[b0], u[s0]),
			h1(right), h3(right, p[s1], p[s0]), h2(pmi(right), dS1S0), h3(pmi(right), u[s1], u[s0]),
			h1(later), h3(later, p[s0], p[b0]), h2(pmi(later), dS0B0),
			h2(pmi(left), pmi(right)), h3(pmi(left), pmi(right), pmi(later)),
		)
	}
	if set < 2 {
		return f
	}
	sf := s.suffix
	f = append(f,
		// clusters in place of tags
		h3(cc[s1], cc[s0], cc[b0]),
		h3(cc[s0], cc[b0], cc[b1]),
		h2(cf[b0], cf[b1]),
		h2(cf[s0], w[b0]), h2(w[s0], cf[b0]),
		h3(cc[s0], cc[s0l], cc[b0]), h3(cc[s0], cc[s0r], cc[b0]), h3(cc[s0], cc[b0], cc[b0l]),
		h3(cc[s1], cc[s1r], cc[s0]),
		h2(cf[s0], dS0B0), h2(cf[b0], dS0B0), h3(cc[s0], cc[b0], dS0B0),
		h3(cf[s0], val(st.nright, s0), 1), h3(cf[b0], val(st.nleft, b0), 2),
		h2(cf[s0], lset(st.rset, s0)), h2(cf[b0], lset(st.lset, b0)),
		// suffixes
		h1(sf[s0]), h1(sf[b0]), h2(sf[b0], p[b0]), h2(sf[s0], p[s0]), h2(sf[s0], sf[b0]),
		// universal tags
		h3(u[s0], u[b0], u[b1]), h3(u[s1], u[s0], dS1S0),
	)
	return f
}
