# nianbao: `make shell` opens the shell on the bundled corpus, `make test` runs the tests.
# Both first install the system packages the build needs (libedit-dev) when they are missing.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SYSTEM_PACKAGES := libedit-dev pkg-config
# pandas.read_html with lxml, which the benchmark compares the HTML reader with. The Debian packages install
# into the system's Python, which need not be the first python3 on the PATH (pyenv, a virtualenv).
BENCH_PACKAGES := python3-pandas python3-lxml
BENCH_PYTHON ?= /usr/bin/python3

.PHONY: shell test build release bench bench-deps fuzz deps clean

shell: build
	@./.build/debug/nianbao

test: deps
	$(SWIFT) test

build: deps
	@$(SWIFT) build --product nianbao

release: deps
	$(SWIFT) build -c release --product nianbao

# Generates .build/bench-corpus/ (100000 reports unless BENCH_ARGS='--reports N') and .build/bench-corpus-html/
# (2000 pages, '--html N') once, then measures them. The release nianbao is built first: the bench times its
# first prompt.
bench: deps bench-deps
	$(SWIFT) build -c release --product nianbao
	$(SWIFT) run -c release nianbao-bench --python $(BENCH_PYTHON) $(BENCH_ARGS)

# Without pandas the bench still runs and prints the comparison as skipped, so a failed install does not stop it.
bench-deps:
	@if ! $(BENCH_PYTHON) -c 'import pandas, lxml' 2>/dev/null; then \
		echo "installing $(BENCH_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(BENCH_PACKAGES) > /dev/null \
			|| echo "could not install $(BENCH_PACKAGES): the comparison with pandas will be skipped"; \
	fi

# Runs each parser entry point under libFuzzer with AddressSanitizer, FUZZ_SECONDS (60) each, one after the other
# (FUZZ_TARGETS='text html' for some); see FUZZING.md. Not part of `make test`.
fuzz: deps
	./Fuzz/run.sh

deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
		echo "installing $(SYSTEM_PACKAGES)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES); \
	fi

clean:
	rm -rf .build
