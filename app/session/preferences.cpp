#include "preferences.h"

#include "mediaquality.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace fa {

namespace {
// The stored spelling of a quality; empty for one that is not known.
QString canonicalQuality(const QString &text)
{
    bool ok = false;
    const MediaQuality quality = MediaQuality::fromString(text, &ok);
    return ok ? quality.toString() : QString();
}
} // namespace

Preferences::Preferences(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_ytDlpPath(settings->value(ytDlpKey).toString().trimmed())
    , m_mediaQuality(defaultMediaQuality())
{
    const QVariant stored = settings->value(mediaQualityKey);
    const QString text = stored.toString();
    if (stored.isValid() && !text.trimmed().isEmpty()) {
        const QString quality = canonicalQuality(text);
        if (!quality.isEmpty()) {
            m_mediaQuality = quality;
        } else {
            //: %1: a key of the settings file, %2: its value, %3: the values allowed,
            //: %4: the value used instead
            m_warnings.append(tr("The setting %1 is “%2”, which is none of %3; %4 is used.")
                                  .arg(QString(mediaQualityKey), text,
                                       mediaQualities().join(u", "_s), m_mediaQuality));
        }
    }
}

void Preferences::setYtDlpPath(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed == m_ytDlpPath)
        return;
    m_ytDlpPath = trimmed;
    if (trimmed.isEmpty())
        m_settings->remove(ytDlpKey);
    else
        m_settings->setValue(ytDlpKey, trimmed);
    m_settings->sync();
    Q_EMIT ytDlpPathChanged(m_ytDlpPath);
}

bool Preferences::setMediaQuality(const QString &quality)
{
    const QString canonical = canonicalQuality(quality);
    if (canonical.isEmpty())
        return false;
    if (canonical == m_mediaQuality)
        return true;
    m_mediaQuality = canonical;
    m_settings->setValue(mediaQualityKey, canonical);
    m_settings->sync();
    Q_EMIT mediaQualityChanged(m_mediaQuality);
    return true;
}

QStringList Preferences::mediaQualities()
{
    QStringList values;
    for (const auto resolution : {MediaQuality::Resolution::HD, MediaQuality::Resolution::SD}) {
        for (const auto container : {MediaQuality::Container::WebM, MediaQuality::Container::MP4})
            values.append(MediaQuality{resolution, container}.toString());
    }
    return values;
}

QString Preferences::defaultMediaQuality()
{
    return MediaQuality().toString();
}

} // namespace fa
