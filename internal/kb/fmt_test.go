package kb

import "fmt"

func fmtSscanf(s string, y, m, d *int) (int, error) { return fmt.Sscanf(s, "%d-%d-%d", y, m, d) }
