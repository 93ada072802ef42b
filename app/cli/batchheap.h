#pragma once

#include <cstddef>

namespace fa {

// Memory set-up for a short command-line process that builds a catalog and
// exits. Under glibc on Linux malloc's heap is grown once, far ahead, and marked
// for transparent huge pages: a whole import then fills its heap with a few
// 2 MiB page faults instead of thousands of 4 KiB ones, which cost more than
// the parsing on a virtual machine. All threads share that heap, and freed
// memory is kept for reuse rather than handed back. Elsewhere it does nothing.
// Call it first in main(), before the process allocates much.
class BatchHeap
{
public:
    static constexpr std::size_t reserve = 64 * 1024 * 1024;

    // True when the heap was prepared (glibc on Linux and the kernel took the advice).
    static bool prepare();
};

} // namespace fa
