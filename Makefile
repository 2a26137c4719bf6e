# Two commands do all set-up: `make run` opens the app, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
# A PC whose NVIDIA driver answers gets the gpu extra (tensorflow[and-cuda]: CUDA and cuDNN from
# pip); others the plain CPU install. Another stamp, so adding a GPU later installs once more.
comma  := ,
GPU    := $(shell nvidia-smi -L >/dev/null 2>&1 && echo yes)
EXTRAS := dev$(if $(GPU),$(comma)gpu)
STAMP  := $(VENV)/.installed$(if $(GPU),-gpu)

.PHONY: run test test-fast lint bench clean translations package

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[$(EXTRAS)]"
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m visionagent

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests

# The quick loop while working: the core and every test not marked slow (target: under 30 s).
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow" tests

# ruff (line limit 100) and the import contracts (the core never imports Qt; the kit no tab).
lint: $(STAMP)
	$(PY) -m ruff check visionagent tests bench scripts packaging
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	$(PY) bench/startup.py

translations: $(STAMP)
	$(PY) scripts/build_translations.py
	$(PY) scripts/ts_fill.py check

package: $(STAMP)
	bash packaging/build.sh

clean:
	rm -rf build dist .pytest_cache
