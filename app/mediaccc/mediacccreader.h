#pragma once

#include "mediacccdata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace fa {

// The outcome of reading one answer: the value, or an error that names what
// was asked for; warnings about fields left out either way.
template<typename T> struct MediaCccRead
{
    std::optional<T> value;
    QString error;
    QStringList warnings;

    bool ok() const { return value.has_value(); }
};

// Reads the three JSON shapes of voctoweb's public API. Size-capped and
// validated: a wrong root, a missing list or a field of the wrong type is
// reported with the JSON path and the subject ("conference '38c3'").
class MediaCccReader
{
    Q_DECLARE_TR_FUNCTIONS(fa::MediaCccReader)

public:
    static constexpr qint64 maxListSize = 16ll * 1024 * 1024;
    static constexpr qint64 maxConferenceSize = 48ll * 1024 * 1024;
    static constexpr qint64 maxEventSize = 4ll * 1024 * 1024;
    static constexpr int maxEvents = 20000;
    static constexpr int maxRecordingsPerEvent = 1000;
    static constexpr int maxWarnings = 20;

    // GET conferences.
    static MediaCccRead<QList<MediaCccConference>> readConferenceList(const QByteArray &data);
    // GET conferences/{acronym}; acronym names the conference in messages.
    static MediaCccRead<MediaCccConferenceAnswer> readConference(const QByteArray &data,
                                                                 const QString &acronym);
    // GET events/{guid}; eventName names the event in messages.
    static MediaCccRead<MediaCccEventAnswer> readEvent(const QByteArray &data,
                                                       const QString &eventName);
};

} // namespace fa
