#pragma once

#include <QByteArrayView>
#include <QString>

namespace fa {

// The character level of FastXmlReader: what it checks of a whole document
// before reading it, and the decoding of text and attribute values to UTF-16.
class XmlText
{
public:
    // Why the document is left to QXmlStreamReader (not UTF-8; a control
    // character or carriage return, which QXmlStreamReader counts and normalizes;
    // U+FFFE or U+FFFF); nullptr when there is no such reason.
    static const char *precheck(QByteArrayView document);
    // Decodes [from, to) of a prechecked document into out: UTF-8 to UTF-16,
    // references replaced; in an attribute value white space becomes a space.
    // False on a bad reference and, in text, on ']]>'. The range starts and ends
    // between characters.
    static bool appendDecoded(QString &out, const char *from, const char *to, bool attribute);
    // UTF-8 to UTF-16 only (a CDATA section).
    static void appendUtf8(QString &out, const char *from, const char *to);
};

} // namespace fa
