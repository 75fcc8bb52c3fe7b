package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/dateline-app/dateline/assets"
)

// revision is the source revision when the build info has none: the
// packaging scripts build from an exported copy of the tree, without VCS
// data, and set it with -ldflags=-X=main.revision=REV.
var revision string

// versionString is what `dateline --version` prints: the name, version and
// ID from FyneApp.toml (through package assets), then the source revision
// and Go version when the binary records them.
func versionString() string {
	info, _ := debug.ReadBuildInfo()
	return formatVersion(assets.AppName, assets.Version, assets.AppID, revision, info)
}

// formatVersion is versionString with its inputs made explicit, for tests.
// linked is the revision set at link time; info may be nil.
func formatVersion(name, version, id, linked string, info *debug.BuildInfo) string {
	s := fmt.Sprintf("%s %s (%s)", name, version, id)
	if info == nil {
		info = &debug.BuildInfo{}
	}
	rev, when := linked, ""
	var modified bool
	for _, kv := range info.Settings {
		switch kv.Key {
		case "vcs.revision":
			rev = kv.Value // the toolchain's stamp wins over a linked one
			if len(rev) > 12 {
				rev = rev[:12]
			}
		case "vcs.time":
			when = kv.Value
		case "vcs.modified":
			modified = kv.Value == "true"
		}
	}
	var extra []string
	switch {
	case rev != "":
		if modified {
			rev += "+modified"
		}
		r := "revision " + rev
		if when != "" {
			r += " of " + when
		}
		extra = append(extra, r)
	case info.Main.Version != "" && info.Main.Version != "(devel)":
		// Built by `go install module@version`: no VCS stamp, but a
		// module version.
		extra = append(extra, "module "+info.Main.Version)
	}
	if info.GoVersion != "" {
		extra = append(extra, info.GoVersion)
	}
	if len(extra) > 0 {
		s += ", " + strings.Join(extra, ", ")
	}
	return s
}
