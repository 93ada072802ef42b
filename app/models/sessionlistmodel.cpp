#include "sessionlistmodel.h"

#include "roles.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace fa {

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SessionListModel::setCatalog(CatalogPtr catalog)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_index = m_catalog ? CatalogIndex(*m_catalog) : CatalogIndex();
    m_titleRanks.clear();
    endResetModel();
}

void SessionListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_titleRanks.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    retranslate();
}

void SessionListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void SessionListModel::setFavourites(const QSet<QString> &favourites)
{
    if (favourites == m_favourites)
        return;
    const QSet<QString> changed = (favourites - m_favourites) + (m_favourites - favourites);
    m_favourites = favourites;
    for (const QString &id : changed) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int SessionListModel::rowOf(const QString &sessionId) const
{
    return m_catalog ? m_catalog->sessionIndex(sessionId) : -1;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_catalog ? 0 : static_cast<int>(m_catalog->sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return sessionData(m_catalog->sessions[index.row()], index.row(), index.column(), role);
}

QVariant SessionListModel::sessionData(const Session &session, int row, int column, int role) const
{
    switch (role) {
    case IdRole: return session.id;
    case TitleRole: return m_catalog->text(session.title, m_language);
    case TitleLanguageRole:
        return session.title.resolve(m_language, m_catalog->event.language).language;
    case DayIdRole: return session.dayId;
    case DateRole: {
        const Day *day = m_catalog->day(session.dayId);
        return day ? QVariant(day->date) : QVariant();
    }
    case StartRole: return session.start;
    case DurationRole: return session.duration ? QVariant(*session.duration) : QVariant();
    case PillarIdsRole: return session.pillarIds;
    case PillarColorsRole: {
        QStringList colors;
        for (const QString &id : session.pillarIds)
            colors.append(m_catalog->pillarColor(m_catalog->pillarIndex(id)));
        return colors;
    }
    case SpeakerIdsRole: {
        QStringList ids;
        for (const SessionSpeaker &s : session.speakers)
            ids.append(s.speakerId);
        return ids;
    }
    case SpeakerNamesRole: {
        QStringList names;
        for (const SessionSpeaker &s : session.speakers) {
            if (const Speaker *speaker = m_catalog->speaker(s.speakerId))
                names.append(speaker->name);
        }
        return names;
    }
    case HasRecordingRole: return m_index.hasRecording(row);
    case IsFavouriteRole: return m_favourites.contains(session.id);
    case SessionRowRole: return row;
    case SortKeyRole:
        switch (column) {
        case TitleColumn: return m_catalog->text(session.title, m_language);
        case FavouriteColumn: return m_favourites.contains(session.id) ? 0 : 1;
        case RecordingColumn: return m_index.hasRecording(row) ? 0 : 1;
        default: return m_index.timeRank(row);
        }
    case Qt::ToolTipRole:
        if (column == TitleColumn)
            return m_catalog->text(session.summary, m_language);
        if (column == PillarsColumn)
            return pillarTitles(session);
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn: return m_catalog->text(session.title, m_language);
        case WhenColumn: return whenText(session);
        default: return {};
        }
    case Qt::AccessibleTextRole:
        switch (column) {
        case FavouriteColumn:
            return m_favourites.contains(session.id) ? tr("Favourite") : tr("Not a favourite");
        case TitleColumn: return m_catalog->text(session.title, m_language);
        case WhenColumn: return whenText(session);
        case PillarsColumn: return pillarTitles(session);
        case RecordingColumn:
            return m_index.hasRecording(row) ? tr("Recording linked") : tr("No recording linked");
        default: return {};
        }
    default: return {};
    }
}

QString SessionListModel::pillarTitles(const Session &session) const
{
    QStringList titles;
    for (const QString &id : session.pillarIds) {
        if (const Pillar *p = m_catalog->pillar(id))
            titles.append(m_catalog->text(p->title, m_language));
    }
    return titles.join(QStringLiteral(", "));
}

QString SessionListModel::whenText(const Session &session) const
{
    const QLocale locale(m_language);
    const Day *day = m_catalog->day(session.dayId);
    QString text = day ? m_catalog->text(day->title, m_language) : QString();
    if (text.isEmpty() && day)
        text = locale.toString(day->date, QLocale::ShortFormat);
    if (session.start.isValid())
        text += QStringLiteral(" · ") + locale.toString(session.start.time(), QLocale::ShortFormat);
    return text;
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TitleColumn: return tr("Session");
        case WhenColumn: return tr("Day and time");
        case PillarsColumn: return tr("Pillars");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (section) {
        case FavouriteColumn: return tr("Favourite");
        case TitleColumn: return tr("Session");
        case WhenColumn: return tr("Day and time");
        case PillarsColumn: return tr("Pillars");
        case RecordingColumn: return tr("Recording linked");
        default: return {};
        }
    }
    return {};
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(TitleLanguageRole, "titleLanguage");
    names.insert(DayIdRole, "dayId");
    names.insert(DateRole, "date");
    names.insert(StartRole, "start");
    names.insert(DurationRole, "duration");
    names.insert(PillarIdsRole, "pillarIds");
    names.insert(SpeakerIdsRole, "speakerIds");
    names.insert(SpeakerNamesRole, "speakerNames");
    names.insert(HasRecordingRole, "hasRecording");
    names.insert(IsFavouriteRole, "isFavourite");
    names.insert(SortKeyRole, "sortKey");
    names.insert(SessionRowRole, "sessionRow");
    return names;
}

int SessionListModel::titleRank(int row) const
{
    if (m_titleRanks.isEmpty() && m_catalog && !m_catalog->sessions.isEmpty()) {
        // One collation key per title instead of a collator per comparison.
        QCollator collator; // the default locale, as the proxy's own comparison uses
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::vector<std::pair<QCollatorSortKey, int>> keys;
        keys.reserve(std::size_t(m_catalog->sessions.size()));
        for (int session = 0; session < m_catalog->sessions.size(); ++session)
            keys.emplace_back(collator.sortKey(m_catalog->text(
                                  m_catalog->sessions.at(session).title, m_language)),
                              session);
        std::stable_sort(keys.begin(), keys.end(),
                         [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
        m_titleRanks.resize(m_catalog->sessions.size());
        for (int place = 0; place < int(keys.size()); ++place)
            m_titleRanks[keys[std::size_t(place)].second] = place;
    }
    return row >= 0 && row < m_titleRanks.size() ? m_titleRanks.at(row) : row;
}

} // namespace fa
