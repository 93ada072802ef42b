// Child process for the hardening tests: work that must survive being killed,
// or that needs its own resource limits and a fresh peak-RSS count.
#include "catalog/catalogreader.h"
#include "userdata/userdatastore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
const QString catalogId = u"hardening"_s;

// Every value carries the generation, so a torn or mixed write is visible.
QJsonObject payload(int generation, int items)
{
    QJsonObject o;
    o.insert(u"generation"_s, generation);
    const QString filler = QString(200, u'x');
    for (int i = 0; i < items; ++i)
        o.insert(u"item%1"_s.arg(i, 5, 10, QLatin1Char('0')),
                 u"g%1-%2"_s.arg(generation).arg(filler));
    return o;
}

// write DIR ITEMS: rewrites the payload section forever, one generation per save,
// printing each generation once it is on disk.
int writeLoop(const QString &dir, int items)
{
    fa::UserDataStore store(dir);
    int generation = store.section(catalogId, u"payload"_s).value(u"generation"_s).toInt();
    if (store.note(catalogId, u"keep"_s).isEmpty())
        store.setNote(catalogId, u"keep"_s, u"saved before any kill"_s);
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        ++generation;
        store.setSection(catalogId, u"payload"_s, payload(generation, items));
        if (!store.lastError().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
            return 1;
        }
        std::printf("saved %d\n", generation);
        std::fflush(stdout);
    }
}

// full DIR BYTES: the disk "fills up" at BYTES per file; try to save a large note.
int fullDisk(const QString &dir, qint64 bytes)
{
    std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a dead process
    const rlimit limit{static_cast<rlim_t>(bytes), static_cast<rlim_t>(bytes)};
    setrlimit(RLIMIT_FSIZE, &limit);
    fa::UserDataStore store(dir);
    QString message;
    QObject::connect(&store, &fa::UserDataStore::problem, [&](const QString &m) { message = m; });
    std::printf("kept %s\n", qPrintable(store.note(catalogId, u"keep"_s)));
    store.setNote(catalogId, u"big"_s, QString(static_cast<qsizetype>(bytes) * 2, u'n'));
    std::printf("memory %lld\n", static_cast<long long>(store.note(catalogId, u"big"_s).size()));
    std::printf("problem %s\n", qPrintable(message));
    return store.lastError().isEmpty() ? 1 : 0;
}

// load PATH: reads a catalog, prints the outcome, peak RSS in KiB and time in ms.
int load(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const fa::CatalogLoadResult result = fa::CatalogReader::readPath(path);
    const qint64 ms = timer.elapsed();
    // VmHWM, unlike ru_maxrss, starts afresh at exec and so is this load's own peak.
    long peakKib = 0;
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peakKib = line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    if (result.ok())
        std::printf("ok sessions=%lld\n", static_cast<long long>(result.catalog->sessions.size()));
    else
        std::printf("refused %s: %s\n", qPrintable(result.errors().constFirst().where),
                    qPrintable(result.errors().constFirst().message));
    std::printf("rss_kib %ld\nms %lld\n", peakKib, static_cast<long long>(ms));
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == u"write")
        return writeLoop(args[2], args[3].toInt());
    if (args.size() == 4 && args[1] == u"full")
        return fullDisk(args[2], args[3].toLongLong());
    if (args.size() == 3 && args[1] == u"load")
        return load(args[2]);
    std::fprintf(stderr, "usage: %s write DIR ITEMS | full DIR BYTES | load PATH\n", argv[0]);
    return 2;
}
