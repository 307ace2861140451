# pith — build, test, demo, eval and benchmarks.
#
#   make demo     install missing Debian packages, build, clean examples/
#   make test     install missing Debian packages, build, run the test suite
#   make SAN=1 test   the same under AddressSanitizer + UBSan (build-san/)
#   make eval     accuracy on ../shared/bench/articles
#   make eval-heldout the same on bench/heldout*/ (pages written for the project)
#   make eval-text    plain-text mode on the same pages (full-text dump, then --from text)
#   make seeds    the seed samples against their .gold files
#   make bench    speed and memory on the same pages
#   make bench-fetch      pith fetch vs wget2 and curl against a local nginx
#   make bench-corpus     a corpus build from 20 000+ generated documents
#   make bench-templates  template learning on a synthetic multi-site batch
#   make fuzz     build the libFuzzer harnesses (clang) and run each briefly
#   make install PREFIX=/usr/local

PREFIX ?= /usr/local
SHARED ?= ../shared
VERSION := $(shell cat VERSION 2>/dev/null || echo 0.0.0)

# Debian packages the build needs; the test suite needs a few more.
DEB_PKGS = gcc g++ make pkg-config libcurl4-openssl-dev libgumbo-dev zlib1g-dev \
	libssl-dev libuchardet-dev libcld2-dev libutf8proc-dev libxxhash-dev
DEB_TEST_PKGS = libcriterion-dev
# Commands the tests use, installed from Debian only when absent (node and npm
# may come from elsewhere, and Debian's npm conflicts with other nodejs builds).
TEST_CMDS = python3:python3 node:nodejs npm:npm

PKGS = libcurl gumbo zlib libcrypto uchardet libutf8proc libxxhash

ifeq ($(SAN),1)
BUILD ?= build-san
OPT ?= -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
LDSAN = -fsanitize=address,undefined
else
BUILD ?= build
OPT ?= -O2 -g
LDSAN =
endif

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CRIT_CFLAGS = $(shell pkg-config --cflags criterion 2>/dev/null)
CRIT_LIBS = $(shell pkg-config --libs criterion 2>/dev/null)

CPPFLAGS += -I. -D_GNU_SOURCE -DPITH_VERSION='"$(VERSION)"'
CFLAGS += -std=c11 -Wall -Wextra -Werror $(OPT) $(PKG_CFLAGS) -pthread
CXXFLAGS += -std=c++11 -Wall -Wextra -Werror $(OPT) -I/usr/include/cld2
LDLIBS = $(PKG_LIBS) -lcld2 -lstdc++ -lm -pthread
LDFLAGS += $(LDSAN)

LIB_SRC := $(sort $(wildcard common/*.c clean/*.c fetch/*.c corpus/*.c))
LIB_CXX := $(sort $(wildcard clean/*.cc))
CLI_SRC := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/*.c))

LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o) $(LIB_CXX:%.cc=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/%.o)

PITH := $(BUILD)/pith
TESTS := $(BUILD)/pith-tests

.PHONY: all deps test-deps test demo eval eval-heldout eval-text seeds bench bench-fetch bench-corpus \
	bench-templates fuzz install clean

all: $(PITH) pith

pith: $(PITH)
	@ln -sf $(PITH) pith

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/%.o: %.cc
	@mkdir -p $(dir $@)
	$(CXX) $(CPPFLAGS) $(CXXFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libpith.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(PITH): $(CLI_OBJ) $(BUILD)/libpith.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libpith.a $(LDLIBS)

$(BUILD)/tests/%.o: tests/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(CRIT_CFLAGS) -MMD -MP -c $< -o $@

$(TESTS): $(TEST_OBJ) $(BUILD)/libpith.a
	$(CC) $(LDFLAGS) -o $@ $(TEST_OBJ) $(BUILD)/libpith.a $(LDLIBS) $(CRIT_LIBS)

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d)

# Install what is missing (root on Debian); quiet when all is present.
deps:
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi

test-deps: deps
	@missing=""; for p in $(DEB_TEST_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	for cp in $(TEST_CMDS); do command -v $${cp%%:*} >/dev/null 2>&1 || missing="$$missing $${cp#*:}"; done; \
	if [ -n "$$missing" ]; then echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi

# The suite runs from the repository root so fixtures resolve as tests/fixtures/...
test: test-deps
	@$(MAKE) --no-print-directory $(PITH) $(TESTS)
	LSAN_OPTIONS=suppressions=$(abspath tests/lsan.supp):print_suppressions=0 \
	PITH_BIN=$(abspath $(PITH)) PITH_SHARED=$(abspath $(SHARED)) $(TESTS) --jobs 2

demo: deps
	@$(MAKE) --no-print-directory pith
	@sh examples/demo $(PITH) $(BUILD)/demo

eval: deps
	@$(MAKE) --no-print-directory pith
	@if [ ! -d $(SHARED)/bench/articles ]; then echo "eval: $(SHARED)/bench/articles is absent; nothing to score"; exit 0; fi; \
	rm -rf $(BUILD)/eval && mkdir -p $(BUILD)/eval && \
	$(PITH) clean -o $(BUILD)/eval $(SHARED)/bench/articles/html && \
	python3 $(SHARED)/bench/score-articles $(BUILD)/eval

# bench/run-bench reads peak RSS from GNU time (Debian package "time").
bench: deps
	@command -v /usr/bin/time >/dev/null 2>&1 || { echo "installing: time"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
	@$(MAKE) --no-print-directory $(PITH) $(BUILD)/bench-parse
	sh bench/run-bench $(PITH) $(BUILD)/bench-parse $(SHARED)/bench/articles/html

$(BUILD)/bench-parse: bench/parse_only.c $(BUILD)/libpith.a
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(BUILD)/libpith.a $(LDLIBS)

# The extractor on pages written for this project (bench/heldout*/: two
# sets by different authors), to see that the rules carry beyond the shared
# benchmark.
HELDOUT = heldout heldout2
eval-heldout: deps
	@$(MAKE) --no-print-directory $(PITH)
	@if [ ! -x $(SHARED)/bench/score-articles ]; then echo "eval-heldout: $(SHARED)/bench/score-articles is absent; nothing to score"; exit 0; fi; \
	for h in $(HELDOUT); do \
	  rm -rf $(BUILD)/eval-$$h && mkdir -p $(BUILD)/eval-$$h && \
	  $(PITH) clean -o $(BUILD)/eval-$$h bench/$$h/html && \
	  printf '%-9s ' $$h && python3 $(SHARED)/bench/score-articles $(BUILD)/eval-$$h --truth bench/$$h/ground-truth.json || exit 1; \
	done

# ---- issue 7: plain text and templates (recipes in bench/ and scripts) ----
eval-text: deps
	@$(MAKE) --no-print-directory pith
	bench/eval-text $(PITH) $(SHARED) $(BUILD)/eval-text

seeds: deps
	@$(MAKE) --no-print-directory pith
	bench/eval-seeds $(PITH) $(SHARED) $(BUILD)/seeds

bench-templates: deps
	@$(MAKE) --no-print-directory pith
	bench/bench-templates $(PITH) $(BUILD)/bench-templates

# ---- issue 5: fetch benchmark ----
bench-fetch: deps
	@$(MAKE) --no-print-directory $(PITH)
	bench/bench-fetch $(PITH) $(BUILD)/bench-fetch --source $(SHARED)/bench/articles/html

# ---- issue 6: corpus benchmark ----
bench-corpus: deps
	@$(MAKE) --no-print-directory $(PITH)
	bench/bench-corpus $(PITH) $(SHARED)/bench/articles $(BUILD)/bench-corpus

# ---- fuzzing (clang's libFuzzer) ----
# FUZZ_SECONDS per harness (default 30), FUZZ_TARGETS to pick: see fuzz/README.md
fuzz: deps
	sh fuzz/run $(BUILD)/fuzz

install: $(PITH)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(PITH) $(DESTDIR)$(PREFIX)/bin/pith
	install -m 644 docs/pith.1 $(DESTDIR)$(PREFIX)/share/man/man1/pith.1

clean:
	rm -rf build build-san pith
