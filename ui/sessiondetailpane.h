#pragma once

#include "catalog.h"
#include "sessionpresenter.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QImage;
class QTimer;

namespace fa {

class PhotoCache;
class UserDataStore;

// The selected session: title, times, pillars, speakers, summary, materials,
// recordings and the user's note. Texts from the catalog are shown as plain
// text; addresses in them become links that open only when clicked, only http(s).
class SessionDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit SessionDetailPane(UserDataStore *userData, QWidget *parent = nullptr);

    void showSession(CatalogPtr catalog, const QString &sessionId, const QString &language);
    // Speaker photos from addresses come through the cache; without one only
    // local photos and initials show.
    void setPhotoCache(PhotoCache *photos);
    // The picture shown for the speaker at index i of view().speakers.
    QImage speakerImage(int i);
    QString sessionId() const { return m_sessionId; }
    const SessionView &view() const { return m_view; }
    void focusNote();

Q_SIGNALS:
    // The session in one of its recordings, as the planner lists them.
    void playRequested(const QString &sessionId, const QString &recordingId);
    void materialRequested(const QString &location, bool isLocal, const QString &title,
                           const QByteArray &sha256);
    void favouriteToggled(const QString &sessionId);
    // An http(s) address from a catalog text was clicked; the receiver opens it.
    void linkActivated(const QUrl &url);
    void linkHovered(const QString &address);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void saveNote();
    void onAnchor(const QUrl &url);
    void retranslateUi();

    UserDataStore *const m_userData;
    QTextBrowser *const m_browser;
    QLabel *const m_noteLabel;
    QPlainTextEdit *const m_note;
    QPushButton *const m_playButton;
    QPushButton *const m_favouriteButton;
    QTimer *const m_noteTimer;
    CatalogPtr m_catalog;
    QString m_sessionId;
    QString m_language = QStringLiteral("en");
    SessionView m_view;
    PhotoCache *m_photos = nullptr;
};

} // namespace fa
