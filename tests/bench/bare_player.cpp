// The floor for "launch to the chapter's frame on screen": the least a Qt 6.4
// program does to show a file's frame at an offset (QMediaPlayer + QVideoWidget,
// seek once the media is seekable, then play). bench_launch.sh runs it beside
// forum-archive on the same file and offset.
//
//   bare_player FILE OFFSET_MS [noaudio]
// noaudio: no QAudioOutput, to tell the audio sink's share of the wait.
#include <QApplication>
#include <QAudioOutput>
#include <QMediaPlayer>
#include <QUrl>
#include <QVideoWidget>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const qint64 offset = QByteArray(argv[2]).toLongLong();
    QVideoWidget video;
    video.resize(640, 360);
    QMediaPlayer player;
    QAudioOutput audio;
    audio.setMuted(true);
    if (argc < 4 || qstrcmp(argv[3], "noaudio") != 0)
        player.setAudioOutput(&audio);
    player.setVideoOutput(&video);
    QObject::connect(&player, &QMediaPlayer::seekableChanged, &player, [&](bool seekable) {
        if (!seekable)
            return;
        player.setPosition(offset);
        player.play();
    });
    player.setSource(QUrl::fromLocalFile(QString::fromLocal8Bit(argv[1])));
    video.show();
    return QApplication::exec();
}
