# fairpack — the entry points a person types. Every target installs libarchive first if needed.
PREFIX ?= /usr/local
SWIFT ?= swift
RELEASE_DIR = .build/release
DEBUG_DIR = .build/debug

.PHONY: all build deps demo test interop install uninstall clean generate docs dist bench

all: build

# libarchive-dev, zlib1g-dev, libssl-dev, libsqlite3-dev and pkg-config, from Debian, when pkg-config cannot find
# libarchive, zlib, libcrypto or sqlite3.
deps:
	@if ! pkg-config --exists libarchive zlib libcrypto sqlite3 2>/dev/null; then \
	  echo "fairpack: installing libarchive-dev, zlib1g-dev, libssl-dev, libsqlite3-dev and pkg-config"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; \
	  elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; \
	  else echo "fairpack: libarchive-dev, zlib1g-dev, libssl-dev, libsqlite3-dev or pkg-config is missing and this user cannot install them; ask an administrator to run: apt-get install libarchive-dev zlib1g-dev libssl-dev libsqlite3-dev pkg-config" >&2; exit 1; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libarchive-dev zlib1g-dev libssl-dev libsqlite3-dev pkg-config >/dev/null \
	    || { echo "fairpack: could not install libarchive-dev, zlib1g-dev, libssl-dev, libsqlite3-dev and pkg-config with apt-get" >&2; exit 1; }; \
	fi

build: deps
	$(SWIFT) build -c release

# Runs the tool on the shipped sample deposits: a compliant one, then a draft full of typical mistakes.
demo: build
	@echo "== fairpack check Samples/gtnum-reve --profile recherche-data-gouv"
	@$(RELEASE_DIR)/fairpack check Samples/gtnum-reve --profile recherche-data-gouv
	@echo
	@echo "== fairpack check Samples/gtnum-reve-draft   (fails on purpose: exit status 1)"
	@$(RELEASE_DIR)/fairpack check Samples/gtnum-reve-draft; test $$? -eq 1
	@echo
	@echo "== fairpack profiles"
	@$(RELEASE_DIR)/fairpack profiles
	@echo
	@echo "== fairpack profiles show recherche-data-gouv"
	@$(RELEASE_DIR)/fairpack profiles show recherche-data-gouv
	@echo
	@echo "== fairpack explain metadata.subject"
	@$(RELEASE_DIR)/fairpack explain metadata.subject
	@rm -rf .build/demo && mkdir -p .build/demo
	@echo
	@echo "== fairpack pack Samples/gtnum-reve -o .build/demo/gtnum-reve.zip"
	@$(RELEASE_DIR)/fairpack pack Samples/gtnum-reve -o .build/demo/gtnum-reve.zip
	@echo
	@echo "== fairpack verify .build/demo/gtnum-reve.zip"
	@$(RELEASE_DIR)/fairpack verify .build/demo/gtnum-reve.zip
	@echo
	@echo "== fairpack export dataverse Samples/gtnum-reve -o .build/demo/dataverse.json"
	@$(RELEASE_DIR)/fairpack export dataverse Samples/gtnum-reve -o .build/demo/dataverse.json
	@echo "Wrote .build/demo/dataverse.json"

# Unit tests and end-to-end tests of the built binary.
test: deps
	$(SWIFT) build
	$(SWIFT) test

# Checks the bundles packed from Samples/ with bagit.py, rocrate-validator and ro-crate-py (DESIGN §10),
# installed from PyPI into .build/interop-venv. ROCRATE_CONTEXTS=DIR (context-1.x.jsonld files) runs the
# validator offline from a seeded cache.
interop: build
	FAIRPACK=$(RELEASE_DIR)/fairpack bash scripts/interop.sh

# Times fairpack against sha256sum, openssl, tar, cp, bagit.py and frictionless on data it makes in a
# temporary folder (about 2 GB; BENCH_LARGE=1 adds 1,000,000 tiny files); prints one table with ratios.
# bagit.py and frictionless come from `make interop`'s .build/interop-venv; rows for missing tools say so.
bench: build
	FAIRPACK=$(RELEASE_DIR)/fairpack python3 scripts/bench.py

# One file: the profiles and tables are compiled into the binary.
install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 "$(RELEASE_DIR)/fairpack" "$(DESTDIR)$(PREFIX)/bin/fairpack"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/fairpack"

# A release binary with the Swift runtime linked in: it needs only libarchive, libcrypto, SQLite (and glibc) on the target machine.
dist: deps
	$(SWIFT) build -c release --static-swift-stdlib
	mkdir -p dist && cp "$(RELEASE_DIR)/fairpack" dist/fairpack
	@echo "dist/fairpack needs at run time: $$(ldd dist/fairpack | awk '{print $$1}' | tr '\n' ' ')"

# Regenerates the Swift sources that compile Profiles/*.yaml and Tables/*.tsv into the binary.
generate:
	python3 scripts/embed.py

# Regenerates docs/rules.md from the check registry (a test fails when it is stale).
docs: generate build
	$(RELEASE_DIR)/fairpack explain --markdown-table > docs/rules.md

clean:
	rm -rf .build
