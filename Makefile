# fairpack — the entry points a person types. Every target installs libarchive first if needed.
PREFIX ?= /usr/local
SWIFT ?= swift
RELEASE_DIR = .build/release
DEBUG_DIR = .build/debug

.PHONY: all build deps demo test interop install uninstall clean generate docs dist sanitize fuzz report-screenshot \
	completions manual install-files bench

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

# The test suite under ThreadSanitizer, then AddressSanitizer (with LeakSanitizer), each in its own build
# folder. The 192 MiB archive test is left out for time. Leaks of the test runners and of Foundation's
# Process are suppressed (scripts/sanitizers/lsan.supp); any other report fails the target.
sanitize: deps
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan --skip LargeArchiveTests
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/sanitizers/lsan.supp:print_suppressions=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan --skip LargeArchiveTests

# Fuzzes every reader of untrusted bytes with libFuzzer and AddressSanitizer (Tests/Fuzz): builds the
# harness in .build-fuzz, then runs each target FUZZ_SECONDS seconds (default 60) from its seed corpus;
# fails on a crash, a hang over 10 s, a leak or memory over 2 GB. FUZZ_TARGETS="csv pdf" picks targets.
fuzz: deps
	FAIRPACK_FUZZ=1 $(SWIFT) build -c debug --scratch-path .build-fuzz --sanitize=fuzzer --sanitize=address --product fairpack-fuzz
	bash scripts/fuzz.sh

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

# Renders the draft sample's HTML report and screenshots it in headless Chromium (installed with
# apt-get when missing) at 390 px and 1280 px wide: .build/screenshots/report-narrow.png, report-wide.png
# and report-wide-dark.png (the reader's dark preference).
report-screenshot: build
	FAIRPACK=$(RELEASE_DIR)/fairpack bash scripts/report_screenshot.sh

# The binary (the profiles and tables are compiled into it), its shell completions and its man page.
install: build
	$(MAKE) install-files

# Which build `completions`, `manual` and `install-files` use: release, or debug.
CONFIGURATION ?= release
COMPLETIONS_DIR = .build/completions
MANUAL_PAGE = .build/plugins/GenerateManual/outputs/fairpack/fairpack.1
BASH_COMPLETIONS = $(PREFIX)/share/bash-completion/completions
ZSH_COMPLETIONS = $(PREFIX)/share/zsh/site-functions
FISH_COMPLETIONS = $(PREFIX)/share/fish/vendor_completions.d
MAN1 = $(PREFIX)/share/man/man1

# Completions for bash, zsh and fish, written by swift-argument-parser from the command's definition.
completions:
	@test -x .build/$(CONFIGURATION)/fairpack || { echo "fairpack: build first (make build, or swift build for CONFIGURATION=debug)" >&2; exit 1; }
	mkdir -p $(COMPLETIONS_DIR)
	.build/$(CONFIGURATION)/fairpack --generate-completion-script bash > $(COMPLETIONS_DIR)/fairpack.bash
	.build/$(CONFIGURATION)/fairpack --generate-completion-script zsh > $(COMPLETIONS_DIR)/_fairpack
	.build/$(CONFIGURATION)/fairpack --generate-completion-script fish > $(COMPLETIONS_DIR)/fairpack.fish

# The man page fairpack(1), written by swift-argument-parser's generate-manual plugin (offline).
manual:
	$(SWIFT) package generate-manual --configuration $(CONFIGURATION)

# Installs what is already built, without building it.
install-files: completions manual
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(BASH_COMPLETIONS)" "$(DESTDIR)$(ZSH_COMPLETIONS)" \
	  "$(DESTDIR)$(FISH_COMPLETIONS)" "$(DESTDIR)$(MAN1)"
	install -m 755 ".build/$(CONFIGURATION)/fairpack" "$(DESTDIR)$(PREFIX)/bin/fairpack"
	install -m 644 $(COMPLETIONS_DIR)/fairpack.bash "$(DESTDIR)$(BASH_COMPLETIONS)/fairpack"
	install -m 644 $(COMPLETIONS_DIR)/_fairpack "$(DESTDIR)$(ZSH_COMPLETIONS)/_fairpack"
	install -m 644 $(COMPLETIONS_DIR)/fairpack.fish "$(DESTDIR)$(FISH_COMPLETIONS)/fairpack.fish"
	install -m 644 $(MANUAL_PAGE) "$(DESTDIR)$(MAN1)/fairpack.1"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/fairpack" "$(DESTDIR)$(BASH_COMPLETIONS)/fairpack" "$(DESTDIR)$(ZSH_COMPLETIONS)/_fairpack" \
	  "$(DESTDIR)$(FISH_COMPLETIONS)/fairpack.fish" "$(DESTDIR)$(MAN1)/fairpack.1"

# A release binary with the Swift runtime linked in: it needs only libarchive, libcrypto, SQLite (and glibc) on the target machine.
# Built in its own folder (.build-dist) so that it does not replace the ordinary release build's objects.
dist: deps
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-dist
	mkdir -p dist && cp .build-dist/release/fairpack dist/fairpack
	@echo "dist/fairpack needs at run time: $$(ldd dist/fairpack | awk '{print $$1}' | tr '\n' ' ')"
	@if ldd dist/fairpack | grep -q swift; then echo "dist/fairpack still links a Swift runtime library" >&2; exit 1; fi

# Regenerates the Swift sources that compile Profiles/*.yaml, Tables/*.tsv and the licence texts'
# shingles into the binary.
generate:
	python3 scripts/embed.py
	python3 scripts/licence_texts.py generate
	FAIRPACK_REGENERATE=1 $(SWIFT) test --filter LicenceReferenceEmbedTests

# Regenerates docs/rules.md from the check registry (a test fails when it is stale).
docs: generate build
	$(RELEASE_DIR)/fairpack explain --markdown-table > docs/rules.md

clean:
	rm -rf .build
