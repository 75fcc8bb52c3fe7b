#!/usr/bin/env bash
# package-windows.sh cross-compiles the Windows executable from Linux with
# `fyne package -os windows` and mingw-w64:
# dist/dateline-VERSION-windows-amd64.exe, a PE32+ GUI program with the
# icon, a manifest and version information as resources.
#
# It then checks what it built: the PE subsystem is Windows GUI and the
# resource section holds an icon, a version resource and a manifest.
# A cold build takes about 7 minutes on 2 cores. See docs/packaging.md.
#
#   scripts/package-windows.sh               build and check
#   scripts/package-windows.sh --check EXE   only check an executable
set -euo pipefail
# shellcheck source=scripts/package-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/package-common.sh"

out=$dist/dateline-$APP_VERSION-windows-amd64.exe
objdump=${OBJDUMP_WINDOWS:-x86_64-w64-mingw32-objdump}

build() {
	local cc=${CC_WINDOWS:-x86_64-w64-mingw32-gcc} built
	if ! command -v "$cc" >/dev/null 2>&1; then
		DATELINE_EXTRA_PACKAGES="gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64" "$root/.ci/setup"
	fi
	fyne_tool
	stage_source

	say "building $APP_NAME $APP_VERSION for windows/amd64 with $cc (a cold build takes several minutes)"
	(cd "$SRC" && CC=$cc CGO_ENABLED=1 GOOS=windows GOARCH=amd64 fyne_package windows)
	built=$SRC/cmd/dateline/$APP_NAME.exe
	if [[ ! -f $built ]]; then
		say "fyne package wrote no $built"
		ls -la "$SRC/cmd/dateline" >&2
		exit 1
	fi
	cp "$built" "$out.tmp"
	mv "$out.tmp" "$out"
	say "wrote $out ($(du -h "$out" | cut -f1))"
}

# check_exe FILE verifies the executable's header and resources.
check_exe() {
	local f=$1 desc headers
	desc=$(file -b "$f")
	echo "file: $desc"
	[[ $desc == "PE32+ executable"*"(GUI)"*"x86-64"* ]] || { say "not a PE32+ GUI x86-64 executable: $desc"; return 1; }
	headers=$("$objdump" -p "$f")
	grep -q 'Subsystem.*(Windows GUI)' <<<"$headers" || { say "subsystem is not Windows GUI"; return 1; }
	# The top level of the resource directory lists the resource types:
	# objdump prints its entries with three spaces after the offset.
	local types want
	types=$(sed -n '/^The .rsrc Resource Directory section/,/^Resources start/p' <<<"$headers" |
		sed -n 's/^[0-9a-f]*   Entry: ID: 0x0*\([0-9a-f]*\),.*/\1/p' | tr '\n' ' ')
	echo "resource types: $types(hex)"
	for want in "3 ICON" "e GROUP_ICON" "10 VERSION" "18 MANIFEST"; do
		[[ " $types" == *" ${want% *} "* ]] || { say "no ${want#* } resource (type 0x${want% *}) in .rsrc"; return 1; }
	done
	echo "resources: ICON, GROUP_ICON, VERSION and MANIFEST present in .rsrc"
	# The version resource holds UTF-16LE strings: the product version.
	local wide
	wide=$(strings -el "$f")
	if grep -qx "${APP_VERSION//./\\.}\(\.[0-9]*\)\?" <<<"$wide"; then
		echo "version information: ProductVersion $(grep -A1 -x 'ProductVersion' <<<"$wide" | tail -n1)"
	else
		say "version $APP_VERSION not found in the version resource"
		return 1
	fi
}
case ${1:-} in
"")
	build
	check_exe "$out"
	;;
--check)
	[[ -n ${2:-} ]] || { say "usage: $0 --check EXE"; exit 2; }
	check_exe "$2"
	;;
*)
	say "usage: $0 [--check EXE]"
	exit 2
	;;
esac
