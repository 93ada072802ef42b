#include "chaptermatcher.h"

#include "textfold.h"

#include <QSet>

#include <algorithm>

namespace fa {

namespace {
// Folded, with punctuation turned into spaces: "Session 3 – Finance!" -> "session 3 finance".
QString fuzzyKey(const QString &text)
{
    QString folded = foldForSearch(text);
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return folded.simplified();
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QStringList titlesOf(const Session &s)
{
    QStringList titles;
    for (const QString &t : s.title.values())
        titles.append(t.simplified());
    return titles;
}
} // namespace

double ChapterMatcher::similarity(const QString &a, const QString &b)
{
    const QString x = fuzzyKey(a);
    const QString y = fuzzyKey(b);
    if (x.isEmpty() || y.isEmpty())
        return 0;
    if (x == y)
        return 1;
    const qsizetype longest = std::max(x.size(), y.size());
    const double edit = 1.0 - static_cast<double>(editDistance(x, y)) / longest;

    const QStringList wx = x.split(u' ');
    const QStringList wy = y.split(u' ');
    int common = 0;
    for (const QString &w : wx)
        common += wy.contains(w) ? 1 : 0;
    const double dice = 2.0 * common / (wx.size() + wy.size());

    // "Session 3 – Finance" names the session "Finance": a whole-word containment.
    const QString &shorter = x.size() < y.size() ? x : y;
    const QString &longer = x.size() < y.size() ? y : x;
    double contained = 0;
    if (shorter.size() >= 4
        && QString(u' ' + longer + u' ').contains(QString(u' ' + shorter + u' ')))
        contained = 0.7 + 0.3 * static_cast<double>(shorter.size()) / longer.size();
    return std::max({edit, dice, contained});
}

ChapterMatchResult ChapterMatcher::match(const Catalog &catalog, const QString &recordingId,
                                         const QList<ImportedChapter> &chapters, double threshold)
{
    ChapterMatchResult result;
    const Recording *recording = catalog.recording(recordingId);
    QList<int> candidates;
    for (int i = 0; i < catalog.sessions.size(); ++i) {
        if (!recording || recording->kind != Recording::Kind::Day || recording->dayId.isEmpty()
            || catalog.sessions[i].dayId == recording->dayId)
            candidates.append(i);
    }

    QList<int> sessionOf(chapters.size(), -1);
    QList<ChapterMatch::How> how(chapters.size(), ChapterMatch::How::Exact);
    QList<double> score(chapters.size(), 1.0);
    QSet<int> taken;
    auto exactPass = [&](bool folded, ChapterMatch::How kind) {
        for (qsizetype c = 0; c < chapters.size(); ++c) {
            if (sessionOf[c] >= 0)
                continue;
            const QString wanted =
                folded ? foldForSearch(chapters[c].title) : chapters[c].title.simplified();
            for (int s : std::as_const(candidates)) {
                if (taken.contains(s))
                    continue;
                bool same = false;
                for (const QString &t : titlesOf(catalog.sessions[s]))
                    same = same || (folded ? foldForSearch(t) : t) == wanted;
                if (same) {
                    sessionOf[c] = s;
                    how[c] = kind;
                    taken.insert(s);
                    break;
                }
            }
        }
    };
    exactPass(false, ChapterMatch::How::Exact);
    exactPass(true, ChapterMatch::How::Folded);

    // Fuzzy: the best remaining pairs first, so a close match is not stolen by a weaker one.
    struct Pair
    {
        double score;
        qsizetype chapter;
        int session;
    };
    QList<Pair> pairs;
    for (qsizetype c = 0; c < chapters.size(); ++c) {
        if (sessionOf[c] >= 0)
            continue;
        for (int s : std::as_const(candidates)) {
            if (taken.contains(s))
                continue;
            double best = 0;
            for (const QString &t : titlesOf(catalog.sessions[s]))
                best = std::max(best, similarity(chapters[c].title, t));
            if (best >= threshold)
                pairs.append({best, c, s});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair &a, const Pair &b) { return a.score > b.score; });
    for (const Pair &p : std::as_const(pairs)) {
        if (sessionOf[p.chapter] >= 0 || taken.contains(p.session))
            continue;
        sessionOf[p.chapter] = p.session;
        how[p.chapter] = ChapterMatch::How::Fuzzy;
        score[p.chapter] = p.score;
        taken.insert(p.session);
    }

    for (qsizetype c = 0; c < chapters.size(); ++c) {
        if (sessionOf[c] < 0) {
            result.unmatchedChapters.append(chapters[c]);
            continue;
        }
        const Session &session = catalog.sessions[sessionOf[c]];
        if (recording && recording->duration && chapters[c].at > *recording->duration) {
            result.warnings.append(
                {chapters[c].line,
                 {},
                 tr("%1 is beyond the end of recording '%2'; '%3' is left out")
                     .arg(formatTimecode(chapters[c].at), recordingId, chapters[c].title)});
            result.unmatchedChapters.append(chapters[c]);
            taken.remove(sessionOf[c]);
            continue;
        }
        result.matches.append({chapters[c], session.id, how[c], score[c]});
        result.overlay.insert(session.id, chapters[c].at);
    }
    for (int s : std::as_const(candidates)) {
        if (!taken.contains(s))
            result.unmatchedSessions.append(catalog.sessions[s].id);
    }
    return result;
}

Catalog ChapterMatcher::apply(const Catalog &catalog, const QString &recordingId,
                              const ChapterOffsets &overlay)
{
    Catalog out = catalog;
    for (Session &session : out.sessions) {
        const auto it = overlay.constFind(session.id);
        if (it == overlay.cend())
            continue;
        Chapter chapter;
        chapter.recordingId = recordingId;
        chapter.at = it.value();
        bool replaced = false;
        for (Chapter &existing : session.chapters) {
            if (existing.recordingId == recordingId && !replaced) {
                existing.at = chapter.at;
                replaced = true;
            }
        }
        if (!replaced)
            session.chapters.append(chapter);
    }
    out.buildIndex();
    return out;
}

QString ChapterMatchResult::summary() const
{
    QString out;
    out += ChapterMatcher::tr("matched chapters: %1").arg(matches.size()) + u'\n';
    for (const ChapterMatch &m : matches) {
        QString how = ChapterMatcher::tr("exact");
        if (m.how == ChapterMatch::How::Folded)
            how = ChapterMatcher::tr("ignoring case and accents");
        else if (m.how == ChapterMatch::How::Fuzzy)
            how = ChapterMatcher::tr("similar, %1%").arg(qRound(m.score * 100));
        out += u"  " + formatTimecode(m.chapter.at) + u' ' + m.chapter.title + u" -> " + m.sessionId
               + u" (" + how + u")\n";
    }
    out += ChapterMatcher::tr("unmatched chapters: %1").arg(unmatchedChapters.size()) + u'\n';
    for (const ImportedChapter &c : unmatchedChapters)
        out += u"  "
               + ChapterMatcher::tr("line %1: %2 %3").arg(c.line).arg(formatTimecode(c.at), c.title)
               + u'\n';
    out +=
        ChapterMatcher::tr("sessions without a chapter: %1").arg(unmatchedSessions.size()) + u'\n';
    for (const QString &id : unmatchedSessions)
        out += u"  " + id + u'\n';
    for (const ImportMessage &w : warnings)
        out += ChapterMatcher::tr("warning: %1").arg(w.toString()) + u'\n';
    return out;
}

} // namespace fa
