#pragma once

// Suites that check decoded frames need a multimedia backend that decodes. On
// a developer's machine without one they skip and say what to install; under
// CI (CI=true) a missing decoder is a failure, so that hidden or missing
// GStreamer plugins cannot turn these suites into silent passes.
#include <QMediaFormat>
#include <QTest>

namespace fa::test {

inline bool decoderAvailable()
{
    return !QMediaFormat().supportedFileFormats(QMediaFormat::Decode).isEmpty();
}

inline bool underCi()
{
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace fa::test

#define FA_REQUIRE_DECODER()                                                                       \
    do {                                                                                           \
        if (!fa::test::decoderAvailable()) {                                                       \
            if (fa::test::underCi())                                                               \
                QFAIL("No multimedia backend decodes any format (CI=true, so this fails "          \
                      "rather than skips); install the GStreamer plugins "                         \
                      "(gstreamer1.0-plugins-base, -good) or unhide them.");                       \
            QSKIP("No multimedia backend on this machine (Qt Multimedia decodes no format); "      \
                  "install the GStreamer plugins (gstreamer1.0-plugins-base, -good) to run "       \
                  "these tests.");                                                                 \
        }                                                                                          \
    } while (false)
