# fuzz/fuzz.mk — read after the top-level Makefile by fuzz/run:
#
#   make -f Makefile -f fuzz/fuzz.mk BUILD=DIR/obj FUZZ_OUT=DIR CC=clang CXX=clang++ \
#        OPT='... -fsanitize=fuzzer-no-link,address,undefined' fuzzers
#
# The library objects come from the Makefile's own rules (same sources and
# flags, clang instead of gcc, instrumented for libFuzzer). The harnesses
# need common/, clean/ and fetch/ only, so corpus/ is left out of their
# archive; each fuzz/fuzz_NAME.c is linked into FUZZ_OUT/fuzz_NAME.

FUZZ_OUT ?= $(BUILD)/..
FUZZ_LINK = -fsanitize=fuzzer,address,undefined
FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))
FUZZERS := $(FUZZ_SRC:fuzz/%.c=$(FUZZ_OUT)/%)
FUZZ_LIB_OBJ := $(filter-out $(BUILD)/corpus/%,$(LIB_OBJ))

.PHONY: fuzzers
fuzzers: $(FUZZERS)

$(BUILD)/libpith-fuzz.a: $(FUZZ_LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(FUZZ_OUT)/fuzz_%: fuzz/fuzz_%.c $(BUILD)/libpith-fuzz.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(FUZZ_LINK) -o $@ $< $(BUILD)/libpith-fuzz.a $(LDLIBS)
