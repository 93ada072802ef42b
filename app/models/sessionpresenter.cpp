#include "sessionpresenter.h"

#include <QLocale>

namespace fa {

QString SessionPresenter::languageName(const QString &code)
{
    if (code == u"en")
        return tr("English");
    if (code == u"fr")
        return tr("French");
    if (code == u"es")
        return tr("Spanish");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name;
}

SessionView::Text SessionPresenter::text(const Catalog &catalog, const LocalizedText &t,
                                         const QString &language)
{
    const LocalizedText::Resolved resolved = t.resolve(language, catalog.event.language);
    SessionView::Text out{resolved.text, QString()};
    if (!resolved.text.isEmpty() && resolved.language != language)
        //: Marks a catalog text shown in another language than the chosen one, e.g. "(English)".
        out.fallbackNote = tr("(%1)").arg(languageName(resolved.language));
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
                                      const QString &language, const QTimeZone &localZone)
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
            view.pillars.append({p->id, catalog.text(p->title, language), p->color, p->icon});
    }
    for (const SessionSpeaker &ref : session->speakers) {
        const Speaker *s = catalog.speaker(ref.speakerId);
        if (!s)
            continue;
        const QString photo = s->photo.contains(u"://") ? s->photo : catalog.resolvePath(s->photo);
        view.speakers.append({s->id, s->name, text(catalog, s->role, language),
                              text(catalog, s->organization, language),
                              text(catalog, s->bio, language), text(catalog, ref.role, language),
                              photo});
    }
    for (const Material &m : session->materials) {
        SessionView::Material out;
        out.title = text(catalog, m.title, language);
        out.language = m.language.isEmpty() ? QString() : languageName(m.language);
        out.sizeText = m.size ? sizeText(*m.size, language) : QString();
        out.isLocal = !m.path.isEmpty();
        out.location = out.isLocal ? catalog.resolvePath(m.path) : m.url.toString();
        out.sha256 = m.sha256;
        view.materials.append(out);
    }
    for (const Chapter &chapter : session->chapters) {
        const Recording *r = catalog.recording(chapter.recordingId);
        if (!r)
            continue;
        SessionView::Recording out;
        out.recordingId = r->id;
        out.language = r->language;
        out.offset = chapter.at;
        out.hasSource = !r->sources.isEmpty();
        const QString title = catalog.text(r->title, language);
        if (r->kind == Recording::Kind::Day)
            out.label =
                tr("Play from %1 — %2")
                    .arg(formatTimecode(chapter.at), title.isEmpty() ? tr("day recording") : title);
        else
            out.label = tr("Watch in %1").arg(languageName(r->language));
        view.recordings.append(out);
    }
    if (view.recordings.isEmpty()) {
        // The session's place in its day recording is unknown: offer the day from its start.
        for (const Recording &r : catalog.recordings) {
            if (r.kind != Recording::Kind::Day || r.dayId != session->dayId)
                continue;
            const QString title = catalog.text(r.title, language);
            view.recordings.append(
                {r.id, r.language, 0,
                 tr("Play %1 from the start (this session's position in it is not known)")
                     .arg(title.isEmpty() ? tr("the day recording") : title),
                 !r.sources.isEmpty()});
        }
    }
    if (session->chapters.isEmpty())
        view.recordingGap = tr("No recording linked yet: the position of this session in "
                               "its day's recording is not in the catalog.");
    return view;
}

} // namespace fa
