#!/usr/bin/env bash
# Cold compile of N small Java revisions (default 1000) in a fresh JVM with bin/retort's JVM
# flags: prints the time of a load with an empty class cache (one javac task for all files) and of
# a load from the cache. The difference is what compiling adds. Run from the checkout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -pl retort-core test-compile dependency:build-classpath -Dmdep.outputFile="$root/retort-core/target/bench-cp.txt" >&2
cp="retort-core/target/classes:retort-core/target/test-classes:$(cat retort-core/target/bench-cp.txt)"
for _ in 1 2 3; do
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -cp "$cp" dev.retort.runtime.load.CompileBench "${1:-1000}"
done
