#include "schedulecommon.h"

#include "htmltext.h"
#include "webaddress.h"

#include <QFileInfo>

namespace fa {

std::optional<Milliseconds> ScheduleCommon::parseDuration(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    if (parts.size() < 2 || parts.size() > 4)
        return std::nullopt;
    // Bounded first so that the sums below cannot overflow (found by fuzzing).
    constexpr qint64 maxField = 1'000'000;
    qint64 values[4] = {0, 0, 0, 0};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        values[i] = parts[i].toLongLong(&ok);
        if (!ok || values[i] < 0 || values[i] > maxField)
            return std::nullopt;
    }
    qint64 seconds = 0;
    if (parts.size() == 2)
        seconds = values[0] * 3600 + values[1] * 60;
    else if (parts.size() == 3)
        seconds = values[0] * 3600 + values[1] * 60 + values[2];
    else
        seconds = values[0] * 86400 + values[1] * 3600 + values[2] * 60 + values[3];
    constexpr qint64 maxSeconds = 100LL * 24 * 3600; // as for catalog offsets
    if (seconds > maxSeconds)
        return std::nullopt;
    return seconds * 1000;
}

QDate ScheduleCommon::parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed().left(10), Qt::ISODate);
}

QDateTime ScheduleCommon::parseDateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() < 16)
        return {};
    return QDateTime::fromString(t, Qt::ISODate);
}

QTimeZone ScheduleCommon::zoneForCity(const QString &city)
{
    QString name = city.simplified();
    name.replace(u' ', u'_');
    if (name.isEmpty())
        return {};
    const QByteArray suffix = QByteArray("/") + name.toUtf8();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.endsWith(suffix))
            return QTimeZone(id);
    }
    return {};
}

QUrl ScheduleCommon::resolveUrl(const QString &text, const QUrl &base)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QUrl url(t);
    if (url.isRelative() && base.isValid())
        url = base.resolved(url);
    if (!isWebAddress(url))
        return {};
    // What the catalog reader will see again: the fully encoded form, read strictly.
    const QUrl strict(url.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return strict.isValid() ? strict : QUrl();
}

QString ScheduleCommon::summary(const QString &subtitle, const QString &abstract,
                                const QString &description)
{
    QStringList parts;
    for (const QString &raw : {subtitle, abstract, description}) {
        const QString text = htmlToPlainText(raw);
        if (!text.isEmpty() && !parts.contains(text))
            parts.append(text);
    }
    return parts.join(u"\n\n");
}

QDateTime ScheduleCommon::eventStart(const QDateTime &date, const QString &startTime,
                                     const QDate &dayDate, const QTime &dayStartsAt,
                                     const QTimeZone &zone)
{
    if (date.isValid())
        return zone.isValid() ? date.toTimeZone(zone) : date;
    const QString t = startTime.trimmed();
    const QTime time = QTime::fromString(t, t.size() > 5 ? u"HH:mm:ss" : u"HH:mm");
    if (!time.isValid() || !dayDate.isValid() || !zone.isValid())
        return {};
    const bool afterMidnight = dayStartsAt.isValid() && time < dayStartsAt;
    return QDateTime(afterMidnight ? dayDate.addDays(1) : dayDate, time, zone);
}

Material ScheduleCommon::linkMaterial(const QUrl &url, const QString &title, const QString &kind)
{
    Material m;
    m.url = url;
    QString name = title.simplified();
    if (name.isEmpty())
        name = QFileInfo(url.path()).fileName();
    if (name.isEmpty())
        name = url.host();
    m.title = LocalizedText(QString(), name);
    m.kind = kind;
    return m;
}

} // namespace fa
