package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/nlp/cluster"
	"github.com/spf13/cobra"
)

func init() {
	var shared, out string
	var seed uint64
	cmd := &cobra.Command{
		Use:   "clusters",
		Short: "Learn the word clusters the tagger and parser use from the unlabeled corpus",
		Long: "Clusters the words of ../shared/corpus/unlabeled (*/*.tsv.gz, text in the last tab-separated field) by\n" +
			"their neighbours and writes \"word fine coarse\" lines, gzip-compressed, to --out. Deterministic for --seed.\n" +
			"Retrain the tagger and parser afterwards: they keep a copy of the clusters they were trained with.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			files, err := unlabeledFiles(shared)
			if err != nil {
				return fmt.Errorf("train clusters: %v", err)
			}
			var readErr error
			c := cluster.Build(func(fn func(string)) {
				for _, path := range files {
					if err := eachCorpusText(path, fn); err != nil && readErr == nil {
						readErr = err
					}
				}
			}, cluster.Options{Seed: seed})
			if readErr != nil {
				return fmt.Errorf("train clusters: %v", readErr)
			}
			return writeModel(cmd.OutOrStdout(), out, func(w io.Writer) error {
				zw := gzip.NewWriter(w)
				if _, err := zw.Write(c.Encode()); err != nil {
					return err
				}
				return zw.Close()
			})
		},
	}
	cmd.Flags().StringVar(&shared, "shared", "../shared", "directory holding the shared data")
	cmd.Flags().StringVar(&out, "out", "internal/nlp/models/clusters.txt.gz", "where to write the clusters")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed")
	trainCmd.AddCommand(cmd)
}

// unlabeledFiles lists the unlabeled corpus files (corpus/unlabeled/*/*.tsv.gz
// under shared) in a fixed order; none is an error.
func unlabeledFiles(shared string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(shared, "corpus", "unlabeled", "*", "*.tsv.gz"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no corpus/unlabeled/*/*.tsv.gz under %s", shared)
	}
	slices.Sort(files)
	return files, nil
}

// eachCorpusText calls fn with the text field of every line of a gzipped
// corpus file.
func eachCorpusText(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.LastIndexByte(line, '\t'); i >= 0 {
			line = line[i+1:]
		}
		fn(line)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}

// readClusters loads a clusters file written by `sitrep train clusters`.
func readClusters(path string) (*cluster.Clusters, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	c, err := cluster.Decode(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return c, nil
}
