# Thin wrapper over CMake. `make example` and `make test` do all set-up on a
# fresh Debian machine (missing packages are installed first).

BUILD     ?= build
ASAN_DIR  ?= build-asan
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_ARGS ?=
ifeq ($(SHEAF_WERROR),ON)
CMAKE_ARGS += -DSHEAF_WERROR=ON
endif

.PHONY: all deps test-deps build example test asan bench install clean

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
	@cd $(ASAN_DIR) && ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=print_suppressions=0 \
		UBSAN_OPTIONS=print_stacktrace=1 \
		ctest --output-on-failure -j $(JOBS) -LE slow

bench: build
	@sh bench/run.sh $(BUILD)/sheaf

install: build
	@cmake --install $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_DIR) out
