# The two commands in the README, and the steps they are made of.
#   make serve   set up this machine if needed, then serve the app on http://127.0.0.1:8080
#   make test    set up this machine if needed, then run every test
#   make bench   build the release, serve it, and print sizes and timings
#
# Setting up installs only what is missing or at the wrong version, from the package
# registries, at pinned versions, so running it twice installs nothing the second time.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
BINARYEN_VERSION := 132
TERSER_VERSION := 5.36.0
# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

TOOLS := $(CURDIR)/.tools
E2E := tests/e2e
export PATH := $(TOOLS)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help serve test build bench setup rust-tools browser e2e-deps test-native test-browser test-e2e

help:
	@echo "make serve   set up, then serve the app on http://127.0.0.1:8080 (live reload)"
	@echo "make test    set up, then run every test"
	@echo "make build   build the deployable site into dist/"
	@echo "make bench   build the release and print sizes and timings"

serve: rust-tools
	trunk serve --offline

test: rust-tools browser e2e-deps
	$(MAKE) --no-print-directory test-native test-browser build test-e2e

build: rust-tools
	trunk build --release --offline

bench: rust-tools browser e2e-deps build
	node $(E2E)/bench.mjs

setup: rust-tools browser e2e-deps

# The Rust side: the wasm target, Trunk, wasm-bindgen's command line; and from npm, wasm-opt
# and terser (which minifies the scripts in a release).
rust-tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" \
		|| cargo install --locked "trunk@$(TRUNK_VERSION)"
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" \
		|| cargo install --force "wasm-bindgen-cli@$(WASM_BINDGEN_VERSION)"
	@wasm-opt --version 2>/dev/null | grep -q "(version_$(BINARYEN_VERSION))" \
		&& terser --version 2>/dev/null | grep -qx "terser $(TERSER_VERSION)" \
		|| npm install --prefix "$(TOOLS)" --no-save --no-audit --no-fund "binaryen@$(BINARYEN_VERSION).0.0" "terser@$(TERSER_VERSION)"
	@cargo fetch --locked --quiet

# Debian's Chromium and its driver, for the browser and end-to-end tests.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null \
		|| { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }

# Playwright and axe-core, at the versions in the lock file.
e2e-deps:
	@cmp -s $(E2E)/package-lock.json $(E2E)/node_modules/.installed-from-lock 2>/dev/null \
		|| (cd $(E2E) && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.installed-from-lock)

test-native:
	cargo test --locked

test-browser:
	cargo test --locked --target wasm32-unknown-unknown --test browser --features publisher

test-e2e:
	cd $(E2E) && npx playwright test
