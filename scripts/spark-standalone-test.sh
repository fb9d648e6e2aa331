#!/usr/bin/env bash
# A real Spark standalone cluster on this machine: a master and two workers (1 core, 1 GB each) on 127.0.0.1, started
# from the project's resolved Spark jars; the shaded job jar submitted with SparkSubmit; its output compared with a
# local[2] run of the same inputs; everything it started stopped by PID.
#
#   scripts/spark-standalone-test.sh [INPUT...]
#
# INPUT defaults to ../shared/corpora/warc/fundus-news.warc.gz and ../shared/corpora/warc/edge-cases/ (a folder of
# 34 awkward archives: many files, so that both workers get tasks). Exit 0 when the outputs are identical: the same
# article ids and, for each id, the same article JSON; the same quotes, speakers, rejects and counts. Row order, file
# names and timings may differ. KEEP=1 keeps the work folder (logs, both outputs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SPARK="$ROOT/verbatim-spark/target"

if [ $# -gt 0 ]; then
  INPUTS=("$@")
else
  SHARED="$ROOT/../shared/corpora/warc"
  if [ ! -d "$SHARED" ]; then
    echo "spark-standalone-test: $SHARED is absent; give INPUT archives" >&2
    exit 2
  fi
  INPUTS=("$(cd "$SHARED" && pwd)/fundus-news.warc.gz" "$(cd "$SHARED" && pwd)/edge-cases")
fi
for i in "${!INPUTS[@]}"; do INPUTS[$i]="$(realpath "${INPUTS[$i]}")"; done

echo "== building the spark module and its job jar"
(cd "$ROOT" && ./mvnw -q -B -DskipTests -pl verbatim-spark -am package)
JOB="$SPARK/verbatim-spark-job.jar"
OPTS="$(cat "$SPARK/classes/org/verbatim/spark/jvm.options")"
# the collector the module picks for its JVMs (jvm.options), for the executors the workers launch too
GC="$(grep -o -- '-XX:+Use[A-Za-z]*GC' <<<"$OPTS" || true)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/verbatim-standalone.XXXXXX")"
PIDS=()
stop_cluster() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  PIDS=()
}
cleanup() {
  stop_cluster
  if [ "${KEEP:-0}" = 1 ]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# SPARK_HOME as a distribution lays it out: RELEASE and jars/. Workers launch executors with SPARK_HOME/jars on the
# class path. It holds Spark and its dependencies, not what the job jar brings itself (Verbatim, jsoup, jwarc...).
# SPARK_LOCAL_IP: every service (RPC, web UIs) binds to 127.0.0.1 only.
export SPARK_HOME="$WORK/spark" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
mkdir -p "$SPARK_HOME/jars"
echo "Spark 4.2.0 (Scala 2.13), jars from the verbatim-spark module's Maven dependencies" >"$SPARK_HOME/RELEASE"
python3 - "$JOB" "$SPARK/lib" "$SPARK_HOME/jars" <<'PY'
import os, shutil, sys, zipfile
job, lib, dest = sys.argv[1:]
inside = set(zipfile.ZipFile(job).namelist())
kept = dropped = 0
for name in sorted(os.listdir(lib)):
    classes = [n for n in zipfile.ZipFile(os.path.join(lib, name)).namelist()
               if not n.endswith('/') and 'module-info' not in n and not n.startswith('META-INF/')]
    if classes and classes[0] in inside:
        dropped += 1  # the job jar brings it
    else:
        shutil.copy(os.path.join(lib, name), dest)
        kept += 1
print(f"SPARK_HOME/jars: {kept} jars ({dropped} left to the job jar)")
PY
LISTING="$(unzip -l "$JOB")"
if ! grep -q 'org/verbatim/enrich/learned/en/cue.model' <<<"$LISTING"; then
  echo "FAIL: the job jar lacks the learned quote resources" >&2
  exit 1
fi
if grep -q ' com/fasterxml/jackson/databind/' <<<"$LISTING"; then
  echo "FAIL: the job jar holds an unrelocated Jackson" >&2
  exit 1
fi
CP="$SPARK_HOME/jars/*"

wait_for() { # LOG PATTERN SECONDS
  local t=0
  until grep -q "$2" "$1" 2>/dev/null; do
    sleep 1
    t=$((t + 1))
    if [ "$t" -ge "$3" ]; then
      echo "FAIL: no '$2' in $1 after $3 s:" >&2
      tail -20 "$1" >&2
      exit 1
    fi
  done
}

finished() { # NAME EXIT-CODE LOG: exit 1 (some records failed) still wrote every output and the report
  set -e
  grep -A3 '^read ' "$3" || true
  if [ "$2" -gt 1 ] || [ ! -f "$WORK/$1/report.json" ]; then
    echo "FAIL: the $1 job ended with $2:" >&2
    tail -40 "$3" >&2
    exit 1
  fi
}

echo "== starting a master and two workers on 127.0.0.1"
# shellcheck disable=SC2086
java -Xmx256m $OPTS -cp "$CP" -Dspark.master.rest.enabled=false org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 0 --webui-port 0 \
  >"$WORK/master.log" 2>&1 &
PIDS+=($!)
wait_for "$WORK/master.log" "Starting Spark master at spark://" 120
MASTER="$(grep -o 'spark://127.0.0.1:[0-9]*' "$WORK/master.log" | head -1)"
echo "master $MASTER (pid ${PIDS[0]})"
for w in 1 2; do
  # shellcheck disable=SC2086
  java -Xmx256m $OPTS -cp "$CP" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 1g \
    --webui-port 0 --work-dir "$WORK/worker$w" "$MASTER" >"$WORK/worker$w.log" 2>&1 &
  PIDS+=($!)
done
wait_for "$WORK/worker1.log" "Successfully registered with master" 120
wait_for "$WORK/worker2.log" "Successfully registered with master" 120
echo "workers registered (pids ${PIDS[1]} ${PIDS[2]})"

echo "== submitting the job jar to the cluster"
set +e
# shellcheck disable=SC2086
java -Xmx1g $OPTS -cp "$CP" org.apache.spark.deploy.SparkSubmit --master "$MASTER" --deploy-mode client \
  --class org.verbatim.spark.SparkMain --conf spark.executor.memory=1g --conf spark.executor.cores=1 \
  --conf spark.cores.max=2 --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=8 --conf "spark.executor.extraJavaOptions=$GC" \
  "$JOB" --output "$WORK/cluster" --format jsonl "${INPUTS[@]}" >"$WORK/submit.log" 2>&1
finished cluster $? "$WORK/submit.log"
EXECUTORS="$(find "$WORK"/worker1 "$WORK"/worker2 -mindepth 2 -maxdepth 2 -type d 2>/dev/null | wc -l)"
USED="$(for w in 1 2; do [ -n "$(find "$WORK/worker$w" -mindepth 2 -maxdepth 2 -type d 2>/dev/null)" ] && echo "$w"; done | wc -l)"
echo "executors launched: $EXECUTORS, on $USED of 2 workers"
[ "$USED" = 2 ] || { echo "FAIL: the job did not run on both workers" >&2; exit 1; }
stop_cluster
echo "cluster stopped"

echo "== the same inputs on local[2]"
set +e
"$ROOT/verbatim" spark --master 'local[2]' --output "$WORK/local" --format jsonl "${INPUTS[@]}" >"$WORK/local.log" 2>&1
finished local $? "$WORK/local.log"

echo "== comparing"
python3 - "$WORK/local" "$WORK/cluster" <<'PY'
import glob, json, os, sys
local, cluster = sys.argv[1:]
def rows(d, sub):
    out = []
    for f in sorted(glob.glob(os.path.join(d, sub, '*.json'))):
        with open(f, encoding='utf-8') as fh:
            out += [json.loads(l) for l in fh if l.strip()]
    return out
def canon(r):
    return json.dumps(r, sort_keys=True, ensure_ascii=False)
failed = False
a = {r['id']: canon(r) for r in rows(local, 'articles')}
b = {r['id']: canon(r) for r in rows(cluster, 'articles')}
same = sum(1 for k in a if b.get(k) == a[k])
print(f"articles: local {len(a)}, cluster {len(b)}, same id and JSON {same}")
if a != b or not a:
    failed = True
    print(f"  ids only local {len(a.keys() - b.keys())}, only cluster {len(b.keys() - a.keys())}")
for sub, key in (('quotes', None), ('speakers', None), ('rejects', None)):
    x = sorted(canon(r) for r in rows(local, sub))
    y = sorted(canon(r) for r in rows(cluster, sub))
    print(f"{sub}: local {len(x)}, cluster {len(y)}, {'identical' if x == y else 'DIFFERENT'}")
    failed |= x != y
ra = json.load(open(os.path.join(local, 'report.json')))
rb = json.load(open(os.path.join(cluster, 'report.json')))
for k in ('read', 'ok', 'skipped', 'failed', 'duplicates', 'articles', 'clusters', 'quotes', 'speakers', 'gaps'):
    if ra[k] != rb[k]:
        failed = True
        print(f"report {k}: local {ra[k]}, cluster {rb[k]}")
    if rb['read'] != rb['ok'] + rb['skipped'] + rb['failed']:
        failed = True
print(f"report: read {rb['read']} = ok {rb['ok']} + skipped {rb['skipped']} + failed {rb['failed']}; "
      f"cluster cores {rb['cores']}, executor heap peak {rb['peak_heap_mb']} MB of {rb['max_heap_mb']} MB")
if rb['max_heap_mb'] > 1024:
    failed = True
    print("executor heap limit above 1 GB")
print('FAIL' if failed else 'PASS: the standalone cluster output equals the local[2] output')
sys.exit(1 if failed else 0)
PY
