#pragma once

#include "httptestserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace fa::test {

// The tcc24 fixture (tests/fixtures/mediaccc, written by make-fixtures.py):
// 30 events, a list of conferences and a frab schedule.
struct MediaCccFixture
{
    static constexpr auto acronym = "tcc24";
    static constexpr int events = 30;
    static constexpr int eventsWithRecordings = 27;
    static constexpr int recordings = 42;

    static QString dir() { return QStringLiteral(FA_FIXTURES_DIR "/mediaccc"); }

    static QByteArray read(const QString &name)
    {
        QFile file(QDir(dir()).filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString guid(int n)
    {
        return QStringLiteral("a0c0ffee-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    }

    // A fixture with the server's addresses in place of @BASE@ and @SERVER@
    // (without a server: a closed local port).
    static QByteArray served(const QString &name, const HttpTestServer *server = nullptr)
    {
        QByteArray data = read(name);
        QByteArray root = server ? server->url(QStringLiteral("/")).toEncoded()
                                 : QByteArray("http://127.0.0.1:9/");
        data.replace("@BASE@", QByteArray(root + "public/"));
        root.chop(1);
        data.replace("@SERVER@", root);
        return data;
    }

    static QStringList eventFiles()
    {
        return QDir(dir() + QStringLiteral("/events"))
            .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    }

    // Every answer of the fixture, with ETags so that repeated requests revalidate.
    static void serve(HttpTestServer &server)
    {
        server.addData(QStringLiteral("/public/conferences"),
                       served(QStringLiteral("conferences.json"), &server), "application/json",
                       "\"list-1\"");
        server.addData(QStringLiteral("/public/conferences/tcc24"),
                       served(QStringLiteral("conference-tcc24.json"), &server), "application/json",
                       "\"conference-1\"");
        server.addData(QStringLiteral("/schedule-tcc24.xml"),
                       served(QStringLiteral("schedule-tcc24.xml"), &server), "application/xml", {},
                       "Mon, 30 Dec 2024 12:00:00 GMT");
        for (const QString &file : eventFiles()) {
            const QString guid = QFileInfo(file).completeBaseName();
            server.addData(QStringLiteral("/public/events/") + guid,
                           served(QStringLiteral("events/") + file, &server), "application/json",
                           "\"" + guid.toLatin1() + "\"");
        }
    }

    static QString eventPath(int n) { return QStringLiteral("/public/events/") + guid(n); }
};

} // namespace fa::test
