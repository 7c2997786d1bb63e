# Thin wrappers around dev.py (the README's commands); each works from a fresh clone.
PYTHON ?= python3

.PHONY: run test lint bench smoke setup

run:
	$(PYTHON) dev.py up

setup:
	$(PYTHON) dev.py up --setup-only

test:
	$(PYTHON) dev.py test $(ARGS)

lint:
	$(PYTHON) dev.py lint

smoke:
	$(PYTHON) dev.py smoke

bench:
	$(PYTHON) dev.py bench $(ARGS)
