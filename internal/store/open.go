package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver
)

var (
	sqlite = dialect{
		name:  "sqlite",
		types: map[string]string{"{{id}}": "INTEGER PRIMARY KEY", "{{blob}}": "BLOB", "{{real}}": "REAL"},
	}
	postgres = dialect{
		name:   "postgres",
		types:  map[string]string{"{{id}}": "BIGSERIAL PRIMARY KEY", "{{blob}}": "BYTEA", "{{real}}": "DOUBLE PRECISION"},
		dollar: true,
		lock:   "SELECT pg_advisory_xact_lock(7273190)",
	}
)

// Open opens the store at location, creating and migrating it as needed: a
// postgres:// or postgresql:// URL opens PostgreSQL, anything else is the
// path of an SQLite file.
func Open(ctx context.Context, location string) (Store, error) {
	var (
		db  *sql.DB
		d   dialect
		err error
	)
	if strings.HasPrefix(location, "postgres://") || strings.HasPrefix(location, "postgresql://") {
		d = postgres
		db, err = sql.Open("pgx", location)
	} else {
		d = sqlite
		db, err = sql.Open("sqlite", "file:"+location+
			"?_txlock=immediate&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)")
	}
	if err != nil {
		return nil, fmt.Errorf("opening store %s: %w", location, err)
	}
	if d.name == "sqlite" {
		// Transactions take the write lock when they begin (_txlock), so two
		// writers wait for each other instead of failing; one connection
		// writes at a time in SQLite, and a small pool serves readers.
		db.SetMaxOpenConns(4)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening store %s: %w", location, err)
	}
	s := &sqlStore{db: db, d: d}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", location, err)
	}
	return s, nil
}
