#include "transcriptsearch.h"

#include "momentlink.h"
#include "roles.h"
#include "subtitles/subtitleloader.h"
#include "webaddress.h"

namespace fa {

TranscriptSearch::TranscriptSearch(SubtitleLoader *loader, QObject *parent)
    : QAbstractListModel(parent)
    , m_loader(loader)
{
    connect(m_loader, &SubtitleLoader::finished, this, &TranscriptSearch::onLoaded);
}

TranscriptSearch::~TranscriptSearch() = default;

void TranscriptSearch::setCatalog(CatalogPtr catalog)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_files.clear();
    m_waiting.clear();
    m_index.clear();
    m_hits.clear();
    m_done = 0;
    m_loading = false;
    QStringList order;
    if (m_catalog) {
        for (const Recording &recording : m_catalog->recordings) {
            order.append(recording.id);
            for (const SubtitleFile &file : recording.subtitles) {
                const QUrl url = m_catalog->address(file.path, file.url);
                if (url.isLocalFile() ? !url.toLocalFile().isEmpty() : isWebAddress(url))
                    m_files.append({url, recording.id, file.language});
            }
        }
    }
    m_index.setRecordingOrder(order);
    endResetModel();
    Q_EMIT progressChanged(m_done, fileCount());
    if (m_active)
        setActive(true);
}

void TranscriptSearch::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void TranscriptSearch::setActive(bool active)
{
    m_active = active;
    if (!active || m_loading)
        return;
    // On first use only: a catalog's subtitles may be hundreds of hours.
    m_loading = true;
    for (const File &file : std::as_const(m_files)) {
        m_waiting.insert(file.url);
        m_loader->load(file.url);
    }
}

void TranscriptSearch::onLoaded(const SubtitleLoadResult &result)
{
    if (!m_waiting.remove(result.source))
        return;
    for (const File &file : std::as_const(m_files)) {
        if (file.url != result.source)
            continue;
        ++m_done;
        if (result.ok())
            m_index.add(file.recordingId, file.language, *result.document);
    }
    if (!result.ok()) {
        const QString error = result.error;
        Q_EMIT problem(LiveText([error] { return error; }));
    }
    Q_EMIT progressChanged(m_done, fileCount());
    if (!m_text.trimmed().isEmpty())
        search();
}

void TranscriptSearch::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    search();
}

void TranscriptSearch::search()
{
    beginResetModel();
    m_hits.clear();
    m_more = false;
    if (m_catalog && !m_text.trimmed().isEmpty()) {
        for (const TranscriptHit &hit : m_index.search(m_text, maxHits, &m_more))
            m_hits.append({hit, MomentLink::sessionAt(*m_catalog, hit.recordingId, hit.start)});
    }
    endResetModel();
}

int TranscriptSearch::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant TranscriptSearch::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hit &hit = m_hits.at(index.row());
    const Session *session = m_catalog->session(hit.sessionId);
    const QString title = session ? m_catalog->text(session->title, m_language) : QString();
    switch (role) {
    case Qt::DisplayRole:
        //: A moment found in what was said: time, session, the line
        return tr("%1 · %2\n“%3”").arg(formatTimecode(hit.hit.start), title, hit.hit.text);
    case Qt::ToolTipRole: return hit.hit.text;
    case IdRole: return hit.sessionId;
    case TitleRole: return title;
    case HitRecordingIdRole: return hit.hit.recordingId;
    case HitLanguageRole: return hit.hit.language;
    case HitOffsetRole: return hit.hit.start;
    case HitTimeTextRole: return formatTimecode(hit.hit.start);
    case HitTextRole: return hit.hit.text;
    default: return {};
    }
}

QHash<int, QByteArray> TranscriptSearch::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "sessionId");
    names.insert(TitleRole, "sessionTitle");
    names.insert(HitRecordingIdRole, "recordingId");
    names.insert(HitLanguageRole, "language");
    names.insert(HitOffsetRole, "offset");
    names.insert(HitTimeTextRole, "timeText");
    names.insert(HitTextRole, "line");
    return names;
}

} // namespace fa
