#include "xmltext.h"

#include <QChar>

#include <algorithm>
#include <cstring>

namespace fa {

namespace {
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff)
           || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

// One multi-byte character of valid UTF-8 at p (the document was checked, and
// every run decoded starts and ends between characters); advances p.
char16_t *decodeUtf8(const unsigned char *&p, char16_t *dst)
{
    const unsigned char c = *p;
    if (c < 0xe0) {
        *dst++ = static_cast<char16_t>(((c & 0x1f) << 6) | (p[1] & 0x3f));
        p += 2;
    } else if (c < 0xf0) {
        *dst++ = static_cast<char16_t>(((c & 0x0f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f));
        p += 3;
    } else {
        const char32_t u =
            ((c & 0x07u) << 18) | ((p[1] & 0x3fu) << 12) | ((p[2] & 0x3fu) << 6) | (p[3] & 0x3fu);
        *dst++ = QChar::highSurrogate(u);
        *dst++ = QChar::lowSurrogate(u);
        p += 4;
    }
    return dst;
}

// The character of a reference (what lies between '&' and ';'); 0 when there is none.
char32_t referencedChar(QByteArrayView ref)
{
    if (ref == "lt")
        return u'<';
    if (ref == "gt")
        return u'>';
    if (ref == "amp")
        return u'&';
    if (ref == "quot")
        return u'"';
    if (ref == "apos")
        return u'\'';
    if (ref.size() < 2 || ref.front() != '#')
        return 0;
    const bool hex = ref.at(1) == 'x';
    const QByteArrayView digits = ref.sliced(hex ? 2 : 1);
    if (digits.isEmpty() || digits.size() > 7)
        return 0;
    char32_t value = 0;
    for (const char c : digits) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return 0;
        value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
    }
    return isXmlChar(value) ? value : 0;
}
} // namespace

const char *XmlText::precheck(QByteArrayView document)
{
    if (!document.isValidUtf8())
        return "not UTF-8";
    const auto *p = reinterpret_cast<const unsigned char *>(document.data());
    const auto *const end = p + document.size();
    for (; p != end; ++p) {
        const unsigned char c = *p;
        // Line ends other than \n are counted and normalized by QXmlStreamReader.
        if (c < 0x20 && c != '\t' && c != '\n')
            return "a control character or carriage return";
        if (c == 0xef && end - p >= 3 && p[1] == 0xbf && (p[2] == 0xbe || p[2] == 0xbf))
            return "U+FFFE or U+FFFF";
    }
    return nullptr;
}

void XmlText::appendUtf8(QString &out, const char *from, const char *to)
{
    const qsizetype start = out.size();
    out.resize(start + (to - from)); // never more UTF-16 units than bytes
    char16_t *const base = reinterpret_cast<char16_t *>(out.data());
    char16_t *dst = base + start;
    const auto *p = reinterpret_cast<const unsigned char *>(from);
    const auto *const end = reinterpret_cast<const unsigned char *>(to);
    while (p != end) {
        if (*p < 0x80)
            *dst++ = *p++;
        else
            dst = decodeUtf8(p, dst);
    }
    out.resize(dst - base);
}

bool XmlText::appendDecoded(QString &out, const char *from, const char *to, bool attribute)
{
    // One pass: UTF-8 decoded, references replaced, ']]>' refused (as in XML text).
    const qsizetype start = out.size();
    out.resize(start + (to - from)); // never more UTF-16 units than bytes
    char16_t *const base = reinterpret_cast<char16_t *>(out.data());
    char16_t *dst = base + start;
    const auto *p = reinterpret_cast<const unsigned char *>(from);
    const auto *const begin = p;
    const auto *const end = reinterpret_cast<const unsigned char *>(to);
    while (p != end) {
        const unsigned char c = *p;
        if (c >= 0x80) {
            dst = decodeUtf8(p, dst);
            continue;
        }
        ++p;
        if (c == '&') {
            const auto *const semicolon = static_cast<const unsigned char *>(
                std::memchr(p, ';', std::min<qsizetype>(end - p, 11)));
            const char32_t ch = semicolon ? referencedChar(QByteArrayView(p, semicolon - p)) : 0;
            if (!ch) {
                out.resize(start);
                return false;
            }
            if (QChar::requiresSurrogates(ch)) {
                *dst++ = QChar::highSurrogate(ch);
                *dst++ = QChar::lowSurrogate(ch);
            } else {
                *dst++ = static_cast<char16_t>(ch);
            }
            p = semicolon + 1;
        } else if (attribute && (c == '\t' || c == '\n')) {
            *dst++ = u' '; // attribute-value normalization
        } else {
            if (c == '>' && !attribute && p - begin >= 3 && p[-2] == ']' && p[-3] == ']') {
                out.resize(start);
                return false;
            }
            *dst++ = c;
        }
    }
    out.resize(dst - base);
    return true;
}

} // namespace fa
