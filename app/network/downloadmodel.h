#pragma once

#include "downloaditem.h"

#include <QAbstractListModel>

namespace fa {

// The downloads of a DownloadManager, one row each, for the downloads panel.
class DownloadModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        UrlRole,       // QUrl without user name and password
        StateRole,     // int of DownloadItem::State
        StateTextRole, // translated
        ProgressRole,  // double 0..1, or -1 when the size is unknown
        BytesReceivedRole,
        BytesTotalRole,
        RateRole, // bytes per second
        EtaRole,  // seconds left, -1 when unknown
        ErrorRole,
        LocalPathRole
    };
    Q_ENUM(Role)

    explicit DownloadModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString stateText(DownloadItem::State state);

    // Used by DownloadManager.
    const QList<DownloadItem> &items() const { return m_items; }
    int rowOf(int id) const;
    DownloadItem *item(int id);
    void append(const DownloadItem &item);
    void changed(int id);
    void remove(int id);

private:
    QList<DownloadItem> m_items;
};

} // namespace fa
