#!/usr/bin/env bash
# Copies the specification's worked examples (../shared/spec/examples beside the repository) into
# test/fixtures/spec-examples, which the tests read: run it whenever the specification changes.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=${1:-../shared/spec/examples}
[ -d "$source_dir" ] || { echo "no spec examples at $source_dir" >&2; exit 2; }
rm -rf test/fixtures/spec-examples
cp -R "$source_dir" test/fixtures/spec-examples
echo "test/fixtures/spec-examples: $(find test/fixtures/spec-examples -mindepth 1 -maxdepth 1 -type d | wc -l) examples from $source_dir"
