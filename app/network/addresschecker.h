#pragma once

#include "catalogaddresses.h"
#include "catalogproblem.h"

#include <QHash>
#include <QList>
#include <QObject>

class QNetworkReply;

namespace fa {

class NetworkAccess;

// Asks the server of every http(s) address a catalog names whether it is there
// (a HEAD request through NetworkAccess, with its timeout and redirect rules)
// and reports each one that is not as an error at its JSON path. Media whose
// server does not announce Range requests get a warning: seeking would fail.
// Files are checked on disk.
class AddressChecker : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxConcurrent = 4;

    explicit AddressChecker(NetworkAccess *access, QObject *parent = nullptr);
    ~AddressChecker() override;

    // Checks each distinct address once; finished() follows, also for none.
    void check(const QList<CatalogAddress> &addresses);
    bool isChecking() const { return !m_pending.isEmpty() || !m_running.isEmpty(); }

Q_SIGNALS:
    // The problems in the order of the addresses given.
    void finished(const fa::CatalogProblems &problems);

private:
    struct Answer
    {
        QString error;       // empty when the address answered
        bool ranges = false; // Accept-Ranges: bytes
    };

    void startNext();
    void send(const QUrl &url, bool head);
    void onFinished(QNetworkReply *reply, const QUrl &url, bool head);
    void finish();

    NetworkAccess *const m_access;
    QList<CatalogAddress> m_addresses;
    QList<QUrl> m_pending;
    QList<QNetworkReply *> m_running;
    QHash<QUrl, Answer> m_answers;
};

} // namespace fa
