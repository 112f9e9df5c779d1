#!/usr/bin/env bash
# Records the public API baseline that `mvn verify` checks with japicmp: builds each published module's jar and
# copies it to api-baseline/<artifactId>-0.1.jar. Run it only for a conscious API change (docs/api-compatibility.md)
# and commit the jars it writes. Extra arguments go to Maven, e.g. -o or -Dmaven.repo.local=...
set -euo pipefail
cd "$(dirname "$0")/.."

BASELINE=0.1
MODULES=(itm-core itm-governance itm-operations itm-capacity itm-risk itm-metrics itm-testkit itm-store-jdbc
  itm-notify-adapters itm-flink)

list=$(IFS=,; echo "${MODULES[*]}")
# only the classes matter here: no tests, no javadoc, no static analysis, and no comparison with the old baseline
mvn -B -q "$@" -pl "$list" -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -Derrorprone.skip -Djapicmp.skip=true

# the project's version, from the parent pom's own <version> line
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
mkdir -p api-baseline
for m in "${MODULES[@]}"; do
  cp "$m/target/$m-$version.jar" "api-baseline/$m-$BASELINE.jar"
  echo "recorded api-baseline/$m-$BASELINE.jar from $m/target/$m-$version.jar"
done
