#include "chaptermatcher.h"

#include "textfold.h"

#include <QHash>
#include <QRegularExpression>

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

// One session's titles as compared: each language's, and each without its remarks.
struct TitleKeys
{
    QStringList exact;  // simplified titles
    QStringList folded; // fuzzy keys of the titles and of their remark-free forms
};

TitleKeys keysOf(const Session &s)
{
    TitleKeys keys;
    for (const QString &t : s.title.values()) {
        keys.exact.append(t.simplified());
        for (const QString &variant : {t, ChapterMatcher::withoutRemarks(t)}) {
            const QString key = fuzzyKey(variant);
            if (!key.isEmpty() && !keys.folded.contains(key))
                keys.folded.append(key);
        }
    }
    return keys;
}

// similarity() on keys already folded.
double keySimilarity(const QString &x, const QString &y)
{
    if (x.isEmpty() || y.isEmpty())
        return 0;
    if (x == y)
        return 1;
    const QStringList wx = x.split(u' ');
    const QStringList wy = y.split(u' ');
    int common = 0;
    for (const QString &w : wy)
        common += wx.contains(w) ? 1 : 0;
    const double dice = 2.0 * common / (wx.size() + wy.size());
    // The chapter holds every word of the title: it names the title, maybe among other words.
    const double contained =
        common == wy.size() && y.size() >= 4 && wx.size() > wy.size()
            ? 0.75 + 0.25 * static_cast<double>(wy.size()) / static_cast<double>(wx.size())
            : 0.0;
    const double best = std::max(dice, contained);
    const qsizetype longest = std::max(x.size(), y.size());
    // The edit similarity cannot beat 1 - (length difference / longest): skip the
    // quadratic distance when that bound is no better than what is known.
    const double editBound = 1.0 - static_cast<double>(std::abs(x.size() - y.size())) / longest;
    if (editBound <= best)
        return best;
    const double edit = 1.0 - static_cast<double>(editDistance(x, y)) / longest;
    return std::max(best, edit);
}
} // namespace

QString ChapterMatcher::withoutRemarks(const QString &title)
{
    static const QRegularExpression remarks(QStringLiteral("\\([^()]*\\)|\\[[^\\[\\]]*\\]"));
    QString t = title;
    t.remove(remarks);
    return t.simplified();
}

double ChapterMatcher::similarity(const QString &chapterTitle, const QString &sessionTitle)
{
    return keySimilarity(fuzzyKey(chapterTitle), fuzzyKey(sessionTitle));
}

ChapterMatchResult ChapterMatcher::match(const Catalog &catalog, const QString &recordingId,
                                         const QList<ImportedChapter> &chapters, double threshold)
{
    ChapterMatchResult result;
    const Recording *recording = catalog.recording(recordingId);
    QList<int> candidates;
    QHash<int, TitleKeys> keys;
    for (int i = 0; i < catalog.sessions.size(); ++i) {
        if (!recording || recording->kind != Recording::Kind::Day || recording->dayId.isEmpty()
            || catalog.sessions[i].dayId == recording->dayId) {
            candidates.append(i);
            keys.insert(i, keysOf(catalog.sessions[i]));
        }
    }

    const qsizetype count = chapters.size();
    QList<int> sessionOf(count, -1);
    QList<ChapterMatch::How> how(count, ChapterMatch::How::Exact);
    QList<double> score(count, 1.0);
    QList<QString> chapterKeys(count);
    for (qsizetype c = 0; c < count; ++c)
        chapterKeys[c] = fuzzyKey(chapters[c].title);
    QHash<int, qsizetype> takenBy; // session -> chapter

    auto equalPass = [&](ChapterMatch::How kind) {
        for (qsizetype c = 0; c < count; ++c) {
            if (sessionOf[c] >= 0 || chapterKeys[c].isEmpty())
                continue;
            const QString exact = chapters[c].title.simplified();
            for (int s : std::as_const(candidates)) {
                if (takenBy.contains(s))
                    continue;
                const TitleKeys &k = keys[s];
                if (kind == ChapterMatch::How::Exact ? k.exact.contains(exact)
                                                     : k.folded.contains(chapterKeys[c])) {
                    sessionOf[c] = s;
                    how[c] = kind;
                    takenBy.insert(s, c);
                    break;
                }
            }
        }
    };
    equalPass(ChapterMatch::How::Exact);
    equalPass(ChapterMatch::How::Folded);

    // Fuzzy: each chapter proposes only its best session. Of the chapters that
    // name one session about equally well, the earliest is where it starts.
    struct Proposal
    {
        double score;
        qsizetype chapter;
        int session;
    };
    QList<Proposal> proposals;
    QHash<qsizetype, ChapterMiss> misses;
    for (qsizetype c = 0; c < count; ++c) {
        if (sessionOf[c] >= 0)
            continue;
        int best = -1;
        int second = -1;
        double bestScore = 0;
        double secondScore = 0;
        for (int s : std::as_const(candidates)) {
            double value = 0;
            for (const QString &key : std::as_const(keys[s].folded))
                value = std::max(value, keySimilarity(chapterKeys[c], key));
            if (value > bestScore) {
                second = best;
                secondScore = bestScore;
                best = s;
                bestScore = value;
            } else if (value > secondScore) {
                second = s;
                secondScore = value;
            }
        }
        ChapterMiss miss;
        miss.chapter = chapters[c];
        if (best >= 0) {
            miss.nearestSessionId = catalog.sessions[best].id;
            miss.nearestScore = bestScore;
        }
        if (bestScore < threshold) {
            misses.insert(c, miss);
        } else if (second >= 0 && secondScore >= threshold && bestScore - secondScore < margin) {
            miss.why = ChapterMiss::Why::Ambiguous;
            miss.otherSessionId = catalog.sessions[second].id;
            misses.insert(c, miss);
        } else {
            proposals.append({bestScore, c, best});
            misses.insert(c, miss); // kept in case the session goes to another chapter
        }
    }
    QHash<int, double> bestOf; // session -> the best score a chapter gave it
    for (const Proposal &p : std::as_const(proposals))
        bestOf[p.session] = std::max(bestOf.value(p.session), p.score);
    QHash<int, qsizetype> winner; // session -> the earliest proposal close to its best
    for (qsizetype i = 0; i < proposals.size(); ++i) {
        const Proposal &p = proposals[i];
        if (p.score < bestOf[p.session] - margin)
            continue;
        const auto held = winner.constFind(p.session);
        if (held == winner.cend() || chapters[p.chapter].at < chapters[proposals[*held].chapter].at)
            winner.insert(p.session, i);
    }
    for (qsizetype i = 0; i < proposals.size(); ++i) {
        const Proposal &p = proposals[i];
        const auto holder = takenBy.constFind(p.session);
        if (holder != takenBy.cend() || winner.value(p.session) != i) {
            ChapterMiss &miss = misses[p.chapter];
            miss.why = ChapterMiss::Why::Taken;
            const qsizetype by =
                holder != takenBy.cend() ? *holder : proposals[winner.value(p.session)].chapter;
            miss.takenByLine = chapters[by].line;
            continue;
        }
        sessionOf[p.chapter] = p.session;
        how[p.chapter] = ChapterMatch::How::Fuzzy;
        score[p.chapter] = p.score;
        misses.remove(p.chapter);
    }
    for (const auto &[session, proposal] : winner.asKeyValueRange()) {
        if (!takenBy.contains(session))
            takenBy.insert(session, proposals[proposal].chapter);
    }

    for (qsizetype c = 0; c < count; ++c) {
        if (sessionOf[c] < 0) {
            result.unmatchedChapters.append(chapters[c]);
            ChapterMiss fallback;
            fallback.chapter = chapters[c];
            result.misses.append(misses.value(c, fallback));
            continue;
        }
        const Session &session = catalog.sessions[sessionOf[c]];
        result.matches.append({chapters[c], session.id, how[c], score[c]});
        result.overlay.insert(session.id, chapters[c].at);
    }
    for (int s : std::as_const(candidates)) {
        if (!takenBy.contains(s))
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

QString ChapterMatch::howText() const
{
    switch (how) {
    case How::Exact: return ChapterMatcher::tr("exact");
    case How::Folded: return ChapterMatcher::tr("ignoring case and accents");
    case How::Fuzzy: break;
    }
    return ChapterMatcher::tr("similar, %1%").arg(qRound(score * 100));
}

QString ChapterMiss::explanation() const
{
    const int nearest = qRound(nearestScore * 100);
    switch (why) {
    case Why::Ambiguous:
        return ChapterMatcher::tr("could be %1 or %2 (%3%)")
            .arg(nearestSessionId, otherSessionId)
            .arg(nearest);
    case Why::Taken:
        return ChapterMatcher::tr("%1 (%2%) is already named by line %3")
            .arg(nearestSessionId)
            .arg(nearest)
            .arg(takenByLine);
    case Why::NothingClose: break;
    }
    if (nearestSessionId.isEmpty())
        return ChapterMatcher::tr("no session alike");
    return ChapterMatcher::tr("nearest: %1, %2%, below %3%")
        .arg(nearestSessionId)
        .arg(nearest)
        .arg(qRound(ChapterMatcher::defaultThreshold * 100));
}

QString ChapterMatchResult::summary() const
{
    QString out;
    out += ChapterMatcher::tr("matched chapters: %1").arg(matches.size()) + u'\n';
    for (const ChapterMatch &m : matches)
        out += u"  "
               + ChapterMatcher::tr("line %1: %2 %3")
                     .arg(m.chapter.line)
                     .arg(formatTimecode(m.chapter.at), m.chapter.title)
               + u" -> " + m.sessionId + u" (" + m.howText() + u")\n";
    out += ChapterMatcher::tr("unmatched chapters: %1").arg(unmatchedChapters.size()) + u'\n';
    for (const ChapterMiss &miss : misses)
        out += u"  "
               + ChapterMatcher::tr("line %1: %2 %3")
                     .arg(miss.chapter.line)
                     .arg(formatTimecode(miss.chapter.at), miss.chapter.title)
               + u" (" + miss.explanation() + u")\n";
    out +=
        ChapterMatcher::tr("sessions without a chapter: %1").arg(unmatchedSessions.size()) + u'\n';
    for (const QString &id : unmatchedSessions)
        out += u"  " + id + u'\n';
    return out;
}

} // namespace fa
