#include "subtitleselection.h"

#include "languagenames.h"
#include "playercontroller.h"
#include "subtitles/subtitleloader.h"
#include "userdatastore.h"
#include "webaddress.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>

namespace fa {

namespace {
const QString choiceKey = QStringLiteral("player/subtitles");
const QString scaleKey = QStringLiteral("player/subtitleScale");
const QString offChoice = QStringLiteral("off");

// "fr-CA" and "fr" are the same language to a person choosing subtitles.
QString primary(const QString &language)
{
    return language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}
} // namespace

SubtitleSelection::SubtitleSelection(PlayerController *player, SubtitleLoader *loader,
                                     UserDataStore *store, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_loader(loader)
    , m_store(store)
    , m_settings(settings)
{
    if (m_settings) {
        const double scale = m_settings->value(scaleKey, 1.0).toDouble();
        m_textScale = textScales().contains(scale) ? scale : 1.0;
    }
    connect(m_player, &PlayerController::recordingChanged, this, &SubtitleSelection::rebuild);
    connect(m_loader, &SubtitleLoader::finished, this, &SubtitleSelection::onLoaded);
}

SubtitleSelection::~SubtitleSelection() = default;

QList<qreal> SubtitleSelection::textScales()
{
    return {0.75, 1.0, 1.25, 1.5, 2.0};
}

void SubtitleSelection::setTextScale(qreal scale)
{
    if (!textScales().contains(scale) || qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    if (m_settings)
        m_settings->setValue(scaleKey, scale);
    Q_EMIT textScaleChanged(scale);
}

QString SubtitleSelection::label(int index) const
{
    if (index < 0 || index >= m_tracks.size())
        return tr("Off");
    const SubtitleFile &file = m_tracks[index].file;
    QString name = LanguageNames::name(file.language);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    if (file.kind == SubtitleFile::Kind::Captions)
        //: Subtitles that also describe sounds, e.g. "English (captions)"
        name = tr("%1 (captions)").arg(name);
    if (file.machine)
        //: Subtitles made by speech recognition or machine translation
        name = tr("%1 (automatic)").arg(name);
    return name;
}

void SubtitleSelection::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    // Labels follow the language; an automatic choice may too.
    const int wanted = defaultChoice();
    Q_EMIT tracksChanged();
    if (wanted != m_current)
        show(wanted);
}

void SubtitleSelection::rebuild()
{
    const CatalogPtr catalog = m_player->catalog();
    const Recording *recording = catalog ? catalog->recording(m_player->recordingId()) : nullptr;
    QList<SubtitleTrack> tracks;
    if (recording) {
        for (const SubtitleFile &file : recording->subtitles) {
            const QUrl url = catalog->address(file.path, file.url);
            if (url.isLocalFile() ? !url.toLocalFile().isEmpty() : isWebAddress(url))
                tracks.append({file, url, false});
        }
        for (const SubtitleFile &file : m_player->mediaSubtitles()) {
            if (isWebAddress(file.url))
                tracks.append({file, file.url, false});
        }
        if (m_store) {
            const QJsonArray linked =
                m_store->section(catalog->event.id, QLatin1String(userSection))
                    .value(recording->id)
                    .toArray();
            for (const QJsonValue &entry : linked) {
                SubtitleFile file;
                file.language = entry.toObject().value(u"language").toString();
                file.path = entry.toObject().value(u"path").toString();
                if (!file.language.isEmpty() && QFileInfo(file.path).isAbsolute())
                    tracks.append({file, QUrl::fromLocalFile(file.path), true});
            }
        }
    }
    const bool sameRecording = recording && recording->id == m_recordingId;
    m_recordingId = recording ? recording->id : QString();
    m_tracks = tracks;
    // The same recording keeps what shows when that file is still offered.
    const QUrl showing = m_current >= 0 && sameRecording ? m_wanted : QUrl();
    int keep = -1;
    for (int i = 0; i < m_tracks.size() && !showing.isEmpty(); ++i) {
        if (m_tracks[i].url == showing)
            keep = i;
    }
    m_current = -2; // force show()
    Q_EMIT tracksChanged();
    show(keep >= 0 ? keep : defaultChoice());
}

int SubtitleSelection::defaultChoice() const
{
    const QString remembered = m_settings ? m_settings->value(choiceKey).toString() : QString();
    if (remembered == offChoice)
        return -1;
    const auto find = [this](const QString &language) {
        // People's subtitles before machines'.
        int machine = -1;
        for (int i = 0; i < m_tracks.size(); ++i) {
            if (primary(m_tracks[i].file.language) != primary(language))
                continue;
            if (!m_tracks[i].file.machine)
                return i;
            if (machine < 0)
                machine = i;
        }
        return machine;
    };
    if (!remembered.isEmpty()) {
        if (const int chosen = find(remembered); chosen >= 0)
            return chosen;
    }
    const CatalogPtr catalog = m_player->catalog();
    const Recording *recording = catalog ? catalog->recording(m_player->recordingId()) : nullptr;
    if (!recording || primary(recording->language) == primary(m_language))
        return -1;
    return find(m_language);
}

void SubtitleSelection::choose(int index)
{
    if (index < -1 || index >= m_tracks.size())
        return;
    if (m_settings)
        m_settings->setValue(choiceKey, index < 0 ? offChoice : m_tracks[index].file.language);
    show(index);
}

bool SubtitleSelection::linkFile(const QString &path, const QString &language)
{
    const CatalogPtr catalog = m_player->catalog();
    if (!m_store || !catalog || m_recordingId.isEmpty() || language.isEmpty())
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QJsonObject section = m_store->section(catalog->event.id, QLatin1String(userSection));
    QJsonArray linked = section.value(m_recordingId).toArray();
    linked.append(
        QJsonObject{{QStringLiteral("language"), language}, {QStringLiteral("path"), absolute}});
    section.insert(m_recordingId, linked);
    m_store->setSection(catalog->event.id, QLatin1String(userSection), section);
    rebuild();
    for (int i = 0; i < m_tracks.size(); ++i) {
        if (m_tracks[i].linked && m_tracks[i].url == QUrl::fromLocalFile(absolute))
            choose(i);
    }
    return true;
}

void SubtitleSelection::show(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    m_document.reset();
    m_wanted = index >= 0 ? m_tracks[index].url : QUrl();
    Q_EMIT tracksChanged();
    Q_EMIT documentChanged();
    if (index >= 0)
        m_loader->load(m_wanted);
}

void SubtitleSelection::onLoaded(const SubtitleLoadResult &result)
{
    if (result.source != m_wanted)
        return; // a file no longer wanted
    if (!result.ok()) {
        const QString error = result.error;
        Q_EMIT problem(LiveText([error] { return error; }));
        return;
    }
    m_document = result.document;
    Q_EMIT documentChanged();
    if (!result.warnings.isEmpty()) {
        const QString warnings = result.warnings;
        Q_EMIT problem(LiveText([warnings] { return warnings; }));
    }
}

} // namespace fa
