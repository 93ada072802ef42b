#include "jsontree.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace fa::json {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Length of the UTF-8 sequence at p (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), 0 when it is not valid.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char lead = *p;
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (end - p < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return length;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(fa::JsonReader)

public:
    Parser(const QByteArray &text, int maxDepth, Document::Nodes &nodes)
        : m_begin(text.constData())
        , m_p(text.constData())
        , m_end(text.constData() + text.size())
        , m_maxDepth(maxDepth)
        , m_nodes(nodes)
    {}

    bool parseDocument()
    {
        skipSpace();
        if (!parseValue(0))
            return false;
        skipSpace();
        if (m_p != m_end)
            return fail(tr("unexpected text after the end of the document"));
        return true;
    }

    Document::Error error;

private:
    bool fail(const QString &message, Document::Error::Kind kind = Document::Error::Kind::Syntax)
    {
        error.kind = kind;
        error.offset = m_p - m_begin;
        error.message = message;
        return false;
    }

    quint32 offset() const { return static_cast<quint32>(m_p - m_begin); }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool push(Type type, quint32 *index)
    {
        Document::Node node;
        node.type = type;
        node.begin = offset();
        if (!m_nodes.append(node)) {
            return fail(tr("not enough memory to read the document"),
                        Document::Error::Kind::TooLarge);
        }
        *index = static_cast<quint32>(m_nodes.size() - 1);
        return true;
    }

    void close(quint32 index, quint32 length)
    {
        m_nodes[index].length = length;
        m_nodes[index].next = static_cast<quint32>(m_nodes.size());
    }

    bool parseValue(int depth)
    {
        if (m_p == m_end)
            return fail(tr("the document ends where a value was expected"));
        switch (*m_p) {
        case '{': return parseContainer(depth, Type::Object, '}');
        case '[': return parseContainer(depth, Type::Array, ']');
        case '"': return parseString();
        case 't': return parseLiteral("true", Type::Bool, true);
        case 'f': return parseLiteral("false", Type::Bool, false);
        case 'n': return parseLiteral("null", Type::Null, false);
        default:
            if (*m_p == '-' || isDigit(*m_p))
                return parseNumber();
            return fail(tr("expected a value"));
        }
    }

    bool parseContainer(int depth, Type type, char closing)
    {
        if (depth >= m_maxDepth)
            return fail(tr("JSON is nested deeper than %1 levels").arg(m_maxDepth),
                        Document::Error::Kind::TooDeep);
        quint32 index = 0;
        if (!push(type, &index))
            return false;
        ++m_p;
        skipSpace();
        quint32 count = 0;
        if (m_p != m_end && *m_p == closing) {
            ++m_p;
            close(index, 0);
            return true;
        }
        for (;;) {
            if (type == Type::Object) {
                if (m_p == m_end || *m_p != '"')
                    return fail(tr("expected a member name in double quotes"));
                if (!parseString())
                    return false;
                skipSpace();
                if (m_p == m_end || *m_p != ':')
                    return fail(tr("expected ':' after a member name"));
                ++m_p;
                skipSpace();
            }
            if (!parseValue(depth + 1))
                return false;
            ++count;
            skipSpace();
            if (m_p != m_end && *m_p == ',') {
                ++m_p;
                skipSpace();
                continue;
            }
            if (m_p != m_end && *m_p == closing) {
                ++m_p;
                close(index, count);
                return true;
            }
            return fail(type == Type::Object ? tr("expected ',' or '}' after a member")
                                             : tr("expected ',' or ']' after an element"));
        }
    }

    bool parseLiteral(QByteArrayView word, Type type, bool truth)
    {
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return fail(tr("expected a value"));
        quint32 index = 0;
        if (!push(type, &index))
            return false;
        m_nodes[index].truth = truth;
        m_p += word.size();
        close(index, 0);
        return true;
    }

    bool parseNumber()
    {
        quint32 index = 0;
        if (!push(Type::Number, &index))
            return false;
        const char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail(tr("a number needs digits"));
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p != m_end && *m_p == '.') {
            ++m_p; // "1." is taken as 1, as QJsonDocument did
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return fail(tr("a number needs digits in its exponent"));
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        close(index, static_cast<quint32>(m_p - start));
        return true;
    }

    bool parseString()
    {
        ++m_p; // opening quote
        quint32 index = 0;
        if (!push(Type::String, &index))
            return false;
        const char *start = m_p;
        bool escaped = false;
        for (;;) {
            // Most of a catalog is plain ASCII text: skip it eight bytes at a time
            // while no byte is a quote, a backslash or non-ASCII.
            while (m_end - m_p >= 8) {
                quint64 word;
                std::memcpy(&word, m_p, sizeof word);
                constexpr quint64 ones = 0x0101010101010101ull;
                constexpr quint64 highs = 0x8080808080808080ull;
                const auto hasZeroByte = [](quint64 v) { return (v - ones) & ~v & highs; };
                if ((word & highs) || hasZeroByte(word ^ (ones * '"'))
                    || hasZeroByte(word ^ (ones * '\\')))
                    break;
                m_p += 8;
            }
            while (m_p != m_end) {
                const auto c = static_cast<unsigned char>(*m_p);
                if (c == '"' || c == '\\' || c >= 0x80)
                    break;
                ++m_p;
            }
            if (m_p == m_end)
                return fail(tr("a string is not closed"));
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                if (!skipEscape())
                    return false;
            } else {
                const int length =
                    utf8SequenceLength(reinterpret_cast<const unsigned char *>(m_p),
                                       reinterpret_cast<const unsigned char *>(m_end));
                if (length == 0)
                    return fail(tr("the text is not valid UTF-8"));
                m_p += length;
            }
        }
        m_nodes[index].escaped = escaped;
        close(index, static_cast<quint32>(m_p - start));
        ++m_p; // closing quote
        return true;
    }

    bool skipEscape()
    {
        ++m_p; // backslash
        if (m_p == m_end)
            return fail(tr("a string is not closed"));
        switch (*m_p) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't': ++m_p; return true;
        case 'u':
            ++m_p;
            for (int i = 0; i < 4; ++i) {
                if (m_p == m_end || hexValue(*m_p) < 0)
                    return fail(tr("\\u must be followed by four hexadecimal digits"));
                ++m_p;
            }
            return true;
        default:
            // QJsonDocument read "\\x" as "x" for any ASCII x: keep doing so.
            if (static_cast<unsigned char>(*m_p) < 0x80) {
                ++m_p;
                return true;
            }
            --m_p;
            return fail(tr("unknown escape sequence in a string"));
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    int m_maxDepth;
    Document::Nodes &m_nodes;
};

// Decodes a string already checked by the parser.
QString decode(QByteArrayView raw)
{
    QString out;
    out.reserve(raw.size());
    qsizetype run = 0;
    for (qsizetype i = 0; i < raw.size();) {
        if (raw[i] != '\\') {
            ++i;
            continue;
        }
        out += QString::fromUtf8(raw.sliced(run, i - run));
        const char kind = raw[i + 1];
        i += 2;
        switch (kind) {
        case 'b': out += u'\b'; break;
        case 'f': out += u'\f'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 0; k < 4; ++k)
                unit = static_cast<char16_t>(unit * 16 + hexValue(raw[i + k]));
            out += QChar(unit); // surrogate pairs come as two escapes and join in UTF-16
            i += 4;
            break;
        }
        default: // " \ / and anything else stand for themselves: drop the backslash
            run = i - 1;
            continue;
        }
        run = i;
    }
    out += QString::fromUtf8(raw.sliced(run));
    return out;
}

} // namespace

std::optional<Document> Document::parse(const QByteArray &text, int maxDepth, Error *error)
{
    Document document;
    if (text.size() >= std::numeric_limits<quint32>::max()) {
        if (error)
            *error = {Error::Kind::TooLarge, 0, tr("the document is too large")};
        return std::nullopt;
    }
    document.m_text = text;
    // About one value per 20 bytes in catalogs; reserving avoids most regrowth copies.
    if (!document.m_nodes.reserve(static_cast<size_t>(text.size() / 20 + 16))) {
        if (error)
            *error = {Error::Kind::TooLarge, 0, tr("not enough memory to read the document")};
        return std::nullopt;
    }
    Parser parser(document.m_text, maxDepth, document.m_nodes);
    if (!parser.parseDocument()) {
        if (error)
            *error = parser.error;
        return std::nullopt;
    }
    return document;
}

std::optional<QByteArrayView> Value::utf8View() const
{
    if (!isString() || m_document->node(m_index)->escaped)
        return std::nullopt;
    return m_document->bytes(*m_document->node(m_index));
}

QString Value::toString() const
{
    if (!isString())
        return {};
    const Document::Node &node = *m_document->node(m_index);
    const QByteArrayView raw = m_document->bytes(node);
    return node.escaped ? decode(raw) : QString::fromUtf8(raw);
}

bool Value::equals(QLatin1StringView text) const
{
    if (!isString())
        return false;
    const Document::Node &node = *m_document->node(m_index);
    if (node.escaped)
        return decode(m_document->bytes(node)) == text;
    return m_document->bytes(node) == QByteArrayView(text.data(), text.size());
}

double Value::toDouble() const
{
    if (!isDouble())
        return 0;
    const QByteArrayView raw = m_document->bytes(*m_document->node(m_index));
    double value = 0;
    const auto [end, status] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    Q_UNUSED(end);
    if (status == std::errc::result_out_of_range) {
        // Too large overflows to infinity, too small underflows to zero, as strtod does.
        const qsizetype exponent = raw.indexOf('e') >= 0 ? raw.indexOf('e') : raw.indexOf('E');
        const bool tiny = exponent >= 0 && raw.size() > exponent + 1 && raw[exponent + 1] == '-';
        const bool negative = raw.startsWith('-');
        if (tiny)
            return negative ? -0.0 : 0.0;
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    }
    return value;
}

bool Value::toBool() const
{
    return isBool() && m_document->node(m_index)->truth;
}

Object Value::toObject() const
{
    return isObject() ? Object(m_document, m_index) : Object();
}

Array Value::toArray() const
{
    return isArray() ? Array(m_document, m_index) : Array();
}

qsizetype Container::size() const
{
    return m_document ? m_document->node(m_index)->length : 0;
}

quint32 Container::endIndex() const
{
    return m_document ? m_document->node(m_index)->next : 0;
}

Array::const_iterator &Array::const_iterator::operator++()
{
    m_index = m_document->node(m_index)->next;
    return *this;
}

Object::const_iterator &Object::const_iterator::operator++()
{
    m_index = m_document->node(m_index + 1)->next; // past the value
    return *this;
}

bool Document::Nodes::reserve(std::size_t count)
{
    if (count <= capacity())
        return true;
    LargeBuffer grown(count * sizeof(Node));
    if (grown.isNull())
        return false;
    if (m_count > 0)
        std::memcpy(grown.data(), m_buffer.data(), m_count * sizeof(Node));
    m_buffer = std::move(grown);
    return true;
}

Value Object::value(QLatin1StringView name) const
{
    if (!m_document)
        return {};
    // Straight over the nodes: a catalog looks up every field of every object.
    const Document::Node *nodes = m_document->m_nodes.data();
    const char *text = m_document->m_text.constData();
    const quint32 end = nodes[m_index].next;
    quint32 found = 0;
    for (quint32 key = m_index + 1; key < end; key = nodes[key + 1].next) {
        const Document::Node &node = nodes[key];
        const bool same =
            node.escaped ? Value(m_document, key).equals(name)
                         : qsizetype(node.length) == name.size()
                               && std::memcmp(text + node.begin, name.data(), node.length) == 0;
        if (same)
            found = key + 1;
    }
    return found ? Value(m_document, found) : Value();
}

} // namespace fa::json
