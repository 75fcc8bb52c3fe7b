# Dateline's everyday commands. `make` alone lists them.
# .ci/setup installs what a fresh Debian/Ubuntu machine lacks (make too),
# so the first `make` can also be written `.ci/setup && make ...`.

GO     ?= go
PREFIX ?= /usr/local

.PHONY: help run test check bench pgo eval generate package-linux package-windows package-darwin install clean

help:
	@echo "make run              open the app on the sample article"
	@echo "make test             the README's test command: .ci/setup && go test ./..."
	@echo "make check            gofmt, go vet, then the tests (what CI runs, see .ci/run)"
	@echo "make bench            benchmarks of the timeline packages"
	@echo "make pgo              profile the tagger on real news into cmd/dateline/default.pgo (needs ../shared)"
	@echo "make eval             measure the tagger (and the modality reader) on the shared corpora"
	@echo "make generate         regenerate assets/metadata.go from FyneApp.toml"
	@echo "make package-linux    dist/dateline-VERSION-linux-ARCH.tar.xz (fyne package)"
	@echo "make package-windows  dist/dateline-VERSION-windows-amd64.exe (needs mingw-w64, installed if missing)"
	@echo "make package-darwin   dist/Dateline-VERSION-macos.dmg (on a Mac only)"
	@echo "make install PREFIX=DIR  install the Linux package under DIR (default /usr/local)"
	@echo "make clean            remove dist/ and built binaries"

run:
	.ci/setup && $(GO) run ./cmd/dateline

test:
	.ci/setup && $(GO) test ./...

check:
	.ci/setup
	@unformatted=$$(gofmt -l .); if [ -n "$$unformatted" ]; then \
		echo "not gofmt-formatted:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) test ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./timeline/...

# The product is built with profile-guided optimization: go build (and so
# fyne package) uses cmd/dateline/default.pgo, a CPU profile of the tagger
# on real news (BenchmarkTagNews, which reads ../shared). Regenerate it
# after large changes to the tagger; a stale profile is still safe to use.
pgo:
	$(GO) test -tags ci -run '^$$' -bench 'TagNews' -cpu 1 -benchtime 200x -cpuprofile $(CURDIR)/cmd/dateline/default.pgo ./timeline/temporal/
	rm -f temporal.test timeline/temporal/temporal.test

eval:
	scripts/eval-timex.sh
	@if [ -x scripts/eval-modality.sh ]; then scripts/eval-modality.sh; fi

generate:
	$(GO) generate ./assets

package-linux:
	scripts/package-linux.sh

package-windows:
	scripts/package-windows.sh

package-darwin:
	scripts/package-darwin.sh

install:
	scripts/package-linux.sh --install "$(PREFIX)"

clean:
	rm -rf dist
	rm -f dateline dateline.exe
