#pragma once

// A YouTube recording played end to end without the network: the sample
// catalog with day-1-en's source replaced by a YouTube address, the stand-in
// yt-dlp answering with a stream address on the in-process HTTP server, which
// serves the sample day recording with Range.
#include "fakeytdlp.h"
#include "httptestserver.h"
#include "samplecatalog.h"
#include "youtuberesolver.h"
#include "youtubestreams.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace fa::test {

class YouTubePlaybackFixture
{
public:
    static constexpr auto recordingId = "day-1-en";
    // s2 is day-1-en's second chapter, at 0:30; its frames are this colour.
    static constexpr auto sessionAt30 = "s2";
    static constexpr Milliseconds sessionOffset = 30000;
    static constexpr auto chapterColour = "#2fad43";
    static constexpr auto streamPath = "/videoplayback";

    static QUrl address()
    {
        return QUrl(QStringLiteral("https://www.youtube.com/watch?v=")
                    + QLatin1String(FakeYtDlp::videoId));
    }
    static QString samplePath() { return QStringLiteral(FA_SAMPLE_DIR "/media/day-1.webm"); }

    YouTubePlaybackFixture()
    {
        server.addFile(QLatin1String(streamPath), samplePath());
        answerWithStreamAt(QLatin1String(streamPath));
    }

    // yt-dlp's answer: one WebM with audio and video at `path` on the server,
    // beside separate video and audio streams, as YouTube offers them.
    QByteArray answer(const QString &path, bool withCombined = true) const
    {
        const qint64 expire = QDateTime::currentDateTimeUtc().addSecs(6 * 3600).toSecsSinceEpoch();
        const auto format = [&](const char *id, const char *vcodec, const char *acodec,
                                int height) {
            QUrl url = server.url(path);
            url.setQuery(QStringLiteral("expire=%1&itag=%2").arg(expire).arg(QLatin1String(id)));
            return QJsonObject{{QStringLiteral("format_id"), QLatin1String(id)},
                               {QStringLiteral("ext"), QStringLiteral("webm")},
                               {QStringLiteral("protocol"), QStringLiteral("https")},
                               {QStringLiteral("vcodec"), QLatin1String(vcodec)},
                               {QStringLiteral("acodec"), QLatin1String(acodec)},
                               {QStringLiteral("height"), height},
                               {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)}};
        };
        QJsonArray formats{format("251", "none", "opus", 0), format("247", "vp9", "none", 720)};
        if (withCombined)
            formats.append(format("43", "vp8", "opus", 360));
        const QJsonObject root{{QStringLiteral("id"), QLatin1String(FakeYtDlp::videoId)},
                               {QStringLiteral("_type"), QStringLiteral("video")},
                               {QStringLiteral("title"), QStringLiteral("Sample Forum - Day 1")},
                               {QStringLiteral("duration"), 90},
                               {QStringLiteral("webpage_url"), address().toString()},
                               {QStringLiteral("formats"), formats}};
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }
    void answerWithStreamAt(const QString &path) { fake.answerWith(answer(path)); }

    // Streams as main() builds them, with the stand-in as the configured
    // program and the plugins that decode the sample WebM.
    std::unique_ptr<YouTubeStreams> makeStreams() const
    {
        auto streams =
            std::make_unique<YouTubeStreams>(cacheDir.filePath(QStringLiteral("youtube")));
        streams->resolver()->setProgramPath(fake.program());
        streams->resolver()->setPlugins(GStreamerPlugins::withNames(
            {QStringLiteral("matroska"), QStringLiteral("vpx"), QStringLiteral("opus")}));
        return streams;
    }

    // The sample catalog with day-1-en at `source` (the YouTube address by default).
    static CatalogPtr catalog(const QUrl &source = address(),
                              Source::Kind kind = Source::Kind::YouTube)
    {
        return modified(sampleCatalog(), [&](Catalog &cat) {
            Source s = urlSource(source);
            s.kind = kind;
            recordingIn(cat, QLatin1String(recordingId)).sources = {s};
        });
    }

    // The sample catalog.json with day-1-en at the YouTube address, in a
    // folder of its own; its path.
    QString writeCatalogFile() const
    {
        QFile in(QStringLiteral(FA_SAMPLE_DIR "/catalog.json"));
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray recordings = root.value(QStringLiteral("recordings")).toArray();
        for (qsizetype i = 0; i < recordings.size(); ++i) {
            QJsonObject recording = recordings.at(i).toObject();
            if (recording.value(QStringLiteral("id")).toString() != QLatin1String(recordingId))
                continue;
            recording.insert(
                QStringLiteral("sources"),
                QJsonArray{QJsonObject{{QStringLiteral("url"), address().toString()}}});
            recordings.replace(i, recording);
        }
        root.insert(QStringLiteral("recordings"), recordings);
        const QString path = cacheDir.filePath(QStringLiteral("catalog/catalog.json"));
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(QJsonDocument(root).toJson());
        return path;
    }

    HttpTestServer server;
    FakeYtDlp fake;
    QTemporaryDir cacheDir;
};

} // namespace fa::test
