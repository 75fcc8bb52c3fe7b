package meta

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		toml string
		want Meta
		err  string // substring of the error; empty for success
	}{
		{
			name: "fyne layout",
			toml: "Website = \"https://example.org/x\"\n\n[Details]\n  Icon = \"assets/icon.png\"\n  Name = \"Dateline\"\n  ID = \"io.github.dateline_app.dateline\"\n  Version = \"0.1.0\"\n  Build = 7\n",
			want: Meta{Name: "Dateline", ID: "io.github.dateline_app.dateline", Version: "0.1.0", Build: 7, Website: "https://example.org/x"},
		},
		{
			name: "comments, literal strings, escapes, other tables",
			toml: "# metadata\n[Details]\nName = 'Date # line' # trailing\nID = \"org.example.app\"\nVersion = \"1.2.3-rc.1\"\n[Release]\nName = \"ignored\"\n[Details.Extra]\nX = 1\n",
			want: Meta{Name: "Date # line", ID: "org.example.app", Version: "1.2.3-rc.1"},
		},
		{
			name: "quoted escape",
			toml: "[Details]\nName = \"Say \\\"hi\\\"\"\nID = \"org.example.app\"\nVersion = \"0.0.1\"\n",
			want: Meta{Name: `Say "hi"`, ID: "org.example.app", Version: "0.0.1"},
		},
		{
			name: "CRLF line ends",
			toml: "[Details]\r\nName = \"D\"\r\nID = \"org.example.app\"\r\nVersion = \"2.0.0\"\r\n",
			want: Meta{Name: "D", ID: "org.example.app", Version: "2.0.0"},
		},
		{name: "missing version", toml: "[Details]\nName = \"D\"\nID = \"org.example.app\"\n", err: "FyneApp.toml: Details.Version is missing"},
		{name: "keys outside Details", toml: "Name = \"D\"\nID = \"org.example.app\"\nVersion = \"1.0.0\"\n", err: "Details.Name is missing"},
		{name: "bad version", toml: "[Details]\nName = \"D\"\nID = \"org.example.app\"\nVersion = \"v1.0\"\n", err: "FyneApp.toml:4: Details.Version = \"v1.0\": want a semantic version"},
		{name: "bad id", toml: "[Details]\nName = \"D\"\nID = \"dateline\"\nVersion = \"1.0.0\"\n", err: "FyneApp.toml:3: Details.ID"},
		{name: "unquoted string", toml: "[Details]\nName = Dateline\n", err: "FyneApp.toml:2: Details.Name: Dateline is not a quoted string"},
		{name: "unclosed string", toml: "[Details]\nName = \"Dateline\n", err: "FyneApp.toml:2"},
		{name: "bad build", toml: "[Details]\nBuild = \"x\"\n", err: "FyneApp.toml:2: Build = \"x\": want a whole number"},
		{name: "set twice", toml: "[Details]\nName = \"A\"\nName = \"B\"\n", err: "FyneApp.toml:3: Details.Name is set twice (first on line 2)"},
		{name: "garbage line", toml: "[Details]\nthis is not toml\n", err: "FyneApp.toml:2: cannot read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse("FyneApp.toml", []byte(tt.toml))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Parse(%q) error = %v; want one containing %q", tt.toml, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.toml, err)
			}
			if got != tt.want {
				t.Errorf("Parse(%q) = %+v; want %+v", tt.toml, got, tt.want)
			}
		})
	}
}

func TestSource(t *testing.T) {
	m := Meta{Name: `Odd "name"`, ID: "org.example.app", Version: "1.2.3", Build: 99, Website: "https://example.org"}
	src := string(Source(m))
	f, err := parser.ParseFile(token.NewFileSet(), "metadata.go", src, parser.ParseComments)
	if err != nil {
		t.Fatalf("Source does not parse: %v\n%s", err, src)
	}
	if f.Name.Name != "assets" {
		t.Errorf("package %s; want assets", f.Name.Name)
	}
	for _, want := range []string{`AppName = "Odd \"name\""`, `AppID = "org.example.app"`, `Version = "1.2.3"`, "DO NOT EDIT", "go generate ./assets"} {
		if !strings.Contains(src, want) {
			t.Errorf("Source lacks %s:\n%s", want, src)
		}
	}
	if strings.Contains(src, "99") {
		t.Errorf("Source holds the Build number (fyne package bumps it on every run):\n%s", src)
	}
	// A different Build gives the same file, so packaging leaves it fresh.
	m.Build = 100
	if string(Source(m)) != src {
		t.Error("Source depends on Build")
	}
}

func TestEnv(t *testing.T) {
	m := Meta{Name: "It's mine", ID: "org.example.app", Version: "1.2.3", Build: 4, Website: "https://x.org/$HOME"}
	want := "APP_NAME='It'\\''s mine'\nAPP_ID='org.example.app'\nAPP_VERSION='1.2.3'\nAPP_BUILD=4\nAPP_WEBSITE='https://x.org/$HOME'\n"
	if got := Env(m); got != want {
		t.Errorf("Env(%+v) =\n%s\nwant\n%s", m, got, want)
	}
}
