package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestMain lets TestLocaleNoise run this test binary as the command.
func TestMain(m *testing.M) {
	if os.Getenv("DATELINE_RUN_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// TestLocaleNoise runs "dateline tag" as a new process under the C
// locale of Debian containers and CI runners (LANG=C.UTF-8): the GUI
// toolkit's package initialisers must not log a locale error on stderr
// (see internal/clocale).
func TestLocaleNoise(t *testing.T) {
	cmd := exec.Command(os.Args[0], "tag", "--published", "2024-06-12", "-")
	cmd.Env = append(os.Environ(), "DATELINE_RUN_MAIN=1", "LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
	cmd.Stdin = strings.NewReader("The talks resumed in March.")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("dateline tag: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stdout.String(), `"value":"2024-03"`) {
		t.Errorf("stdout = %q; want the March timex", stdout.String())
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr under LANG=C.UTF-8 = %q; want nothing", stderr.String())
	}
}
