# One command to run the kiosk, one to test it. Both set up .venv on first use.
VENV   ?= .venv
PYTHON ?= python3
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bundle clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $@

run: $(STAMP)  ## start the kiosk on the bundled hall
	$(VENV)/bin/kiosk run $(ARGS)

test: $(STAMP)  ## lint, type-check and run the whole test suite headless
	$(VENV)/bin/ruff check kiosk tests scripts benchmarks packaging
	$(VENV)/bin/ruff format --check kiosk tests scripts benchmarks packaging
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software $(PY) -m pytest $(PYTEST_ARGS)

bundle: $(STAMP)  ## build dist/kiosk/ (and a .tar.gz) with PyInstaller
	$(PY) packaging/build.py --archive

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
