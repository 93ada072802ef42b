#include "localizedtext.h"

#include <algorithm>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
using CodeLength = quint16;
using TextLength = quint32;

template<typename T> T readAt(const char *at)
{
    T value;
    std::memcpy(&value, at, sizeof value);
    return value;
}

template<typename T> char *writeAt(char *at, T value)
{
    std::memcpy(at, &value, sizeof value);
    return at + sizeof value;
}

bool sameCode(QByteArrayView code, const QString &language)
{
    return QLatin1StringView(code.data(), code.size()) == language;
}

bool byCode(const LocalizedText::Entry &a, const LocalizedText::Entry &b)
{
    return a.language < b.language;
}
} // namespace

LocalizedText::Entry LocalizedText::const_iterator::operator*() const
{
    const auto codeLength = readAt<CodeLength>(m_at);
    const char *code = m_at + sizeof(CodeLength);
    const char *text = code + codeLength;
    const auto textLength = readAt<TextLength>(text);
    return {QByteArrayView(code, codeLength),
            QByteArrayView(text + sizeof(TextLength), qsizetype(textLength))};
}

LocalizedText::const_iterator &LocalizedText::const_iterator::operator++()
{
    const Entry entry = **this;
    m_at = entry.utf8.data() + entry.utf8.size();
    return *this;
}

void LocalizedText::Builder::add(QByteArrayView language, QByteArrayView utf8)
{
    for (Entry &entry : m_entries) {
        if (entry.language == language) {
            entry.utf8 = utf8;
            return;
        }
    }
    m_entries.append({language, utf8});
}

void LocalizedText::Builder::addOwned(QByteArrayView language, const QByteArray &utf8)
{
    m_owned.append(utf8); // shares, not copies; kept alive until build()
    add(language, m_owned.last());
}

LocalizedText LocalizedText::Builder::build()
{
    std::sort(m_entries.begin(), m_entries.end(), byCode);
    LocalizedText result = fromSorted(m_entries.constData(), m_entries.size());
    m_entries.clear();
    m_owned.clear();
    return result;
}

LocalizedText LocalizedText::fromSorted(const Entry *entries, qsizetype count)
{
    qsizetype size = 0;
    for (qsizetype i = 0; i < count; ++i) {
        if (!entries[i].utf8.isEmpty())
            size += qsizetype(sizeof(CodeLength) + sizeof(TextLength)) + entries[i].language.size()
                    + entries[i].utf8.size();
    }
    LocalizedText result;
    if (size == 0)
        return result;
    // Exactly this size: resize() would round up for growth, and texts never grow.
    result.m_data = QByteArray(size, Qt::Uninitialized);
    char *at = result.m_data.data();
    for (qsizetype i = 0; i < count; ++i) {
        const Entry &entry = entries[i];
        if (entry.utf8.isEmpty())
            continue;
        // Language codes are a few ASCII letters; text lengths are bounded by the 64 MiB file cap.
        const QByteArrayView code = entry.language.first(
            std::min<qsizetype>(entry.language.size(), std::numeric_limits<CodeLength>::max()));
        at = writeAt(at, static_cast<CodeLength>(code.size()));
        if (!code.isEmpty()) // importers use an empty code until the language is known
            std::memcpy(at, code.data(), size_t(code.size()));
        at += code.size();
        at = writeAt(at, static_cast<TextLength>(entry.utf8.size()));
        std::memcpy(at, entry.utf8.data(), size_t(entry.utf8.size()));
        at += entry.utf8.size();
    }
    return result;
}

LocalizedText::const_iterator LocalizedText::find(const QString &language) const
{
    for (auto it = begin(); it != end(); ++it) {
        if (sameCode((*it).language, language))
            return it;
    }
    return end();
}

void LocalizedText::set(const QString &language, const QString &text)
{
    const QByteArray code = language.toLatin1();
    const QByteArray utf8 = text.toUtf8();
    Builder builder; // replaces the language's text if present; an empty text drops it
    for (const Entry entry : *this)
        builder.add(entry.language, entry.utf8);
    builder.add(code, utf8);
    // The views point into m_data: build the new block before replacing it.
    m_data = builder.build().m_data;
}

QStringList LocalizedText::languages() const
{
    QStringList result;
    for (const Entry entry : *this)
        result.append(QString::fromLatin1(entry.language));
    return result;
}

QMap<QString, QString> LocalizedText::values() const
{
    QMap<QString, QString> result;
    for (const Entry entry : *this)
        result.insert(QString::fromLatin1(entry.language), QString::fromUtf8(entry.utf8));
    return result;
}

LocalizedText::Resolved LocalizedText::resolve(const QString &language,
                                               const QString &originalLanguage) const
{
    // The language is returned as one of the caller's strings where it can be: no copy.
    for (const QString &candidate : {language, originalLanguage, u"en"_s}) {
        const auto found = find(candidate);
        if (found != end())
            return {QString::fromUtf8((*found).utf8), candidate};
    }
    if (isEmpty())
        return {};
    const Entry entry = *begin();
    return {QString::fromUtf8(entry.utf8), QString::fromLatin1(entry.language)};
}

} // namespace fa
