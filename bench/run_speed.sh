#!/usr/bin/env bash
# Builds a database with N generated pages and runs the speed benchmark on it.
# usage: bench/run_speed.sh sqlite|postgres [N]   (prints figures; takes tens of minutes at 50,000)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${2:-50000}"
export KHUYENHOC_VAR_DIR="${KHUYENHOC_VAR_DIR:-/tmp/khuyenhoc-bench}"
case "$1" in
  sqlite) export DATABASE_URL="sqlite:///${KHUYENHOC_VAR_DIR}/bench.sqlite3"; rm -f "${KHUYENHOC_VAR_DIR}/bench.sqlite3" ;;
  postgres) export DATABASE_URL="postgres://postgres@127.0.0.1:5432/khuyenhoc_bench"
            dropdb -h 127.0.0.1 -U postgres --if-exists khuyenhoc_bench; createdb -h 127.0.0.1 -U postgres khuyenhoc_bench ;;
  *) echo "usage: $0 sqlite|postgres [N]"; exit 2 ;;
esac
mkdir -p "$KHUYENHOC_VAR_DIR"
export MEDIA_ROOT="${KHUYENHOC_VAR_DIR}/media"
.venv/bin/python manage.py migrate -v0
DEBUG=true .venv/bin/python manage.py load_demo > /dev/null
.venv/bin/python manage.py generate_content --pages "$N" | tail -1
.venv/bin/python bench/search_speed.py
