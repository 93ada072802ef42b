#pragma once

#include <QElapsedTimer>
#include <QList>

#include <utility>

namespace fa {

// Bytes per second over the last few seconds, so that the rate and the time
// left follow changes in speed without jumping at every packet.
class TransferRate
{
public:
    static constexpr qint64 windowMs = 3000;

    void start()
    {
        m_clock.start();
        m_samples.clear();
    }
    void add(qint64 totalBytes)
    {
        const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
        m_samples.append({now, totalBytes});
        while (m_samples.size() > 2 && now - m_samples[1].first >= windowMs)
            m_samples.removeFirst();
    }
    // 0 until there is enough to measure.
    double bytesPerSecond() const
    {
        if (m_samples.size() < 2)
            return 0;
        const auto &[t0, b0] = m_samples.first();
        const auto &[t1, b1] = m_samples.last();
        if (t1 - t0 < 100)
            return 0;
        return double(b1 - b0) * 1000.0 / double(t1 - t0);
    }
    // Seconds left, or -1 when unknown.
    qint64 secondsLeft(qint64 received, qint64 total) const
    {
        const double rate = bytesPerSecond();
        if (total < 0 || rate <= 0)
            return -1;
        return qint64(double(std::max<qint64>(0, total - received)) / rate + 0.5);
    }

private:
    QElapsedTimer m_clock;
    QList<std::pair<qint64, qint64>> m_samples;
};

} // namespace fa
