#include "chaptereditsjson.h"

#include "chapterlist.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
std::optional<Milliseconds> offsetFrom(const QJsonValue &value)
{
    const double ms = value.toDouble(-1);
    if (!value.isDouble() || ms < 0 || ms >= 1e12)
        return std::nullopt;
    return Milliseconds(ms);
}

bool isId(const QString &id)
{
    return !id.isEmpty() && id.size() <= ChapterEditsJson::maxId;
}

bool isText(const QJsonValue &value)
{
    return value.isString() && value.toString().size() <= ChapterEditsJson::maxText;
}

ChapterOffsets offsetsFrom(const QJsonObject &sessions)
{
    ChapterOffsets offsets;
    for (auto s = sessions.constBegin(); s != sessions.constEnd(); ++s) {
        const auto at = offsetFrom(s.value());
        if (at && isId(s.key()))
            offsets.insert(s.key(), *at);
    }
    return offsets;
}

QList<StoredChapter> chaptersFrom(const QJsonArray &array)
{
    QList<StoredChapter> chapters;
    for (const QJsonValue &value : array) {
        if (chapters.size() == ChapterList::maxChapters)
            break;
        const QJsonObject o = value.toObject();
        const auto at = offsetFrom(o.value(u"at"));
        const QJsonValue session = o.value(u"session");
        if (!at || !isText(o.value(u"title"))
            || !(session.isUndefined() || (session.isString() && isId(session.toString()))))
            continue;
        chapters.append({*at, o.value(u"title").toString(), session.toString()});
    }
    return chapters;
}

std::optional<AddedSession> addedFrom(const QJsonObject &o)
{
    static const QRegularExpression languageCode(
        QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$"));
    AddedSession added;
    added.id = o.value(u"id").toString();
    added.recordingId = o.value(u"recording").toString();
    const auto at = offsetFrom(o.value(u"at"));
    if (!added.id.startsWith(u"added-") || !isId(added.id) || !isId(added.recordingId) || !at)
        return std::nullopt;
    added.at = *at;
    const QJsonObject title = o.value(u"title").toObject();
    int languages = 0;
    for (auto t = title.constBegin(); t != title.constEnd() && languages < 16; ++t) {
        if (languageCode.match(t.key()).hasMatch() && isText(t.value()) && ++languages)
            added.title.set(t.key(), t.value().toString().simplified());
    }
    if (added.title.isEmpty())
        return std::nullopt; // a session needs a title
    for (const QJsonValue &pillar : o.value(u"pillars").toArray()) {
        if (added.pillarIds.size() < 64 && pillar.isString() && isId(pillar.toString())
            && !added.pillarIds.contains(pillar.toString()))
            added.pillarIds.append(pillar.toString());
    }
    return added;
}
} // namespace

QJsonObject ChapterEditsJson::toJson(const ChapterEdits &edits)
{
    QJsonObject offsets;
    for (auto rec = edits.offsets.cbegin(); rec != edits.offsets.cend(); ++rec) {
        QJsonObject sessions;
        for (auto s = rec->cbegin(); s != rec->cend(); ++s)
            sessions.insert(s.key(), double(s.value()));
        offsets.insert(rec.key(), sessions);
    }
    QJsonObject chapters;
    for (auto rec = edits.chapters.cbegin(); rec != edits.chapters.cend(); ++rec) {
        QJsonArray list;
        for (const StoredChapter &c : *rec) {
            QJsonObject o{{u"at"_s, double(c.at)}, {u"title"_s, c.title}};
            if (!c.sessionId.isEmpty())
                o.insert(u"session", c.sessionId);
            list.append(o);
        }
        chapters.insert(rec.key(), list);
    }
    QJsonArray added;
    for (const AddedSession &a : edits.added) {
        QJsonObject title;
        for (const LocalizedText::Entry entry : a.title)
            title.insert(QString::fromLatin1(entry.language), QString::fromUtf8(entry.utf8));
        added.append(QJsonObject{{u"id"_s, a.id},
                                 {u"recording"_s, a.recordingId},
                                 {u"at"_s, double(a.at)},
                                 {u"title"_s, title},
                                 {u"pillars"_s, QJsonArray::fromStringList(a.pillarIds)}});
    }
    return QJsonObject{{u"version"_s, version},
                       {u"offsets"_s, offsets},
                       {u"chapters"_s, chapters},
                       {u"added"_s, added}};
}

ChapterEdits ChapterEditsJson::fromJson(const QJsonObject &json)
{
    ChapterEdits edits;
    const bool versioned = json.value(u"version").isDouble();
    // Version 1 stored the offsets object alone; a later version keeps what it shares.
    const QJsonObject offsets = versioned ? json.value(u"offsets").toObject() : json;
    for (auto rec = offsets.constBegin();
         rec != offsets.constEnd() && edits.offsets.size() < maxRecordings; ++rec) {
        const ChapterOffsets sessions = offsetsFrom(rec.value().toObject());
        if (!sessions.isEmpty() && isId(rec.key()))
            edits.offsets.insert(rec.key(), sessions);
    }
    if (!versioned)
        return edits;
    const QJsonObject chapters = json.value(u"chapters").toObject();
    for (auto rec = chapters.constBegin();
         rec != chapters.constEnd() && edits.chapters.size() < maxRecordings; ++rec) {
        const QList<StoredChapter> list = chaptersFrom(rec.value().toArray());
        if (!list.isEmpty() && isId(rec.key()))
            edits.chapters.insert(rec.key(), list);
    }
    for (const QJsonValue &value : json.value(u"added").toArray()) {
        if (edits.added.size() == maxAdded)
            break;
        const auto added = addedFrom(value.toObject());
        if (added && !edits.addedSession(added->id))
            edits.added.append(*added);
    }
    return edits;
}

} // namespace fa
