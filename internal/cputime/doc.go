// Package cputime reads the CPU time the running process has used, so that
// benchmarks on a shared machine can report cost per CPU-second next to
// wall-clock figures (which include waiting for a core).
//
// It does not time anything itself or report per-goroutine or per-thread
// figures: the value covers the whole process, garbage collection included.
package cputime
