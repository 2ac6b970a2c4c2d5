#!/usr/bin/env bash
# Side-by-side speed: English articles through Stanford CoreNLP (tokenize,ssplit,pos,lemma,ner) and
# through Marsad's whole pipeline, in one run. CoreNLP comes from Maven Central through this folder's
# own pom (not a module of Marsad's build); Marsad is the launcher's jar, built when stale.
# Usage: tools/corenlp/compare.sh [--passes N] PATH...   (any input `marsad extract` reads)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ $# -eq 0 ]; then
  sed -n '2,5p' "$0" >&2
  exit 2
fi
"$root/marsad" --help > /dev/null  # builds marsad-cli/target/marsad.jar when missing or stale
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
# CoreNLP's English models want a few GiB; the comparison is single-threaded on both sides.
java ${COMPARE_JAVA_OPTS:--Xmx4g -XX:+UseParallelGC} -Dmarsad.home="$root" \
  -cp "$root/marsad-cli/target/marsad.jar:$(cat "$cp_file")" "$here/CompareCoreNLP.java" "$@"
