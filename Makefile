# renja — see README.md. Two commands on a fresh machine: `make demo` and `make test`.
SWIFT      ?= swift
CONFIG     ?= release
BIN        := .build/$(CONFIG)/renja
PREFIX     ?= /usr/local
OUT        ?= out
# The Swift runtime and Foundation linked into the executable (libxlsxwriter, libxml2 and mimalloc
# stay the system's): a 100,000-row read peaks 6 MiB lower and a process starts 4 ms sooner than with
# the toolchain's shared libraries, whose pages every start touches, and the installed binary runs
# without the toolchain. STATIC= builds against the shared ones.
STATIC     ?= --static-swift-stdlib
# On Linux with the toolchain's lld, the executable's hot functions laid side by side and its
# relocations packed: 5 MiB less resident at every run (scripts/link-flags.sh says why). LINK= links
# as the toolchain does.
LINK       ?= $(shell SWIFT=$(SWIFT) bash scripts/link-flags.sh)

.PHONY: deps test-deps relink-if-reordered build demo test bench install clean

deps:
	@bash scripts/install-deps.sh

test-deps:
	@bash scripts/install-deps.sh --test

# SwiftPM relinks only when an object changes: a new hot-functions list drops the executable first.
relink-if-reordered:
	@if [ -n "$(LINK)" ] && [ scripts/hot-functions.txt -nt $(BIN) ]; then rm -f "$$(readlink -f $(BIN))"; fi

build: deps relink-if-reordered
	$(SWIFT) build -c $(CONFIG) --product renja $(STATIC) $(LINK)

# The main job on the bundled examples: every table of examples/ converted, checked and written
# into $(OUT)/, plus the nine blank official templates.
demo: build
	@bash scripts/demo.sh $(BIN) $(OUT)

test: test-deps
	$(SWIFT) test --disable-swift-testing

# Whole-process measurements beside openpyxl, python-calamine, XlsxWriter and the C floor programs of
# ../shared/bench (inputs generated there, into /tmp/renja-bench). BENCH_ARGS=--quick skips 100k.
bench:
	@bash scripts/install-deps.sh --bench
	@$(MAKE) --no-print-directory relink-if-reordered CONFIG=release
	$(SWIFT) build -c release --product renja $(STATIC) $(LINK)
	$(SWIFT) build -c release --product renja-bench $(STATIC) $(LINK)
	.build/release/renja-bench $(BENCH_ARGS)

install: build
	install -d $(PREFIX)/bin $(PREFIX)/share/renja/templates
	install -m 755 $(BIN) $(PREFIX)/bin/renja
	install -m 644 templates/*.json templates/*.csv $(PREFIX)/share/renja/templates/

clean:
	rm -rf .build $(OUT)
