#include "preferencesdialog.h"
#include "textsize.h"

#include "preferences.h"
#include "ytdlplocator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fa {

PreferencesDialog::PreferencesDialog(Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_programLabel(new QLabel(this))
    , m_program(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_programStatus(new QLabel(this))
    , m_qualityLabel(new QLabel(this))
    , m_quality(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"preferencesDialog"_s);
    m_program->setObjectName(u"ytDlpEdit"_s);
    m_browse->setObjectName(u"ytDlpBrowseButton"_s);
    m_programStatus->setObjectName(u"ytDlpStatusLabel"_s);
    m_quality->setObjectName(u"mediaQualityCombo"_s);
    m_buttons->setObjectName(u"buttonBox"_s);

    m_programLabel->setBuddy(m_program);
    m_qualityLabel->setBuddy(m_quality);
    m_program->setClearButtonEnabled(true);
    m_programStatus->setWordWrap(true);
    m_programStatus->setTextFormat(Qt::PlainText);
    m_programStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *programRow = new QHBoxLayout;
    programRow->addWidget(m_program, 1);
    programRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_programLabel, programRow);
    form->setWidget(form->rowCount(), QFormLayout::FieldRole, m_programStatus);
    form->addRow(m_qualityLabel, m_quality);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_program->setText(m_preferences->ytDlpPath());
    fillQualities();
    m_quality->setCurrentIndex(m_quality->findData(m_preferences->mediaQuality()));

    connect(m_program, &QLineEdit::textChanged, this, &PreferencesDialog::showProgramStatus);
    connect(m_browse, &QPushButton::clicked, this, &PreferencesDialog::chooseProgram);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    sizeToText(this, 74, 0);
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    // Mnemonics are unique within the dialog (checked by tst_preferencesdialog).
    setWindowTitle(tr("Preferences"));
    m_programLabel->setText(tr("&yt-dlp program:"));
    m_program->setPlaceholderText(tr("Empty: the yt-dlp found on PATH"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setToolTip(tr("Choose the yt-dlp program"));
    //: Which of the files of a media.ccc.de recording plays first
    m_qualityLabel->setText(tr("&media.ccc.de files:"));
    m_quality->setToolTip(tr("Which file of a media.ccc.de recording plays first when it "
                             "is published in several"));
    m_quality->setAccessibleName(tr("media.ccc.de file that plays first"));
    fillQualities();
    showProgramStatus();
}

void PreferencesDialog::fillQualities()
{
    const QStringList labels = {
        //: Picture of 720 lines or more, WebM file
        tr("HD WebM"),
        //: Picture of 720 lines or more, MP4 file
        tr("HD MP4"),
        //: Picture of fewer than 720 lines, WebM file
        tr("SD WebM"),
        //: Picture of fewer than 720 lines, MP4 file
        tr("SD MP4"),
    };
    const QStringList values = Preferences::mediaQualities();
    Q_ASSERT(labels.size() == values.size());
    // Filled once; later only the texts change, so the choice stays.
    if (m_quality->count() == 0) {
        for (const QString &value : values)
            m_quality->addItem(QString(), value);
    }
    for (int i = 0; i < values.size(); ++i)
        m_quality->setItemText(m_quality->findData(values[i]), labels[i]);
}

void PreferencesDialog::showProgramStatus()
{
    const QString configured = m_program->text().trimmed();
    // The same lookup the player uses, so the answer here is the one it gets.
    const QString program = YtDlpLocator(configured).program();
    const QString found = QDir::toNativeSeparators(program);
    if (!program.isEmpty()) {
        m_programStatus->setText(configured.isEmpty() ? tr("Found on PATH: %1").arg(found)
                                                      : tr("Found: %1").arg(found));
    } else if (configured.isEmpty()) {
        m_programStatus->setText(tr("yt-dlp was not found on PATH. Install the Debian package "
                                    "yt-dlp, or choose the program."));
    } else {
        m_programStatus->setText(tr("Not found: no program “%1”. Choose the yt-dlp program, or "
                                    "clear the field to use the one on PATH (Debian package "
                                    "yt-dlp).")
                                     .arg(configured));
    }
    growToFitText(this);
}

void PreferencesDialog::chooseProgram()
{
    const QString current = YtDlpLocator(m_program->text()).program();
    const QString folder = current.isEmpty() ? u"/usr/bin"_s : QFileInfo(current).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the yt-dlp Program"), folder);
    if (!path.isEmpty())
        m_program->setText(QDir::toNativeSeparators(path));
}

void PreferencesDialog::apply()
{
    m_preferences->setYtDlpPath(m_program->text());
    m_preferences->setMediaQuality(m_quality->currentData().toString());
    accept();
}

} // namespace fa
