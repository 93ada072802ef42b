#include "jsontextwriter.h"

#include <QLocale>

#include <cmath>

namespace fa {

namespace {
char hexDigit(unsigned value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
}

bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

// The escape of an ASCII character that needsEscape(), as QJsonDocument writes it.
void appendEscape(QByteArray &out, unsigned char c)
{
    out += '\\';
    switch (c) {
    case '"': out += '"'; break;
    case '\\': out += '\\'; break;
    case '\b': out += 'b'; break;
    case '\f': out += 'f'; break;
    case '\n': out += 'n'; break;
    case '\r': out += 'r'; break;
    case '\t': out += 't'; break;
    default:
        out += "u00";
        out += hexDigit(c >> 4);
        out += hexDigit(c & 0xf);
    }
}
} // namespace

JsonTextWriter::JsonTextWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void JsonTextWriter::indent(qsizetype level)
{
    m_out.append(4 * level, ' ');
}

void JsonTextWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasContent.isEmpty())
        return; // the outermost value
    if (m_hasContent.last())
        m_out += ",\n";
    m_hasContent.last() = true;
    indent(m_hasContent.size());
}

void JsonTextWriter::open(char bracket)
{
    beforeValue();
    m_out += bracket;
    m_out += '\n';
    m_hasContent.append(false);
}

void JsonTextWriter::close(char bracket)
{
    const bool hadContent = m_hasContent.last();
    m_hasContent.removeLast();
    if (hadContent)
        m_out += '\n';
    indent(m_hasContent.size());
    m_out += bracket;
    if (m_hasContent.isEmpty())
        m_out += '\n';
}

void JsonTextWriter::beginObject()
{
    open('{');
}

void JsonTextWriter::endObject()
{
    close('}');
}

void JsonTextWriter::beginArray()
{
    open('[');
}

void JsonTextWriter::endArray()
{
    close(']');
}

JsonTextWriter &JsonTextWriter::key(QLatin1StringView name)
{
    if (m_hasContent.last())
        m_out += ",\n";
    m_hasContent.last() = true;
    indent(m_hasContent.size());
    m_out += '"';
    escapedLatin1(name);
    m_out += "\": ";
    m_afterKey = true;
    return *this;
}

void JsonTextWriter::string(QStringView text)
{
    beforeValue();
    m_out += '"';
    escapedUtf16(text);
    m_out += '"';
}

void JsonTextWriter::utf8String(QByteArrayView utf8)
{
    if (!utf8.isValidUtf8()) {
        string(QString::fromUtf8(utf8));
        return;
    }
    beforeValue();
    m_out += '"';
    escapedValidUtf8(utf8);
    m_out += '"';
}

void JsonTextWriter::integer(qint64 value)
{
    beforeValue();
    m_out += QByteArray::number(value);
}

void JsonTextWriter::number(double value)
{
    // QJsonValue keeps a whole double that a double holds exactly (up to 2^53) as
    // an integer, written without exponent: 1000000, not 1e+06.
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (std::isfinite(value) && std::abs(value) <= exactLimit && std::trunc(value) == value) {
        integer(static_cast<qint64>(value));
        return;
    }
    beforeValue();
    if (std::isfinite(value))
        m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        m_out += "null"; // as QJsonDocument: JSON has no infinities nor NaN
}

void JsonTextWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonTextWriter::escapedValidUtf8(QByteArrayView utf8)
{
    const char *run = utf8.data();
    const char *const end = run + utf8.size();
    for (const char *at = run; at != end; ++at) {
        const auto c = static_cast<unsigned char>(*at);
        if (!needsEscape(c))
            continue;
        m_out.append(run, at - run);
        appendEscape(m_out, c);
        run = at + 1;
    }
    m_out.append(run, end - run);
}

void JsonTextWriter::escapedLatin1(QLatin1StringView text)
{
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (needsEscape(c)) {
            appendEscape(m_out, c);
        } else if (c < 0x80) {
            m_out += ch;
        } else {
            m_out += static_cast<char>(0xc0 | (c >> 6));
            m_out += static_cast<char>(0x80 | (c & 0x3f));
        }
    }
}

void JsonTextWriter::escapedUtf16(QStringView text)
{
    const char16_t *at = text.utf16();
    const char16_t *const end = at + text.size();
    while (at != end) {
        const char16_t u = *at++;
        if (u < 0x80) {
            if (needsEscape(static_cast<unsigned char>(u)))
                appendEscape(m_out, static_cast<unsigned char>(u));
            else
                m_out += static_cast<char>(u);
        } else if (u < 0x800) {
            m_out += static_cast<char>(0xc0 | (u >> 6));
            m_out += static_cast<char>(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            m_out += static_cast<char>(0xe0 | (u >> 12));
            m_out += static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            m_out += static_cast<char>(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && at != end && QChar::isLowSurrogate(*at)) {
            const char32_t ucs4 = QChar::surrogateToUcs4(u, *at++);
            m_out += static_cast<char>(0xf0 | (ucs4 >> 18));
            m_out += static_cast<char>(0x80 | ((ucs4 >> 12) & 0x3f));
            m_out += static_cast<char>(0x80 | ((ucs4 >> 6) & 0x3f));
            m_out += static_cast<char>(0x80 | (ucs4 & 0x3f));
        } else {
            // A lone surrogate has no UTF-8: QJsonDocument writes its escape.
            m_out += "\\u";
            m_out += hexDigit((u >> 12) & 0xf);
            m_out += hexDigit((u >> 8) & 0xf);
            m_out += hexDigit((u >> 4) & 0xf);
            m_out += hexDigit(u & 0xf);
        }
    }
}

} // namespace fa
