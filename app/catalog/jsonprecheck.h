#pragma once

#include "catalogproblem.h"
#include "jsontree.h"

#include <QByteArray>
#include <QJsonDocument>

#include <optional>

namespace fa {

constexpr int maxJsonDepth = 32;

// Parses JSON text after checking what QJsonDocument does not report well:
// emptiness, nesting depth, and the line and column of syntax errors. The
// document must be an object. For imported schedules.
std::optional<QJsonDocument> parseJsonChecked(const QByteArray &data, CatalogProblems &problems);

// The same checks and reports for catalogs, into the compact tree, which
// checks nesting itself.
std::optional<json::Document> parseJsonTree(const QByteArray &data, CatalogProblems &problems);

// 1-based "line:column" of a byte offset in UTF-8 text.
QString lineColumnAt(const QByteArray &data, qsizetype offset);

} // namespace fa
