// Package export writes what the store holds in the stable exchange formats:
// JSON Lines (the contract documented in docs/export.md), CSV,
// GDELT-compatible TSV and GraphML.
//
// Record field names are a contract: fields are added, never renamed. The
// package reads from a store.Store and writes; it computes nothing new.
package export
