#include "subtitles/subtitleloader.h"

#include "network/networkaccess.h"
#include "subtitles/subtitlereader.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>

namespace fa {

namespace {
bool isHttp(const QUrl &url)
{
    return url.scheme() == u"http" || url.scheme() == u"https";
}
} // namespace

SubtitleLoader::SubtitleLoader(NetworkAccess *access, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_cache(defaultCacheCues)
{
    // One parse at a time: the machine's other core plays the video.
    m_pool.setMaxThreadCount(1);
}

SubtitleLoader::~SubtitleLoader()
{
    // A parse still running posts its result to this object: let it end first.
    m_pool.waitForDone();
}

QString SubtitleLoader::displayName(const QUrl &source)
{
    if (source.isLocalFile())
        return QDir::toNativeSeparators(source.toLocalFile());
    return NetworkAccess::displayAddress(source);
}

void SubtitleLoader::setCacheLimit(int cues)
{
    m_cache.setMaxCost(std::max(cues, 1));
}

std::shared_ptr<const SubtitleDocument> SubtitleLoader::cached(const QUrl &source) const
{
    const Entry *entry = m_cache.object(source);
    return entry ? entry->document : nullptr;
}

void SubtitleLoader::forget(const QUrl &source)
{
    m_cache.remove(source);
    if (m_pending.contains(source))
        m_pending[source] = false;
}

void SubtitleLoader::clear()
{
    m_cache.clear();
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        it.value() = false;
}

void SubtitleLoader::load(const QUrl &source)
{
    if (m_pending.value(source, false))
        return; // one answer serves every request made while loading
    if (const Entry *entry = m_cache.object(source)) {
        bool fresh = true;
        if (source.isLocalFile()) {
            const QFileInfo info(source.toLocalFile());
            fresh = info.exists() && info.lastModified() == entry->stamp.modified
                    && info.size() == entry->stamp.size;
        }
        if (fresh) {
            answerLater({source, entry->document, {}, entry->warnings, true});
            return;
        }
        m_cache.remove(source);
    }
    if (source.isLocalFile()) {
        loadFile(source);
    } else if (isHttp(source)) {
        loadAddress(source);
    } else {
        answerLater({source,
                     nullptr,
                     tr("The subtitles '%1' are neither a file nor an http or https address.")
                         .arg(displayName(source)),
                     {},
                     false});
    }
}

void SubtitleLoader::loadFile(const QUrl &source)
{
    m_pending.insert(source, true);
    const QString path = source.toLocalFile();
    parseInPool(source, [path] { return SubtitleReader::readFile(path); });
}

void SubtitleLoader::loadAddress(const QUrl &source)
{
    m_pending.insert(source, true);
    QNetworkReply *reply =
        m_access->get(QNetworkRequest(source), NetworkAccess::CachePolicy::HttpCache);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > SubtitleReader::maxFileSize || total > SubtitleReader::maxFileSize)
            NetworkAccess::abortWith(reply, NetworkFailure::Kind::TooLarge, {},
                                     SubtitleReader::maxFileSize);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, source] {
        reply->deleteLater();
        const NetworkFailure failure = NetworkAccess::failureOf(reply);
        if (!failure.ok()) {
            fail(source,
                 tr("The subtitles cannot be loaded. %1").arg(NetworkAccess::message(failure)));
            return;
        }
        // One byte past the cap, so that readData() refuses an oversized body itself.
        const QByteArray data = reply->read(SubtitleReader::maxFileSize + 1);
        parseInPool(source, [data] { return SubtitleReader::readData(data); });
    });
}

void SubtitleLoader::parseInPool(const QUrl &source, std::function<SubtitleReadResult()> read)
{
    // Noted before reading, so that a change during the read is seen next time.
    const QFileInfo info(source.isLocalFile() ? source.toLocalFile() : QString());
    const FileStamp stamp{info.exists() ? info.lastModified() : QDateTime(),
                          info.exists() ? info.size() : -1};
    m_pool.start([this, source, read = std::move(read), stamp] {
        auto result = std::make_shared<const SubtitleReadResult>(read());
        QMetaObject::invokeMethod(
            this, [this, source, result, stamp] { done(source, *result, stamp); },
            Qt::QueuedConnection);
    });
}

void SubtitleLoader::done(const QUrl &source, const SubtitleReadResult &read,
                          const FileStamp &stamp)
{
    if (!m_pending.take(source))
        return; // forgotten while it loaded
    const QString name = displayName(source);
    if (!read.ok()) {
        answer({source,
                nullptr,
                tr("The subtitles %1 cannot be shown. %2").arg(name, read.error),
                {},
                false});
        return;
    }
    auto entry = std::make_unique<Entry>();
    entry->document = std::make_shared<const SubtitleDocument>(read.document);
    if (!read.problems.isEmpty())
        entry->warnings = tr("Subtitles %1: %2").arg(name, read.summary());
    entry->stamp = stamp;
    SubtitleLoadResult result{source, entry->document, {}, entry->warnings, false};
    // The cost is in cues; a document larger than the whole cache is still kept
    // alone rather than refused, so that the document just loaded stays cached.
    const qsizetype cost = std::max<qsizetype>(read.document.size(), 1);
    if (cost > m_cache.maxCost())
        m_cache.clear();
    m_cache.insert(source, entry.release(), std::min<qsizetype>(cost, m_cache.maxCost()));
    answer(result);
}

void SubtitleLoader::fail(const QUrl &source, const QString &error)
{
    if (!m_pending.take(source))
        return;
    answer({source, nullptr, error, {}, false});
}

void SubtitleLoader::answer(const SubtitleLoadResult &result)
{
    Q_EMIT finished(result);
}

void SubtitleLoader::answerLater(const SubtitleLoadResult &result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { answer(result); }, Qt::QueuedConnection);
}

} // namespace fa
