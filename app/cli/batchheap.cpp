#include "batchheap.h"

#include <QtGlobal>

#include <cstdint>
#include <cstdlib>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace fa {

bool BatchHeap::prepare()
{
    if constexpr (!available)
        return false;
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    // Blocks up to 32 MiB (glibc's largest threshold) come from the heap, not
    // from mappings of their own that fault page by page and go back at free().
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(4 * reserve));
    mallopt(M_TOP_PAD, static_cast<int>(reserve));
    // One arena: a helper thread (the catalog reader has one) would otherwise
    // get a heap of its own, without the advice.
    mallopt(M_ARENA_MAX, 1);

    // The next growth of the heap now adds `reserve` bytes at once; a block
    // larger than any free space at its top forces it. volatile: the compiler
    // may not drop the malloc/free pair.
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void *volatile probe = std::malloc(4 * 1024 * 1024);
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const bool grown = probe != nullptr;
    std::free(probe);

    // Advice for the whole 2 MiB pages in what was added, before any is touched.
    constexpr std::uintptr_t hugePage = 2 * 1024 * 1024;
    const std::uintptr_t from = (before + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t to = after & ~(hugePage - 1);
    return grown && to > from
           && madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE) == 0;
#else
    return false;
#endif
}

} // namespace fa
