#pragma once

#include "catalog.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace fa {

// The days, pillars or speakers of a catalog, each with the number of sessions
// that match the other active filters. Days and speakers start with an "All" row
// (empty id); pillars are checkable, any number at once.
class FacetModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { Days, Pillars, Speakers };

    explicit FacetModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setCatalog(CatalogPtr catalog);
    void setLanguage(const QString &language);
    // One count per catalog item, in catalog order; total is the "All" row's.
    void setCounts(const QList<int> &counts, int total);
    void setChecked(const QSet<QString> &ids);

    int rowOf(const QString &id) const;
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    void retranslate();

Q_SIGNALS:
    // A pillar was ticked or unticked through setData (by a view).
    void checkToggled(const QString &id, bool checked);

private:
    bool hasAllRow() const { return m_kind != Kind::Pillars; }
    int itemCount() const;
    QString itemTitle(int item) const;
    QString itemDetail(int item) const;
    void emitAllChanged(const QList<int> &roles);

    const Kind m_kind;
    CatalogPtr m_catalog;
    QString m_language = QStringLiteral("en");
    QList<int> m_counts;
    int m_total = 0;
    QSet<QString> m_checked;
};

} // namespace fa
