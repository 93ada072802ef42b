#include "htmltext.h"

#include <QRegularExpression>

namespace fa {

namespace {
bool looksLikeHtml(const QString &text)
{
    if (!text.contains(u'<'))
        return false;
    static const QRegularExpression tag(
        QStringLiteral("<(/?)(p|br|div|li|ul|ol|a|b|i|em|strong|h[1-6]|code|pre|span|blockquote|"
                       "table|tr|td)[\\s/>]"),
        QRegularExpression::CaseInsensitiveOption);
    return tag.match(text).hasMatch();
}

QString decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X')
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return {};
        if (code == 13)
            return QStringLiteral("\n");
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const struct
    {
        const char16_t *name;
        const char16_t *text;
    } named[] = {{u"amp", u"&"},        {u"lt", u"<"},         {u"gt", u">"},
                 {u"quot", u"\""},      {u"apos", u"'"},       {u"nbsp", u"\u00a0"},
                 {u"ndash", u"\u2013"}, {u"mdash", u"\u2014"}, {u"hellip", u"\u2026"},
                 {u"rsquo", u"\u2019"}, {u"lsquo", u"\u2018"}, {u"rdquo", u"\u201d"},
                 {u"ldquo", u"\u201c"}};
    for (const auto &entity : named) {
        if (name == QStringView(entity.name))
            return QString::fromUtf16(entity.text);
    }
    return {};
}

// Blank lines between paragraphs, single new lines elsewhere, no trailing blanks.
// Views, not a list of line copies: most of a schedule's texts pass unchanged,
// and then the input itself is returned.
QString tidyLines(const QString &text, bool trimStart)
{
    QString out;
    out.reserve(text.size());
    int blank = 0;
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        if (trimStart)
            line = line.trimmed();
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (line.isEmpty()) { // blank: nothing was left but white space
            ++blank;
            continue;
        }
        if (!out.isEmpty())
            out += blank > 0 ? u"\n\n" : u"\n";
        blank = 0;
        out += line;
    }
    return out == text ? text : out;
}

QString convertHtml(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'<') {
            const qsizetype close = text.indexOf(u'>', i + 1);
            const QChar next = i + 1 < n ? text[i + 1] : QChar();
            if (close < 0 || !(next.isLetter() || next == u'/' || next == u'!')) {
                out += c;
                continue;
            }
            QStringView tag = QStringView(text).mid(i + 1, close - i - 1);
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag = tag.mid(1);
            qsizetype end = 0;
            while (end < tag.size() && tag[end].isLetterOrNumber())
                ++end;
            const QString name = tag.left(end).toString().toLower();
            if (name == u"br") {
                out += u'\n';
            } else if (name == u"li") {
                if (!closing)
                    out += u"\n• ";
            } else if (name == u"p" || name == u"div" || name == u"ul" || name == u"ol"
                       || name == u"pre" || name == u"blockquote" || name == u"table"
                       || name == u"tr"
                       || (name.size() == 2 && name[0] == u'h' && name[1].isDigit())) {
                out += u"\n\n";
            } else if (!closing && (name == u"script" || name == u"style")) {
                const qsizetype skipTo = text.indexOf(u"</" + name, close, Qt::CaseInsensitive);
                i = skipTo < 0 ? n : text.indexOf(u'>', skipTo);
                if (i < 0)
                    i = n;
                continue;
            }
            i = close;
        } else if (c == u'&') {
            const qsizetype semi = text.indexOf(u';', i + 1);
            if (semi > i + 1 && semi - i <= 10) {
                const QString decoded = decodeEntity(QStringView(text).mid(i + 1, semi - i - 1));
                if (!decoded.isEmpty()) {
                    out += decoded;
                    i = semi;
                    continue;
                }
            }
            out += c;
        } else if (c.isSpace() && c != QChar(0x00a0)) {
            // Source line breaks in HTML are plain spaces.
            if (!out.isEmpty() && !out.back().isSpace())
                out += u' ';
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

QString htmlToPlainText(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString normalized = text;
    if (normalized.contains(u'\r')) {
        normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        normalized.replace(u'\r', u'\n');
    }
    const bool html = looksLikeHtml(normalized);
    if (html)
        normalized = convertHtml(normalized);
    return tidyLines(normalized, html);
}

} // namespace fa
