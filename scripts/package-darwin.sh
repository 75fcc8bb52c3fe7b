#!/usr/bin/env bash
# package-darwin.sh builds the macOS app bundle with `fyne package -os
# darwin` and wraps it in a disk image with hdiutil:
# dist/Dateline-VERSION-macos-ARCH.dmg (and dist/Dateline.app).
#
# It must run on a Mac with the Xcode command line tools (cgo needs Apple's
# clang and SDK); the release workflow runs it on a hosted macOS runner.
# The app is not signed or notarised. See docs/packaging.md.
set -euo pipefail
# shellcheck source=scripts/package-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/package-common.sh"

if [[ $(uname -s) != Darwin ]]; then
	say "a macOS package can only be built on macOS (Fyne needs Apple's SDK through cgo);"
	say "push a tag and the release workflow builds it on a macOS runner (.github/workflows/release.yml)"
	exit 1
fi
command -v hdiutil >/dev/null || { say "hdiutil not found"; exit 1; }

arch=$(go env GOARCH)
fyne_tool
stage_source
out=$(mktemp -d "${TMPDIR:-/tmp}/dateline-darwin.XXXXXX")
say "building $APP_NAME $APP_VERSION for darwin/$arch"
(cd "$out" && fyne_package darwin)
app=$out/$APP_NAME.app
[[ -d $app ]] || { say "fyne package wrote no $app"; ls -la "$out" >&2; exit 1; }
rm -rf "$dist/$APP_NAME.app"
cp -R "$app" "$dist/$APP_NAME.app"

dmg=$dist/$APP_NAME-$APP_VERSION-macos-$arch.dmg
stage=$out/dmg
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "$APP_NAME" -srcfolder "$stage" -ov -format UDZO "$dmg"
rm -rf "$out"
say "wrote $dmg"
plutil -p "$dist/$APP_NAME.app/Contents/Info.plist" | grep -E 'CFBundleIdentifier|CFBundleShortVersionString|CFBundleIconFile' >&2 || true
