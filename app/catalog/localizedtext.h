#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

namespace fa {

// A human-readable catalog text in one or more languages. A plain string in a
// catalog is stored under the event's original language.
class LocalizedText
{
public:
    struct Resolved
    {
        QString text;
        QString language; // the language the text is actually in; empty when there is none
    };

    LocalizedText() = default;
    LocalizedText(const QString &language, const QString &text) { set(language, text); }

    using Entry = std::pair<QString, QString>; // language, text

    void set(const QString &language, const QString &text);
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool has(const QString &language) const { return find(language) != nullptr; }
    QStringList languages() const;
    // Builds a map on every call: loops over the texts should use entries().
    QMap<QString, QString> values() const;
    // Sorted by language, as values() is.
    const QList<Entry> &entries() const { return m_entries; }

    // Chosen language, then the original language, then English, then any.
    Resolved resolve(const QString &language, const QString &originalLanguage) const;
    QString text(const QString &language, const QString &originalLanguage) const
    {
        return resolve(language, originalLanguage).text;
    }

    bool operator==(const LocalizedText &other) const { return m_entries == other.m_entries; }

private:
    const Entry *find(const QString &language) const;

    // A flat list, not a map: a catalog holds tens of thousands of texts in two
    // or three languages, and a map node per language (plus a heap copy of each
    // language code) cost more than the texts' own overhead.
    QList<Entry> m_entries;
};

} // namespace fa
