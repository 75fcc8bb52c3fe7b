# shellcheck shell=bash
# package-common.sh is sourced by scripts/package-{linux,windows,darwin}.sh.
#
# It reads the metadata from FyneApp.toml (APP_NAME, APP_ID, APP_VERSION,
# APP_BUILD), makes sure the fyne packaging tool is installed at the pinned
# version (outside go.mod: fyne.io/tools would pull in a newer Fyne), and
# exports the source to package into a scratch directory, so that the files
# `fyne package` writes beside the main package (fyne.syso, the binary, a
# bumped Build in FyneApp.toml) never land in the working tree.
#
# Environment:
#   DIST            where packages are written (default: dist/)
#   PACKAGE_SOURCE  head (default): the committed tree, as a release builds it;
#                   worktree: the working tree, uncommitted changes included
set -euo pipefail

FYNE_TOOLS_VERSION=v1.7.4

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
dist=${DIST:-$root/dist}
mkdir -p "$dist"
dist=$(cd "$dist" && pwd)

say() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; }

eval "$(go run ./assets/internal/meta/genmeta -toml FyneApp.toml -env)"

# fyne_tool sets FYNE to the fyne command at FYNE_TOOLS_VERSION, installing
# it into GOBIN (or GOPATH/bin) when it is missing or another version.
fyne_tool() {
	local bin
	bin=$(go env GOBIN)
	[[ -n $bin ]] || bin=$(go env GOPATH)/bin
	FYNE=$bin/fyne
	if [[ $("$FYNE" version 2>/dev/null) != *"cli version: $FYNE_TOOLS_VERSION"* ]]; then
		say "installing fyne.io/tools/cmd/fyne@$FYNE_TOOLS_VERSION into $bin"
		(cd / && GOFLAGS='' go install "fyne.io/tools/cmd/fyne@$FYNE_TOOLS_VERSION")
	fi
	[[ $("$FYNE" version 2>/dev/null) == *"cli version: $FYNE_TOOLS_VERSION"* ]] || {
		say "$FYNE is not version $FYNE_TOOLS_VERSION"
		exit 1
	}
}

# stage_source copies the source into a new scratch directory and sets SRC
# to it; the directory is removed on exit.
stage_source() {
	SRC=$(mktemp -d "${TMPDIR:-/tmp}/dateline-package.XXXXXX")
	trap 'rm -rf "$SRC"' EXIT
	REVISION=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
	case ${PACKAGE_SOURCE:-head} in
	head)
		if [[ -n $(git status --porcelain --untracked-files=no 2>/dev/null) ]]; then
			say "note: packaging the last commit ($(git rev-parse --short HEAD)); uncommitted changes are left out (PACKAGE_SOURCE=worktree takes them)"
		fi
		git archive HEAD | tar -x -C "$SRC"
		;;
	worktree)
		[[ -z $(git status --porcelain --untracked-files=no 2>/dev/null) ]] || REVISION+=-modified
		tar -c --exclude=./.git --exclude=./dist . | tar -x -C "$SRC"
		;;
	*)
		say "PACKAGE_SOURCE=${PACKAGE_SOURCE}: want head or worktree"
		exit 2
		;;
	esac
	# fyne package reads FyneApp.toml beside the main package: a copy there
	# gives it the sections that have no flag ([LinuxAndBSD], [CanOpen], ...).
	# The flags fyne_package passes win over its Details; the Build it bumps
	# is the copy's.
	cp "$SRC/FyneApp.toml" "$SRC/cmd/dateline/FyneApp.toml"
}

# fyne_package OS [extra fyne flags...] runs `fyne package` on the staged
# source, with the metadata of FyneApp.toml passed as flags, writing into
# the current directory. The binary is stamped with the source revision
# (the staged copy has no VCS data of its own).
fyne_package() {
	local os=$1
	shift
	GOFLAGS="${GOFLAGS:-} -ldflags=-X=main.revision=$REVISION" "$FYNE" package --os "$os" --src "$SRC/cmd/dateline" --release \
		--name "$APP_NAME" --app-id "$APP_ID" --app-version "$APP_VERSION" --app-build "$APP_BUILD" \
		--icon "$SRC/assets/icon.png" "$@"
}
