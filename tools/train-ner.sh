#!/usr/bin/env bash
# Retrains Marsad's bundled name models (marsad-core/src/main/resources/marsad/ner/{ar,ru,en}.model)
# from the public corpora given as arguments, on all of each corpus. It first trains the same models
# without every 10th document (or piece of 25 sentences), into target/ner-held-out/XX.model, so that
# 'marsad eval ner --held-out 10 --model target/ner-held-out/XX.model' measures on text that model
# never saw (docs/RESULTS.md, "Named entities"). The same corpora give byte-identical models.
# See docs/DATA-FORMATS.md ("ner/XX.model").
#
# usage: tools/train-ner.sh NEWSFANE_FILE FACTRUEVAL_DEVSET_DIR WIKIGOLD_FILE RE3D_DATA_BY_SOURCE_DIR
#   NEWSFANE_FILE            NewsFANE_Gold_2014_170K.txt (Arabic, CC BY-SA 3.0)
#   FACTRUEVAL_DEVSET_DIR    factRuEval-2016 devset/ (Russian, MIT)
#   WIKIGOLD_FILE            wikigold.conll.txt (English, CC BY 4.0)
#   RE3D_DATA_BY_SOURCE_DIR  re3d CONLL-format/data-by-source/conll/ (English); its BBC_Online part
#                            is left out, as its licence forbids commercial use
set -euo pipefail
if [ $# -ne 4 ]; then
  sed -n '2,13p' "$0" >&2
  exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/marsad-core/src/main/resources/marsad/ner"
newsfane="$1" factrueval="$2" wikigold="$3" re3d="$4"
re3d_sources=(Australian_Department_of_Foreign_Affairs CENTCOM Delegation_of_the_European_Union_to_Syria
              UK_Government US_State_Department Wikipedia)

(cd "$root" && mvn -q -B -DskipTests package)
marsad() { java -jar "$root/marsad-cli/target/marsad.jar" "$@"; }

# held out: every 10th unit left out, models outside the sources; then every unit, the bundled models
for run in "10 $root/target/ner-held-out" "0 $out"; do
  set -- $run
  hold="$1" dir="$2"
  marsad train ner --lang ar --format newsfane --hold-out "$hold" --attach-clitics --out "$dir/ar.model" "$newsfane"
  marsad train ner --lang ru --format factrueval --hold-out "$hold" --out "$dir/ru.model" "$factrueval"
  marsad train ner --lang en --format conll --hold-out "$hold" --proper-names --listed-types --out "$dir/en.model" \
    "$wikigold" "${re3d_sources[@]/#/$re3d/}"
done
