#!/usr/bin/env bash
# Lighthouse (mobile: its default phone emulation and simulated slow-4G throttling),
# performance and accessibility, on five pages of each demo Site, in Debian's Chromium;
# then the page weights (bench/page_weight.py). Target: 95 or more for both scores.
#
# usage: bench/lighthouse.sh [BASE_URL ...]
#   default: http://127.0.0.1:8000 and http://soctrang.localhost:8000 (the two demo Sites);
#   given only a 127.0.0.1:N URL, the Sóc Trăng Site at soctrang.localhost:N is added.
# If nothing answers at the first URL, a demo server is started on its port, as the browser
# tests do: a temporary var dir, migrate + load_demo, DEBUG=false, static files collected and
# gzipped for whitenoise (as in production; runserver itself compresses nothing).
# Reports: bench/reports/<site>-<page>.report.json (gitignored). Needs node ≥ 18.16 + npm,
# and Chromium (CHROME_PATH, default /usr/bin/chromium). RUNS=3 keeps each page's median run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
RUNS=${RUNS:-1}
REPORTS=$ROOT/bench/reports

if [ $# -eq 0 ]; then set -- http://127.0.0.1:8000; fi
if [ $# -eq 1 ] && [[ $1 =~ ^http://127\.0\.0\.1:([0-9]+)/?$ ]]; then
  set -- "$1" "http://soctrang.localhost:${BASH_REMATCH[1]}"
fi
BASES=("$@")

if [ ! -x bench/node_modules/.bin/lighthouse ]; then
  echo "Installing Lighthouse in bench/node_modules (npm ci)…" >&2
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
fi

answers() { curl -s -o /dev/null --max-time 5 "$1"; }

SERVER_PID="" VAR_DIR=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  if [ -n "$VAR_DIR" ]; then rm -rf "$VAR_DIR"; fi
}
trap cleanup EXIT

if ! answers "${BASES[0]}/"; then
  PORT=$(sed -E 's#^https?://[^/:]+:?([0-9]*).*#\1#' <<<"${BASES[0]}"); PORT=${PORT:-80}
  VAR_DIR=$(mktemp -d /tmp/khuyenhoc-lighthouse.XXXXXX)
  export DJANGO_SETTINGS_MODULE=config.settings.dev DEBUG=false KHUYENHOC_VAR_DIR=$VAR_DIR \
    DATABASE_URL="sqlite:///$VAR_DIR/db.sqlite3" MEDIA_ROOT="$VAR_DIR/media" \
    WAGTAILADMIN_BASE_URL="http://127.0.0.1:$PORT" WHITENOISE_USE_FINDERS=false
  echo "No server at ${BASES[0]}: starting a demo server on port $PORT (about a minute)…" >&2
  "$PYTHON" manage.py migrate --noinput > /dev/null
  DEBUG=true "$PYTHON" manage.py load_demo --port "$PORT" > /dev/null
  "$PYTHON" manage.py collectstatic --noinput > /dev/null
  "$PYTHON" -m whitenoise.compress -q "$VAR_DIR/static"
  "$PYTHON" manage.py runserver "127.0.0.1:$PORT" --noreload > "$VAR_DIR/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 120); do answers "${BASES[0]}/" && break; sleep 0.5; done
  answers "${BASES[0]}/" || { echo "the demo server did not start; see $VAR_DIR/server.log" >&2; cat "$VAR_DIR/server.log" >&2; exit 1; }
fi

mkdir -p "$REPORTS"
SUMMARY=$(mktemp)
for base in "${BASES[@]}"; do
  site=$(sed -E 's#^https?://([^/:]+).*#\1#' <<<"$base")
  case $site in 127.0.0.1|localhost) site=sonla ;; *.localhost) site=${site%.localhost} ;; esac
  # first visit to every page once, so the renditions exist before Lighthouse times anything
  "$PYTHON" bench/page_weight.py --base-url "$base" --list-urls > "$SUMMARY.urls"
  while IFS=$'\t' read -r name url; do
    slug=${name// /-}
    curl -s -o /dev/null "$url"
    for run in $(seq "$RUNS"); do
      out="$REPORTS/$site-$slug"; [ "$RUNS" -gt 1 ] && out="$out-run$run"
      echo "Lighthouse: $site $name ($url)$([ "$RUNS" -gt 1 ] && echo " run $run/$RUNS")" >&2
      for attempt in 1 2; do  # on a busy machine Chromium now and then loses the trace (NO_NAVSTART): once more
        bench/node_modules/.bin/lighthouse "$url" --quiet \
          --only-categories=performance,accessibility \
          --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
          --output=json --output-path="$out.report.json" && break
        echo "lighthouse failed on $url (attempt $attempt)" >&2
      done
    done
    printf '%s\t%s\t%s\t%s\n' "$site" "$name" "$url" "$REPORTS/$site-$slug" >> "$SUMMARY"
  done < "$SUMMARY.urls"
done

echo
"$PYTHON" - "$SUMMARY" "$RUNS" <<'EOF'
import json, statistics, sys
from pathlib import Path

rows, runs = [line.split("\t") for line in Path(sys.argv[1]).read_text().splitlines()], int(sys.argv[2])
TARGET = 95


def load(prefix):
    paths = [Path(f"{prefix}.report.json")] if runs == 1 else [Path(f"{prefix}-run{i}.report.json") for i in range(1, runs + 1)]
    reports = [json.loads(p.read_text()) for p in paths if p.exists()]
    reports = [r for r in reports if r.get("categories", {}).get("performance", {}).get("score") is not None]
    if not reports:
        return None
    reports.sort(key=lambda r: r["categories"]["performance"]["score"])
    return reports[len(reports) // 2]  # the median run by performance


def score(report, category):
    value = report["categories"][category]["score"]
    return None if value is None else round(value * 100)


def metric(report, audit, unit=1000, digits=1):
    value = report["audits"].get(audit, {}).get("numericValue")
    return "–" if value is None else f"{value / unit:.{digits}f}"


print(f"Lighthouse {'(median of %d runs) ' % runs if runs > 1 else ''}mobile, simulated slow 4G; target ≥ {TARGET}")
header = f"{'site':<9} {'page':<11} {'perf':>4} {'a11y':>4} {'FCP s':>6} {'LCP s':>6} {'TBT ms':>6} {'CLS':>5}"
print(header)
print("-" * len(header))
problems = {}
below = 0
for site, name, url, prefix in rows:
    report = load(prefix)
    if report is None:
        print(f"{site:<9} {name:<11}  (no report)")
        below += 1
        continue
    perf, a11y = score(report, "performance"), score(report, "accessibility")
    below += (perf or 0) < TARGET or (a11y or 0) < TARGET
    print(f"{site:<9} {name:<11} {perf:>4} {a11y:>4} {metric(report, 'first-contentful-paint'):>6} "
          f"{metric(report, 'largest-contentful-paint'):>6} {metric(report, 'total-blocking-time', 1, 0):>6} "
          f"{metric(report, 'cumulative-layout-shift', 1, 3):>5}")
    for category in ("accessibility", "performance"):
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            failing = audit.get("score") is not None and audit["score"] < 0.9 and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
            savings = audit.get("metricSavings")
            if category == "performance" and (ref.get("group") == "metrics" or (savings and not any(savings.values()))):
                failing = False  # metrics are in the table; insights that would save nothing are noise
            if failing:
                items = (audit.get("details") or {}).get("items")
                items = [i for i in items if isinstance(i, dict)][:3] if isinstance(items, list) else []
                where = "; ".join(
                    str((i.get("node") or {}).get("snippet") or i.get("url") or "")[:100] for i in items
                )
                entry = problems.setdefault(audit["id"], {"category": category, "title": audit["title"], "pages": [], "example": where})
                entry["pages"].append(f"{site} {name}")
indexes = [load(prefix)["environment"]["benchmarkIndex"] for *_, prefix in rows if load(prefix)]
if indexes:
    print(f"\nThis machine's Lighthouse benchmarkIndex: {min(indexes):.0f}–{max(indexes):.0f} (a busy or slow CPU lowers it and raises TBT)")
if problems:
    print("\nAudits below 0.9 (accessibility; performance ones with estimated savings):")
    for audit_id, p in problems.items():
        print(f"  [{p['category']}] {audit_id}: {p['title']} — {len(p['pages'])} page(s): {', '.join(p['pages'])}")
        if p["example"]:
            print(f"      e.g. {p['example']}")
print(f"\nReports: bench/reports/  ({below} page(s) below target)" if below else "\nReports: bench/reports/  (every page at target)")
EOF

for base in "${BASES[@]}"; do
  echo
  "$PYTHON" bench/page_weight.py --base-url "$base" || true
done
rm -f "$SUMMARY" "$SUMMARY.urls"
