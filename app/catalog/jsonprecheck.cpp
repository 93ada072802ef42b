#include "jsonprecheck.h"

#include <QCoreApplication>
#include <QJsonParseError>

#include <algorithm>

namespace fa {

QString lineColumnAt(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = data.at(i);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++column; // count code points, not UTF-8 continuation bytes
        }
    }
    return QString::number(line) + u':' + QString::number(column);
}

namespace {
bool reportIfBlank(const QByteArray &data, CatalogProblems &problems)
{
    // Not data.trimmed(): that would copy a whole catalog.
    const bool blank = std::all_of(data.cbegin(), data.cend(), [](char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    });
    if (blank)
        problems.append({CatalogProblem::Severity::Error, QString(),
                         QCoreApplication::translate("fa::CatalogReader", "the file is empty")});
    return blank;
}

void reportMalformed(const QByteArray &data, qsizetype offset, const QString &message,
                     CatalogProblems &problems)
{
    problems.append(
        {CatalogProblem::Severity::Error, lineColumnAt(data, offset),
         QCoreApplication::translate("fa::CatalogReader", "malformed JSON: %1").arg(message)});
}

void reportNotObject(CatalogProblems &problems)
{
    problems.append(
        {CatalogProblem::Severity::Error, QString(),
         QCoreApplication::translate("fa::CatalogReader", "the document must be a JSON object")});
}
} // namespace

std::optional<QJsonDocument> parseJsonChecked(const QByteArray &data, CatalogProblems &problems)
{
    if (reportIfBlank(data, problems))
        return std::nullopt;

    // Depth first, so that hostile nesting never reaches the recursive parser.
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maxJsonDepth) {
                problems.append({CatalogProblem::Severity::Error, lineColumnAt(data, i),
                                 QCoreApplication::translate("fa::CatalogReader",
                                                             "JSON is nested deeper than %1 levels")
                                     .arg(maxJsonDepth)});
                return std::nullopt;
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }

    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        reportMalformed(data, error.offset, error.errorString(), problems);
        return std::nullopt;
    }
    if (!document.isObject()) {
        reportNotObject(problems);
        return std::nullopt;
    }
    return document;
}

std::optional<json::Document> parseJsonTree(const QByteArray &data, CatalogProblems &problems)
{
    if (reportIfBlank(data, problems))
        return std::nullopt;
    json::Document::Error error;
    auto document = json::Document::parse(data, maxJsonDepth, &error);
    if (!document) {
        if (error.kind == json::Document::Error::Kind::Syntax)
            reportMalformed(data, error.offset, error.message, problems);
        else
            problems.append(
                {CatalogProblem::Severity::Error, lineColumnAt(data, error.offset), error.message});
        return std::nullopt;
    }
    if (!document->root().isObject()) {
        reportNotObject(problems);
        return std::nullopt;
    }
    return document;
}

} // namespace fa
