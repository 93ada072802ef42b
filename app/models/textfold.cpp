#include "textfold.h"

#include <algorithm>
#include <array>

namespace fa {

namespace {

// The reference algorithm: compatibility decomposition, marks dropped,
// whitespace collapsed, case folded, sharp s as "ss".
QString foldSlow(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool lastWasSpace = true;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
            || c.category() == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            if (!lastWasSpace)
                out.append(u' ');
            lastWasSpace = true;
            continue;
        }
        out.append(c.toCaseFolded());
        lastWasSpace = false;
    }
    if (out.endsWith(u' '))
        out.chop(1);
    out.replace(QChar(0x00DF), QLatin1String("ss"));
    return out;
}

// Latin letters cover nearly every catalog text; folding them one by one from a
// table is the same as the reference (marks are dropped, so the reordering of
// a full decomposition cannot matter) and ten times faster. A space in a
// table entry stands for whitespace and is collapsed like any other.
constexpr char16_t tableEnd = 0x0250; // through Latin Extended-B

struct FoldTable
{
    std::array<QByteArray, tableEnd> entries; // UTF-8
    FoldTable()
    {
        for (char16_t c = 0; c < tableEnd; ++c) {
            const QChar ch(c);
            if (ch.isSpace()) {
                entries[c] = QByteArrayLiteral(" ");
                continue;
            }
            // Padding keeps the reference from trimming or collapsing it away.
            const QString folded = foldSlow(u'a' + QString(ch) + u'a');
            entries[c] = folded.mid(1, folded.size() - 2).toUtf8();
        }
    }
};

const FoldTable &foldTable()
{
    static const FoldTable table;
    return table;
}

} // namespace

QString foldForSearch(const QString &text)
{
    // Beyond the table (Greek, CJK, combining sequences...): the reference.
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= tableEnd; }))
        return foldSlow(text);
    // Search words are short: one table walk, in UTF-8, serves both entry points.
    QByteArray folded;
    appendFoldedUtf8(folded, text.toUtf8());
    return QString::fromUtf8(folded);
}

void appendFoldedUtf8(QByteArray &out, QByteArrayView utf8)
{
    const qsizetype start = out.size();
    // No table entry is more than 2.5 times its character's UTF-8 ("½" is "1⁄2").
    out.resize(start + utf8.size() * 3);
    char *d = out.data() + start;
    const FoldTable &table = foldTable();
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const auto *const end = p + utf8.size();
    bool lastWasSpace = true;
    while (p != end) {
        const unsigned char c = *p;
        if (c < 0x80 && c != ' ' && !(c >= 0x09 && c <= 0x0d)) {
            *d++ = char(c >= 'A' && c <= 'Z' ? c + 0x20 : c);
            lastWasSpace = false;
            ++p;
            continue;
        }
        char16_t unit = c;
        int length = 1;
        if (c >= 0x80) {
            // Two-byte sequences reach U+07FF; the table ends at U+024F (lead byte 0xC9).
            if (c < 0xC2 || c > 0xC9 || end - p < 2 || (p[1] & 0xC0) != 0x80)
                unit = tableEnd;
            else
                unit = char16_t(((c & 0x1F) << 6) | (p[1] & 0x3F));
            length = 2;
        }
        if (unit >= tableEnd) {
            // Beyond Latin (or not UTF-8 at all): the whole text by the reference.
            out.truncate(start);
            out.append(foldSlow(QString::fromUtf8(utf8)).toUtf8());
            return;
        }
        for (const char f : table.entries[unit]) {
            if (f != ' ')
                *d++ = f;
            else if (!lastWasSpace)
                *d++ = ' ';
            lastWasSpace = f == ' ';
        }
        p += length;
    }
    if (d != out.data() + start && d[-1] == ' ')
        --d;
    out.truncate(d - out.data());
}

} // namespace fa
