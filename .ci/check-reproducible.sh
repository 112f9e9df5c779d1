#!/usr/bin/env bash
# Builds the published modules twice, each time from its own copy of the sources in its own directory, and checks
# that every jar (classes and sources) comes out byte for byte the same: project.build.outputTimestamp in the parent pom fixes
# the entries' times, and nothing of the build's directory, user or clock may reach a jar.
# Extra arguments go to Maven, e.g. -o or -Dmaven.repo.local=...  Exit status 1 lists the jars that differ.
set -euo pipefail
cd "$(dirname "$0")/.."

# the published modules (examples and benchmarks are not released)
MODULES=itm-core,itm-governance,itm-operations,itm-capacity,itm-risk,itm-metrics,itm-testkit,itm-store-jdbc,\
itm-notify-adapters,itm-flink

work=$(mktemp -d "${TMPDIR:-/tmp}/itm-reproducible.XXXXXX")
trap 'rm -rf "$work"' EXIT

build() {
  local dir="$work/$1"
  mkdir -p "$dir"
  # the working tree as it is (committed or not), without earlier build output
  tar --exclude=./.git --exclude='./*/target' --exclude=./target -cf - . | tar -xf - -C "$dir"
  # tests and javadoc add nothing to what is compared; Error Prone does not change the class files
  (cd "$dir" && mvn -B -q "${@:2}" -pl "$MODULES" -am package -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -Derrorprone.skip \
    -Djapicmp.skip=true)
  (cd "$dir" && find . -maxdepth 3 -path '*/target/*.jar' -type f | sort | xargs sha256sum) > "$work/$1.sha256"
}

build first "$@"
build second "$@"

count=$(wc -l < "$work/first.sha256")
if diff "$work/first.sha256" "$work/second.sha256" > "$work/diff"; then
  echo "reproducible: $count jars identical in two builds"
else
  echo "NOT reproducible: these jars differ between two builds:" >&2
  grep '^[<>]' "$work/diff" >&2
  exit 1
fi
