package main

import (
	"context"
	"os"

	"github.com/sitrep/sitrep/internal/store"
)

// openStore opens the store named by --db, or by $SITREP_DB when --db is
// not given: an SQLite file path or a postgres:// URL.
func openStore(ctx context.Context) (store.Store, error) {
	return store.Open(ctx, dbLocation())
}

func dbLocation() string {
	if env := os.Getenv("SITREP_DB"); env != "" && !rootCmd.PersistentFlags().Changed("db") {
		return env
	}
	return dbPath
}
