package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// dialect holds what differs between the SQL databases sitrep runs on.
type dialect struct {
	name  string
	types map[string]string // {{id}}, {{blob}}, {{real}} → type
	// dollar placeholders ($1, $2, ...) instead of ?.
	dollar bool
	// lock is run first in a migration's transaction to keep other
	// processes out; SQLite needs none, its transactions begin immediate.
	lock string
}

// sqlStore implements Store over database/sql.
type sqlStore struct {
	db *sql.DB
	d  dialect
}

// q rewrites a query written with ? placeholders for the dialect.
func (s *sqlStore) q(query string) string {
	if !s.d.dollar {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

func (s *sqlStore) migrate(ctx context.Context) error {
	for {
		done, err := s.migrateOne(ctx)
		if err != nil || done {
			return err
		}
	}
}

// migrateOne applies the next migration, if any, in a transaction that holds
// the migration lock, so that processes opening a new store at once apply
// each migration once. The version table itself is created under the lock:
// PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against a concurrent
// twin.
func (s *sqlStore) migrateOne(ctx context.Context) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	if s.d.lock != "" {
		if _, err := tx.ExecContext(ctx, s.d.lock); err != nil {
			return false, fmt.Errorf("taking the migration lock: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL)`); err != nil {
		return false, fmt.Errorf("creating schema_migrations: %w", err)
	}
	var have int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return false, fmt.Errorf("reading schema version: %w", err)
	}
	if have > len(migrations) {
		return false, fmt.Errorf("database schema version %d is newer than this sitrep knows (%d)", have, len(migrations))
	}
	if have == len(migrations) {
		return true, nil
	}
	ddl := migrations[have]
	for k, t := range s.d.types {
		ddl = strings.ReplaceAll(ddl, k, t)
	}
	if _, err := tx.ExecContext(ctx, ddl); err != nil {
		return false, fmt.Errorf("migration %d: %w", have+1, err)
	}
	if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_migrations (version) VALUES (?)`), have+1); err != nil {
		return false, fmt.Errorf("migration %d: %w", have+1, err)
	}
	return false, tx.Commit()
}

func (s *sqlStore) Close() error { return s.db.Close() }

func (s *sqlStore) DocumentByHash(ctx context.Context, hash string) (int64, bool, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, s.q(`SELECT id FROM documents WHERE hash = ?`), hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

const timeLayout = time.RFC3339Nano

func formatTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(timeLayout)
}

func parseTime(v sql.NullString) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	t, _ := time.Parse(timeLayout, v.String)
	return t
}

func (s *sqlStore) SaveDocument(ctx context.Context, d *doc.Document, arts []doc.Article) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()

	var existing int64
	err = tx.QueryRowContext(ctx, s.q(`SELECT id FROM documents WHERE hash = ?`), d.Hash).Scan(&existing)
	switch {
	case err == nil:
		d.ID = existing
		return false, nil
	case !errors.Is(err, sql.ErrNoRows):
		return false, err
	}
	var version int
	if err := tx.QueryRowContext(ctx, s.q(`SELECT COALESCE(MAX(version), 0) FROM documents WHERE source = ?`), d.Source).Scan(&version); err != nil {
		return false, err
	}
	d.Version = version + 1
	if d.Ingested.IsZero() {
		d.Ingested = time.Now().UTC()
	}
	err = tx.QueryRowContext(ctx, s.q(`INSERT INTO documents (source, kind, hash, charset, text, ingested, version)
		VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`),
		d.Source, string(d.Kind), d.Hash, d.Charset, d.Text, formatTime(d.Ingested), d.Version).Scan(&d.ID)
	if err != nil {
		return false, fmt.Errorf("saving document %s: %w", d.Source, err)
	}
	for i := range arts {
		if err := s.saveArticle(ctx, tx, d, &arts[i]); err != nil {
			return false, fmt.Errorf("saving article %d of %s: %w", i+1, d.Source, err)
		}
	}
	return true, tx.Commit()
}

func (s *sqlStore) saveArticle(ctx context.Context, tx *sql.Tx, d *doc.Document, a *doc.Article) error {
	a.DocumentID = d.ID
	a.Document = d.Source
	err := tx.QueryRowContext(ctx, s.q(`INSERT INTO articles (document_id, url, title, outlet, author, caption,
		published, text, span_start, span_end, first_line, story, duplicate_of)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`),
		d.ID, a.URL, a.Title, a.Outlet, a.Author, a.Caption, formatTime(a.Published), a.Text,
		a.Span.Start, a.Span.End, a.FirstLine, a.Story, a.DuplicateOf).Scan(&a.ID)
	if err != nil {
		return err
	}
	for i, sn := range a.Sentences {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO sentences (article_id, idx, span_start, span_end) VALUES (?, ?, ?, ?)`),
			a.ID, i, sn.Span.Start, sn.Span.End); err != nil {
			return err
		}
	}
	for _, e := range a.Entities {
		if err := s.upsertEntity(ctx, tx, e); err != nil {
			return err
		}
	}
	for _, m := range a.Mentions {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO mentions (article_id, entity_id, sentence, span_start, span_end, text, type)
			VALUES (?, ?, ?, ?, ?, ?, ?)`), a.ID, m.Entity, m.Sentence, m.Span.Start, m.Span.End, m.Text, m.Type); err != nil {
			return err
		}
	}
	for i := range a.Events {
		e := &a.Events[i]
		var loc any
		if e.Location != nil {
			b, _ := json.Marshal(e.Location)
			loc = string(b)
		}
		err := tx.QueryRowContext(ctx, s.q(`INSERT INTO events (article_id, sentence, span_start, span_end, type, mode, cameo,
			quad_class, goldstein, source_id, source_name, source_code, target_id, target_name, target_code, date,
			date_precision, location, negated, hypothetical, future, alleged, trigger_text, sentence_text, confidence, happening,
			happening_key)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`),
			a.ID, e.SentenceIndex, e.Span.Start, e.Span.End, e.Type, e.Mode, e.CAMEO, e.QuadClass, e.Goldstein,
			e.Source.ID, e.Source.Name, e.Source.Code, e.Target.ID, e.Target.Name, e.Target.Code, e.Date,
			e.DatePrecision, loc, e.Negated, e.Hypothetical, e.Future, e.Alleged, e.Trigger, e.Sentence,
			e.Confidence, e.Happening, e.HappeningKey).Scan(&e.ID)
		if err != nil {
			return err
		}
	}
	for _, qt := range a.Quotes {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO quotes (article_id, sentence, span_start, span_end, text, direct,
			speaker_id, speaker_name, speaker_mention, cue, speaker_start, speaker_end, cue_start, cue_end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			a.ID, qt.Sentence, qt.Span.Start, qt.Span.End, qt.Text, qt.Direct, qt.Speaker.ID, qt.Speaker.Name,
			qt.Speaker.Mention, qt.Cue, qt.Speaker.Span.Start, qt.Speaker.Span.End, qt.CueSpan.Start, qt.CueSpan.End); err != nil {
			return err
		}
	}
	for _, t := range a.Timexes {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO timexes (article_id, span_start, span_end, text, type, value, anchored)
			VALUES (?, ?, ?, ?, ?, ?, ?)`), a.ID, t.Span.Start, t.Span.End, t.Text, t.Type, t.Value, t.Anchored); err != nil {
			return err
		}
	}
	return nil
}

// upsertEntity stores an entity the first time it is seen; later sightings
// fill in attributes that were empty.
func (s *sqlStore) upsertEntity(ctx context.Context, tx *sql.Tx, e doc.Entity) error {
	_, err := tx.ExecContext(ctx, s.q(`INSERT INTO entities (id, name, type, country, sector, code, lat, lon)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET
			country = CASE WHEN entities.country = '' THEN excluded.country ELSE entities.country END,
			sector = CASE WHEN entities.sector = '' THEN excluded.sector ELSE entities.sector END,
			code = CASE WHEN entities.code = '' THEN excluded.code ELSE entities.code END`),
		e.ID, e.Name, e.Type, e.Country, e.Sector, e.Code, e.Lat, e.Lon)
	return err
}

func (s *sqlStore) SaveStories(ctx context.Context, assigned []StoryAssignment, stories []doc.Story) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// placed orders placements across calls, so that the index is rebuilt
	// in the order it was built.
	var placed int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(placed), 0) FROM story_state`).Scan(&placed); err != nil {
		return err
	}
	for _, a := range assigned {
		if a.Story != 0 {
			placed++
			if _, err := tx.ExecContext(ctx, s.q(`UPDATE articles SET story = ?, duplicate_of = ? WHERE id = ?`),
				a.Story, a.DuplicateOf, a.Article); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO story_state (article_id, story, duplicate_of, state, placed)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (article_id) DO UPDATE SET story = excluded.story, duplicate_of = excluded.duplicate_of,
				state = excluded.state, placed = excluded.placed`),
			a.Article, a.Story, a.DuplicateOf, a.State, placedOrZero(a.Story, placed)); err != nil {
			return err
		}
	}
	for _, st := range stories {
		arts, _ := json.Marshal(nonNil(st.Articles))
		outlets, _ := json.Marshal(nonNil(st.Outlets))
		ents, _ := json.Marshal(nonNil(st.Entities))
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO stories (id, title, first_seen, last_seen, articles, outlets, entities)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen,
				last_seen = excluded.last_seen, articles = excluded.articles, outlets = excluded.outlets,
				entities = excluded.entities`),
			st.ID, st.Title, formatTime(st.FirstSeen), formatTime(st.LastSeen),
			string(arts), string(outlets), string(ents)); err != nil {
			return err
		}
	}
	return tx.Commit()
}

func placedOrZero(story, placed int64) int64 {
	if story == 0 {
		return 0
	}
	return placed
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (s *sqlStore) LinkHappenings(ctx context.Context, article int64, window time.Duration) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	type ev struct {
		id        int64
		key, date string
	}
	var evs []ev
	rows, err := tx.QueryContext(ctx, s.q(`SELECT id, happening_key, date FROM events WHERE article_id = ? ORDER BY id`), article)
	if err != nil {
		return err
	}
	for rows.Next() {
		var e ev
		if err := rows.Scan(&e.id, &e.key, &e.date); err != nil {
			rows.Close()
			return err
		}
		evs = append(evs, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var story int64
	if err := tx.QueryRowContext(ctx, s.q(`SELECT story FROM articles WHERE id = ?`), article).Scan(&story); err != nil {
		return err
	}
	for _, e := range evs {
		var happening int64
		if e.key != "" {
			// A report dated within the window, or undated on either side.
			lo, hi := "", "\uffff"
			if d, err := time.Parse("2006-01-02", e.date[:min(len(e.date), 10)]); err == nil {
				lo, hi = d.Add(-window).Format("2006-01-02"), d.Add(window).Format("2006-01-02")+"~"
			}
			err := tx.QueryRowContext(ctx, s.q(`SELECT e.happening FROM events e JOIN articles a ON a.id = e.article_id
				WHERE e.happening_key = ? AND e.happening <> 0 AND a.story = ?
				AND (e.date = '' OR ? = '' OR (e.date >= ? AND e.date <= ?))
				ORDER BY e.id DESC LIMIT 1`), e.key, story, e.date, lo, hi).Scan(&happening)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		if happening == 0 {
			if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(happening), 0) + 1 FROM events`).Scan(&happening); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE events SET happening = ? WHERE id = ?`), happening, e.id); err != nil {
			return err
		}
	}
	return tx.Commit()
}

func (s *sqlStore) StoryState(ctx context.Context, fn func(StoryAssignment) error) error {
	return s.storyState(ctx, `SELECT article_id, story, duplicate_of, state FROM story_state WHERE story <> 0
		ORDER BY placed, article_id`, fn)
}

func (s *sqlStore) PendingStories(ctx context.Context, fn func(StoryAssignment) error) error {
	return s.storyState(ctx, `SELECT article_id, story, duplicate_of, state FROM story_state WHERE story = 0
		ORDER BY article_id`, fn)
}

func (s *sqlStore) storyState(ctx context.Context, query string, fn func(StoryAssignment) error) error {
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var a StoryAssignment
		if err := rows.Scan(&a.Article, &a.Story, &a.DuplicateOf, &a.State); err != nil {
			return err
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	return rows.Err()
}

// where builds a WHERE clause from conditions that hold.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

func limit(f Filter) string {
	if f.Limit > 0 {
		return " LIMIT " + strconv.Itoa(f.Limit)
	}
	return ""
}

func (s *sqlStore) Articles(ctx context.Context, f Filter, fn func(doc.Article) error) error {
	var w where
	if f.Article != 0 {
		w.add("a.id = ?", f.Article)
	}
	if !f.Since.IsZero() {
		w.add("a.published >= ?", f.Since.UTC().Format(timeLayout))
	}
	if !f.Until.IsZero() {
		w.add("a.published <= ?", f.Until.UTC().Format(timeLayout))
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT a.id, a.document_id, d.source, a.url, a.title, a.outlet, a.author,
		a.caption, a.published, a.text, a.span_start, a.span_end, a.first_line, a.story, a.duplicate_of
		FROM articles a JOIN documents d ON d.id = a.document_id`+w.String()+` ORDER BY a.id`+limit(f)), w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var a doc.Article
		var pub sql.NullString
		if err := rows.Scan(&a.ID, &a.DocumentID, &a.Document, &a.URL, &a.Title, &a.Outlet, &a.Author, &a.Caption,
			&pub, &a.Text, &a.Span.Start, &a.Span.End, &a.FirstLine, &a.Story, &a.DuplicateOf); err != nil {
			return err
		}
		a.Published = parseTime(pub)
		if err := fn(a); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *sqlStore) Entities(ctx context.Context, f Filter, fn func(doc.Entity) error) error {
	// Surface forms with their counts, gathered first so that the entity
	// rows stream in one pass.
	forms := map[string]map[string]int{}
	rows, err := s.db.QueryContext(ctx, `SELECT entity_id, text, COUNT(*) FROM mentions GROUP BY entity_id, text`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id, text string
		var n int
		if err := rows.Scan(&id, &text, &n); err != nil {
			rows.Close()
			return err
		}
		if forms[id] == nil {
			forms[id] = map[string]int{}
		}
		forms[id][text] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var w where
	if f.Actor != "" {
		w.add("(id = ? OR name = ? OR code = ?)", f.Actor, f.Actor, f.Actor)
	}
	rows, err = s.db.QueryContext(ctx, s.q(`SELECT id, name, type, country, sector, code, lat, lon FROM entities`+
		w.String()+` ORDER BY id`+limit(f)), w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var e doc.Entity
		if err := rows.Scan(&e.ID, &e.Name, &e.Type, &e.Country, &e.Sector, &e.Code, &e.Lat, &e.Lon); err != nil {
			return err
		}
		e.Mentions = forms[e.ID]
		if e.Mentions == nil {
			e.Mentions = map[string]int{}
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *sqlStore) Mentions(ctx context.Context, f Filter, fn func(MentionRecord) error) error {
	var w where
	if f.Article != 0 {
		w.add("article_id = ?", f.Article)
	}
	if f.Actor != "" {
		w.add("entity_id = ?", f.Actor)
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT article_id, entity_id, sentence, span_start, span_end, text, type
		FROM mentions`+w.String()+` ORDER BY id`+limit(f)), w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var m MentionRecord
		if err := rows.Scan(&m.Article, &m.Entity, &m.Sentence, &m.Span.Start, &m.Span.End, &m.Text, &m.Type); err != nil {
			return err
		}
		if err := fn(m); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *sqlStore) Events(ctx context.Context, f Filter, fn func(EventRecord) error) error {
	var w where
	if f.Article != 0 {
		w.add("article_id = ?", f.Article)
	}
	if f.Actor != "" {
		w.add("(source_id = ? OR source_name = ? OR source_code = ?)", f.Actor, f.Actor, f.Actor)
	}
	if f.Target != "" {
		w.add("(target_id = ? OR target_name = ? OR target_code = ?)", f.Target, f.Target, f.Target)
	}
	if f.Type != "" {
		w.add("type = ?", strings.ToUpper(f.Type))
	}
	if !f.Since.IsZero() {
		w.add("date >= ?", f.Since.Format("2006-01-02"))
	}
	if !f.Until.IsZero() {
		w.add("date <= ?", f.Until.Format("2006-01-02")+"~")
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, article_id, sentence, span_start, span_end, type, mode, cameo,
		quad_class, goldstein, source_id, source_name, source_code, target_id, target_name, target_code, date,
		date_precision, location, negated, hypothetical, future, alleged, trigger_text, sentence_text, confidence, happening,
		(SELECT COUNT(*) FROM events h WHERE h.happening = events.happening AND events.happening <> 0)
		FROM events`+w.String()+` ORDER BY id`+limit(f)), w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r EventRecord
		e := &r.Event
		var loc sql.NullString
		if err := rows.Scan(&e.ID, &r.Article, &e.SentenceIndex, &e.Span.Start, &e.Span.End, &e.Type, &e.Mode, &e.CAMEO,
			&e.QuadClass, &e.Goldstein, &e.Source.ID, &e.Source.Name, &e.Source.Code, &e.Target.ID, &e.Target.Name,
			&e.Target.Code, &e.Date, &e.DatePrecision, &loc, &e.Negated, &e.Hypothetical, &e.Future, &e.Alleged,
			&e.Trigger, &e.Sentence, &e.Confidence, &e.Happening, &r.Mentions); err != nil {
			return err
		}
		if r.Mentions == 0 {
			r.Mentions = 1
		}
		if loc.Valid {
			e.Location = new(doc.Place)
			if err := json.Unmarshal([]byte(loc.String), e.Location); err != nil {
				return fmt.Errorf("event %d: bad location: %w", e.ID, err)
			}
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *sqlStore) Quotes(ctx context.Context, f Filter, fn func(QuoteRecord) error) error {
	var w where
	if f.Article != 0 {
		w.add("q.article_id = ?", f.Article)
	}
	if f.Actor != "" {
		w.add("(q.speaker_id = ? OR q.speaker_name = ? OR q.speaker_mention = ?)", f.Actor, f.Actor, f.Actor)
	}
	if !f.Since.IsZero() {
		w.add("a.published >= ?", f.Since.UTC().Format(timeLayout))
	}
	if !f.Until.IsZero() {
		w.add("a.published <= ?", f.Until.UTC().Format(timeLayout))
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT q.article_id, q.sentence, q.span_start, q.span_end, q.text, q.direct,
		q.speaker_id, q.speaker_name, q.speaker_mention, q.cue, q.speaker_start, q.speaker_end, q.cue_start, q.cue_end
		FROM quotes q JOIN articles a ON a.id = q.article_id`+w.String()+` ORDER BY q.id`+limit(f)), w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r QuoteRecord
		if err := rows.Scan(&r.Article, &r.Sentence, &r.Span.Start, &r.Span.End, &r.Text, &r.Direct, &r.Speaker.ID,
			&r.Speaker.Name, &r.Speaker.Mention, &r.Cue, &r.Speaker.Span.Start, &r.Speaker.Span.End, &r.CueSpan.Start, &r.CueSpan.End); err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *sqlStore) Stories(ctx context.Context, f Filter, fn func(doc.Story) error) error {
	var w where
	if !f.Since.IsZero() {
		w.add("last_seen >= ?", f.Since.UTC().Format(timeLayout))
	}
	if !f.Until.IsZero() {
		w.add("first_seen <= ?", f.Until.UTC().Format(timeLayout))
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, title, first_seen, last_seen, articles, outlets, entities FROM stories`+
		w.String()+` ORDER BY id`+limit(f)), w.args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var st doc.Story
		var first, last sql.NullString
		var arts, outlets, ents string
		if err := rows.Scan(&st.ID, &st.Title, &first, &last, &arts, &outlets, &ents); err != nil {
			return err
		}
		st.FirstSeen, st.LastSeen = parseTime(first), parseTime(last)
		for _, p := range []struct {
			src string
			dst any
		}{{arts, &st.Articles}, {outlets, &st.Outlets}, {ents, &st.Entities}} {
			if err := json.Unmarshal([]byte(p.src), p.dst); err != nil {
				return fmt.Errorf("story %d: %w", st.ID, err)
			}
		}
		if err := fn(st); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *sqlStore) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	for _, c := range []struct {
		table string
		dst   *int64
	}{
		{"documents", &st.Documents}, {"articles", &st.Articles}, {"sentences", &st.Sentences},
		{"entities", &st.Entities}, {"mentions", &st.Mentions}, {"events", &st.Events},
		{"quotes", &st.Quotes}, {"timexes", &st.Timexes}, {"stories", &st.Stories},
	} {
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+c.table).Scan(c.dst); err != nil {
			return st, fmt.Errorf("counting %s: %w", c.table, err)
		}
	}
	return st, nil
}
