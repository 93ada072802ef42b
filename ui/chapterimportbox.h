#pragma once

#include "catalog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace fa {

// The chapter part of the import dialog: the recording chapters go to, chapters
// pasted instead of a file, and whether unmatched chapters become sessions of
// the recording's day.
class ChapterImportBox : public QWidget
{
    Q_OBJECT

public:
    explicit ChapterImportBox(CatalogPtr catalog, QWidget *parent = nullptr);

    QString recordingId() const;
    void setRecordingId(const QString &id);
    QString pastedText() const;
    void setPastedText(const QString &text);
    // Checked and possible (a day recording is chosen).
    bool addSessions() const;
    void setAddSessions(bool add);
    // The rows only apply to chapter formats.
    void setChapterFormat(bool chapters);
    // The language day titles are shown in.
    void setLanguage(const QString &language);
    // "Day 1" in the box's language; empty when the recording records no day.
    QString dayTitle(const QString &recordingId) const;

    void retranslateUi();

Q_SIGNALS:
    // An input changed: a preview made before is stale.
    void changed();
    void pastedTextChanged(const QString &text);

private:
    void updateRows();

    const CatalogPtr m_catalog;
    QLabel *const m_recordingLabel;
    QComboBox *const m_recording;
    QLabel *const m_pasteLabel;
    QPlainTextEdit *const m_paste;
    QCheckBox *const m_addSessions;
    QString m_language;
    bool m_chapterFormat = false;
};

} // namespace fa
