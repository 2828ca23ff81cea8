# Two commands matter: `make demo` (set up everything and serve) and `make test`.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: demo test test-fast lint install messages migrate serve clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

# Translation catalogues (.po → .mo) with Babel: no GNU gettext needed. Only stale ones.
messages: install
	$(MANAGE) compile_catalogues

migrate: messages
	$(MANAGE) migrate --noinput

demo: migrate
	DEBUG=true $(MANAGE) load_demo --port $(PORT)
	@echo "Đang chạy tại http://127.0.0.1:$(PORT)/ (Sóc Trăng: http://soctrang.localhost:$(PORT)/). Ctrl+C để dừng."
	@# scheduled publishing every minute, and the task worker (mail, index updates), while the demo runs
	@( while sleep 60; do $(MANAGE) publish_scheduled > /dev/null; done ) & scheduler=$$!; \
	$(MANAGE) db_worker --no-reload --verbosity 0 & worker=$$!; \
	trap 'kill $$scheduler $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# The production stack on one machine, on the demo's database: nginx with the page cache (deploy/nginx),
# gunicorn and the task worker (deploy/serve.py). Ctrl+C stops it all.
serve: PORT = 8080
serve: migrate
	$(BIN)/python deploy/serve.py --port $(PORT)

test: messages
	$(BIN)/pytest

# Without the tests that need the whole demo (marked `demo`) or a headless Chromium (`browser`).
test-fast: messages
	$(BIN)/pytest -m "not demo and not browser"

# The house style (configured in pyproject.toml); `ruff format .` and `ruff check --fix .` apply it.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) var media .pytest_cache
