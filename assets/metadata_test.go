package assets

import (
	"bytes"
	"os"
	"testing"

	"github.com/dateline-app/dateline/assets/internal/meta"
)

// TestMetadataUpToDate fails when metadata.go no longer says what
// FyneApp.toml says. The Build number is not compared: `fyne package`
// bumps it on every run.
func TestMetadataUpToDate(t *testing.T) {
	data, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m, err := meta.Parse("FyneApp.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("metadata.go")
	if err != nil {
		t.Fatal(err)
	}
	if want := meta.Source(m); !bytes.Equal(got, want) {
		t.Errorf("assets/metadata.go is stale: FyneApp.toml says name %q, ID %q, version %q; run: go generate ./assets",
			m.Name, m.ID, m.Version)
	}
	if AppID != m.ID || AppName != m.Name || Version != m.Version {
		t.Errorf("AppID, AppName, Version = %q, %q, %q; FyneApp.toml says %q, %q, %q",
			AppID, AppName, Version, m.ID, m.Name, m.Version)
	}
}
