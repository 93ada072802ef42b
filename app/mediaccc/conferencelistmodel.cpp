#include "conferencelistmodel.h"

#include "textfold.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fa {

ConferenceListModel::ConferenceListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ConferenceListModel::setConferences(QList<MediaCccConference> conferences)
{
    std::stable_sort(conferences.begin(), conferences.end(),
                     [](const MediaCccConference &a, const MediaCccConference &b) {
                         if (a.lastReleasedAt.isValid() != b.lastReleasedAt.isValid())
                             return a.lastReleasedAt.isValid();
                         return a.lastReleasedAt > b.lastReleasedAt;
                     });
    beginResetModel();
    m_conferences = std::move(conferences);
    m_searchText.clear();
    m_searchText.reserve(m_conferences.size());
    for (const MediaCccConference &c : std::as_const(m_conferences))
        m_searchText.append(foldForSearch(c.title + u' ' + c.acronym + u' ' + c.slug));
    endResetModel();
}

int ConferenceListModel::rowOf(const QString &acronym) const
{
    const auto it = std::find_if(m_conferences.cbegin(), m_conferences.cend(),
                                 [&](const MediaCccConference &c) {
                                     return c.acronym.compare(acronym, Qt::CaseInsensitive) == 0;
                                 });
    return it == m_conferences.cend() ? -1 : int(it - m_conferences.cbegin());
}

int ConferenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conferences.size());
}

QVariant ConferenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MediaCccConference &c = m_conferences.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = c.title.isEmpty() ? c.acronym : c.title;
        const QString released =
            c.lastReleasedAt.isValid()
                ? tr("%1 · last release %2")
                      .arg(c.acronym, QLocale().toString(c.lastReleasedAt.toLocalTime().date(),
                                                         QLocale::ShortFormat))
                : tr("%1 · nothing released yet").arg(c.acronym);
        return QString(title + u'\n' + released);
    }
    case Qt::ToolTipRole: return c.description.left(500);
    case AcronymRole: return c.acronym;
    case TitleRole: return c.title;
    case LastReleaseRole: return c.lastReleasedAt;
    case SlugRole: return c.slug;
    case SearchTextRole: return m_searchText.at(index.row());
    default: return {};
    }
}

QHash<int, QByteArray> ConferenceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AcronymRole, "acronym");
    names.insert(TitleRole, "title");
    names.insert(LastReleaseRole, "lastRelease");
    names.insert(SlugRole, "slug");
    names.insert(SearchTextRole, "searchText");
    return names;
}

void ConferenceListModel::retranslate()
{
    if (!m_conferences.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

} // namespace fa
