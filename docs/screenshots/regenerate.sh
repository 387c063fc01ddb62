#!/bin/sh
# Regenerates the screenshots: docs/screenshots/*.png at 1366x768 in the light palette (the
# README's), and docs/screenshots/wide-dark/*.png at 1920x1080 in the dark one. The History
# page shows a two-release repository built here from the bundled demo and a scenario.
# Usage: docs/screenshots/regenerate.sh [BUILD_DIR]   (default: build)
set -eu
cd "$(dirname "$0")/../.."
build=${1:-build}
cli="$build/app/cli/crossroads-cli"
gui="$build/app/gui/crossroads"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo="$work/posture"
mkdir "$repo"
git -C "$repo" init -q -b main
commit() { git -C "$repo" add . && git -C "$repo" -c user.name=Crossroads -c user.email=docs@crossroads.invalid commit -q -m "$1" && git -C "$repo" tag "$2"; }
"$cli" snapshot --side dev resources/demo/dev -o "$repo/dev.crossroads.json" >/dev/null
"$cli" snapshot --side prod resources/scenarios/network-exposure/prod -o "$repo/prod.crossroads.json" >/dev/null
commit "release 1.0" v1.0
"$cli" snapshot --side prod resources/demo/prod -o "$repo/prod.crossroads.json" >/dev/null
commit "release 1.1" v1.1
# A settings folder of its own: no recent files or window layout of the person running it.
export XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen LANGUAGE=en LANG=C.UTF-8
"$gui" --screenshot docs/screenshots --window-size 1366x768 --palette light --history "$repo"
mkdir -p docs/screenshots/wide-dark
"$gui" --screenshot docs/screenshots/wide-dark --window-size 1920x1080 --palette dark --history "$repo"
