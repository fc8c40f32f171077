# One command to run the kiosk, one to test it. Both set up .venv on first use.
VENV   ?= .venv
PYTHON ?= python3
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
QT_ENV := QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software

.PHONY: run test check lint qmllint catalogs bundle bundle-windows clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $@

catalogs: $(STAMP)  ## compile the message catalogs (.po -> .mo); the install does it too
	$(PY) scripts/catalogs.py compile >/dev/null

run: catalogs  ## start the kiosk on the bundled hall
	$(VENV)/bin/kiosk run $(ARGS)

lint: catalogs  ## ruff, the format check and mypy
	$(VENV)/bin/ruff check kiosk tests scripts benchmarks packaging
	$(VENV)/bin/ruff format --check kiosk tests scripts benchmarks packaging
	$(VENV)/bin/mypy

qmllint: catalogs  ## qmllint on every QML file, against the Python types; fails on a warning
	$(QT_ENV) $(PY) scripts/qmllint.py

test: lint qmllint  ## lint, type-check and run the whole test suite headless (what CI runs)
	$(QT_ENV) $(PY) -m pytest $(PYTEST_ARGS)

check: lint qmllint  ## the quick loop: everything but the slow tests (bundle, soak, power loss)
	$(QT_ENV) $(PY) -m pytest -m "not slow" -q $(PYTEST_ARGS)

bundle: catalogs  ## build dist/kiosk/ (and a .tar.gz) with PyInstaller
	$(PY) packaging/build.py --archive

bundle-windows: $(STAMP)  ## build dist/kiosk-<version>-windows-setup.exe on Linux, under Wine
	packaging/windows/build.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
