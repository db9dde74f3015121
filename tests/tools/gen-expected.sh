#!/usr/bin/env bash
# Regenerates `<name>.expected` next to each given `<name>.js` by running it in node
# (the reference for byte-for-byte output) with the `print` prelude, in UTC.
# Usage: tests/tools/gen-expected.sh tests/js/some/dir/*.js
# Files with a `// golden: manual` line are skipped (engine-specific expectations).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
for f in "$@"; do
  case "$f" in *.js) ;; *) continue ;; esac
  if grep -q '^// golden: manual' "$f"; then continue; fi
  out="${f%.js}.expected"
  # Run as a classic (sloppy) script, not a CommonJS module: vm.runInThisContext.
  # The wrapper runs inside a function so its own names never collide with the
  # test's top-level declarations.
  TZ=UTC node -e '
    (function () {
      require(process.argv[1]);
      var source = require("fs").readFileSync(process.argv[2], "utf8");
      try { require("vm").runInThisContext(source, { filename: process.argv[2] }); }
      catch (e) { process.stdout.write("Uncaught " + String(e) + "\n"); process.exitCode = 1; }
    })();
  ' "$here/node-prelude.js" "$f" > "$out" || true
done
