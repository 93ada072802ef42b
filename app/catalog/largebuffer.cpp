#include "largebuffer.h"

#include <QtGlobal>

#include <cstdlib>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace fa {

LargeBuffer::LargeBuffer(std::size_t bytes)
{
    if (bytes == 0)
        bytes = 1;
#ifdef Q_OS_LINUX
    void *mapped = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped != MAP_FAILED) {
        madvise(mapped, bytes, MADV_HUGEPAGE); // advice only: fine if refused
        m_data = mapped;
        m_size = bytes;
        m_mapped = true;
        return;
    }
#endif
    m_data = std::malloc(bytes);
    m_size = m_data ? bytes : 0;
}

LargeBuffer::~LargeBuffer()
{
    release();
}

LargeBuffer::LargeBuffer(LargeBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_mapped(std::exchange(other.m_mapped, false))
{}

LargeBuffer &LargeBuffer::operator=(LargeBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_mapped = std::exchange(other.m_mapped, false);
    }
    return *this;
}

void LargeBuffer::release()
{
    if (!m_data)
        return;
#ifdef Q_OS_LINUX
    if (m_mapped) {
        munmap(m_data, m_size);
        m_data = nullptr;
        return;
    }
#endif
    std::free(m_data);
    m_data = nullptr;
}

void returnFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace fa
