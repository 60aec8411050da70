# One place for the everyday commands. Each target creates the virtual
# environment on first use: `run` installs only what the app needs at run
# time; `test`, `bench` and `lint` add the test tools (the `test` extra).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test demo bench lint bundle clean translations

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml setup.py | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	touch $(APP_STAMP)

$(TEST_STAMP): pyproject.toml setup.py | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(APP_STAMP) $(TEST_STAMP)

# The translations: Qt Linguist sources (resources/i18n/*.ts, in git) compiled
# into the .qm files the app loads (pip install compiles them too: setup.py).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

resources/i18n/%.qm: resources/i18n/%.ts | $(APP_STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(APP_STAMP)   ## bring the .ts files up to date with the UI's texts (pyside6-lupdate)
	$(PY) -m facilitator_app.i18n update

run: $(APP_STAMP) $(QM)  ## start the app (default workspace; the demo is offered on first start)
	$(VENV)/bin/facilitator-app

# Where PYTHONDONTWRITEBYTECODE is set, each run would compile the app, the
# tests and every process they start from source again (about 7 s of CPU in
# each worker's collection alone): the suite keeps its bytecode in
# $(VENV)/pycache instead, never beside the sources. Elsewhere nothing changes.
TEST_BYTECODE := $(if $(PYTHONDONTWRITEBYTECODE),PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(abspath $(VENV))/pycache)

test: $(TEST_STAMP) $(QM) ## the whole test suite, offscreen, with lint, types and import rules
	QT_QPA_PLATFORM=offscreen $(TEST_BYTECODE) $(PY) -m pytest -q

demo: $(APP_STAMP) $(QM)     ## write demo.cluster and open the app on it
	rm -f demo.cluster demo.cluster-wal demo.cluster-shm
	$(VENV)/bin/facilitator-app demo demo.cluster
	$(VENV)/bin/facilitator-app --workspace demo.cluster

bench: $(TEST_STAMP)          ## performance figures against same-run baselines
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

lint: $(TEST_STAMP)          ## ruff, mypy --strict below ui/, the import contract (versions pinned in the test extra)
	$(PY) -m ruff check facilitator_app tests bench
	$(PY) -m mypy
	$(VENV)/bin/lint-imports --no-cache

bundle: $(APP_STAMP) $(QM)   ## one-folder desktop bundle in dist/facilitator-app/
	$(PY) -m pip install --quiet 'pyinstaller>=6'
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build build_spec/facilitator_app.spec
	@du -sh dist/facilitator-app

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
