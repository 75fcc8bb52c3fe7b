package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/dateline-app/dateline/assets"
)

// versionString is what `dateline --version` prints: the name, version and
// ID from FyneApp.toml (through package assets), then the source revision
// and Go version when the binary records them.
func versionString() string {
	info, _ := debug.ReadBuildInfo()
	return formatVersion(assets.AppName, assets.Version, assets.AppID, info)
}

// formatVersion is versionString with its inputs made explicit, for tests.
// info may be nil.
func formatVersion(name, version, id string, info *debug.BuildInfo) string {
	s := fmt.Sprintf("%s %s (%s)", name, version, id)
	if info == nil {
		return s
	}
	var rev, when string
	var modified bool
	for _, kv := range info.Settings {
		switch kv.Key {
		case "vcs.revision":
			rev = kv.Value
		case "vcs.time":
			when = kv.Value
		case "vcs.modified":
			modified = kv.Value == "true"
		}
	}
	var extra []string
	switch {
	case rev != "":
		if len(rev) > 12 {
			rev = rev[:12]
		}
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
