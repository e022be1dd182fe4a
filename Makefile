# Tradition et Modernité — `make help` lists the commands.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= config.settings.dev

.DEFAULT_GOAL := help
.PHONY: help install run test lint format screenshots bench bench-crowd bench-redis-stall backup restore check-backup

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed ## Create the virtualenv and install the dependencies

run: install ## Install, migrate, seed the demo (first time), start localstripe and serve on :8000
	@HOST=$(HOST) PORT=$(PORT) bash scripts/run.sh

test: install ## Install what the tests need and run the whole suite
	@bash scripts/test.sh

bench: install ## Benchmark: 10,000 objects, gunicorn + wrk (BENCH_ARGS="--objects 1000 --page-cache")
	$(BIN)/python bench/run.py $(BENCH_ARGS)

bench-crowd: install ## Crowd bench: random pages, cold/steady, sales (CROWD_ARGS="--quick")
	$(BIN)/python bench/crowd.py $(CROWD_ARGS)

bench-redis-stall: install ## The site while Redis stops answering (after make bench-crowd)
	$(BIN)/python bench/redis_stall.py $(STALL_ARGS)

lint: install ## Ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

backup: install ## Back up the database and media into backups/ (or BACKUP_DIR)
	$(BIN)/python scripts/backup.py

restore: install ## Restore a backup: make restore BACKUP=backups/sauvegarde-…
	$(BIN)/python scripts/restore.py $(BACKUP)

check-backup: install ## Back up, wipe and restore a throwaway demo, then compare (CHECK_ARGS=--postgres)
	$(BIN)/python scripts/check_backup.py $(CHECK_ARGS)
