#pragma once

#include <QObject>
#include <QStringList>

class QSettings;

namespace fa {

// The user's choices made in File → Preferences, kept in the settings file
// under the keys earlier versions read, so existing files keep working.
// Values are read once; a value the app does not know falls back to the
// default and is reported in warnings(). Setters write at once and signal only
// a change.
class Preferences : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView ytDlpKey{"youtube/ytDlp"};
    static constexpr QLatin1StringView mediaQualityKey{"mediaccc/quality"};

    // settings: owned by the caller; must outlive this object.
    explicit Preferences(QSettings *settings, QObject *parent = nullptr);

    // Where yt-dlp is; empty: the yt-dlp found on PATH.
    QString ytDlpPath() const { return m_ytDlpPath; }
    void setYtDlpPath(const QString &path);

    // Which file of a media.ccc.de recording comes first: one of
    // mediaQualities(), "hd-webm" unless chosen.
    QString mediaQuality() const { return m_mediaQuality; }
    // False, and nothing changed, for a value not in mediaQualities().
    bool setMediaQuality(const QString &quality);
    static QStringList mediaQualities();
    static QString defaultMediaQuality();

    // What was wrong in the settings file when it was read, in the interface
    // language, each naming the key and the value.
    QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    void ytDlpPathChanged(const QString &path);
    void mediaQualityChanged(const QString &quality);

private:
    QSettings *const m_settings;
    QString m_ytDlpPath;
    QString m_mediaQuality;
    QStringList m_warnings;
};

} // namespace fa
