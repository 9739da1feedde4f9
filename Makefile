# nianbao: `make shell` opens the shell on the bundled corpus, `make test` runs the tests.
# Both first install the system packages the build needs (libedit-dev) when they are missing.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SYSTEM_PACKAGES := libedit-dev pkg-config

.PHONY: shell test build release bench deps clean

shell: build
	@./.build/debug/nianbao

test: deps
	$(SWIFT) test

build: deps
	@$(SWIFT) build --product nianbao

release: deps
	$(SWIFT) build -c release --product nianbao

# Generates .build/bench-corpus/ once (100000 reports unless BENCH_ARGS='--reports N'), then measures it.
bench: deps
	$(SWIFT) run -c release nianbao-bench $(BENCH_ARGS)

deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
		echo "installing $(SYSTEM_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES); \
	fi

clean:
	rm -rf .build
