#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fa {

class Preferences;

// File → Preferences…: where yt-dlp is, with a live answer to whether it is
// found there, and which media.ccc.de files come first. OK writes the choices
// through Preferences; Cancel leaves them as they were.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // preferences: owned by the caller.
    explicit PreferencesDialog(Preferences *preferences, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillQualities();
    void showProgramStatus();
    void chooseProgram();
    void apply();

    Preferences *const m_preferences;
    QLabel *const m_programLabel;
    QLineEdit *const m_program;
    QPushButton *const m_browse;
    QLabel *const m_programStatus;
    QLabel *const m_qualityLabel;
    QComboBox *const m_quality;
    QDialogButtonBox *const m_buttons;
};

} // namespace fa
