#include "gstreamerplugins.h"

#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fa {

namespace {

QStringList splitPath(const QString &value)
{
    return value.split(QDir::listSeparator(), Qt::SkipEmptyParts);
}

QString firstSet(const QProcessEnvironment &environment, const QString &preferred,
                 const QString &fallback)
{
    return environment.contains(preferred) ? environment.value(preferred)
                                           : environment.value(fallback);
}

// Where GStreamer was installed: the build machine's multiarch folder first,
// then the usual places of other distributions.
QStringList installedPluginFolders()
{
    QStringList folders;
#ifdef FA_GSTREAMER_MULTIARCH_PLUGIN_DIR
    folders << QStringLiteral(FA_GSTREAMER_MULTIARCH_PLUGIN_DIR);
#endif
    folders << u"/usr/lib64/gstreamer-1.0"_s << u"/usr/lib/gstreamer-1.0"_s
            << u"/usr/local/lib/gstreamer-1.0"_s;
    return folders;
}

} // namespace

QStringList GStreamerPlugins::searchFolders(const QProcessEnvironment &environment)
{
    QStringList folders =
        splitPath(firstSet(environment, u"GST_PLUGIN_PATH_1_0"_s, u"GST_PLUGIN_PATH"_s));
    const QString system =
        firstSet(environment, u"GST_PLUGIN_SYSTEM_PATH_1_0"_s, u"GST_PLUGIN_SYSTEM_PATH"_s);
    if (environment.contains(u"GST_PLUGIN_SYSTEM_PATH_1_0"_s)
        || environment.contains(u"GST_PLUGIN_SYSTEM_PATH"_s)) {
        folders << splitPath(system);
    } else {
        QString dataHome = environment.value(u"XDG_DATA_HOME"_s);
        if (dataHome.isEmpty() && environment.contains(u"HOME"_s))
            dataHome = environment.value(u"HOME"_s) + u"/.local/share"_s;
        if (!dataHome.isEmpty())
            folders << dataHome + u"/gstreamer-1.0/plugins"_s;
        folders << installedPluginFolders();
    }
    folders.removeDuplicates();
    return folders;
}

GStreamerPlugins GStreamerPlugins::detect()
{
    return inFolders(searchFolders(QProcessEnvironment::systemEnvironment()));
}

GStreamerPlugins GStreamerPlugins::inFolders(const QStringList &folders)
{
    GStreamerPlugins plugins;
    const QString prefix = u"libgst"_s;
    const QString suffix = u".so"_s;
    for (const QString &folder : folders) {
        const QStringList files =
            QDir(folder).entryList({prefix + u'*' + suffix}, QDir::Files | QDir::Readable);
        for (const QString &file : files)
            plugins.m_names.insert(
                file.mid(prefix.size(), file.size() - prefix.size() - suffix.size()));
    }
    return plugins;
}

GStreamerPlugins GStreamerPlugins::withNames(const QStringList &names)
{
    GStreamerPlugins plugins;
    plugins.m_names = QSet<QString>(names.begin(), names.end());
    return plugins;
}

QStringList GStreamerPlugins::names() const
{
    QStringList list(m_names.begin(), m_names.end());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace fa
