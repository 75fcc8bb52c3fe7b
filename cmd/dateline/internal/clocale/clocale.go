// Package clocale keeps the C locale from making the GUI toolkit log an
// error at start-up.
//
// Under LANG=C.UTF-8 (Debian and Ubuntu containers, CI runners) Fyne's
// locale lookup takes "C" for a language tag, fails to parse it, and logs
// "Fyne error: Error parsing user locale C" from a package initialiser,
// before main runs: every "dateline tag" printed it on stderr. The C locale
// means "no localisation", which for Fyne is English; saying so in
// LANGUAGE, which the lookup reads first when the locale is not plain "C",
// avoids the error and changes nothing else.
//
// The package must be initialised before fyne.io/fyne/v2/lang reads the
// environment. Go initialises packages in the order of their import paths
// among those whose imports are ready; this one imports only os and
// strings, and its path sorts before the locale library's
// (github.com/jeandeaual/go-locale), which Fyne's lang package waits for.
// TestLocaleNoise in cmd/dateline checks the effect.
package clocale

import (
	"os"
	"strings"
)

func init() {
	if os.Getenv("LANGUAGE") != "" {
		return
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		if base, _, _ := strings.Cut(v, "."); base == "C" || base == "POSIX" {
			os.Setenv("LANGUAGE", "en")
		}
		return
	}
}
