#include "cataloglibrary.h"

#include "roles.h"

#include <QFileInfo>

namespace fa {

CatalogLibrary::CatalogLibrary(QObject *parent)
    : QAbstractListModel(parent)
{}

CatalogLoadResult CatalogLibrary::open(const QString &path)
{
    CatalogLoadResult result = CatalogReader::readPath(path);
    if (result.ok()) {
        add(result.catalog);
        if (!path.startsWith(u':'))
            remember(QFileInfo(path).absoluteFilePath());
    }
    return result;
}

void CatalogLibrary::add(CatalogPtr catalog)
{
    const int existing = rowOfOrigin(catalog->origin);
    if (existing >= 0) {
        m_catalogs[existing] = std::move(catalog);
        Q_EMIT dataChanged(index(existing), index(existing));
        m_current = -1; // force the signal: the content changed
        setCurrent(existing);
        return;
    }
    const int row = static_cast<int>(m_catalogs.size());
    beginInsertRows({}, row, row);
    m_catalogs.append(std::move(catalog));
    endInsertRows();
    setCurrent(row);
}

void CatalogLibrary::setCurrent(int row)
{
    if (row < 0 || row >= m_catalogs.size() || row == m_current)
        return;
    m_current = row;
    Q_EMIT currentChanged(m_catalogs[row]);
}

CatalogPtr CatalogLibrary::current() const
{
    return at(m_current);
}

CatalogPtr CatalogLibrary::at(int row) const
{
    return row >= 0 && row < m_catalogs.size() ? m_catalogs[row] : nullptr;
}

int CatalogLibrary::rowOfOrigin(const QString &origin) const
{
    for (int i = 0; i < m_catalogs.size(); ++i) {
        if (m_catalogs[i]->origin == origin)
            return i;
    }
    return -1;
}

QStringList CatalogLibrary::origins() const
{
    QStringList list;
    for (const CatalogPtr &c : m_catalogs)
        list.append(c->origin);
    return list;
}

void CatalogLibrary::setRecent(const QStringList &recent)
{
    m_recent = recent.mid(0, maxRecent);
    Q_EMIT recentChanged();
}

void CatalogLibrary::remember(const QString &origin)
{
    m_recent.removeAll(origin);
    m_recent.prepend(origin);
    while (m_recent.size() > maxRecent)
        m_recent.removeLast();
    Q_EMIT recentChanged();
}

void CatalogLibrary::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_catalogs.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int CatalogLibrary::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_catalogs.size());
}

QVariant CatalogLibrary::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Catalog &c = *m_catalogs[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return c.text(c.event.title, m_language);
    case Qt::ToolTipRole: return c.origin;
    case IdRole: return c.event.id;
    default: return {};
    }
}

} // namespace fa
