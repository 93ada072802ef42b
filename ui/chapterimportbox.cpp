#include "chapterimportbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>

namespace fa {

ChapterImportBox::ChapterImportBox(CatalogPtr catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(std::move(catalog))
    , m_recordingLabel(new QLabel(this))
    , m_recording(new QComboBox(this))
    , m_pasteLabel(new QLabel(this))
    , m_paste(new QPlainTextEdit(this))
    , m_addSessions(new QCheckBox(this))
    , m_language(QLocale().name().left(2))
{
    setObjectName(QStringLiteral("chapterImportBox"));
    m_recording->setObjectName(QStringLiteral("recordingCombo"));
    m_paste->setObjectName(QStringLiteral("pasteEdit"));
    m_addSessions->setObjectName(QStringLiteral("addSessionsCheck"));
    m_recordingLabel->setBuddy(m_recording);
    m_pasteLabel->setBuddy(m_paste);
    m_paste->setTabChangesFocus(true);
    m_paste->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_paste->setMaximumHeight(m_paste->fontMetrics().lineSpacing() * 7);

    if (m_catalog) {
        for (const Recording &r : m_catalog->recordings) {
            const QString title = m_catalog->text(r.title, m_catalog->event.language);
            m_recording->addItem(title.isEmpty() ? r.id : QString(title + u" (" + r.id + u')'),
                                 r.id);
        }
    }

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_recordingLabel, m_recording);
    form->addRow(m_pasteLabel, m_paste);
    form->addRow(QString(), m_addSessions);

    connect(m_recording, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        Q_EMIT changed();
    });
    connect(m_paste, &QPlainTextEdit::textChanged, this, [this] {
        Q_EMIT pastedTextChanged(m_paste->toPlainText());
        Q_EMIT changed();
    });
    connect(m_addSessions, &QCheckBox::toggled, this, &ChapterImportBox::changed);
    retranslateUi();
}

QString ChapterImportBox::recordingId() const
{
    return m_recording->currentData().toString();
}

void ChapterImportBox::setRecordingId(const QString &id)
{
    const int row = m_recording->findData(id);
    if (row >= 0)
        m_recording->setCurrentIndex(row);
}

QString ChapterImportBox::pastedText() const
{
    return m_paste->toPlainText();
}

void ChapterImportBox::setPastedText(const QString &text)
{
    m_paste->setPlainText(text);
}

bool ChapterImportBox::addSessions() const
{
    return m_addSessions->isChecked() && m_addSessions->isEnabled();
}

void ChapterImportBox::setAddSessions(bool add)
{
    m_addSessions->setChecked(add);
}

void ChapterImportBox::setChapterFormat(bool chapters)
{
    m_chapterFormat = chapters;
    updateRows();
}

void ChapterImportBox::setLanguage(const QString &language)
{
    m_language = language;
    retranslateUi();
}

QString ChapterImportBox::dayTitle(const QString &recordingId) const
{
    const Recording *recording = m_catalog ? m_catalog->recording(recordingId) : nullptr;
    const Day *day = recording && recording->kind == Recording::Kind::Day
                         ? m_catalog->day(recording->dayId)
                         : nullptr;
    if (!day)
        return {};
    const QString title = m_catalog->text(day->title, m_language);
    return title.isEmpty() ? tr("Day %1").arg(m_catalog->dayIndex(day->id) + 1) : title;
}

void ChapterImportBox::retranslateUi()
{
    m_recordingLabel->setText(tr("&Recording:"));
    m_recording->setAccessibleName(tr("Recording the chapters belong to"));
    m_pasteLabel->setText(tr("Or past&e:"));
    m_paste->setPlaceholderText(tr("Paste the chapters of a video description here, e.g.\n"
                                   "0:00 Welcome\n12:30 Opening panel\n1:05:00 Questions\n"
                                   "Used when no file is given."));
    m_paste->setAccessibleName(tr("Pasted chapters"));
    m_addSessions->setToolTip(
        tr("Chapters that name no session of the catalog become sessions of the recording's "
           "day, titled by the chapter and placed at it. You can undo this, and give them "
           "pillars and titles in other languages in the Chapter Editing panel."));
    updateRows();
}

void ChapterImportBox::updateRows()
{
    const QString day = dayTitle(recordingId());
    m_recordingLabel->setEnabled(m_chapterFormat);
    m_recording->setEnabled(m_chapterFormat && m_recording->count() > 0);
    m_addSessions->setEnabled(m_chapterFormat && !day.isEmpty());
    m_addSessions->setText(day.isEmpty()
                               ? tr("A&dd unmatched chapters as sessions (day recordings only)")
                               : tr("A&dd unmatched chapters as sessions of %1").arg(day));
}

} // namespace fa
