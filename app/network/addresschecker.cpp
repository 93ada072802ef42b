#include "addresschecker.h"

#include "networkaccess.h"
#include "webaddress.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QTimer>

namespace fa {

namespace {
// Servers that refuse HEAD (405, 501) are asked for their first byte instead.
bool refusesHead(int status)
{
    return status == 405 || status == 501;
}
} // namespace

AddressChecker::AddressChecker(NetworkAccess *access, QObject *parent)
    : QObject(parent)
    , m_access(access)
{}

AddressChecker::~AddressChecker()
{
    for (QNetworkReply *reply : std::as_const(m_running)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void AddressChecker::check(const QList<CatalogAddress> &addresses)
{
    m_addresses = addresses;
    m_answers.clear();
    m_pending.clear();
    for (const CatalogAddress &address : addresses) {
        if (isWebAddress(address.url) && !m_pending.contains(address.url))
            m_pending.append(address.url);
    }
    if (m_pending.isEmpty()) {
        QTimer::singleShot(0, this, &AddressChecker::finish);
        return;
    }
    startNext();
}

void AddressChecker::startNext()
{
    while (m_running.size() < maxConcurrent && !m_pending.isEmpty())
        send(m_pending.takeFirst(), true);
}

void AddressChecker::send(const QUrl &url, bool head)
{
    QNetworkRequest request(url);
    QNetworkReply *reply = nullptr;
    if (head) {
        reply = m_access->head(request);
    } else {
        request.setRawHeader("Range", "bytes=0-0");
        reply = m_access->get(request);
        // A success is known from the headers: the body, whole when the
        // server ignores Range, is not waited for.
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, url] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status < 200 || status >= 300)
                return;
            m_answers.insert(url, {QString(), status == 206});
            NetworkAccess::abortWith(reply, NetworkFailure::Kind::Cancelled);
        });
    }
    m_running.append(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, url, head] { onFinished(reply, url, head); });
}

void AddressChecker::onFinished(QNetworkReply *reply, const QUrl &url, bool head)
{
    m_running.removeAll(reply);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (head && refusesHead(status)) {
        send(url, false);
        return;
    }
    if (!m_answers.contains(url)) {
        const NetworkFailure failure = NetworkAccess::failureOf(reply);
        Answer answer;
        answer.error = NetworkAccess::message(failure);
        answer.ranges =
            status == 206 || reply->rawHeader("Accept-Ranges").trimmed().toLower() == "bytes";
        m_answers.insert(url, answer);
    }
    startNext();
    if (m_running.isEmpty() && m_pending.isEmpty())
        finish();
}

void AddressChecker::finish()
{
    CatalogProblems problems;
    for (const CatalogAddress &address : std::as_const(m_addresses)) {
        if (address.url.isLocalFile()) {
            if (!QFileInfo(address.url.toLocalFile()).isFile())
                problems.append({CatalogProblem::Severity::Error, address.where,
                                 tr("the file %1 is missing")
                                     .arg(QDir::toNativeSeparators(address.url.toLocalFile()))});
            continue;
        }
        if (!isWebAddress(address.url)) {
            problems.append({CatalogProblem::Severity::Error, address.where,
                             tr("leads to no file and no address")});
            continue;
        }
        const Answer answer = m_answers.value(address.url);
        if (!answer.error.isEmpty())
            problems.append({CatalogProblem::Severity::Error, address.where, answer.error});
        else if (address.media && !answer.ranges)
            problems.append(
                {CatalogProblem::Severity::Warning, address.where,
                 tr("%1 does not announce Range requests (Accept-Ranges: bytes): the app "
                    "cannot seek in this recording unless the server answers them")
                     .arg(NetworkAccess::displayAddress(address.url))});
    }
    Q_EMIT finished(problems);
}

} // namespace fa
