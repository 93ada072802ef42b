#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace fa {

// One remark about the input: a line number for text formats, or a JSON path.
struct ImportMessage
{
    int line = 0;  // 1-based; 0 when unknown
    QString where; // JSON path or other location when there is no line
    QString message;

    QString toString() const;
};

// What an import produced and what it left behind; shown to the user before
// the result opens.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(fa::ImportReport)

public:
    QString format; // frab, schedule-json, youtube, webvtt
    int days = 0;
    int sessions = 0;
    int speakers = 0;
    int pillars = 0;
    int rooms = 0;
    int recordings = 0;
    int chapters = 0;
    QMap<QString, int> skipped; // element or field name -> how often
    QList<ImportMessage> warnings;
    QList<ImportMessage> errors; // any error means there is no result
    // Input lines left out as not being part of what was imported (the prose of a
    // video description around its chapter lines); the first maxIgnored are kept.
    QList<ImportMessage> ignored;
    int ignoredTotal = 0;
    static constexpr int maxIgnored = 100;

    bool ok() const { return errors.isEmpty(); }
    int skippedTotal() const;
    void warn(int line, const QString &message) { warnings.append({line, {}, message}); }
    void warnAt(const QString &where, const QString &message)
    {
        warnings.append({0, where, message});
    }
    void fail(int line, const QString &message) { errors.append({line, {}, message}); }
    void failAt(const QString &where, const QString &message)
    {
        errors.append({0, where, message});
    }
    void skip(const QString &name) { ++skipped[name]; }
    void ignore(int line, const QString &message)
    {
        if (++ignoredTotal <= maxIgnored)
            ignored.append({line, {}, message});
    }

    // Multi-line summary with counts, skipped elements and every warning.
    QString summary() const;
};

} // namespace fa
