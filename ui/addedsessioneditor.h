#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fa {

class ChapterOverlay;

// Edits a session the user added from a chapter: its title in each language of
// the event and its pillars (so the pillar filter finds it), or removes it.
// Shown by the Chapter Editing panel while such a session is selected.
class AddedSessionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AddedSessionEditor(ChapterOverlay *overlay, QWidget *parent = nullptr);

    // Any session id; the editor has something to edit only for added sessions.
    void setSession(const QString &sessionId);
    QString session() const { return m_sessionId; }
    bool isEditing() const;
    // The language pillar titles are shown in.
    void setLanguage(const QString &language);

    // Applies the fields as one undoable step.
    void save();

Q_SIGNALS:
    // The user removed the session: whoever selected it should select another.
    void sessionRemoved(const QString &sessionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildFields();
    void load();
    void remove();

    ChapterOverlay *const m_overlay;
    QString m_sessionId;
    QString m_language;
    QString m_fieldsFor; // catalog id the language fields were built for
    QLabel *const m_heading;
    QWidget *const m_titles;
    QHash<QString, QLineEdit *> m_titleEdits; // language -> field
    QHash<QString, QLabel *> m_titleLabels;
    QLabel *const m_pillarsLabel;
    QListWidget *const m_pillars;
    QPushButton *const m_save;
    QPushButton *const m_remove;
};

} // namespace fa
