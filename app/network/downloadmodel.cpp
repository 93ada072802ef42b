#include "downloadmodel.h"

namespace fa {

DownloadModel::DownloadModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int DownloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant DownloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DownloadItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return item.title.isEmpty() ? item.fileName : item.title;
    case Qt::ToolTipRole:
    case UrlRole: return item.url.adjusted(QUrl::RemoveUserInfo);
    case IdRole: return item.id;
    case StateRole: return int(item.state);
    case StateTextRole: return stateText(item.state);
    case ProgressRole: return item.progress();
    case BytesReceivedRole: return item.received;
    case BytesTotalRole: return item.total;
    case RateRole: return item.rate;
    case EtaRole: return item.eta;
    case ErrorRole: return item.error;
    case LocalPathRole: return item.localPath;
    default: return {};
    }
}

QHash<int, QByteArray> DownloadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(UrlRole, "url");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(ProgressRole, "progress");
    names.insert(BytesReceivedRole, "bytesReceived");
    names.insert(BytesTotalRole, "bytesTotal");
    names.insert(RateRole, "rate");
    names.insert(EtaRole, "eta");
    names.insert(ErrorRole, "error");
    names.insert(LocalPathRole, "localPath");
    return names;
}

QString DownloadModel::stateText(DownloadItem::State state)
{
    switch (state) {
    case DownloadItem::State::Queued: return tr("Waiting");
    case DownloadItem::State::Running: return tr("Downloading");
    case DownloadItem::State::Paused: return tr("Paused");
    case DownloadItem::State::Finished: return tr("Finished");
    case DownloadItem::State::Failed: return tr("Failed");
    }
    return {};
}

int DownloadModel::rowOf(int id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return int(i);
    }
    return -1;
}

DownloadItem *DownloadModel::item(int id)
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_items[row];
}

void DownloadModel::append(const DownloadItem &item)
{
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(item);
    endInsertRows();
}

void DownloadModel::changed(int id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void DownloadModel::remove(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

} // namespace fa
