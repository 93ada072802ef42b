#pragma once

#include "catalog.h"
#include "catalogindex.h"

#include <QAbstractTableModel>
#include <QSet>

namespace fa {

// The sessions of one catalog, one row each, texts in the current language.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FavouriteColumn,
        TitleColumn,
        WhenColumn,
        PillarsColumn,
        RecordingColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SessionListModel(QObject *parent = nullptr);

    void setCatalog(CatalogPtr catalog);
    const CatalogPtr &catalog() const { return m_catalog; }
    const CatalogIndex &catalogIndex() const { return m_index; }

    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    void setFavourites(const QSet<QString> &favourites);
    const QSet<QString> &favourites() const { return m_favourites; }

    // Row of a session id, -1 when absent.
    int rowOf(const QString &sessionId) const;

    // Place of the session's title, in the current language, in the order the
    // list sorts titles (the proxy's: locale-aware, case-insensitive). Worked
    // out for all sessions on first use after a catalog or language change, so
    // that sorting compares numbers instead of collating strings every time.
    int titleRank(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Header texts come from tr(): call after the application language changed.
    void retranslate();

private:
    QVariant sessionData(const Session &session, int row, int column, int role) const;
    QString whenText(const Session &session) const;
    QString pillarTitles(const Session &session) const;

    CatalogPtr m_catalog;
    CatalogIndex m_index;
    QString m_language = QStringLiteral("en");
    QSet<QString> m_favourites;
    mutable QList<int> m_titleRanks; // empty until a title sort asks
};

} // namespace fa
