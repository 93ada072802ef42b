#pragma once

#include "catalog.h"
#include "livetext.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QSettings;

namespace fa {

class PlayerController;
class SubtitleDocument;
class SubtitleLoader;
struct SubtitleLoadResult;
class UserDataStore;

// One subtitle file the player can show for the playing recording.
struct SubtitleTrack
{
    SubtitleFile file;
    QUrl url;            // file: or http(s)
    bool linked = false; // added by the user (Link Subtitles…)
};

// Which subtitles show over the playing recording. Offers the recording's
// subtitle files (from the catalog, from YouTube, linked by the user) and picks
// one: the user's last choice when the recording has it, else subtitles in
// the interface language when the recording is spoken in another, else none.
// Loads the chosen file on demand and says what went wrong with it; playback
// never stops for subtitles.
class SubtitleSelection : public QObject
{
    Q_OBJECT

public:
    static constexpr auto userSection = "subtitleLinks";

    // settings may be null: the choice and the size are then not remembered.
    SubtitleSelection(PlayerController *player, SubtitleLoader *loader, UserDataStore *store,
                      QSettings *settings, QObject *parent = nullptr);
    ~SubtitleSelection() override;

    QList<SubtitleTrack> tracks() const { return m_tracks; }
    int current() const { return m_current; } // -1: off
    // "French", "English (automatic)": in the interface language.
    QString label(int index) const;
    std::shared_ptr<const SubtitleDocument> document() const { return m_document; }

    // The user's choice (-1 for off), remembered for the next recordings.
    void choose(int index);
    // A local subtitle file for the playing recording, kept in the user's data.
    bool linkFile(const QString &path, const QString &language);
    void setLanguage(const QString &language);

    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);
    static QList<qreal> textScales();

Q_SIGNALS:
    void tracksChanged();   // tracks(), current(), labels
    void documentChanged(); // document(); null when none shows
    void problem(const fa::LiveText &message);
    void textScaleChanged(qreal scale);

private:
    void rebuild();
    int defaultChoice() const;
    void show(int index);
    void onLoaded(const SubtitleLoadResult &result);

    PlayerController *const m_player;
    SubtitleLoader *const m_loader;
    UserDataStore *const m_store;
    QSettings *const m_settings;
    QString m_language = QStringLiteral("en");
    QString m_recordingId;
    QList<SubtitleTrack> m_tracks;
    int m_current = -1;
    QUrl m_wanted; // the file being loaded for the current choice
    std::shared_ptr<const SubtitleDocument> m_document;
    qreal m_textScale = 1.0;
};

} // namespace fa
