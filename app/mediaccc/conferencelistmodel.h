#pragma once

#include "mediacccdata.h"

#include <QAbstractListModel>

namespace fa {

// The conferences of a voctoweb instance, newest release first. The display
// text names the title, the acronym and the last release; raw values have
// their own roles.
class ConferenceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role : int {
        AcronymRole = Qt::UserRole + 1, // QString
        TitleRole,                      // QString
        LastReleaseRole,                // QDateTime, invalid when unknown
        SlugRole,                       // QString
        SearchTextRole,                 // QString: title, acronym and slug, folded for search
    };

    explicit ConferenceListModel(QObject *parent = nullptr);

    void setConferences(QList<MediaCccConference> conferences);
    const QList<MediaCccConference> &conferences() const { return m_conferences; }
    // -1 when no conference has this acronym (compared without case).
    int rowOf(const QString &acronym) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The display texts are translated: call on QEvent::LanguageChange.
    void retranslate();

private:
    QList<MediaCccConference> m_conferences;
    QStringList m_searchText;
};

} // namespace fa
