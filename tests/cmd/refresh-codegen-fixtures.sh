#!/usr/bin/env bash
# Rewrites the expected generated Rust of the codegen-* trycmd cases after an intended change
# to the generator. Review the diff before committing it.
set -euo pipefail
cd "$(dirname "$0")"
cargo build --quiet -p xtask
xtask=../../target/debug/xtask
for input in codegen-*.in; do
  case=${input%.in}
  [ "$case" = codegen-check-stale ] && continue
  # Only the cases whose expected output is generated Rust: a failing case writes none, and
  # the features case's is the manifest alone, which the trycmd overwrite below rewrites.
  [ -d "$case.out/out" ] || continue
  rm -rf "$case.out"
  # A case that keeps the CLI's command tree too (`.out/cli`) names --cli-out in its args.
  cli=()
  grep -q -- '--cli-out' "$case.toml" && cli=(--cli-out "$case.out/cli")
  "$xtask" codegen --spec "$input/spec" --out "$case.out/out" "${cli[@]}" >/dev/null
done
# The stale tree: the struct case's output with one file changed, one missing and one extra.
stale=codegen-check-stale.in/out
rm -rf "$stale" && mkdir -p "$stale" && cp -r codegen-struct.out/out/. "$stale/"
rm "$stale/examples.rs"
sed -i 's/Fetches one thing/Fetched one thing/' "$stale/requests/api.rs"
printf '// @generated from spec/old.yaml by `cargo xtask codegen`. Do not edit by hand.\n' > "$stale/types/old.rs"
echo "// a hand-written file is never touched" > "$stale/notes.rs"
TRYCMD=overwrite cargo test --quiet -p xtask --test cli
