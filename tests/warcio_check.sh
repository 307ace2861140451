#!/bin/sh
# Read a WARC with the warcio npm package (an independent implementation)
# and print one JSON line per record (see warcio_check.mjs).
#
#   tests/warcio_check.sh FILE
#
# warcio is installed once into build/warcio-node/node_modules (git-ignored,
# kept between runs). Exit 77 when node/npm or the npm registry is not
# available, so the calling test can skip instead of failing.
set -u
here=$(cd "$(dirname "$0")" && pwd)
dir=${WARCIO_DIR:-$here/../build/warcio-node}
command -v node >/dev/null 2>&1 || { echo "warcio_check: node not installed" >&2; exit 77; }
if [ ! -f "$dir/node_modules/warcio/package.json" ]; then
	command -v npm >/dev/null 2>&1 || { echo "warcio_check: npm not installed" >&2; exit 77; }
	mkdir -p "$dir" || exit 77
	if ! (cd "$dir" && timeout 180 npm install --no-audit --no-fund --no-save --prefix . warcio@2 >npm-install.log 2>&1); then
		echo "warcio_check: npm install warcio failed (offline?), see $dir/npm-install.log" >&2
		exit 77
	fi
fi
WARCIO_DIR=$dir exec node "$here/warcio_check.mjs" read "$1"
