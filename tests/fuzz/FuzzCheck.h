#pragma once

// Invariants the fuzz targets assert beyond "does not crash": a violated one stops the fuzzer like a crash.
#include <cstdio>
#include <cstdlib>

#define KIROKU_FUZZ_CHECK(condition)                                                                                   \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "invariant violated: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                  \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
