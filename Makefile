# Thin wrapper over CMake. `make example` and `make test` do all set-up on a
# fresh Debian machine (missing packages are installed first).

BUILD     ?= build
ASAN_DIR  ?= build-asan
FUZZ_DIR  ?= build-fuzz
FUZZ_SECONDS ?= 60
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_ARGS ?=
ifeq ($(SHEAF_WERROR),ON)
CMAKE_ARGS += -DSHEAF_WERROR=ON
endif

.PHONY: all deps test-deps build example test asan fuzz bench install clean

all: build

deps:
	@sh scripts/install-deps.sh

test-deps:
	@sh scripts/install-deps.sh --test

build: deps
	@cmake -S . -B $(BUILD) $(CMAKE_ARGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

example: build
	@sh scripts/example.sh $(BUILD)/sheaf

test: test-deps build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

asan: test-deps
	@cmake -S . -B $(ASAN_DIR) -DENABLE_ASAN=ON -DCMAKE_BUILD_TYPE=Debug $(CMAKE_ARGS) >/dev/null
	@cmake --build $(ASAN_DIR) -j $(JOBS)
	@cd $(ASAN_DIR) && ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=print_suppressions=0:suppressions=$(CURDIR)/tests/lsan.supp \
		UBSAN_OPTIONS=print_stacktrace=1 \
		ctest --output-on-failure -j $(JOBS) -LE slow

# libFuzzer (clang) over the readers, the YAML parsers and the whole build
# of one article (PDF + EPUB), FUZZ_SECONDS each, seeded from our fixtures;
# a crash leaves its input in $(FUZZ_DIR). fuzz_build's inputs are capped
# at 64 KB (the writers cost more per byte than the readers) and a run may
# take 60 s before it counts as a hang: the largest take a few seconds of
# CPU under the sanitizers, and many times that in wall time on a busy box.
fuzz: deps
	@command -v clang >/dev/null || { echo "make fuzz needs clang"; exit 2; }
	@CC=clang cmake -S . -B $(FUZZ_DIR) -DENABLE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		$(CMAKE_ARGS) >/dev/null
	@cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzz_reader fuzz_manifest fuzz_build
	@bash tests/fuzz/seeds.sh $(FUZZ_DIR)/seeds
	@for t in reader manifest build; do \
		echo "fuzz_$$t: $(FUZZ_SECONDS) s"; \
		mkdir -p $(FUZZ_DIR)/corpus-$$t; \
		max_len=262144; dict=; timeout=10; \
		[ $$t = build ] && { max_len=65536; dict=-dict=tests/fuzz/build.dict; timeout=60; }; \
		ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=print_suppressions=0:suppressions=$(CURDIR)/tests/lsan.supp \
		$(FUZZ_DIR)/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=$$timeout \
			-rss_limit_mb=2048 -max_len=$$max_len $$dict -artifact_prefix=$(FUZZ_DIR)/ \
			$(FUZZ_DIR)/corpus-$$t $(FUZZ_DIR)/seeds/$$t > $(FUZZ_DIR)/fuzz_$$t.log 2>&1; \
		rc=$$?; tail -n 2 $(FUZZ_DIR)/fuzz_$$t.log; \
		[ $$rc = 0 ] || { echo "fuzz_$$t failed: $(FUZZ_DIR)/fuzz_$$t.log"; exit 1; }; \
	done

bench: build
	@sh bench/run.sh $(BUILD)/sheaf

install: build
	@cmake --install $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_DIR) $(FUZZ_DIR) out
