#include "chapterlistmodel.h"

#include "playercontroller.h"
#include "roles.h"

#include <QFont>

namespace fa {

ChapterListModel::ChapterListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ChapterListModel::follow(PlayerController *controller)
{
    const auto reload = [this, controller] {
        setChapters(controller->catalog(), controller->chapters(), controller->language());
        setCurrent(controller->currentChapter());
    };
    connect(controller, &PlayerController::recordingChanged, this, reload);
    connect(controller, &PlayerController::currentChapterChanged, this,
            &ChapterListModel::setCurrent);
    connect(controller, &PlayerController::optionsChanged, this,
            [this, controller] { setLanguage(controller->language()); });
    reload();
}

void ChapterListModel::setChapters(CatalogPtr catalog, const QList<ChapterEntry> &chapters,
                                   const QString &language)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_chapters = m_catalog ? chapters : QList<ChapterEntry>();
    m_language = language;
    m_current = -1;
    endResetModel();
}

void ChapterListModel::setCurrent(int row)
{
    if (row < -1 || row >= m_chapters.size())
        row = -1;
    if (row == m_current)
        return;
    const int previous = m_current;
    m_current = row;
    const QList<int> roles = {ChapterCurrentRole, Qt::FontRole};
    if (previous >= 0)
        Q_EMIT dataChanged(index(previous), index(previous), roles);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), roles);
}

void ChapterListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_chapters.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_chapters.size()) - 1));
}

int ChapterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chapters.size());
}

QString ChapterListModel::title(int row) const
{
    const ChapterEntry &entry = m_chapters.at(row);
    if (!entry.chapter.title.isEmpty())
        return m_catalog->text(entry.chapter.title, m_language);
    if (entry.sessionIndex >= 0)
        return m_catalog->text(m_catalog->sessions.at(entry.sessionIndex).title, m_language);
    return tr("Chapter %1").arg(row + 1);
}

QVariant ChapterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ChapterEntry &entry = m_chapters.at(row);
    switch (role) {
    case Qt::DisplayRole:
        //: Chapter list row: start time, then title
        return tr("%1  %2").arg(formatTimecode(entry.chapter.at), title(row));
    case Qt::ToolTipRole:
    case ChapterTitleRole: return title(row);
    case Qt::FontRole:
        if (row == m_current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ChapterOffsetRole: return entry.chapter.at;
    case ChapterTimeTextRole: return formatTimecode(entry.chapter.at);
    case ChapterSessionIdRole:
        return entry.sessionIndex >= 0 ? m_catalog->sessions.at(entry.sessionIndex).id : QString();
    case ChapterCurrentRole: return row == m_current;
    case ChapterColorRole: return entry.chapter.color;
    default: return {};
    }
}

QHash<int, QByteArray> ChapterListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ChapterTitleRole, "chapterTitle");
    names.insert(ChapterOffsetRole, "offset");
    names.insert(ChapterTimeTextRole, "timeText");
    names.insert(ChapterSessionIdRole, "sessionId");
    names.insert(ChapterCurrentRole, "current");
    names.insert(ChapterColorRole, "color");
    return names;
}

} // namespace fa
