// Shared by the libFuzzer targets: an invariant check that turns a broken promise into a crash
// libFuzzer records (with the input that caused it), instead of a silent pass.
#pragma once
#include <cstdio>
#include <cstdlib>

#define HD_FUZZ_CHECK(cond)                                                                      \
    do {                                                                                         \
        if (!(cond)) {                                                                           \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort();                                                                        \
        }                                                                                        \
    } while (0)
