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
marker=$dir/node_modules/warcio/dist/index.js
if [ ! -f "$marker" ]; then
	command -v npm >/dev/null 2>&1 || { echo "warcio_check: npm not installed" >&2; exit 77; }
	mkdir -p "$dir" || exit 77
	# tests run in parallel: one installs, the others wait for it
	exec 9>"$dir/.install.lock"
	flock 9
	if [ ! -f "$marker" ] &&
	   ! (cd "$dir" && timeout 180 npm install --no-audit --no-fund --no-save --prefix . warcio@2 >npm-install.log 2>&1); then
		echo "warcio_check: npm install warcio failed (offline?), see $dir/npm-install.log" >&2
		exit 77
	fi
	flock -u 9
	exec 9>&-
	[ -f "$marker" ] || { echo "warcio_check: warcio installed without $marker" >&2; exit 77; }
fi
WARCIO_DIR=$dir exec node "$here/warcio_check.mjs" read "$1"
