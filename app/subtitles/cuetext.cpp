#include "subtitles/cuetext.h"

#include <array>
#include <vector>

namespace fa {

namespace {

enum class Element { Bold, Italic, Underline, Voice, Language, RubyText, Other };

struct OpenElement
{
    Element kind;
    QString name; // lower case, to match its end tag
};

// Nesting deeper than this is not real subtitling; further tags are dropped so
// that a hostile cue cannot make matching end tags quadratic.
constexpr std::size_t maxDepth = 32;

Element elementNamed(QStringView name, CueMarkup markup)
{
    if (name == u"b")
        return Element::Bold;
    if (name == u"i")
        return Element::Italic;
    if (name == u"u")
        return Element::Underline;
    if (markup == CueMarkup::WebVtt) {
        if (name == u"v")
            return Element::Voice;
        if (name == u"lang")
            return Element::Language;
        if (name == u"rt")
            return Element::RubyText;
    }
    // c, ruby, SRT's font and anything unknown: no style of their own.
    return Element::Other;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isTagSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

// A character reference starting at text[at] == '&': the text it stands for and
// how many characters it takes, or nothing when it is not one (then '&' is text).
std::optional<std::pair<QString, qsizetype>> entityAt(QStringView text, qsizetype at)
{
    const qsizetype semicolon = text.indexOf(u';', at + 1);
    if (semicolon < 0 || semicolon - at > 12)
        return std::nullopt;
    const QStringView name = text.sliced(at + 1, semicolon - at - 1);
    const qsizetype length = semicolon - at + 1;
    static constexpr std::array<std::pair<const char16_t *, char16_t>, 8> named{{
        {u"amp", u'&'},
        {u"lt", u'<'},
        {u"gt", u'>'},
        {u"nbsp", u'\u00a0'},
        {u"lrm", u'\u200e'},
        {u"rlm", u'\u200f'},
        {u"quot", u'"'},
        {u"apos", u'\''},
    }};
    for (const auto &[entity, character] : named) {
        if (name == QStringView(entity))
            return std::pair{QString(QChar(character)), length};
    }
    if (name.size() < 2 || name[0] != u'#')
        return std::nullopt;
    const bool hex = name[1] == u'x' || name[1] == u'X';
    const QStringView digits = name.sliced(hex ? 2 : 1);
    if (digits.isEmpty() || digits.size() > 7)
        return std::nullopt;
    bool ok = false;
    const uint code = digits.toUInt(&ok, hex ? 16 : 10);
    if (!ok || code == 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return std::nullopt;
    const char32_t c32 = code;
    return std::pair{QString::fromUcs4(&c32, 1), length};
}

QString decodeEntities(QStringView text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&') {
            if (const auto entity = entityAt(text, i)) {
                out += entity->first;
                i += entity->second - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

class LineBuilder
{
public:
    void append(QChar c)
    {
        const char16_t u = c.unicode();
        if (u == u'\n') {
            endLine();
            return;
        }
        if (u == u'\t') {
            m_text += u' ';
            return;
        }
        // Control characters would show as boxes or move the cursor.
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return;
        m_text += c;
    }
    void append(const QString &text)
    {
        for (QChar c : text)
            append(c);
    }

    void setStyle(bool bold, bool italic, bool underline)
    {
        if (bold == m_style.bold && italic == m_style.italic && underline == m_style.underline)
            return;
        flush();
        m_style.bold = bold;
        m_style.italic = italic;
        m_style.underline = underline;
    }

    void endLine()
    {
        flush();
        bool blank = true;
        for (const CueSpan &span : std::as_const(m_line.spans))
            blank = blank && span.text.trimmed().isEmpty();
        if (!blank)
            m_lines.append(m_line);
        m_line = {};
    }

    QList<CueLine> finish()
    {
        endLine();
        return std::move(m_lines);
    }

private:
    void flush()
    {
        if (m_text.isEmpty())
            return;
        if (!m_line.spans.isEmpty() && m_line.spans.last().sameStyle(m_style)) {
            m_line.spans.last().text += m_text;
        } else {
            CueSpan span = m_style;
            span.text = m_text;
            m_line.spans.append(span);
        }
        m_text.clear();
    }

    QList<CueLine> m_lines;
    CueLine m_line;
    CueSpan m_style; // its text unused
    QString m_text;
};

class Parser
{
public:
    Parser(QStringView text, CueMarkup markup)
        : m_text(text)
        , m_markup(markup)
    {}

    CueText run()
    {
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const QChar c = m_text[i];
            if (c == u'\r') {
                // Line ends as in the file: CR LF, LF or CR alone.
                if (i + 1 >= m_text.size() || m_text[i + 1] != u'\n')
                    m_builder.append(QChar(u'\n'));
                continue;
            }
            if (c == u'<') {
                if (const qsizetype end = tagEnd(i); end >= 0) {
                    tag(m_text.sliced(i + 1, end - i - 1));
                    i = end;
                    continue;
                }
            } else if (c == u'&') {
                if (const auto entity = entityAt(m_text, i)) {
                    m_builder.append(entity->first);
                    i += entity->second - 1;
                    continue;
                }
            } else if (c == u'{' && m_markup == CueMarkup::Srt && i + 1 < m_text.size()
                       && m_text[i + 1] == u'\\') {
                const qsizetype close = m_text.indexOf(u'}', i);
                const qsizetype newline = m_text.indexOf(u'\n', i);
                if (close >= 0 && (newline < 0 || close < newline)) {
                    i = close;
                    continue;
                }
            }
            m_builder.append(c);
        }
        while (!m_open.empty())
            pop();
        m_result.lines = m_builder.finish();
        return std::move(m_result);
    }

private:
    // Where the tag opened at `at` ends ('>' or the end of the text); -1 when the
    // '<' opens no tag and is text.
    qsizetype tagEnd(qsizetype at) const
    {
        const qsizetype close = m_text.indexOf(u'>', at + 1);
        if (m_markup == CueMarkup::WebVtt)
            return close < 0 ? m_text.size() : close;
        // SRT has no escaping: only something shaped like a tag is one.
        const QStringView after = m_text.sliced(at + 1);
        const qsizetype nameAt = after.startsWith(u'/') ? 1 : 0;
        if (after.size() <= nameAt || !isAsciiLetter(after[nameAt]) || close < 0)
            return -1;
        const QStringView inside = m_text.sliced(at + 1, close - at - 1);
        if (inside.contains(u'<') || inside.contains(u'\n') || inside.contains(u'\r'))
            return -1;
        return close;
    }

    void tag(QStringView inside)
    {
        if (inside.startsWith(u'/')) {
            close(tagName(inside.sliced(1)));
            return;
        }
        if (inside.isEmpty() || (inside[0] >= u'0' && inside[0] <= u'9'))
            return; // a WebVTT timestamp tag: karaoke timing is not shown
        const QString name = tagName(inside);
        if (m_markup == CueMarkup::Srt && name == u"br") {
            m_builder.append(QChar(u'\n'));
            return;
        }
        if (name.isEmpty() || m_open.size() >= maxDepth)
            return;
        const Element kind = elementNamed(name, m_markup);
        qsizetype space = 0;
        while (space < inside.size() && !isTagSpace(inside[space]))
            ++space;
        const QString annotation = decodeEntities(inside.sliced(space)).simplified();
        if (kind == Element::Voice && m_result.voice.isEmpty())
            m_result.voice = annotation;
        if (kind == Element::Language && m_result.language.isEmpty())
            m_result.language = annotation;
        m_open.push_back({kind, name});
        if (kind == Element::RubyText)
            m_builder.append(QChar(u'('));
        restyle();
    }

    static QString tagName(QStringView inside)
    {
        qsizetype end = 0;
        while (end < inside.size() && !isTagSpace(inside[end]) && inside[end] != u'.'
               && inside[end] != u'=' && inside[end] != u'/')
            ++end;
        return inside.first(end).toString().toLower();
    }

    // Closes the innermost open element of that name and everything inside it;
    // an end tag that closes nothing is dropped.
    void close(const QString &name)
    {
        for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
            if (it->name != name)
                continue;
            const std::size_t keep = static_cast<std::size_t>(m_open.rend() - it) - 1;
            while (m_open.size() > keep)
                pop();
            return;
        }
    }

    void pop()
    {
        const Element kind = m_open.back().kind;
        m_open.pop_back();
        if (kind == Element::RubyText)
            m_builder.append(QChar(u')'));
        restyle();
    }

    void restyle()
    {
        bool bold = false, italic = false, underline = false;
        for (const OpenElement &e : m_open) {
            bold = bold || e.kind == Element::Bold;
            italic = italic || e.kind == Element::Italic;
            underline = underline || e.kind == Element::Underline;
        }
        m_builder.setStyle(bold, italic, underline);
    }

    QStringView m_text;
    CueMarkup m_markup;
    std::vector<OpenElement> m_open;
    LineBuilder m_builder;
    CueText m_result;
};

} // namespace

CueText CueText::parse(QStringView text, CueMarkup markup)
{
    return Parser(text, markup).run();
}

} // namespace fa
