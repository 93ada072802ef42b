#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

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

    // One translation, viewing the text's own storage: valid while it lives unchanged.
    struct Entry
    {
        QByteArrayView language; // ASCII code such as "fr"
        QByteArrayView utf8;
    };

    class const_iterator
    {
    public:
        Entry operator*() const;
        const_iterator &operator++();
        bool operator!=(const const_iterator &other) const { return m_at != other.m_at; }

    private:
        friend class LocalizedText;
        explicit const_iterator(const char *at)
            : m_at(at)
        {}
        const char *m_at;
    };

    // Collects translations as UTF-8 views and stores them in one go: the
    // catalog reader's path, which never converts a text to UTF-16.
    class Builder
    {
    public:
        // The views must stay valid until build(); a language added twice keeps the last text.
        void add(QByteArrayView language, QByteArrayView utf8);
        // Copies text that has no lasting storage, such as a decoded string.
        void addOwned(QByteArrayView language, const QByteArray &utf8);
        LocalizedText build();

    private:
        QVarLengthArray<Entry, 4> m_entries;
        QVarLengthArray<QByteArray, 2> m_owned;
    };

    LocalizedText() = default;
    LocalizedText(const QString &language, const QString &text) { set(language, text); }

    void set(const QString &language, const QString &text);
    bool isEmpty() const { return m_data.isEmpty(); }
    bool has(const QString &language) const { return find(language) != end(); }
    QStringList languages() const;
    // Builds a map on every call: loops over the texts should iterate instead.
    QMap<QString, QString> values() const;

    // Translations sorted by language, as values() is.
    const_iterator begin() const { return const_iterator(m_data.constBegin()); }
    const_iterator end() const { return const_iterator(m_data.constEnd()); }

    // Chosen language, then the original language, then English, then any.
    Resolved resolve(const QString &language, const QString &originalLanguage) const;
    QString text(const QString &language, const QString &originalLanguage) const
    {
        return resolve(language, originalLanguage).text;
    }

    bool operator==(const LocalizedText &other) const { return m_data == other.m_data; }

private:
    const_iterator find(const QString &language) const;
    static LocalizedText fromSorted(const Entry *entries, qsizetype count);

    // All translations in one UTF-8 block, each as a 16-bit code length, the
    // code, a 32-bit text length and the text: a catalog holds tens of
    // thousands of texts, and a UTF-16 string plus a list node per translation
    // were most of its memory.
    QByteArray m_data;
};

} // namespace fa
