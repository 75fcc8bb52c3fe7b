#!/usr/bin/env bash
# package-linux.sh builds the Linux package with `fyne package -os linux`:
# dist/dateline-VERSION-linux-ARCH.tar.xz, holding the binary, a desktop
# entry and the icon under usr/local/.
#
#   scripts/package-linux.sh                  build the archive
#   scripts/package-linux.sh --install PREFIX install the archive's files under
#                                             PREFIX (bin/, share/applications/,
#                                             share/icons/); DESTDIR is honoured
#
# See docs/packaging.md.
set -euo pipefail
# shellcheck source=scripts/package-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/package-common.sh"

arch=$(go env GOARCH)
tarball=$dist/dateline-$APP_VERSION-linux-$arch.tar.xz

build() {
	"$root/.ci/setup"
	fyne_tool
	stage_source
	local out
	out=$(mktemp -d "${TMPDIR:-/tmp}/dateline-linux.XXXXXX")
	say "building $APP_NAME $APP_VERSION for linux/$arch (a cold Fyne build takes minutes)"
	(cd "$out" && fyne_package linux)
	if [[ ! -f $out/$APP_NAME.tar.xz ]]; then
		say "fyne package wrote no $APP_NAME.tar.xz"
		ls -la "$out" >&2
		exit 1
	fi
	mv "$out/$APP_NAME.tar.xz" "$tarball"
	rm -rf "$out"
	say "wrote $tarball"
	tar -tJf "$tarball" >&2
}

# install_to PREFIX installs the archive's binary, desktop entry and icon
# under DESTDIR/PREFIX; the desktop entry runs PREFIX/bin/dateline.
install_to() {
	local prefix=$1 dest tmp bin desktop icon
	[[ $prefix == /* ]] || prefix=$(pwd)/$prefix
	[[ -f $tarball ]] || build
	tmp=$(mktemp -d)
	tar -xJf "$tarball" -C "$tmp"
	bin=$(find "$tmp" -path '*/bin/*' -type f | head -n1)
	desktop=$(find "$tmp" -name '*.desktop' -type f | head -n1)
	icon=$(find "$tmp" -path '*/pixmaps/*' -type f | head -n1)
	if [[ -z $bin || -z $desktop || -z $icon ]]; then
		say "$tarball lacks a binary, a desktop entry or an icon"
		rm -rf "$tmp"
		exit 1
	fi
	dest=${DESTDIR:-}$prefix
	install -Dm755 "$bin" "$dest/bin/dateline"
	sed -e "s|^Exec=[^ ]*|Exec=$prefix/bin/dateline|" -e "s|^TryExec=.*|TryExec=$prefix/bin/dateline|" \
		"$desktop" >"$tmp/entry.desktop"
	install -Dm644 "$tmp/entry.desktop" "$dest/share/applications/$APP_ID.desktop"
	install -Dm644 "$icon" "$dest/share/icons/hicolor/512x512/apps/$APP_ID.png"
	install -Dm644 "$icon" "$dest/share/pixmaps/$APP_ID.png"
	rm -rf "$tmp"
	say "installed under $dest:"
	(cd "$dest" && find bin share -type f | sort) >&2
}

case ${1:-} in
"") build ;;
--install)
	[[ -n ${2:-} ]] || { say "usage: $0 --install PREFIX"; exit 2; }
	install_to "$2"
	;;
*)
	say "usage: $0 [--install PREFIX]"
	exit 2
	;;
esac
