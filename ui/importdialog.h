#pragma once

#include "catalog.h"
#include "chapterimport.h"
#include "chaptermatcher.h"
#include "importreport.h"
#include "scheduleimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fa {

class ChapterImportBox;

// What the user accepted in the import dialog.
struct ImportDialogResult
{
    enum class Kind { None, Catalog, Chapters };
    Kind kind = Kind::None;
    ImportFormat format = ImportFormat::Unknown;
    QString inputFile;
    ImportReport report;

    // Kind::Catalog: the imported schedule, validated as CatalogReader reads it;
    // its origin is the input file.
    CatalogPtr catalog;

    // Kind::Chapters: what the import does to a recording of the current catalog
    // (pass chapterImport to ChapterOverlay::applyImport). The other fields repeat
    // parts of it. inputFile is empty when the chapters were pasted.
    ChapterImportPreview chapterImport;
    bool addSessions = false;
    QString recordingId;
    QList<ImportedChapter> chapters;
    ChapterMatchResult match;
};

// File → Import Schedule or Chapters…: choose a file (or paste chapters), check
// or override the detected format, choose the recording chapters belong to and
// whether unmatched chapters become sessions, and read the preview before
// anything opens or changes.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // current: the catalog chapters attach to; may be null (schedules only).
    explicit ImportDialog(CatalogPtr current, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Valid once the dialog was accepted (named so as not to hide QDialog::result()).
    const ImportDialogResult &importResult() const { return m_result; }

    void setInputFile(const QString &path);
    QString inputFile() const;
    ImportFormat format() const;
    void setFormat(ImportFormat format);
    QString recordingId() const;
    void setRecordingId(const QString &id);
    // Chapters typed or pasted instead of a file; used while the file field is empty.
    void setPastedText(const QString &text);
    QString pastedText() const;
    void setAddSessions(bool add);
    bool addSessions() const;
    // Only chapter formats, for importing chapters into the current catalog.
    void restrictToChapters();
    // The language day titles are shown in (default: the application's locale).
    void setLanguage(const QString &language);
    // Imports without opening anything; true when the result can be accepted.
    bool preview();
    bool isReady() const { return m_ready; }
    QString summaryText() const;

    static QString formatTitle(ImportFormat format);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseFile();
    void loadFile();
    void invalidate();
    void updateFormatRows();
    bool previewSchedule();
    bool previewChapters();
    void showErrors(const QString &heading, const QList<ImportMessage> &errors);

    CatalogPtr m_current;
    QLabel *const m_intro;
    QLabel *const m_fileLabel;
    QLineEdit *const m_path;
    QPushButton *const m_choose;
    QLabel *const m_formatLabel;
    QComboBox *const m_format;
    QLabel *const m_detected;
    ChapterImportBox *const m_chapters;
    QPushButton *const m_previewButton;
    QLabel *const m_summaryLabel;
    QPlainTextEdit *const m_summary;
    QDialogButtonBox *const m_buttons;
    QPushButton *const m_accept;

    QString m_loadedPath;
    QByteArray m_data;
    ImportFormat m_detectedFormat = ImportFormat::Unknown;
    QList<ImportMessage> m_readErrors;
    bool m_ready = false;
    ImportDialogResult m_pending;
    ImportDialogResult m_result;
};

} // namespace fa
