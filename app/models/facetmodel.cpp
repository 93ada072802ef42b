#include "facetmodel.h"

#include "roles.h"

#include <QLocale>

namespace fa {

FacetModel::FacetModel(Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
{}

void FacetModel::setCatalog(CatalogPtr catalog)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_counts = QList<int>(itemCount(), 0);
    m_total = 0;
    m_checked.clear();
    endResetModel();
}

void FacetModel::setLanguage(const QString &language)
{
    m_language = language;
    emitAllChanged({Qt::DisplayRole, Qt::ToolTipRole, TitleRole, Qt::AccessibleTextRole});
}

void FacetModel::retranslate()
{
    emitAllChanged({Qt::DisplayRole, Qt::ToolTipRole, TitleRole, Qt::AccessibleTextRole});
}

void FacetModel::setCounts(const QList<int> &counts, int total)
{
    if (counts == m_counts && total == m_total)
        return;
    m_counts = counts;
    m_total = total;
    emitAllChanged({CountRole, Qt::DisplayRole, Qt::AccessibleTextRole});
}

void FacetModel::setChecked(const QSet<QString> &ids)
{
    if (ids == m_checked)
        return;
    m_checked = ids;
    emitAllChanged({Qt::CheckStateRole});
}

void FacetModel::emitAllChanged(const QList<int> &roles)
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), roles);
}

int FacetModel::itemCount() const
{
    if (!m_catalog)
        return 0;
    switch (m_kind) {
    case Kind::Days: return static_cast<int>(m_catalog->days.size());
    case Kind::Pillars: return static_cast<int>(m_catalog->pillars.size());
    case Kind::Speakers: return static_cast<int>(m_catalog->speakers.size());
    }
    return 0;
}

int FacetModel::rowOf(const QString &id) const
{
    if (id.isEmpty())
        return hasAllRow() ? 0 : -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

QString FacetModel::idAt(int row) const
{
    const int item = hasAllRow() ? row - 1 : row;
    if (!m_catalog || item < 0 || item >= itemCount())
        return {};
    switch (m_kind) {
    case Kind::Days: return m_catalog->days[item].id;
    case Kind::Pillars: return m_catalog->pillars[item].id;
    case Kind::Speakers: return m_catalog->speakers[item].id;
    }
    return {};
}

QString FacetModel::itemTitle(int item) const
{
    switch (m_kind) {
    case Kind::Days: {
        const Day &day = m_catalog->days[item];
        const QString title = m_catalog->text(day.title, m_language);
        // Short enough for the filter column: "ven. 27 déc.", "Fri 27 Dec".
        return title.isEmpty() ? QLocale(m_language).toString(day.date, u"ddd d MMM") : title;
    }
    case Kind::Pillars: return m_catalog->text(m_catalog->pillars[item].title, m_language);
    case Kind::Speakers: return m_catalog->speakers[item].name;
    }
    return {};
}

QString FacetModel::itemDetail(int item) const
{
    switch (m_kind) {
    case Kind::Days: {
        const QLocale locale(m_language);
        return locale.toString(m_catalog->days[item].date, locale.dateFormat(QLocale::LongFormat));
    }
    case Kind::Pillars: {
        // The whole name first: a long track name of an imported schedule is
        // cut in the filter column.
        const QString description =
            m_catalog->text(m_catalog->pillars[item].description, m_language);
        return description.isEmpty() ? itemTitle(item) : itemTitle(item) + u'\n' + description;
    }
    case Kind::Speakers: {
        const Speaker &s = m_catalog->speakers[item];
        const QString role = m_catalog->text(s.role, m_language);
        const QString org = m_catalog->text(s.organization, m_language);
        return role.isEmpty() || org.isEmpty() ? QString(role + org)
                                               : QString(role + QStringLiteral(", ") + org);
    }
    }
    return {};
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_catalog)
        return 0;
    return itemCount() + (hasAllRow() ? 1 : 0);
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool allRow = hasAllRow() && index.row() == 0;
    const int item = hasAllRow() ? index.row() - 1 : index.row();
    const int count = allRow ? m_total : m_counts.value(item);

    if (allRow) {
        switch (role) {
        case Qt::DisplayRole:
        case TitleRole:
        case Qt::AccessibleTextRole:
            return m_kind == Kind::Days ? tr("All days") : tr("All speakers");
        case IdRole: return QString();
        case CountRole: return count;
        default: return {};
        }
    }

    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return itemTitle(item);
    case Qt::ToolTipRole: return itemDetail(item);
    case Qt::AccessibleTextRole:
        return tr("%1, %n session(s)", nullptr, count).arg(itemTitle(item));
    case IdRole: return idAt(index.row());
    case CountRole: return count;
    case DateRole: return m_kind == Kind::Days ? QVariant(m_catalog->days[item].date) : QVariant();
    case ColorRole:
        return m_kind == Kind::Pillars ? QVariant(m_catalog->pillarColor(item)) : QVariant();
    case IconNameRole:
        return m_kind == Kind::Pillars ? QVariant(m_catalog->pillars[item].icon) : QVariant();
    case Qt::CheckStateRole:
        if (m_kind != Kind::Pillars)
            return {};
        return m_checked.contains(idAt(index.row())) ? Qt::Checked : Qt::Unchecked;
    default: return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_kind != Kind::Pillars || role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString id = idAt(index.row());
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (checked == m_checked.contains(id))
        return true;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkToggled(id, checked);
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (m_kind == Kind::Pillars && index.isValid())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QHash<int, QByteArray> FacetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(CountRole, "count");
    names.insert(DateRole, "date");
    names.insert(ColorRole, "color");
    names.insert(IconNameRole, "iconName");
    return names;
}

} // namespace fa
