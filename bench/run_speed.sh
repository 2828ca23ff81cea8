#!/usr/bin/env bash
# Builds a database with the demo and N generated pages, and runs the search speed benchmark on it.
# usage: bench/run_speed.sh sqlite|postgres [N]   (prints figures; N defaults to 50,000)
# KHUYENHOC_VAR_DIR (default /tmp/khuyenhoc-bench) holds the SQLite file and media;
# BENCH_DB (default khuyenhoc_bench) names the PostgreSQL database, dropped and created afresh;
# TEMPLATE: a database that already has the demo (a PostgreSQL database name, or an SQLite file), copied
#   instead of running migrate and load_demo (its media must be in KHUYENHOC_VAR_DIR/media);
# QUALITY=1 also runs bench/search_quality.py on it.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${2:-50000}"
export KHUYENHOC_VAR_DIR="${KHUYENHOC_VAR_DIR:-/tmp/khuyenhoc-bench}"
export MEDIA_ROOT="${KHUYENHOC_VAR_DIR}/media"
DB="${BENCH_DB:-khuyenhoc_bench}"
mkdir -p "$KHUYENHOC_VAR_DIR"
case "${1:-}" in
  sqlite) export DATABASE_URL="sqlite:///${KHUYENHOC_VAR_DIR}/bench.sqlite3"; rm -f "${KHUYENHOC_VAR_DIR}/bench.sqlite3"
          if [ -n "${TEMPLATE:-}" ]; then cp "$TEMPLATE" "${KHUYENHOC_VAR_DIR}/bench.sqlite3"; fi ;;
  postgres) export DATABASE_URL="postgres://postgres@127.0.0.1:5432/${DB}"
            dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
            createdb -h 127.0.0.1 -U postgres ${TEMPLATE:+-T "$TEMPLATE"} "$DB" ;;
  *) echo "usage: $0 sqlite|postgres [N]"; exit 2 ;;
esac
.venv/bin/python manage.py migrate -v0
if [ -z "${TEMPLATE:-}" ]; then DEBUG=true PRINT_ON_PUBLISH=false .venv/bin/python manage.py load_demo > /dev/null; fi
start=$(date +%s)
.venv/bin/python manage.py generate_content --pages "$N" | tail -2
echo "generate_content --pages $N, ${1}: $(( $(date +%s) - start )) s wall clock in all"
.venv/bin/python bench/search_speed.py
if [ "${QUALITY:-0}" = 1 ]; then .venv/bin/python bench/search_quality.py; fi
