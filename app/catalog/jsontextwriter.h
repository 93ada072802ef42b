#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QStringView>
#include <QVarLengthArray>

namespace fa {

// Writes JSON text laid out byte for byte as QJsonDocument::toJson(Indented)
// lays it out (four spaces a level, "key": value, one member or element a line,
// the same escapes and numbers), without building a QJsonObject first: that tree
// cost more than the rest of a catalog's serialization. Members come out in the
// order they are written; a caller that wants QJsonObject's order (keys sorted by
// UTF-16 code unit) writes them sorted.
class JsonTextWriter
{
public:
    explicit JsonTextWriter(qsizetype reserve = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // A member's key; the next value written is its value.
    JsonTextWriter &key(QLatin1StringView name);

    void string(QStringView text);
    // Text already in UTF-8 (invalid sequences come out as U+FFFD, as through QString).
    void utf8String(QByteArrayView utf8);
    void integer(qint64 value);
    // As QJsonDocument writes a double: whole ones up to 2^53 as integers, others
    // in the shortest form that reads back the same.
    void number(double value);
    void boolean(bool value);

    // The text, once the outermost value is complete.
    QByteArray take() { return std::move(m_out); }

private:
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void indent(qsizetype level);
    void escapedUtf16(QStringView text);
    void escapedLatin1(QLatin1StringView text);
    void escapedValidUtf8(QByteArrayView utf8);

    QByteArray m_out;
    // One entry per open container: whether it has a member or element yet.
    QVarLengthArray<bool, 8> m_hasContent;
    bool m_afterKey = false;
};

} // namespace fa
