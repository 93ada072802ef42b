#include "importdialog.h"
#include "textsize.h"

#include "catalogreader.h"
#include "catalogwriter.h"
#include "chapterimportbox.h"
#include "chapterlist.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fa {

namespace {
// A busy cursor while a (possibly large) file is read and imported.
struct BusyCursor
{
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

constexpr ImportFormat formats[] = {ImportFormat::Frab, ImportFormat::ScheduleJson,
                                    ImportFormat::YouTube, ImportFormat::WebVtt};
} // namespace

ImportDialog::ImportDialog(CatalogPtr current, QWidget *parent)
    : QDialog(parent)
    , m_current(std::move(current))
    , m_intro(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(this))
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_chapters(new ChapterImportBox(m_current, this))
    , m_previewButton(new QPushButton(this))
    , m_summaryLabel(new QLabel(this))
    , m_summary(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_accept(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("importDialog"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_choose->setObjectName(QStringLiteral("chooseButton"));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_summary->setObjectName(QStringLiteral("summaryView"));
    m_accept->setObjectName(QStringLiteral("acceptButton"));

    m_intro->setWordWrap(true);
    m_detected->setTextFormat(Qt::PlainText);
    m_fileLabel->setBuddy(m_path);
    m_formatLabel->setBuddy(m_format);
    m_summaryLabel->setBuddy(m_summary);
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_summary->setTabChangesFocus(true);
    for (ImportFormat f : formats)
        m_format->addItem(QString(), QVariant::fromValue(int(f)));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_detected, 1);
    auto *form = new QFormLayout;
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_formatLabel, formatRow);
    form->addRow(m_chapters);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_summaryLabel, 1);
    previewRow->addWidget(m_previewButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(previewRow);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_path, &QLineEdit::textEdited, this, &ImportDialog::invalidate);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text().trimmed() != m_loadedPath)
            loadFile();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateFormatRows();
        invalidate();
    });
    connect(m_chapters, &ChapterImportBox::changed, this, &ImportDialog::invalidate);
    connect(m_chapters, &ChapterImportBox::pastedTextChanged, this, [this](const QString &text) {
        // Pasted chapters are read as they are typed: the format follows them.
        if (inputFile().isEmpty() && !text.trimmed().isEmpty())
            setFormat(ScheduleImport::detect(QString(), text.toUtf8()));
    });
    connect(m_previewButton, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_ready)
            return;
        m_result = m_pending;
        accept();
    });

    retranslateUi();
    updateFormatRows();
    invalidate();
    sizeToText(this, 97, 31);
}

ImportDialog::~ImportDialog()
{
    // Hiding the dialog while it is destroyed moves the focus out of the path field,
    // whose editingFinished would then reach a half-destroyed dialog.
    m_path->disconnect(this);
}

QString ImportDialog::formatTitle(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Frab: return tr("frab XML schedule");
    case ImportFormat::ScheduleJson: return tr("schedule.json");
    case ImportFormat::YouTube: return tr("YouTube chapters");
    case ImportFormat::WebVtt: return tr("WebVTT chapters");
    case ImportFormat::Unknown: break;
    }
    return tr("unknown format");
}

void ImportDialog::setInputFile(const QString &path)
{
    m_path->setText(path);
    loadFile();
}

QString ImportDialog::inputFile() const
{
    return m_path->text().trimmed();
}

ImportFormat ImportDialog::format() const
{
    return static_cast<ImportFormat>(m_format->currentData().toInt());
}

void ImportDialog::setFormat(ImportFormat format)
{
    const int row = m_format->findData(QVariant::fromValue(int(format)));
    if (row >= 0)
        m_format->setCurrentIndex(row);
}

QString ImportDialog::recordingId() const
{
    return m_chapters->recordingId();
}

void ImportDialog::setRecordingId(const QString &id)
{
    m_chapters->setRecordingId(id);
}

QString ImportDialog::summaryText() const
{
    return m_summary->toPlainText();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import Schedule or Chapters"));
    m_intro->setText(tr("A frab or schedule.json programme opens as a new catalog. YouTube or "
                        "WebVTT chapters are matched by title to the sessions of a recording "
                        "of the current catalog. Preview shows what the import finds before "
                        "anything changes."));
    m_fileLabel->setText(tr("&File:"));
    m_path->setPlaceholderText(tr("Path of a schedule or chapter file"));
    m_path->setAccessibleName(tr("File to import"));
    m_choose->setText(tr("C&hoose File…"));
    m_choose->setAccessibleName(tr("Choose the file to import"));
    m_formatLabel->setText(tr("Forma&t:"));
    m_format->setAccessibleName(tr("Format of the file"));
    for (int i = 0; i < m_format->count(); ++i)
        m_format->setItemText(
            i, formatTitle(static_cast<ImportFormat>(m_format->itemData(i).toInt())));
    m_previewButton->setText(tr("&Preview"));
    m_previewButton->setAccessibleName(tr("Preview the import"));
    m_summaryLabel->setText(tr("&Summary:"));
    m_summary->setAccessibleName(tr("Import summary"));
    if (m_loadedPath.isEmpty())
        m_detected->clear();
    else if (!m_readErrors.isEmpty())
        m_detected->setText(tr("The file could not be read."));
    else if (m_detectedFormat == ImportFormat::Unknown)
        m_detected->setText(tr("Not recognized: choose the format."));
    else
        m_detected->setText(tr("Detected: %1").arg(formatTitle(m_detectedFormat)));
    updateFormatRows();
}

void ImportDialog::setPastedText(const QString &text)
{
    m_chapters->setPastedText(text);
}

QString ImportDialog::pastedText() const
{
    return m_chapters->pastedText();
}

void ImportDialog::setAddSessions(bool add)
{
    m_chapters->setAddSessions(add);
}

bool ImportDialog::addSessions() const
{
    return m_chapters->addSessions();
}

void ImportDialog::restrictToChapters()
{
    for (int i = m_format->count() - 1; i >= 0; --i) {
        if (!ScheduleImport::isChapterFormat(
                static_cast<ImportFormat>(m_format->itemData(i).toInt())))
            m_format->removeItem(i);
    }
    retranslateUi();
}

void ImportDialog::setLanguage(const QString &language)
{
    m_chapters->setLanguage(language);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Schedule or Chapters"), QFileInfo(inputFile()).path(),
        tr("Schedules and chapters (*.xml *.json *.txt *.vtt);;All files (*)"));
    if (!path.isEmpty())
        setInputFile(path);
}

void ImportDialog::loadFile()
{
    invalidate();
    m_loadedPath = inputFile();
    m_data.clear();
    m_readErrors.clear();
    m_detectedFormat = ImportFormat::Unknown;
    if (!m_loadedPath.isEmpty()) {
        const BusyCursor busy;
        ImportReport report;
        if (const auto bytes = ScheduleImport::readFile(m_loadedPath, report)) {
            m_data = *bytes;
            m_detectedFormat = ScheduleImport::detect(m_loadedPath, m_data);
            setFormat(m_detectedFormat);
        }
        m_readErrors = report.errors;
    }
    retranslateUi();
    if (!m_readErrors.isEmpty())
        showErrors(tr("The file could not be read:"), m_readErrors);
}

void ImportDialog::invalidate()
{
    m_ready = false;
    m_pending = {};
    m_summary->clear();
    m_accept->setEnabled(false);
}

void ImportDialog::updateFormatRows()
{
    const bool chapters = ScheduleImport::isChapterFormat(format());
    m_chapters->setChapterFormat(chapters);
    m_accept->setText(chapters ? tr("&Apply") : tr("&Open"));
    m_accept->setAccessibleName(chapters ? tr("Apply the chapters")
                                         : tr("Open the imported catalog"));
}

bool ImportDialog::preview()
{
    if (inputFile() != m_loadedPath)
        loadFile();
    invalidate();
    if (m_loadedPath.isEmpty()) {
        if (pastedText().trimmed().isEmpty()) {
            m_summary->setPlainText(tr("Choose a file to import, or paste chapters, first."));
            return false;
        }
        if (!ScheduleImport::isChapterFormat(format())) {
            m_summary->setPlainText(tr("Pasted text is read as chapters: choose YouTube or "
                                       "WebVTT chapters as the format."));
            return false;
        }
        const BusyCursor busy;
        m_ready = previewChapters();
        m_accept->setEnabled(m_ready);
        return m_ready;
    }
    if (!m_readErrors.isEmpty()) {
        showErrors(tr("The file could not be read:"), m_readErrors);
        return false;
    }
    const BusyCursor busy;
    m_ready = ScheduleImport::isChapterFormat(format()) ? previewChapters() : previewSchedule();
    m_accept->setEnabled(m_ready);
    return m_ready;
}

bool ImportDialog::previewSchedule()
{
    ImportResult imported = ScheduleImport::importSchedule(m_data, format());
    if (!imported.report.ok() || !imported.catalog) {
        showErrors(tr("%1 could not be imported as %2:")
                       .arg(QFileInfo(m_loadedPath).fileName(), formatTitle(format())),
                   imported.report.errors);
        return false;
    }
    // What opens must be what the app reads: validate it the same way.
    CatalogReadOptions options;
    options.origin = m_loadedPath;
    const CatalogLoadResult check =
        CatalogReader::readData(CatalogWriter::toData(*imported.catalog), options);
    if (!check.ok()) {
        QString text = tr("The imported catalog does not validate:") + u'\n';
        for (const CatalogProblem &p : check.errors())
            text += u"  " + p.toString() + u'\n';
        m_summary->setPlainText(text);
        return false;
    }
    m_pending.kind = ImportDialogResult::Kind::Catalog;
    m_pending.format = format();
    m_pending.inputFile = m_loadedPath;
    m_pending.catalog = check.catalog;
    m_pending.report = imported.report;
    m_summary->setPlainText(tr("Format: %1").arg(formatTitle(format())) + u'\n'
                            + imported.report.summary() + u'\n'
                            + tr("Open adds this catalog to the open catalogs."));
    return true;
}

bool ImportDialog::previewChapters()
{
    if (!m_current || recordingId().isEmpty()) {
        m_summary->setPlainText(
            tr("Chapters belong to a recording of the current catalog; this catalog has none."));
        return false;
    }
    const QString text = m_loadedPath.isEmpty() ? pastedText() : QString::fromUtf8(m_data);
    ChapterImportOptions options;
    options.addSessions = addSessions();
    const ChapterImportPreview preview =
        ChapterImport::preview(*m_current, recordingId(), text, format(), options);
    // The preview as the command line prints it, then what Apply does.
    QString summary = preview.text() + u'\n';
    if (!preview.ok()) {
        const QString source =
            m_loadedPath.isEmpty() ? tr("The pasted text") : QFileInfo(m_loadedPath).fileName();
        m_summary->setPlainText(
            tr("%1 could not be imported as %2:").arg(source, formatTitle(format())) + u'\n'
            + summary);
        return false;
    }
    if (options.addSessions)
        summary += tr("Apply puts these %n chapter(s) on the recording and adds %1 session(s) "
                      "to %2; Undo takes them back.",
                      nullptr, static_cast<int>(preview.chapters.size()))
                       .arg(preview.additions.size())
                       .arg(m_chapters->dayTitle(recordingId()));
    else
        summary += tr("Apply puts these %n chapter(s) on the recording and sets the starts of "
                      "the matched sessions; Undo takes them back.",
                      nullptr, static_cast<int>(preview.chapters.size()));
    m_summary->setPlainText(summary);
    m_pending.kind = ImportDialogResult::Kind::Chapters;
    m_pending.format = format();
    m_pending.inputFile = m_loadedPath;
    m_pending.report = preview.report;
    m_pending.chapterImport = preview;
    m_pending.addSessions = options.addSessions;
    m_pending.recordingId = recordingId();
    m_pending.chapters = preview.chapters;
    m_pending.match = preview.match;
    return true;
}

void ImportDialog::showErrors(const QString &heading, const QList<ImportMessage> &errors)
{
    QString text = heading + u'\n';
    for (const ImportMessage &e : errors)
        text += u"  " + e.toString() + u'\n';
    m_summary->setPlainText(text);
}

} // namespace fa
