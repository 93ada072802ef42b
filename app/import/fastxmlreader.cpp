#include "fastxmlreader.h"

#include "xmltext.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n';
}

bool isNameStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(unsigned char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

const char *find(const char *from, const char *to, QByteArrayView needle)
{
    const auto found = QByteArrayView(from, to - from).indexOf(needle);
    return found < 0 ? nullptr : from + found;
}

const char *skipSpace(const char *at, const char *end)
{
    while (at != end && isSpace(*at))
        ++at;
    return at;
}

} // namespace

QStringView FastXmlAttributes::value(QLatin1StringView name) const
{
    for (const Attribute &attribute : m_list) {
        if (attribute.name == name)
            return attribute.value;
    }
    return {};
}

FastXmlReader::FastXmlReader(const QByteArray &data)
    : m_data(data)
    , m_at(m_data.constData())
    , m_end(m_data.constData() + m_data.size())
{
    if (checkDocument())
        readDeclaration();
}

QXmlStreamReader::TokenType FastXmlReader::decline(const char *why)
{
    m_declined = why;
    m_token = QXmlStreamReader::Invalid;
    return m_token;
}

bool FastXmlReader::checkDocument()
{
    if (const char *problem = XmlText::precheck(m_data)) {
        decline(problem);
        return false;
    }
    if (m_end - m_at >= 3 && std::memcmp(m_at, "\xef\xbb\xbf", 3) == 0)
        m_at += 3; // the byte order mark
    return true;
}

bool FastXmlReader::readDeclaration()
{
    if (m_end - m_at < 6 || std::memcmp(m_at, "<?xml", 5) != 0 || !isSpace(m_at[5]))
        return true; // none
    const char *const close = find(m_at, m_end, "?>");
    if (!close) {
        decline("unterminated XML declaration");
        return false;
    }
    // version="1.0", then optionally encoding="UTF-8", then optionally standalone.
    int next = 0;
    const char *p = m_at + 5;
    while (true) {
        const char *const name = p;
        p = skipSpace(p, close);
        if (p == close)
            break;
        if (p == name) {
            decline("XML declaration syntax");
            return false;
        }
        QLatin1StringView key;
        p = readName(p, key);
        p = skipSpace(p, close);
        if (key.isEmpty() || p == close || *p != '=') {
            decline("XML declaration syntax");
            return false;
        }
        p = skipSpace(p + 1, close);
        if (p == close || (*p != '"' && *p != '\'')) {
            decline("XML declaration syntax");
            return false;
        }
        const char *const valueEnd =
            static_cast<const char *>(std::memchr(p + 1, *p, close - p - 1));
        if (!valueEnd) {
            decline("XML declaration syntax");
            return false;
        }
        const QLatin1StringView value(p + 1, valueEnd - p - 1);
        p = valueEnd + 1;
        if (key == "version"_L1 && next == 0 && value == "1.0"_L1) {
            next = 1;
        } else if (key == "encoding"_L1 && next == 1
                   && value.compare("utf-8"_L1, Qt::CaseInsensitive) == 0) {
            next = 2;
        } else if (key == "standalone"_L1 && next >= 1 && next <= 2
                   && (value == "yes"_L1 || value == "no"_L1)) {
            next = 3;
        } else {
            decline("XML declaration other than version 1.0 in UTF-8");
            return false;
        }
    }
    if (next == 0) {
        decline("XML declaration without version");
        return false;
    }
    moveTo(close + 2);
    return true;
}

void FastXmlReader::moveTo(const char *at)
{
    const char *p = m_at;
    while ((p = static_cast<const char *>(std::memchr(p, '\n', at - p)))) {
        ++m_line;
        ++p;
    }
    m_at = at;
}

const char *FastXmlReader::readName(const char *at, QLatin1StringView &name)
{
    name = {};
    const char *p = at;
    if (p == m_end || !isNameStart(static_cast<unsigned char>(*p)))
        return at;
    while (p != m_end && isNameChar(static_cast<unsigned char>(*p)))
        ++p;
    // Prefixed (namespaced) and non-ASCII names are QXmlStreamReader's.
    if (p != m_end && (*p == ':' || static_cast<unsigned char>(*p) >= 0x80))
        return at;
    name = QLatin1StringView(at, p - at);
    return p;
}

void FastXmlReader::setName(QLatin1StringView name)
{
    m_name.resize(name.size());
    char16_t *out = reinterpret_cast<char16_t *>(m_name.data());
    for (const char c : name)
        *out++ = static_cast<unsigned char>(c);
}

QXmlStreamReader::TokenType FastXmlReader::readNext()
{
    if (m_declined)
        return QXmlStreamReader::Invalid;
    if (m_emptyElementEnd) {
        m_emptyElementEnd = false;
        m_open.removeLast();
        m_rootDone = m_open.isEmpty();
        m_attributes.m_list.clear();
        return m_token = QXmlStreamReader::EndElement;
    }
    while (true) {
        if (m_at == m_end) {
            if (!m_rootDone)
                return decline("premature end of document");
            m_attributes.m_list.clear();
            return m_token = QXmlStreamReader::EndDocument;
        }
        if (*m_at != '<') {
            if (!m_open.isEmpty())
                return readText();
            const char *const p = skipSpace(m_at, m_end);
            if (p != m_end && *p != '<')
                return decline("text outside the root element");
            moveTo(p);
            continue;
        }
        if (m_end - m_at >= 2 && m_at[1] == '/')
            return readEndTag();
        if (m_end - m_at >= 2 && (m_at[1] == '!' || m_at[1] == '?')) {
            if (m_end - m_at >= 9 && std::memcmp(m_at, "<![CDATA[", 9) == 0) {
                if (m_open.isEmpty())
                    return decline("CDATA outside the root element");
                return readText();
            }
            if (!skipMarkup())
                return QXmlStreamReader::Invalid;
            continue;
        }
        return readStartTag();
    }
}

bool FastXmlReader::skipMarkup()
{
    if (m_end - m_at >= 4 && std::memcmp(m_at, "<!--", 4) == 0) {
        const char *const dashes = find(m_at + 4, m_end, "--");
        if (!dashes || m_end - dashes < 3 || dashes[2] != '>') {
            decline("comment syntax");
            return false;
        }
        moveTo(dashes + 3);
        return true;
    }
    if (m_at[1] == '?') {
        QLatin1StringView target;
        const char *const p = readName(m_at + 2, target);
        if (target.isEmpty() || target.compare("xml"_L1, Qt::CaseInsensitive) == 0 || p == m_end
            || (!isSpace(*p) && *p != '?')) {
            decline("processing instruction syntax");
            return false;
        }
        const char *const close = find(p, m_end, "?>");
        if (!close) {
            decline("unterminated processing instruction");
            return false;
        }
        moveTo(close + 2);
        return true;
    }
    decline("a DOCTYPE or other declaration");
    return false;
}

QXmlStreamReader::TokenType FastXmlReader::readStartTag()
{
    if (m_rootDone)
        return decline("content after the root element");
    QLatin1StringView name;
    const char *p = readName(m_at + 1, name);
    if (name.isEmpty())
        return decline("element name");
    m_attributes.m_list.clear();
    bool empty = false;
    while (true) {
        const char *const space = p;
        p = skipSpace(p, m_end);
        if (p == m_end)
            return decline("unterminated start tag");
        if (*p == '>') {
            ++p;
            break;
        }
        if (*p == '/') {
            if (m_end - p < 2 || p[1] != '>')
                return decline("start tag syntax");
            p += 2;
            empty = true;
            break;
        }
        const bool spaced = p != space; // attributes are separated by white space
        QLatin1StringView attributeName;
        p = readName(p, attributeName);
        if (!spaced || attributeName.isEmpty() || attributeName.startsWith("xmlns"_L1))
            return decline("attribute name");
        p = skipSpace(p, m_end);
        if (p == m_end || *p != '=')
            return decline("attribute without value");
        p = skipSpace(p + 1, m_end);
        if (p == m_end || (*p != '"' && *p != '\''))
            return decline("unquoted attribute value");
        const char quote = *p++;
        const char *const close = static_cast<const char *>(std::memchr(p, quote, m_end - p));
        if (!close)
            return decline("unterminated attribute value");
        if (std::memchr(p, '<', close - p))
            return decline("'<' in an attribute value");
        for (const FastXmlAttributes::Attribute &other : std::as_const(m_attributes.m_list)) {
            if (other.name == attributeName)
                return decline("an attribute given twice");
        }
        FastXmlAttributes::Attribute attribute{attributeName, {}};
        if (!XmlText::appendDecoded(attribute.value, p, close, true))
            return decline("reference in an attribute value");
        m_attributes.m_list.append(std::move(attribute));
        p = close + 1;
    }
    m_open.append(name);
    m_emptyElementEnd = empty;
    setName(name);
    moveTo(p);
    return m_token = QXmlStreamReader::StartElement;
}

QXmlStreamReader::TokenType FastXmlReader::readEndTag()
{
    QLatin1StringView name;
    const char *p = readName(m_at + 2, name);
    p = skipSpace(p, m_end);
    if (name.isEmpty() || p == m_end || *p != '>')
        return decline("end tag syntax");
    if (m_open.isEmpty() || m_open.last() != name)
        return decline("end tag of another element");
    m_open.removeLast();
    m_rootDone = m_open.isEmpty();
    m_attributes.m_list.clear();
    setName(name);
    moveTo(p + 1);
    return m_token = QXmlStreamReader::EndElement;
}

QXmlStreamReader::TokenType FastXmlReader::readText()
{
    m_text.resize(0);
    m_attributes.m_list.clear();
    const char *p = m_at;
    while (p != m_end) {
        if (*p == '<') {
            if (m_end - p < 9 || std::memcmp(p, "<![CDATA[", 9) != 0)
                break;
            const char *const close = find(p + 9, m_end, "]]>");
            if (!close)
                return decline("unterminated CDATA section");
            XmlText::appendUtf8(m_text, p + 9, close);
            p = close + 3;
            continue;
        }
        const auto *const lt = static_cast<const char *>(std::memchr(p, '<', m_end - p));
        const char *const stop = lt ? lt : m_end;
        if (!XmlText::appendDecoded(m_text, p, stop, false))
            return decline("a reference or ']]>' in text");
        p = stop;
    }
    moveTo(p);
    return m_token = QXmlStreamReader::Characters;
}

bool FastXmlReader::readNextStartElement()
{
    while (readNext() != QXmlStreamReader::Invalid) {
        if (m_token == QXmlStreamReader::EndElement || m_token == QXmlStreamReader::EndDocument)
            return false;
        if (m_token == QXmlStreamReader::StartElement)
            return true;
    }
    return false;
}

void FastXmlReader::skipCurrentElement()
{
    int depth = 1;
    while (depth && readNext() != QXmlStreamReader::Invalid) {
        if (m_token == QXmlStreamReader::EndElement)
            --depth;
        else if (m_token == QXmlStreamReader::StartElement)
            ++depth;
    }
}

QString FastXmlReader::readElementText(QXmlStreamReader::ReadElementTextBehaviour behaviour)
{
    Q_ASSERT(behaviour == QXmlStreamReader::IncludeChildElements);
    if (m_token != QXmlStreamReader::StartElement)
        return {};
    QString result;
    while (true) {
        switch (readNext()) {
        case QXmlStreamReader::Characters: result += m_text; break;
        case QXmlStreamReader::StartElement: result += readElementText(behaviour); break;
        case QXmlStreamReader::EndElement:
        default: // declined
            return result;
        }
    }
}

} // namespace fa
