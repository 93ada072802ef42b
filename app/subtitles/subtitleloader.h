#pragma once

#include "subtitles/subtitledocument.h"

#include <QCache>
#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

#include <functional>
#include <memory>

namespace fa {

class NetworkAccess;
struct SubtitleReadResult;

struct SubtitleLoadResult
{
    QUrl source;                                      // as asked
    std::shared_ptr<const SubtitleDocument> document; // null when nothing could be read
    QString error;    // for the user, naming the file or address; empty on success
    QString warnings; // skipped or doubtful cues, one message; empty when none
    bool fromCache = false;

    bool ok() const { return document != nullptr; }
};

// Loads subtitle files on demand, from local files (file: URLs) or http(s)
// addresses through NetworkAccess (its HTTP cache and rules), parses them off
// the GUI thread and keeps the parsed documents in a bounded cache. Every
// load() is answered by finished(), also from the cache and also on failure.
class SubtitleLoader : public QObject
{
    Q_OBJECT

public:
    // Cues kept in the cache, over all documents: about 200 hours of speech.
    static constexpr int defaultCacheCues = 100000;

    explicit SubtitleLoader(NetworkAccess *access, QObject *parent = nullptr);
    ~SubtitleLoader() override;

    // Asks for the document; finished() follows, never before load() returns.
    // A local file is read again when it changed since it was cached.
    void load(const QUrl &source);
    // The document when it is in the cache (a local file is not checked for changes).
    std::shared_ptr<const SubtitleDocument> cached(const QUrl &source) const;
    bool isLoading(const QUrl &source) const { return m_pending.value(source, false); }
    // Drops the cached document, and the answer of a load in progress.
    void forget(const QUrl &source);
    void clear();

    // The cache's bound in cues; the most recent document is always kept.
    void setCacheLimit(int cues);
    int cacheLimit() const { return int(m_cache.maxCost()); }

    // The file path or the address without credentials, for messages.
    static QString displayName(const QUrl &source);

Q_SIGNALS:
    void finished(const fa::SubtitleLoadResult &result);

private:
    // A local file as it was read, to notice a later change.
    struct FileStamp
    {
        QDateTime modified;
        qint64 size = -1;
    };
    struct Entry
    {
        std::shared_ptr<const SubtitleDocument> document;
        QString warnings;
        FileStamp stamp;
    };

    void loadFile(const QUrl &source);
    void loadAddress(const QUrl &source);
    // Reads in the pool; done() then runs in this object's thread.
    void parseInPool(const QUrl &source, std::function<SubtitleReadResult()> read);
    void done(const QUrl &source, const SubtitleReadResult &read, const FileStamp &stamp);
    void fail(const QUrl &source, const QString &error);
    void answer(const SubtitleLoadResult &result);
    void answerLater(const SubtitleLoadResult &result);

    NetworkAccess *const m_access;
    QCache<QUrl, Entry> m_cache;
    QHash<QUrl, bool> m_pending; // source -> still wanted (false once forgotten)
    QThreadPool m_pool;
};

} // namespace fa

Q_DECLARE_METATYPE(fa::SubtitleLoadResult)
