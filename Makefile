# One place for the everyday commands. Every target creates the virtual
# environment and installs the app (with its test tools) on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test demo bench lint bundle clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)            ## start the app (default workspace; the demo is offered on first start)
	$(VENV)/bin/facilitator-app

test: $(STAMP)           ## the whole test suite, offscreen
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

demo: $(STAMP)           ## write demo.cluster and open the app on it
	rm -f demo.cluster demo.cluster-wal demo.cluster-shm
	$(VENV)/bin/facilitator-app demo demo.cluster
	$(VENV)/bin/facilitator-app --workspace demo.cluster

bench: $(STAMP)          ## performance figures against same-run baselines
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

lint: $(STAMP)
	$(PY) -m pip install --quiet ruff
	$(PY) -m ruff check facilitator_app tests bench

bundle: $(STAMP)         ## one-folder desktop bundle in dist/facilitator-app/
	$(PY) -m pip install --quiet 'pyinstaller>=6'
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build build_spec/facilitator_app.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
