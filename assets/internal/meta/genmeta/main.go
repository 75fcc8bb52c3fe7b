// Command genmeta writes package assets' metadata.go from FyneApp.toml.
// It is run by `go generate ./assets`:
//
//	genmeta -toml ../FyneApp.toml -out metadata.go
//
// The output is written atomically (timeline.WriteFileAtomic), and is
// left untouched when it is already up to date.
//
// With -env it writes nothing and prints the metadata as shell assignments
// instead, for the packaging scripts:
//
//	eval "$(go run ./assets/internal/meta/genmeta -env)"   # APP_NAME, APP_ID, APP_VERSION, APP_BUILD
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/dateline-app/dateline/assets/internal/meta"
	"github.com/dateline-app/dateline/timeline"
)

func main() {
	in := flag.String("toml", "FyneApp.toml", "the FyneApp.toml to read")
	out := flag.String("out", "metadata.go", "the Go file to write")
	env := flag.Bool("env", false, "print shell assignments (APP_NAME=...) instead of writing -out")
	flag.Parse()
	var err error
	if *env {
		err = printEnv(*in)
	} else {
		err = run(*in, *out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genmeta:", err)
		os.Exit(1)
	}
}

// load reads and parses a FyneApp.toml.
func load(in string) (meta.Meta, error) {
	data, err := os.ReadFile(in)
	if err != nil {
		return meta.Meta{}, err
	}
	return meta.Parse(in, data)
}

func run(in, out string) error {
	m, err := load(in)
	if err != nil {
		return err
	}
	src := meta.Source(m)
	if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, src) {
		return nil
	}
	return timeline.WriteFileAtomic(out, func(w io.Writer) error {
		_, err := w.Write(src)
		return err
	})
}

func printEnv(in string) error {
	m, err := load(in)
	if err != nil {
		return err
	}
	fmt.Print(meta.Env(m))
	return nil
}
