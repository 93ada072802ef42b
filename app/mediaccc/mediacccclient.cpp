#include "mediacccclient.h"

#include "mediacccreader.h"

#include <QLocale>

#include <memory>

namespace fa {

MediaCccClient::MediaCccClient(NetworkAccess *access, const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_fetcher(new ApiAnswerFetcher(access, cacheDir, this))
{
    qRegisterMetaType<fa::MediaCccConferenceList>();
}

QString MediaCccClient::offlineNotice(const QDateTime &copyDate)
{
    return tr("Offline copy from %1")
        .arg(QLocale().toString(copyDate.toLocalTime(), QLocale::ShortFormat));
}

void MediaCccClient::loadConferences()
{
    cancelConferences();
    // A fresh context per request: a cancelled one never reports.
    m_listRequest = new QObject(this);
    auto list = std::make_shared<MediaCccConferenceList>();
    m_fetcher->request(
        m_api.conferencesUrl(), MediaCccReader::maxListSize, false, m_listRequest,
        [list](const QByteArray &data) {
            auto read = MediaCccReader::readConferenceList(data);
            if (!read.ok())
                return read.error;
            list->conferences = std::move(*read.value);
            list->warnings = read.warnings;
            return QString();
        },
        [this, list, context = m_listRequest](const ApiOutcome &outcome) {
            context->deleteLater();
            if (m_listRequest == context)
                m_listRequest = nullptr;
            if (outcome.cancelled)
                return;
            if (!outcome.ok) {
                list->conferences.clear();
                list->error = outcome.error;
            } else if (outcome.fromCache) {
                list->notice = offlineNotice(outcome.copyDate);
            }
            if (!outcome.refusedFresh.isEmpty() && outcome.ok)
                list->warnings.prepend(outcome.refusedFresh);
            Q_EMIT conferencesLoaded(*list);
        });
}

void MediaCccClient::cancelConferences()
{
    if (!m_listRequest)
        return;
    m_fetcher->abort(m_listRequest);
    // Aborting may already have ended the request.
    if (m_listRequest)
        m_listRequest->deleteLater();
    m_listRequest = nullptr;
}

} // namespace fa
