// Package queue carries documents from `sitrep ingest --queue` to `sitrep
// worker` processes through NATS JetStream, for ingest that scales out across
// machines (with a PostgreSQL store that every worker shares).
//
// Documents are read and decoded where they are submitted and published to a
// work-queue stream, deduplicated by content hash; documents larger than the
// server's maximum message go through a JetStream object store. A worker
// acknowledges a document only after the store committed it, so a worker that
// dies loses nothing: the document is delivered again.
//
// The package moves documents; it does not analyse or store them.
package queue
