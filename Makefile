# Every target bootstraps its own virtualenv in .venv (Python >= 3.11) on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: help venv generate check-generated lint format typecheck test test-fast demo emulator contract-uat contract-emulator fuzz bench screenshot clean

PORT ?= 8000

help:
	@echo "make demo             run the emulator and a complete merchant flow against it"
	@echo "make test             check the generated client, lint, type-check and run the test suite"
	@echo "make emulator         serve the emulator on 127.0.0.1:$(PORT) (state in .payermax-emulator/)"
	@echo "make format           apply ruff's fixes and formatting (make lint checks them, and the import contracts)"
	@echo "make generate         bundle spec/parts into spec/openapi.yaml and regenerate the client"
	@echo "make check-generated  fail if the committed spec bundle or client differ from a fresh generation"
	@echo "make contract-uat     the contract suite against \$$PAYERMAX_BASE_URL (skipped without the PAYERMAX_* variables)"
	@echo "make fuzz             a long Schemathesis campaign against a fresh emulator, with its summary"
	@echo "make bench            signing, per-call overhead, emulator throughput, generation and import times"
	@echo "make screenshot       docs/dashboard.png: the emulator's dashboard in headless Chromium (apt-get install chromium)"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required (set PYTHON=...)")'
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[emulator,dev]'
	touch $@

venv: $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m generator.generate

check-generated: $(STAMP)
	$(BIN)/python -m generator.generate --check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache --no-logo

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: $(STAMP)
	$(BIN)/mypy generator signing_plugin/payermax_signing emulator/payermax_emulator emulator/payermax_pytest generated_client/payermax_client tests bench examples

test: check-generated lint typecheck
	$(BIN)/pytest -q
	$(MAKE) --no-print-directory contract-emulator

contract-uat: $(STAMP)
	$(BIN)/python -m tests.contract.run uat

contract-emulator: $(STAMP)
	$(BIN)/python -m tests.contract.run emulator

bench: $(STAMP)
	$(BIN)/python -m bench.run

fuzz: $(STAMP)
	$(BIN)/python -m tests.contract.run fuzz --max-examples $(or $(EXAMPLES),100)

screenshot: $(STAMP)
	$(BIN)/python -m tests.browser.screenshot docs/dashboard.png

demo: $(STAMP)
	$(BIN)/python -m payermax_emulator.demo

emulator: $(STAMP)
	$(BIN)/payermax-emulator serve --port $(PORT)

test-fast: $(STAMP)
	$(BIN)/pytest -q -x

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
