# Two commands do all set-up: `make run` opens the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench clean translations package

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m visionagent

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests

lint: $(STAMP)
	$(PY) -m ruff check visionagent tests bench scripts

bench: $(STAMP)
	$(PY) bench/startup.py

translations: $(STAMP)
	$(PY) scripts/build_translations.py
	$(PY) scripts/ts_fill.py check

package: $(STAMP)
	bash packaging/build.sh

clean:
	rm -rf build dist .pytest_cache
