#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

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

    void set(const QString &language, const QString &text);
    bool isEmpty() const { return m_values.isEmpty(); }
    bool has(const QString &language) const { return m_values.contains(language); }
    QStringList languages() const { return m_values.keys(); }
    const QMap<QString, QString> &values() const { return m_values; }

    // Chosen language, then the original language, then English, then any.
    Resolved resolve(const QString &language, const QString &originalLanguage) const;
    QString text(const QString &language, const QString &originalLanguage) const
    {
        return resolve(language, originalLanguage).text;
    }

    bool operator==(const LocalizedText &other) const { return m_values == other.m_values; }

private:
    QMap<QString, QString> m_values;
};

} // namespace fa
