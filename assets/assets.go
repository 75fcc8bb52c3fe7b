// Package assets embeds the files Dateline ships inside its binary: the
// sample article it opens by default and the application icon.
package assets

import _ "embed"

// SampleName is the file name under which the sample article is shown.
const SampleName = "moscow-times-2024-06-12.md"

// Sample is the sample article (Markdown with YAML front matter).
//
//go:embed sample.md
var Sample []byte

// Icon is the application icon (PNG, 512x512).
//
//go:embed icon.png
var Icon []byte
