#pragma once

#include "catalog.h"

#include <QAbstractListModel>

namespace fa {

class PlayerController;

// The chapters of the recording being played, one row each, the current one
// marked; follows a PlayerController when given one.
class ChapterListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ChapterListModel(QObject *parent = nullptr);

    // Follows the controller's recording, current chapter and language.
    void follow(PlayerController *controller);

    void setChapters(CatalogPtr catalog, const QList<ChapterEntry> &chapters,
                     const QString &language);
    void setCurrent(int row);
    int current() const { return m_current; }
    void setLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString title(int row) const;

    CatalogPtr m_catalog;
    QList<ChapterEntry> m_chapters;
    QString m_language;
    int m_current = -1;
};

} // namespace fa
