#include "textfold.h"

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
    std::array<QString, tableEnd> entries;
    FoldTable()
    {
        for (char16_t c = 0; c < tableEnd; ++c) {
            const QChar ch(c);
            if (ch.isSpace()) {
                entries[c] = QStringLiteral(" ");
                continue;
            }
            // Padding keeps the reference from trimming or collapsing it away.
            const QString folded = foldSlow(u'a' + QString(ch) + u'a');
            entries[c] = folded.mid(1, folded.size() - 2);
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
    for (QChar c : text) {
        // Beyond the table (Greek, CJK, combining sequences...): the reference.
        if (c.unicode() >= tableEnd)
            return foldSlow(text);
    }
    const FoldTable &table = foldTable();
    // Written through a pointer: QString::append(QChar) per character was most
    // of the cost of indexing a large catalog.
    QString out(text.size() + 8, Qt::Uninitialized);
    QChar *d = out.data();
    qsizetype n = 0;
    bool lastWasSpace = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80 && u != u' ' && !(u >= 0x09 && u <= 0x0d)) {
            d[n++] = QChar(u >= u'A' && u <= u'Z' ? u + 0x20 : u);
            lastWasSpace = false;
            continue;
        }
        const QString &entry = table.entries[u];
        // Room for this entry and one character for each one still to come.
        const qsizetype needed = n + entry.size() + (text.size() - i - 1);
        if (needed > out.size()) {
            out.resize(needed * 2);
            d = out.data();
        }
        for (QChar f : entry) {
            if (f != u' ')
                d[n++] = f;
            else if (!lastWasSpace)
                d[n++] = u' ';
            lastWasSpace = f == u' ';
        }
    }
    if (n > 0 && d[n - 1] == u' ')
        --n;
    out.truncate(n);
    out.squeeze(); // kept for the catalog's lifetime in the search index
    return out;
}

} // namespace fa
