package cputime

import "testing"

// TestSecondsGrowsWithWork spins for a while and checks the process's CPU
// time went up by a plausible amount.
func TestSecondsGrowsWithWork(t *testing.T) {
	before := Seconds()
	if before <= 0 {
		t.Fatalf("Seconds() = %v before any work, want > 0 (a test binary has used CPU to start)", before)
	}
	x := uint64(1)
	for i := 0; i < 200_000_000; i++ {
		x = x*6364136223846793005 + 1442695040888963407
	}
	after := Seconds()
	if after-before < 0.01 || x == 0 {
		t.Errorf("CPU time rose by %.3fs over 200M multiply-adds, want at least 0.01s", after-before)
	}
}
