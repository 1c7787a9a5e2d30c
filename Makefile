# newsprov: `make demo` and `make test` do all set-up on a fresh machine (Python 3.11 and the package index).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
CORPORA ?= ../shared/corpora

# Prefect: ephemeral local API, state kept inside the project, quiet logs (PREFECT_API_URL still wins).
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_LOGGING_LEVEL ?= WARNING
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 120
export PREFECT_UI_ENABLED ?= false

.PHONY: demo test bench evaluate install clean

$(STAMP): pyproject.toml requirements.lock
	@test -n "$(PYTHON)" || { echo "newsprov needs Python 3.11 (python3.11 or python3 on PATH)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/newsprov run seeds/
	@echo "Query it: $(PY) -c \"import duckdb; print(duckdb.connect('warehouse/newsprov.duckdb', read_only=True).sql('select * from anonymous_share_by_publisher'))\""

test: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) bench/bench.py --corpus $(CORPORA)/polnear/train/text

evaluate: $(STAMP)
	$(VENV)/bin/newsprov evaluate gold tests/cases/seed/ --text-dir seeds/
	$(VENV)/bin/newsprov evaluate timeml $(CORPORA)/tbaq
	$(VENV)/bin/newsprov evaluate polnear $(CORPORA)/polnear/dev
	$(VENV)/bin/newsprov evaluate sources tests/cases/source_names --corpus $(CORPORA)/polnear
	$(VENV)/bin/newsprov evaluate sources tests/cases/source_names/check --corpus $(CORPORA)/polnear
	$(VENV)/bin/newsprov evaluate sources tests/cases/source_names/check2 --corpus $(CORPORA)/polnear
	$(VENV)/bin/newsprov evaluate sources tests/cases/source_names/check3 --corpus $(CORPORA)/polnear
	$(VENV)/bin/newsprov evaluate credits web-pages --corpus $(CORPORA)/web-pages

clean:
	rm -rf $(VENV) .prefect warehouse/*.duckdb* warehouse/runs warehouse/blobs warehouse/reports
