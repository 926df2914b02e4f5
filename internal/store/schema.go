package store

// migrations are applied in order, each once, in its own transaction; the
// schema_migrations table records how many have run. Append, never edit: a
// database made by an older sitrep is brought up to date by the ones it lacks.
//
// {{id}}, {{blob}} and {{real}} stand for the dialect's auto-increment key,
// byte string and floating-point types.
var migrations = []string{
	`CREATE TABLE documents (
		id {{id}},
		source TEXT NOT NULL,
		kind TEXT NOT NULL,
		hash TEXT NOT NULL UNIQUE,
		charset TEXT NOT NULL,
		text TEXT NOT NULL,
		ingested TEXT NOT NULL,
		version INTEGER NOT NULL
	);
	CREATE INDEX documents_source ON documents(source);
	CREATE TABLE articles (
		id {{id}},
		document_id BIGINT NOT NULL REFERENCES documents(id),
		url TEXT NOT NULL,
		title TEXT NOT NULL,
		outlet TEXT NOT NULL,
		author TEXT NOT NULL,
		caption TEXT NOT NULL,
		published TEXT,
		text TEXT NOT NULL,
		span_start INTEGER NOT NULL,
		span_end INTEGER NOT NULL,
		first_line INTEGER NOT NULL,
		story BIGINT NOT NULL DEFAULT 0,
		duplicate_of BIGINT NOT NULL DEFAULT 0
	);
	CREATE INDEX articles_document ON articles(document_id);
	CREATE INDEX articles_published ON articles(published);
	CREATE TABLE sentences (
		article_id BIGINT NOT NULL REFERENCES articles(id),
		idx INTEGER NOT NULL,
		span_start INTEGER NOT NULL,
		span_end INTEGER NOT NULL,
		PRIMARY KEY (article_id, idx)
	);
	CREATE TABLE entities (
		id TEXT PRIMARY KEY,
		name TEXT NOT NULL,
		type TEXT NOT NULL,
		country TEXT NOT NULL,
		sector TEXT NOT NULL,
		code TEXT NOT NULL,
		lat {{real}} NOT NULL,
		lon {{real}} NOT NULL
	);
	CREATE TABLE mentions (
		id {{id}},
		article_id BIGINT NOT NULL REFERENCES articles(id),
		entity_id TEXT NOT NULL,
		sentence INTEGER NOT NULL,
		span_start INTEGER NOT NULL,
		span_end INTEGER NOT NULL,
		text TEXT NOT NULL,
		type TEXT NOT NULL
	);
	CREATE INDEX mentions_entity ON mentions(entity_id);
	CREATE INDEX mentions_article ON mentions(article_id);
	CREATE TABLE events (
		id {{id}},
		article_id BIGINT NOT NULL REFERENCES articles(id),
		sentence INTEGER NOT NULL,
		span_start INTEGER NOT NULL,
		span_end INTEGER NOT NULL,
		type TEXT NOT NULL,
		mode TEXT NOT NULL,
		cameo TEXT NOT NULL,
		quad_class INTEGER NOT NULL,
		goldstein {{real}} NOT NULL,
		source_id TEXT NOT NULL,
		source_name TEXT NOT NULL,
		source_code TEXT NOT NULL,
		target_id TEXT NOT NULL,
		target_name TEXT NOT NULL,
		target_code TEXT NOT NULL,
		date TEXT NOT NULL,
		date_precision TEXT NOT NULL,
		location TEXT,
		negated BOOLEAN NOT NULL,
		hypothetical BOOLEAN NOT NULL,
		future BOOLEAN NOT NULL,
		alleged BOOLEAN NOT NULL,
		trigger_text TEXT NOT NULL,
		sentence_text TEXT NOT NULL,
		confidence {{real}} NOT NULL,
		happening BIGINT NOT NULL DEFAULT 0
	);
	CREATE INDEX events_article ON events(article_id);
	CREATE INDEX events_source ON events(source_id);
	CREATE INDEX events_target ON events(target_id);
	CREATE INDEX events_date ON events(date);
	CREATE TABLE quotes (
		id {{id}},
		article_id BIGINT NOT NULL REFERENCES articles(id),
		sentence INTEGER NOT NULL,
		span_start INTEGER NOT NULL,
		span_end INTEGER NOT NULL,
		text TEXT NOT NULL,
		direct BOOLEAN NOT NULL,
		speaker_id TEXT NOT NULL,
		speaker_name TEXT NOT NULL,
		speaker_mention TEXT NOT NULL,
		cue TEXT NOT NULL
	);
	CREATE INDEX quotes_article ON quotes(article_id);
	CREATE INDEX quotes_speaker ON quotes(speaker_id);
	CREATE TABLE timexes (
		id {{id}},
		article_id BIGINT NOT NULL REFERENCES articles(id),
		span_start INTEGER NOT NULL,
		span_end INTEGER NOT NULL,
		text TEXT NOT NULL,
		type TEXT NOT NULL,
		value TEXT NOT NULL,
		anchored BOOLEAN NOT NULL
	);
	CREATE INDEX timexes_article ON timexes(article_id);
	CREATE TABLE stories (
		id BIGINT PRIMARY KEY,
		title TEXT NOT NULL,
		first_seen TEXT NOT NULL,
		last_seen TEXT NOT NULL,
		articles TEXT NOT NULL,
		outlets TEXT NOT NULL,
		entities TEXT NOT NULL
	);
	CREATE TABLE story_state (
		article_id BIGINT PRIMARY KEY REFERENCES articles(id),
		story BIGINT NOT NULL,
		duplicate_of BIGINT NOT NULL,
		state {{blob}}
	);`,
	`ALTER TABLE story_state ADD COLUMN placed BIGINT NOT NULL DEFAULT 0;
	CREATE INDEX story_state_story ON story_state(story);`,
	`ALTER TABLE events ADD COLUMN happening_key TEXT NOT NULL DEFAULT '';
	CREATE INDEX events_happening_key ON events(happening_key);
	CREATE INDEX events_happening ON events(happening);`,
	// Stories whose articles carry no date have no first or last sighting.
	`ALTER TABLE stories RENAME TO stories_v1;
	CREATE TABLE stories (
		id BIGINT PRIMARY KEY,
		title TEXT NOT NULL,
		first_seen TEXT,
		last_seen TEXT,
		articles TEXT NOT NULL,
		outlets TEXT NOT NULL,
		entities TEXT NOT NULL
	);
	INSERT INTO stories SELECT id, title, NULLIF(first_seen, '0001-01-01T00:00:00Z'), NULLIF(last_seen, '0001-01-01T00:00:00Z'),
		articles, outlets, entities FROM stories_v1;
	DROP TABLE stories_v1;`,
	// Where a quote's speaker and cue are written, for provenance.
	`ALTER TABLE quotes ADD COLUMN speaker_start BIGINT NOT NULL DEFAULT 0;
	ALTER TABLE quotes ADD COLUMN speaker_end BIGINT NOT NULL DEFAULT 0;
	ALTER TABLE quotes ADD COLUMN cue_start BIGINT NOT NULL DEFAULT 0;
	ALTER TABLE quotes ADD COLUMN cue_end BIGINT NOT NULL DEFAULT 0;`,
}
