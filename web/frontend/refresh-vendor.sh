#!/usr/bin/env bash
# Re-vendors the dashboard's third-party browser code from the npm registry at the exact versions in
# package-lock.json. Run after changing the version in package.json (then `npm install --package-lock-only`).
# The Maven build never runs npm: the vendored files are committed, so the product builds offline.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund
target=../src/main/resources/static/vendor/echarts
mkdir -p "$target"
# The ES-module build bundles zrender and tslib, so the browser imports one self-contained file.
cp node_modules/echarts/dist/echarts.esm.min.js "$target/echarts.esm.min.js"
cp node_modules/echarts/LICENSE node_modules/echarts/NOTICE "$target/"
node -e 'console.log("echarts " + require("./node_modules/echarts/package.json").version)' > "$target/VERSION"
echo "vendored $(cat "$target/VERSION") into $target"
