#include "notesexport.h"

#include <QDir>
#include <QSaveFile>

#include <QLocale>

namespace fa {

namespace {
// Markdown must not reinterpret catalog or user text.
QString escapeMarkdown(QString text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()#+-.!|<>");
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (special.contains(c))
            out.append(u'\\');
        out.append(c);
    }
    return out;
}
} // namespace

QString NotesExport::toMarkdown(const Catalog &catalog, const QSet<QString> &favourites,
                                const QHash<QString, QString> &notes, const QString &language)
{
    const QLocale locale(language);
    QString md;
    md += u"# " + escapeMarkdown(catalog.text(catalog.event.title, language)) + u"\n\n";
    md += tr("Favourites and notes exported on %1.")
              .arg(locale.toString(QDate::currentDate(), QLocale::LongFormat))
          + u"\n";
    int count = 0;
    for (const Session &s : catalog.sessions) {
        const bool favourite = favourites.contains(s.id);
        const QString note = notes.value(s.id);
        if (!favourite && note.isEmpty())
            continue;
        ++count;
        md += u"\n## " + (favourite ? QStringLiteral("★ ") : QString())
              + escapeMarkdown(catalog.text(s.title, language)) + u"\n\n";
        const Day *day = catalog.day(s.dayId);
        QString when = day ? locale.toString(day->date, QLocale::LongFormat) : QString();
        if (s.start.isValid())
            when += u", " + locale.toString(s.start.time(), QLocale::ShortFormat);
        if (!when.isEmpty())
            md += u"*" + escapeMarkdown(when) + u"*\n\n";
        if (!note.isEmpty()) {
            const QStringList lines = note.split(u'\n');
            for (const QString &line : lines)
                md += u"> " + escapeMarkdown(line) + u"\n";
        }
    }
    if (count == 0)
        md += u"\n" + tr("No favourites or notes yet.") + u"\n";
    return md;
}

std::optional<QString> NotesExport::write(const QString &path, const QString &markdown)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(markdown.toUtf8()) >= 0 && file.commit())
        return std::nullopt;
    return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
}

} // namespace fa
