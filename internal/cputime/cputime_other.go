//go:build !unix

package cputime

// Seconds returns 0: process CPU time is not read on this system.
func Seconds() float64 { return 0 }
