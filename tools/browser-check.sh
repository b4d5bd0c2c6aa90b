#!/usr/bin/env bash
# Developer's look at the pages in a real browser (not part of CI).
#
# Starts the server from the built jar over the seeds on a free port, takes full-page screenshots of
# the home page, the query page (after its scripts ran), a report page, a division page, the quality
# page and the ontology page with headless Chromium, and stops the server again.
#
#   mvn -B -q package -DskipTests && tools/browser-check.sh [OUTDIR]     # default OUTDIR: screenshots/
#
# Needs the Debian packages `chromium` and, for Chinese text, `fonts-noto-cjk`
# (apt-get install -y chromium fonts-noto-cjk). The screenshots folder is git-ignored.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-screenshots}"
jar=target/disclosure-kg.jar
port="${PORT:-3131}"
base="http://127.0.0.1:${port}"
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
command -v chromium >/dev/null || { echo "install chromium: apt-get install -y chromium fonts-noto-cjk" >&2; exit 1; }
mkdir -p "$out"

java -jar "$jar" serve --port "$port" seeds >"$out/server.log" 2>&1 &
server=$!
profile="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$profile"' EXIT

for _ in $(seq 1 120); do
  if curl -sf "$base/" -o /dev/null; then break; fi
  sleep 1
done
curl -sf "$base/" -o /dev/null || { echo "server did not come up, see $out/server.log" >&2; exit 1; }

# The report with the most numbers, and a division that has a report (or any division).
sparql() {
  curl -sf -H 'Accept: text/csv' "$base/sparql" --data-urlencode "query=$1" | sed -n 2p | tr -d '\r'
}
report="$(sparql 'PREFIX dkg: <https://w3id.org/disclosure-kg/def#>
SELECT ?r (COUNT(?o) AS ?n) { ?r a dkg:AnnualReport . OPTIONAL { ?o dkg:report ?r } } GROUP BY ?r ORDER BY DESC(?n) LIMIT 1' | cut -d, -f1)"
division="$(sparql 'PREFIX dkg: <https://w3id.org/disclosure-kg/def#>
SELECT ?d { { ?r dkg:division ?d } UNION { ?d a dkg:Division } } LIMIT 1' | cut -d, -f1)"

shoot() { # name url [height]
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --virtual-time-budget=8000 --window-size="1280,${3:-1600}" --screenshot="$out/$1.png" "$2" 2>/dev/null
  echo "$out/$1.png  <- $2"
}

shoot home "$base/"
shoot query "$base/query" 1100
# IRIs are minted under the server's own address; take their path, whatever the host.
[ -n "$report" ] && shoot report "$base/${report#*://*/}" 3200
[ -n "$division" ] && shoot division "$base/${division#*://*/}" 1400
shoot quality "$base/quality"
shoot ontology "$base/ontology" 1400
shoot downloads "$base/download/" 900
