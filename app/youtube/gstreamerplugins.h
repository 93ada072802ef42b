#pragma once

#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fa {

// Which GStreamer plugins are installed, by the names of their files
// ("libgsthls.so" is "hls"), so that only streams the player can decode are
// chosen. Qt 6.4's QMediaFormat does not list VP9, Opus, WebM or HLS, and
// asking GStreamer's registry would tie the core to GStreamer's library, so
// the folders GStreamer loads plugins from are looked at instead.
class GStreamerPlugins
{
public:
    // The plugins in the folders GStreamer searches in this environment.
    static GStreamerPlugins detect();
    static GStreamerPlugins inFolders(const QStringList &folders);
    // For tests: exactly these plugins.
    static GStreamerPlugins withNames(const QStringList &names);

    // GST_PLUGIN_PATH_1_0 (or GST_PLUGIN_PATH) adds folders; GST_PLUGIN_SYSTEM_PATH_1_0
    // (or GST_PLUGIN_SYSTEM_PATH) replaces the user's and the system's folders.
    static QStringList searchFolders(const QProcessEnvironment &environment);

    bool has(const QString &name) const { return m_names.contains(name); }
    QStringList names() const;

private:
    QSet<QString> m_names;
};

} // namespace fa
