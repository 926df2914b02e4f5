// Command sitrep reads raw news and builds an evidence-linked model of the
// world it describes: articles, entities, events, quotes and stories.
//
// Each verb lives in a file of its own; this file holds the root command and
// the exit-code convention: 0 ok, 1 partial failure, 2 usage error.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/pprof"
	"strings"

	"github.com/spf13/cobra"
)

// version is set at link time (-ldflags "-X main.version=...").
var version = "dev"

var rootCmd = &cobra.Command{
	Use:           "sitrep",
	Short:         "sitrep turns raw news into an evidence-linked model of who did what to whom",
	SilenceUsage:  true,
	SilenceErrors: true,
}

// dbPath is the --db flag shared by every verb that touches the store.
var dbPath string

// cpuProfile is the hidden --cpuprofile flag: write a CPU profile there.
var cpuProfile string

func init() {
	rootCmd.PersistentFlags().StringVar(&dbPath, "db", "sitrep.db", "path of the embedded SQLite store")
	rootCmd.PersistentFlags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile to this file")
	rootCmd.PersistentFlags().MarkHidden("cpuprofile")
	rootCmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	rootCmd.AddCommand(&cobra.Command{
		Use:   "version",
		Short: "Print sitrep's version",
		Args:  cobra.NoArgs,
		Run:   func(cmd *cobra.Command, _ []string) { fmt.Fprintln(cmd.OutOrStdout(), "sitrep", version) },
	})
	// The parent verbs that other files add sub-verbs to.
	rootCmd.AddCommand(evalCmd, trainCmd)
}

var evalCmd = &cobra.Command{
	Use:   "eval",
	Short: "Score a stage against the development sets in ../shared/eval",
}

var trainCmd = &cobra.Command{
	Use:   "train",
	Short: "Train a statistical model from ../shared/train",
}

// usageError marks a mistake in how sitrep was called: exit code 2.
type usageError struct{ error }

// partialError marks a run that did its job for some inputs and failed for
// others: exit code 1, after the failures were reported.
type partialError struct{ error }

func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) || strings.HasPrefix(err.Error(), "unknown command") {
		return 2
	}
	return 1
}

// usageArgs wraps a cobra argument validator so that its complaint exits 2.
func usageArgs(v cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := v(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

func main() {
	rootCmd.PersistentPreRunE = func(*cobra.Command, []string) error {
		if cpuProfile == "" {
			return nil
		}
		f, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		return pprof.StartCPUProfile(f)
	}
	err := rootCmd.Execute()
	if cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		var p partialError
		if !errors.As(err, &p) {
			fmt.Fprintln(os.Stderr, "sitrep:", err)
		}
		os.Exit(exitCode(err))
	}
}
