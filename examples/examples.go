// Package examples embeds the small example corpus that `sitrep demo` runs
// on: one input of each kind sitrep reads, written for the purpose. The
// stories are invented for illustration and report no real events.
package examples

import "embed"

// FS holds the example inputs.
//
//go:embed corpus
var FS embed.FS
