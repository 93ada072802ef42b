#pragma once

#include "catalog.h"
#include "catalogreader.h"

#include <QAbstractListModel>
#include <QStringList>

namespace fa {

// The catalogs open in this window (for the switcher) and the recently opened
// ones. Opening never closes what is open: a catalog with errors is refused and
// the current one stays.
class CatalogLibrary : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int maxRecent = 10;

    explicit CatalogLibrary(QObject *parent = nullptr);

    // Reads and validates; on success adds (or replaces the same origin) and makes it current.
    CatalogLoadResult open(const QString &path);
    // Adds an already loaded catalog (embedded, remote, imported).
    void add(CatalogPtr catalog);
    void setCurrent(int row);
    int currentRow() const { return m_current; }
    CatalogPtr current() const;
    CatalogPtr at(int row) const;
    int rowOfOrigin(const QString &origin) const;
    QStringList origins() const;

    QStringList recent() const { return m_recent; }
    void setRecent(const QStringList &recent);
    void setLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void currentChanged(fa::CatalogPtr catalog);
    void recentChanged();

private:
    void remember(const QString &origin);

    QList<CatalogPtr> m_catalogs;
    int m_current = -1;
    QStringList m_recent;
    QString m_language = QStringLiteral("en");
};

} // namespace fa
