#pragma once

#include <cstddef>

namespace fa {

// One large, short-lived block of memory: the bytes of a catalog file, the
// nodes of its JSON tree. It is mapped straight from the system, with
// transparent huge pages where the kernel offers them, so filling it costs a
// few page faults instead of thousands, and freeing it hands it back at once
// instead of leaving tens of megabytes resident in malloc's heap.
class LargeBuffer
{
public:
    LargeBuffer() = default;
    // Null when the memory cannot be had.
    explicit LargeBuffer(std::size_t bytes);
    ~LargeBuffer();
    LargeBuffer(LargeBuffer &&other) noexcept;
    LargeBuffer &operator=(LargeBuffer &&other) noexcept;
    LargeBuffer(const LargeBuffer &) = delete;
    LargeBuffer &operator=(const LargeBuffer &) = delete;

    bool isNull() const { return m_data == nullptr; }
    char *data() { return static_cast<char *>(m_data); }
    const char *data() const { return static_cast<const char *>(m_data); }
    std::size_t size() const { return m_size; }

private:
    void release();

    void *m_data = nullptr;
    std::size_t m_size = 0;
    bool m_mapped = false;
};

// Hands memory that malloc holds free back to the system (glibc keeps small
// freed blocks resident); a no-op elsewhere. For after a large catalog closes.
void returnFreedMemory();

} // namespace fa
