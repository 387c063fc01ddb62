#!/bin/sh
# Runs every fuzz target of a CROSSROADS_FUZZ build for SECONDS each, from the seeds (this
# folder's seeds/ and regressions/, the demo, the scenarios and ../shared/corpus), and fails on
# the first crash, leak of time or memory, or sanitizer report. See docs/reliability.md.
#   tests/fuzz/run.sh BUILD_DIR [SECONDS] [HARNESS...]
# With CROSSROADS_FUZZ_RUNS=N each target runs N inputs instead (SECONDS 0: no time limit), as
# the campaign in docs/reliability.md did.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build=$(cd "${1:?usage: run.sh BUILD_DIR [SECONDS] [HARNESS...]}" && pwd)
seconds=${2:-30}
[ $# -ge 2 ] && shift 2 || shift $#
harnesses=${*:-document import policy baseline signature key envfile}
corpus=${CROSSROADS_CORPUS_DIR:-$source_dir/../shared/corpus}
work=$build/fuzz-work
cli=$build/app/cli/crossroads-cli
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export XDG_CONFIG_HOME=$work/home LANG=C.UTF-8

mkdir -p "$work/home"
seeds() { # the seeds of one harness, gathered once into $work/seeds/NAME
    dir=$work/seeds/$1
    [ -d "$dir" ] && return 0
    mkdir -p "$dir"
    cp -r "$here/seeds/$1/." "$dir/"
    case $1 in
    document | import)
        find "$source_dir/resources/demo" "$source_dir/tests/scenarios" -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) \
            ! -name scenario.json -exec cp {} "$dir/" \;
        if [ -f "$corpus/MANIFEST.tsv" ]; then
            tail -n +2 "$corpus/MANIFEST.tsv" | cut -f1 | while read -r file; do
                [ -f "$corpus/$file" ] && cp "$corpus/$file" "$dir/$(echo "$file" | tr / _)"
            done
        fi
        if [ "$1" = import ] && [ -x "$cli" ]; then
            "$cli" snapshot --side dev "$source_dir/resources/demo/dev" -o "$dir/demo-dev.crossroads.json"
            "$cli" snapshot --side prod "$source_dir/resources/demo/prod" -o "$dir/demo-prod.crossroads.json"
        fi ;;
    baseline)
        if [ -x "$cli" ]; then
            "$cli" compare --demo --format json -o "$dir/demo.json" || true
            "$cli" compare --demo --format sarif -o "$dir/demo.sarif" || true
        fi ;;
    esac
}
dictionary() { # one dictionary per run: the syntax tokens and the harness's own
    out=$work/$1.dict
    case $1 in
    document) cat "$here/dict/syntax.dict" ;;
    import) cat "$here/dict/syntax.dict" "$here/dict/import-keys.dict" ;;
    policy | baseline | signature) cat "$here/dict/syntax.dict" "$here/dict/$1.dict" ;;
    *) cat "$here/dict/$1.dict" ;;
    esac >"$out"
    echo "$out"
}

status=0
for harness in $harnesses; do
    target=$build/tests/fuzz/fuzz_$harness
    [ -x "$target" ] || { echo "no $target: configure with --preset fuzz (CROSSROADS_FUZZ=ON)" >&2; exit 2; }
    seeds "$harness"
    mkdir -p "$work/corpus/$harness" "$work/crashes"
    [ -d "$here/regressions/$harness" ] && cp -r "$here/regressions/$harness/." "$work/seeds/$harness/"
    echo "== fuzz_$harness for ${seconds}s"
    if ! "$target" -max_total_time="$seconds" ${CROSSROADS_FUZZ_RUNS:+-runs=$CROSSROADS_FUZZ_RUNS} -timeout=10 -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
        -dict="$(dictionary "$harness")" -artifact_prefix="$work/crashes/$harness-" \
        "$work/corpus/$harness" "$work/seeds/$harness" >"$work/$harness.log" 2>&1; then
        status=1
        tail -n 60 "$work/$harness.log"
        echo "fuzz_$harness found a problem; keep the input as a regression: cp $work/crashes/$harness-* $here/regressions/$harness/" >&2
    fi
    grep -E '^stat::number_of_executed_units|^#[0-9]+ *DONE' "$work/$harness.log" | tail -n 2 || true
done
exit $status
