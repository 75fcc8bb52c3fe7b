// Command dateline turns a news article into a source-linked timeline.
//
//	dateline [FILE]                      open the window (on the sample article without FILE)
//	dateline extract [flags] FILE|-      print the timeline as JSON
//	dateline export -o OUT [flags] FILE|-  write the chart (PNG, ...)
//	dateline tag [flags] FILE|-          print the temporal expressions
package main

import (
	"fmt"
	"io"
	"os"

	_ "github.com/dateline-app/dateline/cmd/dateline/internal/clocale" // before Fyne reads the locale
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // a failure: unreadable file, bad front matter, ...
	exitUsage = 2 // a usage error
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return runGUI("")
	}
	switch args[0] {
	case "extract":
		return runExtract(args[1:], stdin, stdout, stderr)
	case "export":
		return runExport(args[1:], stdin, stdout, stderr)
	case "tag":
		return runTag(args[1:], stdin, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, versionString())
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	if len(args) == 1 && args[0] != "" && args[0][0] != '-' {
		return runGUI(args[0])
	}
	fmt.Fprint(stderr, usage)
	return exitUsage
}

const usage = `usage:
  dateline [FILE]              open the window on FILE (the sample article without FILE)
  dateline extract [--published DATE] [--corrections auto|none|FILE] FILE|-
                               print the timeline as JSON
  dateline export -o OUT [--format png|svg|json|timelinejs|csv|timeml]
                  [--width N] [--height N] [--scale S] [--theme light|dark|transparent]
                  [--published DATE] [--corrections auto|none|FILE] FILE|-
                               write the timeline (format from OUT's extension by default)
  dateline tag [--published DATE] [--format json|timeml] FILE|-
                               print the temporal expressions found
  dateline --version           print the version
`
