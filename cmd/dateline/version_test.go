package main

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/dateline-app/dateline/assets"
)

func TestFormatVersion(t *testing.T) {
	setting := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	tests := []struct {
		name   string
		linked string // -X main.revision
		info   *debug.BuildInfo
		want   string
	}{
		{"no build info", "", nil, "Dateline 1.2.3 (org.example.app)"},
		{"linked revision only", "0123456789ab", nil, "Dateline 1.2.3 (org.example.app), revision 0123456789ab"},
		{"linked revision, no vcs stamp", "0123456789ab-modified", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}},
			"Dateline 1.2.3 (org.example.app), revision 0123456789ab-modified, go1.26.8"},
		{"vcs stamp wins", "ffff", &debug.BuildInfo{Settings: setting("vcs.revision", "abc")},
			"Dateline 1.2.3 (org.example.app), revision abc"},
		{"devel, no vcs", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}},
			"Dateline 1.2.3 (org.example.app), go1.26.8"},
		{"clean checkout", "", &debug.BuildInfo{GoVersion: "go1.26.8", Settings: setting(
			"vcs", "git", "vcs.revision", "0123456789abcdef0123", "vcs.time", "2026-11-26T10:00:00Z", "vcs.modified", "false")},
			"Dateline 1.2.3 (org.example.app), revision 0123456789ab of 2026-11-26T10:00:00Z, go1.26.8"},
		{"modified checkout", "", &debug.BuildInfo{Settings: setting("vcs.revision", "abc", "vcs.modified", "true")},
			"Dateline 1.2.3 (org.example.app), revision abc+modified"},
		{"go install at a version", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.3"}},
			"Dateline 1.2.3 (org.example.app), module v1.2.3, go1.26.8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := formatVersion("Dateline", "1.2.3", "org.example.app", tt.linked, tt.info); got != tt.want {
				t.Errorf("formatVersion(%q, %+v) = %q; want %q", tt.linked, tt.info, got, tt.want)
			}
		})
	}
}

// TestVersionFlag checks that every spelling prints the metadata from
// FyneApp.toml (through package assets) and exits 0.
func TestVersionFlag(t *testing.T) {
	for _, arg := range []string{"--version", "-version", "version"} {
		t.Run(arg, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run([]string{arg}, strings.NewReader(""), &stdout, &stderr)
			if code != exitOK {
				t.Fatalf("run(%q) = %d; want %d (stderr %q)", arg, code, exitOK, stderr.String())
			}
			want := assets.AppName + " " + assets.Version + " (" + assets.AppID + ")"
			if !strings.HasPrefix(stdout.String(), want) || !strings.HasSuffix(stdout.String(), "\n") {
				t.Errorf("run(%q) printed %q; want a line starting %q", arg, stdout.String(), want)
			}
		})
	}
}
