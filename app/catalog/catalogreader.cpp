#include "catalogreader.h"

#include "catalogparser.h"
#include "jsonprecheck.h"
#include "largebuffer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace fa {

namespace {
CatalogLoadResult failure(const QString &where, const QString &message)
{
    CatalogLoadResult result;
    result.problems.append({CatalogProblem::Severity::Error, where, message});
    return result;
}

CatalogProblems filtered(const CatalogProblems &all, bool errors)
{
    CatalogProblems out;
    for (const CatalogProblem &p : all) {
        if (p.isError() == errors)
            out.append(p);
    }
    return out;
}
} // namespace

CatalogProblems CatalogLoadResult::errors() const
{
    return filtered(problems, true);
}

CatalogProblems CatalogLoadResult::warnings() const
{
    return filtered(problems, false);
}

CatalogLoadResult CatalogReader::readPath(const QString &path)
{
    QFileInfo info(path);
    QString filePath = path;
    if (info.isDir()) {
        filePath = QDir(path).filePath(QStringLiteral("catalog.json"));
        info = QFileInfo(filePath);
        if (!info.exists())
            return failure(path, tr("this folder has no catalog.json"));
    }
    if (!info.exists())
        return failure(path, tr("no such file"));
    if (!info.isFile())
        return failure(path, tr("not a regular file"));
    if (info.size() > maxFileSize)
        return failure(path, tr("the file is %1 MiB, more than the limit of %2 MiB")
                                 .arg(info.size() / (1024 * 1024))
                                 .arg(maxFileSize / (1024 * 1024)));

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, tr("cannot read the file: %1").arg(file.errorString()));
    // One byte more than the size guards against files that grow between the
    // check and the read.
    const qint64 room = std::min<qint64>(info.size(), maxFileSize) + 1;
    LargeBuffer buffer(static_cast<std::size_t>(room));
    if (buffer.isNull())
        return failure(path, tr("not enough memory to read the file"));
    qint64 size = 0;
    while (size < room) {
        const qint64 got = file.read(buffer.data() + size, room - size);
        if (got < 0)
            return failure(path, tr("cannot read the file: %1").arg(file.errorString()));
        if (got == 0)
            break;
        size += got;
    }
    if (size > maxFileSize)
        return failure(
            path,
            tr("the file is larger than the limit of %1 MiB").arg(maxFileSize / (1024 * 1024)));
    if (size == room)
        return failure(path, tr("the file changed while it was read"));
    // Not copied: the buffer outlives the read, and nothing keeps the bytes.
    const QByteArray data = QByteArray::fromRawData(buffer.data(), static_cast<qsizetype>(size));

    CatalogReadOptions options;
    options.origin = path;
    const bool resource = filePath.startsWith(u':');
    options.baseDir =
        resource ? QFileInfo(filePath).path() : QFileInfo(filePath).absoluteDir().canonicalPath();
    return readData(data, options);
}

CatalogLoadResult CatalogReader::readData(const QByteArray &data, const CatalogReadOptions &options)
{
    CatalogLoadResult result;
    if (data.size() > maxFileSize)
        return failure(
            QString(),
            tr("the catalog is larger than the limit of %1 MiB").arg(maxFileSize / (1024 * 1024)));
    const auto document = parseJsonTree(data, result.problems);
    if (!document)
        return result;

    // Closing a large catalog frees tens of megabytes in small blocks, which
    // glibc keeps resident unless asked: the last owner asks.
    std::shared_ptr<Catalog> catalog(new Catalog, [](Catalog *closing) {
        const bool large = closing->sessions.size() >= largeCatalogSessions;
        delete closing;
        if (large)
            returnFreedMemory();
    });
    catalog->baseDir = options.baseDir;
    catalog->origin = options.origin;
    catalog->remote = options.remote;
    catalog->baseUrl = options.baseUrl;

    CatalogParser parser(*catalog, result.problems);
    parser.parse(document->root().toObject());
    if (!hasErrors(result.problems))
        result.catalog = std::move(catalog);
    return result;
}

} // namespace fa
