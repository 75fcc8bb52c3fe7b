// Command genmeta writes package assets' metadata.go from FyneApp.toml.
// It is run by `go generate ./assets`:
//
//	genmeta -toml ../FyneApp.toml -out metadata.go
//
// The output is written to a temporary file and renamed into place, and is
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
	"os"
	"path/filepath"

	"github.com/dateline-app/dateline/assets/internal/meta"
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

func run(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	m, err := meta.Parse(in, data)
	if err != nil {
		return err
	}
	src := meta.Source(m)
	if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, src) {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), ".genmeta-*.go")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if _, err := tmp.Write(src); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), out)
}

func printEnv(in string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	m, err := meta.Parse(in, data)
	if err != nil {
		return err
	}
	fmt.Print(meta.Env(m))
	return nil
}
