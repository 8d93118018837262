# plan6 — the two commands:
#   make report   set everything up, then run the main job on the bundled Kawasaki data
#   make test     set everything up, then run every test (C++ under ctest, twice: plain and
#                 with AddressSanitizer + UndefinedBehaviorSanitizer; Python under pytest)
# Set-up is idempotent: a virtual environment in .venv with the build requirements and test
# dependencies from pyproject.toml, GoogleTest from Debian (apt-get, as root) when missing.

PYTHON ?= python3
VENV := .venv
PY := $(abspath $(VENV))/bin/python
CMAKE := $(abspath $(VENV))/bin/cmake
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CPP_BUILD := build/cpp
SAN_BUILD := build/cpp-sanitize
PY_BUILD := build/python
DEBIAN_PACKAGES := libgtest-dev
# headless Chromium for the HTML report's browser test, and a Japanese font for what it renders
DEBIAN_PACKAGES += chromium fonts-ipaexfont-gothic

.PHONY: all setup system-deps python-deps install report test test-cpp test-cpp-sanitize \
        test-python test-wheel format lint stubs clean fuzz

all: install

setup: system-deps python-deps

# Debian packages the tests need (GoogleTest). Installed only when missing.
system-deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null; then \
	    echo "plan6: missing$$missing and no apt-get; install GoogleTest and set CMAKE_PREFIX_PATH"; \
	  elif [ "$$(id -u)" = 0 ]; then \
	    echo "plan6: installing$$missing from Debian"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "plan6: please run: sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi

# The virtual environment: build requirements (for --no-build-isolation) and the extras,
# both read from pyproject.toml so the list lives in one place.
$(VENV)/.deps-stamp: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet cmake ninja $$($(PY) -c "import tomllib; \
	  d = tomllib.load(open('pyproject.toml', 'rb')); \
	  print(' '.join(repr(r) for r in d['build-system']['requires'] \
	  + d['project']['dependencies'] + d['project']['optional-dependencies']['test']))" \
	  | tr -d "'" )
	touch $@

python-deps: $(VENV)/.deps-stamp

# Build and install plan6 (the real compiled module) into the venv; incremental thanks to
# the fixed build directory.
install: setup
	$(PY) -m pip install --quiet --no-build-isolation --no-deps \
	  -Cbuild-dir=$(PY_BUILD) -Ccmake.define.PLAN6_WARNINGS_AS_ERRORS=ON .

report: install
	$(VENV)/bin/plan6 report --html plan6-report.html

test: lint test-cpp test-cpp-sanitize test-python test-wheel

test-cpp: setup
	$(CMAKE) -S . -B $(CPP_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DPLAN6_WHEEL_PYTHON=$(PY) -DPLAN6_WARNINGS_AS_ERRORS=ON
	$(CMAKE) --build $(CPP_BUILD) -j $(JOBS)
	cd $(CPP_BUILD) && $(abspath $(VENV))/bin/ctest --output-on-failure -j $(JOBS)

test-cpp-sanitize: setup
	$(CMAKE) -S . -B $(SAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug \
	  -DPLAN6_WHEEL_PYTHON=$(PY) -DPLAN6_SANITIZE=ON -DPLAN6_WARNINGS_AS_ERRORS=ON
	$(CMAKE) --build $(SAN_BUILD) -j $(JOBS)
	cd $(SAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  $(abspath $(VENV))/bin/ctest --output-on-failure -j $(JOBS)

test-python: install
	cd tests/python && $(PY) -m pytest -c $(abspath pyproject.toml) --rootdir=$(abspath .) .

# What a user gets from `pip install .`: a wheel built in pip's isolated environment (build
# requirements from PyPI only, nothing from .venv), installed with its runtime dependencies into
# a fresh virtual environment, then used from outside the source tree.
WHEEL_DIR := build/wheel
WHEEL_VENV := build/venv-wheel
test-wheel: setup
	rm -rf $(WHEEL_DIR) $(WHEEL_VENV)
	$(PY) -m pip wheel --quiet --no-deps --wheel-dir $(WHEEL_DIR) .
	$(PYTHON) -m venv $(WHEEL_VENV)
	$(WHEEL_VENV)/bin/python -m pip install --quiet $(WHEEL_DIR)/plan6-*.whl
	cd / && $(abspath $(WHEEL_VENV))/bin/python -c "import plan6; \
	  assert plan6.attainment(426, 320) == 1.33125; \
	  assert len(plan6.datasets.kawasaki_plan6().plans) == 30; \
	  assert len(plan6.extract(plan6.datasets.kawasaki_plan6_text())) > 0; \
	  print('plan6 wheel OK:', plan6.__version__)"
	cd / && $(abspath $(WHEEL_VENV))/bin/plan6 report --html $(abspath $(WHEEL_DIR))/report.html \
	  | grep "133.1 %" >/dev/null  # reads it all: plan6 writes the page after the text
	grep -q '<nav id="contents"' $(WHEEL_DIR)/report.html  # the templates are in the wheel

# Type stubs of the compiled module, generated from the installed plan6._core: one stub per
# submodule (plan6._core.indicators, .calendar, .text, .report) in python/plan6/_core/.
stubs: install
	rm -rf build/stubs
	$(PY) -m pybind11_stubgen plan6._core --output-dir build/stubs
	rm -rf python/plan6/_core
	cp -r build/stubs/plan6/_core python/plan6/_core
# Fuzzing, on request (`make test` does not need it). libFuzzer targets, built with Debian's
# clang-14 (installed here when missing) with -fsanitize=fuzzer,address,undefined: the number
# scanner, the bounded-memory number stream against the whole-text scan, number formatting
# against the numeral reader, the date scanner and fiscal-year text,
# the fact extractor on text, and the layout readers on given cell grids; each runs for
# FUZZ_SECONDS (10 minutes unless given) on the seed corpus cut from the reference report. Then the Python document
# readers with atheris (fuzz/fuzz_documents.py), one target per reader (PDF, HTML, sheets, CSV,
# text), FUZZ_SECONDS each. `make fuzz FUZZ_SECONDS=60` is a short campaign; each target's log
# and final statistics are in build/fuzz/fuzz-<target>.log.
FUZZ_BUILD := build/fuzz
FUZZ_SECONDS ?= 600
FUZZ_TARGETS := number_scanner number_stream number_format date_scanner fact_extractor layout_grids
FUZZ_READERS := pdf html sheets csv text
# The one copy of the reference report in the tree; the fuzzers' seeds are cut from it.
REFERENCE_REPORT := python/plan6/datasets/data/kawasaki-plan6-evaluation-fy2012.txt
fuzz: setup
	@command -v clang++-14 >/dev/null && test -e /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a \
	  || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -qq --no-install-recommends clang-14 libclang-rt-14-dev >/dev/null)
	$(CMAKE) -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link \
	  -DPLAN6_WHEEL_PYTHON=$(PY) -DPLAN6_SANITIZE=ON -DPLAN6_BUILD_TESTS=OFF \
	  -DPLAN6_BUILD_FUZZERS=ON -DPLAN6_WARNINGS_AS_ERRORS=ON
	$(CMAKE) --build $(FUZZ_BUILD) -j $(JOBS)
	$(PY) fuzz/make_seeds.py $(REFERENCE_REPORT) $(FUZZ_BUILD)/seeds
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus-$$t; \
	  echo "plan6: fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  $(FUZZ_BUILD)/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -rss_limit_mb=2048 -dict=fuzz/japanese.dict -print_final_stats=1 \
	    $(FUZZ_BUILD)/corpus-$$t $$(ls -d fuzz/corpus/$$t 2>/dev/null) $(FUZZ_BUILD)/seeds \
	    tests/data/layouts > $(FUZZ_BUILD)/fuzz-$$t.log 2>&1; \
	  status=$$?; tail -15 $(FUZZ_BUILD)/fuzz-$$t.log; test $$status -eq 0 || exit 1; \
	done
	@# The Python document readers (PDF, HTML, spreadsheets, CSV, encodings), with atheris.
	$(PY) -m pip install --quiet $$($(PY) -c "import tomllib; \
	  print(' '.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['fuzz']))")
	$(PY) fuzz/fuzz_documents.py --make-seeds $(FUZZ_BUILD)/seeds-documents
	@for r in $(FUZZ_READERS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus-documents-$$r; \
	  echo "plan6: fuzzing the $$r reader for $(FUZZ_SECONDS) s"; \
	  $(PY) fuzz/fuzz_documents.py --reader $$r -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -rss_limit_mb=2048 -print_final_stats=1 $(FUZZ_BUILD)/corpus-documents-$$r \
	    $(FUZZ_BUILD)/seeds-documents > $(FUZZ_BUILD)/fuzz-documents-$$r.log 2>&1; \
	  status=$$?; tail -8 $(FUZZ_BUILD)/fuzz-documents-$$r.log; test $$status -eq 0 || exit 1; \
	done

CPP_SOURCES = $(wildcard core/include/plan6/*/*.hpp core/src/*/*.cpp bindings/*.cpp \
  bindings/*.hpp bindings/*/*.cpp bindings/*/*.hpp tests/cpp/*/*.cpp fuzz/*.cpp)
PY_SOURCES := python tests/python benchmarks fuzz

format:
	$(VENV)/bin/ruff format $(PY_SOURCES)
	$(VENV)/bin/clang-format -i $(CPP_SOURCES)

lint: python-deps
	$(VENV)/bin/ruff check $(PY_SOURCES)
	$(VENV)/bin/ruff format --check $(PY_SOURCES)
	@echo "$(VENV)/bin/clang-format --dry-run -Werror ($(words $(CPP_SOURCES)) C++ files)"
	@$(VENV)/bin/clang-format --dry-run -Werror $(CPP_SOURCES)

clean:
	rm -rf build plan6-report.html
