# Two commands do everything (README): `make serve` and `make test`. Each installs what is
# missing first (scripts/setup.sh is idempotent), so they work on a fresh machine and a warm one.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
PORT ?= 8080
# The 200 KiB brotli target for ten languages and six packs is not met (README "Size"); until it
# is, the full build may not grow past this line. A host's subset build is held to the target.
FULL_CEILING ?= 268

.PHONY: serve test dist size size-subset bench setup-build setup-test test-native test-browser clean

## Build the release widget and serve it on http://127.0.0.1:$(PORT)
serve: dist
	node scripts/serve.mjs dist $(PORT)

## Install what the tests need, then run every test: native, then browser (headless Chromium),
## then the size of a first visit: a host subset within the 200 KiB brotli target, the full build
## under FULL_CEILING (the target is not met with ten languages: README "Size").
test: setup-test test-native size-subset dist test-browser
	node scripts/size.mjs dist --check --ceiling $(FULL_CEILING)

## The release widget in dist/, with a .br and a .gz beside every text and wasm file
dist: setup-build
	trunk build --release --offline

## What a first visit downloads, file by file, brotli and gzip; fails over the 200 KiB brotli budget
size: dist
	node scripts/size.mjs dist --check --ceiling $(FULL_CEILING)

## A host's build with English, Arabic and Farsi only (WAYMARK_LOCALES): within the budget, checked
size-subset: setup-build
	WAYMARK_LOCALES="ar fa" trunk build --release --offline --dist dist-subset
	node scripts/size.mjs dist-subset --check

## How fast the first screen, Start and each step are on a slow phone and line, beside a plain
## HTML floor (README "Performance"). A benchmark, not a test; BENCH_RUNS=5 by default; writes
## target/bench.json.
bench: setup-test dist
	node scripts/bench.mjs dist

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

test-native:
	cargo test --locked

test-browser:
	node tests/browser/run.mjs

clean:
	rm -rf dist dist-subset
