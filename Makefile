# The two commands of the README: `make build` and `make test`. Everything else is set-up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME := $(CURDIR)/.dagster_home
export DEFENCE_EVENTS_ARTICLES_DIR ?= seeds
export DEFENCE_EVENTS_OUTPUT_DIR ?= outputs
# `make dev` serves the UI on this machine only; `make dev DEV_HOST=0.0.0.0` exposes it.
DEV_HOST ?= 127.0.0.1
DEV_PORT ?= 3000

.PHONY: build test dev lint bench clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

$(DAGSTER_HOME)/dagster.yaml:
	mkdir -p $(DAGSTER_HOME)
	printf 'telemetry:\n  enabled: false\n' > $@

build: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster asset materialize --select '*' -m pipelines
	@echo "DuckDB database: $(DEFENCE_EVENTS_OUTPUT_DIR)/defence_events.duckdb"
	@echo "Release:         $(DEFENCE_EVENTS_OUTPUT_DIR)/releases/latest -> $$(readlink $(DEFENCE_EVENTS_OUTPUT_DIR)/releases/latest)"

test: $(STAMP)
	$(BIN)/python -m pytest

dev: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster dev -w workspace.yaml -h $(DEV_HOST) -p $(DEV_PORT)

bench: $(STAMP)
	$(BIN)/python scripts/benchmark.py $(DEFENCE_EVENTS_ARTICLES_DIR) --copies 10 --pathological 100000

lint: $(STAMP)
	$(BIN)/ruff check pipelines schemas tests scripts

clean:
	rm -rf $(VENV) $(DAGSTER_HOME)
