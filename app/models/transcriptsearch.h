#pragma once

#include "catalog.h"
#include "livetext.h"
#include "subtitles/transcriptindex.h"

#include <QAbstractListModel>
#include <QSet>
#include <QUrl>

namespace fa {

class SubtitleLoader;
struct SubtitleLoadResult;

// Finds the moments a word was said: searches the subtitles of every
// recording of the catalog. The files load on first use and stay indexed;
// each row is a hit with its session, recording, moment and line.
class TranscriptSearch : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int maxHits = 200;

    explicit TranscriptSearch(SubtitleLoader *loader, QObject *parent = nullptr);
    ~TranscriptSearch() override;

    void setCatalog(CatalogPtr catalog);
    void setLanguage(const QString &language);
    // Loads the catalog's subtitles the first time, then searches as text changes.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setText(const QString &text);
    QString text() const { return m_text; }
    // Subtitle files of the catalog, and how many are indexed (or failed).
    int fileCount() const { return int(m_files.size()); }
    int filesDone() const { return m_done; }
    bool hasMore() const { return m_more; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void progressChanged(int done, int total);
    void problem(const fa::LiveText &message);

private:
    struct File
    {
        QUrl url;
        QString recordingId;
        QString language;
    };
    struct Hit
    {
        TranscriptHit hit;
        QString sessionId;
    };
    void onLoaded(const SubtitleLoadResult &result);
    void search();

    SubtitleLoader *const m_loader;
    CatalogPtr m_catalog;
    QString m_language = QStringLiteral("en");
    QList<File> m_files;
    QSet<QUrl> m_waiting;
    int m_done = 0;
    bool m_active = false;
    bool m_loading = false;
    QString m_text;
    TranscriptIndex m_index;
    QList<Hit> m_hits;
    bool m_more = false;
};

} // namespace fa
