// Package store keeps documents, articles and everything derived from them.
//
// Store is the one interface every backend implements. Open picks the
// backend from the location: a file path is the embedded SQLite store, a
// postgres:// URL is PostgreSQL. Both run the same SQL through a small
// dialect layer and the same versioned migrations.
//
// The store does not analyse text; it saves what the pipeline produced and
// answers queries over it.
package store
