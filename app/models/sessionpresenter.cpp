#include "sessionpresenter.h"

#include "languagenames.h"
#include "playbackplanner.h"

#include <QLocale>

namespace fa {

namespace {
// A file as its path, an address encoded, so that QUrl() reads back the same
// address ("#" in a file name stays part of the path).
QString shownLocation(const QUrl &location)
{
    return location.isLocalFile() ? location.toLocalFile() : location.toString(QUrl::FullyEncoded);
}
} // namespace

SessionView::Text SessionPresenter::text(const Catalog &catalog, const LocalizedText &t,
                                         const QString &language)
{
    const LocalizedText::Resolved resolved = t.resolve(language, catalog.event.language);
    SessionView::Text out{resolved.text, QString()};
    if (!resolved.text.isEmpty() && resolved.language != language)
        //: Marks a catalog text shown in another language than the chosen one, e.g. "(English)".
        out.fallbackNote = tr("(%1)").arg(LanguageNames::name(resolved.language));
    return out;
}

QString SessionPresenter::longDate(const QDate &date, const QString &language)
{
    const QLocale locale(language);
    // Qt's long format for Spanish lacks the comma used in running text; keep Qt's for others.
    if (language == u"es")
        return locale.toString(date, QStringLiteral("dddd, d 'de' MMMM 'de' yyyy"));
    return locale.toString(date, QLocale::LongFormat);
}

QString SessionPresenter::sizeText(qint64 bytes, const QString &language)
{
    return QLocale(language).formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

SessionView SessionPresenter::present(const Catalog &catalog, const QString &sessionId,
                                      const QString &language, const RecordingLinks &links,
                                      const QTimeZone &localZone)
{
    SessionView view;
    const Session *session = catalog.session(sessionId);
    if (!session)
        return view;
    const QLocale locale(language);
    view.id = session->id;
    view.title = text(catalog, session->title, language);
    view.summary = text(catalog, session->summary, language);
    view.note = text(catalog, session->note, language);

    const Day *day = catalog.day(session->dayId);
    if (session->start.isValid()) {
        const QString zoneName =
            catalog.event.timeZone.displayName(session->start, QTimeZone::ShortName, locale);
        view.whenEvent =
            tr("%1, %2 (%3)")
                .arg(longDate(session->start.date(), language),
                     locale.toString(session->start.time(), QLocale::ShortFormat), zoneName);
        const QDateTime local = session->start.toTimeZone(localZone);
        if (localZone.isValid()
            && localZone.offsetFromUtc(local)
                   != catalog.event.timeZone.offsetFromUtc(session->start))
            view.whenLocal = tr("%1, %2 your time")
                                 .arg(longDate(local.date(), language),
                                      locale.toString(local.time(), QLocale::ShortFormat));
    } else if (day) {
        view.whenEvent = longDate(day->date, language);
    }
    if (day) {
        const QString dayTitle = catalog.text(day->title, language);
        if (!dayTitle.isEmpty())
            view.whenEvent = dayTitle + QStringLiteral(" — ") + view.whenEvent;
    }
    if (session->duration)
        view.duration = tr("%n minute(s)", nullptr, static_cast<int>(*session->duration / 60000));

    for (const QString &pillarId : session->pillarIds) {
        if (const Pillar *p = catalog.pillar(pillarId))
            view.pillars.append({p->id, catalog.text(p->title, language),
                                 catalog.pillarColor(catalog.pillarIndex(pillarId)), p->icon});
    }
    for (const SessionSpeaker &ref : session->speakers) {
        const Speaker *s = catalog.speaker(ref.speakerId);
        if (!s)
            continue;
        const QString photo =
            shownLocation(s->photo.contains(u"://") ? QUrl(s->photo) : catalog.resolve(s->photo));
        view.speakers.append({s->id, s->name, text(catalog, s->role, language),
                              text(catalog, s->organization, language),
                              text(catalog, s->bio, language), text(catalog, ref.role, language),
                              photo});
    }
    for (const Material &m : session->materials) {
        SessionView::Material out;
        out.title = text(catalog, m.title, language);
        out.language = m.language.isEmpty() ? QString() : LanguageNames::name(m.language);
        out.sizeText = m.size ? sizeText(*m.size, language) : QString();
        const QUrl location = catalog.address(m.path, m.url);
        out.isLocal = location.isLocalFile();
        out.location = shownLocation(location);
        out.sha256 = m.sha256;
        view.materials.append(out);
    }
    // The recordings in the planner's order, the default first: the detail pane
    // plays exactly what every other way of asking to play would.
    bool anyPlayable = false;
    for (const PlaybackOption &option : PlaybackPlanner::options(catalog, sessionId, language)) {
        const Recording *r = catalog.recording(option.recordingId);
        SessionView::Recording out;
        out.recordingId = option.recordingId;
        out.language = option.language;
        out.offset = option.offset;
        out.label = option.label;
        out.hasSource = !r->sources.isEmpty()
                        || (links && !links(catalog.event.id, option.recordingId).isEmpty());
        anyPlayable = anyPlayable || out.hasSource;
        view.recordings.append(out);
    }
    if (view.recordings.isEmpty())
        view.recordingGap = tr("No recording of this session is in the catalog.");
    else if (catalog.placements(*session).isEmpty())
        view.recordingGap = tr("The position of this session in its day's recording is not in "
                               "the catalog yet.");
    else if (!anyPlayable)
        view.recordingGap = tr("No recording linked yet: link a file or an address from the "
                               "player.");
    return view;
}

} // namespace fa
