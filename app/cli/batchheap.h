#pragma once

#include <cstddef>

#if defined(__SANITIZE_ADDRESS__)
#define FA_HEAP_REPLACED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FA_HEAP_REPLACED 1
#endif
#endif

namespace fa {

// Memory set-up for a short command-line process that builds a catalog and
// exits. Under glibc on Linux malloc's heap is grown once, far ahead, and marked
// for transparent huge pages: a whole import then fills its heap with a few
// 2 MiB page faults instead of thousands of 4 KiB ones, which cost more than
// the parsing on a virtual machine. All threads share that heap, and freed
// memory is kept for reuse rather than handed back. Elsewhere, and when a
// sanitizer's allocator stands in for glibc's, it does nothing.
// Call it first in main(), before the process allocates much.
class BatchHeap
{
public:
    static constexpr std::size_t reserve = 64 * 1024 * 1024;
    // Whether prepare() can act in this build.
    static constexpr bool available =
#if defined(__linux__) && defined(__GLIBC__) && !defined(FA_HEAP_REPLACED)
        true;
#else
        false;
#endif

    // True when the heap was prepared (glibc on Linux and the kernel took the advice).
    static bool prepare();
};

} // namespace fa
