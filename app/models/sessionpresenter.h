#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

namespace fa {

// Display-ready facts about one session in one language: what the detail pane
// shows, computed here so that it can be tested without a window.
struct SessionView
{
    struct Text
    {
        QString text;
        QString fallbackNote; // "(English)" when shown in another language than chosen
    };
    struct Pillar
    {
        QString id;
        QString title;
        QString color;
        QString icon;
    };
    struct Person
    {
        QString id;
        QString name;
        Text role;
        Text organization;
        Text bio;
        Text sessionRole;
        QString photo; // http(s) address or absolute file path; empty when none
    };
    struct Material
    {
        Text title;
        QString language;
        QString sizeText;
        // A file of a local catalog's folder, or an http(s) address (also a
        // path beside a remote catalog's address, resolved).
        QString location;
        bool isLocal = false; // location is a file

        QByteArray sha256;
    };
    struct Recording
    {
        QString recordingId;
        QString language;
        qint64 offset = 0;
        QString label;          // the planner's: "English — Day 1 recording from 1:02:30"
        bool hasSource = false; // in the catalog or linked by the user
    };

    QString id;
    Text title;
    QString whenEvent; // day and time in the event's time zone
    QString whenLocal; // the same moment in the user's zone, empty when equal
    QString duration;
    QList<Pillar> pillars;
    QList<Person> speakers;
    Text summary;
    Text note;
    QList<Material> materials;
    QList<Recording> recordings;
    QString recordingGap; // why nothing can be played, empty when something can
};

class SessionPresenter
{
    Q_DECLARE_TR_FUNCTIONS(fa::SessionPresenter)

public:
    // The address or file the user linked to a recording without a source;
    // empty when none.
    using RecordingLinks =
        std::function<QString(const QString &catalogId, const QString &recordingId)>;

    static SessionView present(const Catalog &catalog, const QString &sessionId,
                               const QString &language, const RecordingLinks &links = {},
                               const QTimeZone &localZone = QTimeZone::systemTimeZone());
    static SessionView::Text text(const Catalog &catalog, const LocalizedText &t,
                                  const QString &language);
    // "Tuesday, April 26, 2022" in the language's own convention.
    static QString longDate(const QDate &date, const QString &language);
    static QString sizeText(qint64 bytes, const QString &language);
};

} // namespace fa
