# bedside: `make run` to try it, `make test` to run the suite. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run check-examples test pin bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The relay on its embedded defaults: 127.0.0.1:8025, mail delivered to var/outbox, holds in var/.
run: $(STAMP)
	@$(BIN)/bedside check examples/ || true
	@echo
	@echo "Starting bedside serve on 127.0.0.1:8025 (Ctrl-C to stop). From another terminal, send a test:"
	@echo "  $(BIN)/python -c \"import smtplib; smtplib.SMTP('127.0.0.1', 8025).sendmail('me@exmail.nottingham.ac.uk', ['friend@gmail.com'], open('examples/hold-patient-details.eml','rb').read())\""
	@echo "Then: $(BIN)/bedside held list   and   ls var/outbox/new"
	@echo
	$(BIN)/bedside serve

check-examples: $(STAMP)
	$(BIN)/bedside check examples/

test: $(STAMP)
	@bash .ci/system-deps
	@# bedside milter's library builds against libmilter-dev (installed just above, as root)
	@$(BIN)/python -c 'import milter' 2>/dev/null || $(BIN)/pip install --quiet -e '.[milter]' || echo 'make test: pymilter not installed (needs libmilter-dev): milter tests skipped'
	@# scikit-learn: a test retrains config/models/offensive.bin (about 10 s) and compares it byte for byte
	@$(BIN)/python -c 'import sklearn' 2>/dev/null || $(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python -m pytest -q

# After an intended change to what the rules find: rewrite the .findings file beside each fixture,
# then review the diff (tests/test_pinned_findings.py compares them exactly).
pin: $(STAMP)
	$(BIN)/python tests/pinning.py

bench: $(STAMP)
	$(BIN)/python bench/check_throughput.py

clean:
	rm -rf $(VENV) build *.egg-info var .pytest_cache
