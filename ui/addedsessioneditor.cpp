#include "addedsessioneditor.h"

#include "chapteroverlay.h"
#include "languagemanager.h"
#include "languagenames.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace fa {

AddedSessionEditor::AddedSessionEditor(ChapterOverlay *overlay, QWidget *parent)
    : QWidget(parent)
    , m_overlay(overlay)
    , m_language(QLocale().name().left(2))
    , m_heading(new QLabel(this))
    , m_titles(new QWidget(this))
    , m_pillarsLabel(new QLabel(this))
    , m_pillars(new QListWidget(this))
    , m_save(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("addedSessionEditor"));
    m_heading->setObjectName(QStringLiteral("addedSessionHeading"));
    m_pillars->setObjectName(QStringLiteral("pillarList"));
    m_save->setObjectName(QStringLiteral("saveSessionButton"));
    m_remove->setObjectName(QStringLiteral("removeSessionButton"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_pillarsLabel->setBuddy(m_pillars);
    m_pillars->setMaximumHeight(m_pillars->fontMetrics().lineSpacing() * 6);

    new QFormLayout(m_titles);
    m_titles->layout()->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_titles);
    layout->addWidget(m_pillarsLabel);
    layout->addWidget(m_pillars);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &AddedSessionEditor::save);
    connect(m_remove, &QPushButton::clicked, this, &AddedSessionEditor::remove);
    connect(m_overlay, &ChapterOverlay::sessionsChanged, this, &AddedSessionEditor::load);
    retranslateUi();
    load();
}

bool AddedSessionEditor::isEditing() const
{
    return m_overlay->addedSession(m_sessionId) != nullptr;
}

void AddedSessionEditor::setSession(const QString &sessionId)
{
    m_sessionId = sessionId;
    load();
}

void AddedSessionEditor::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    load();
}

void AddedSessionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        load(); // the heading
    }
    QWidget::changeEvent(event);
}

void AddedSessionEditor::retranslateUi()
{
    m_pillarsLabel->setText(tr("Pillars:"));
    m_pillars->setAccessibleName(tr("Pillars of the added session"));
    m_save->setText(tr("Save Session"));
    m_save->setToolTip(tr("Keeps these titles and pillars (one step you can undo)."));
    m_remove->setText(tr("Remove Session"));
    m_remove->setToolTip(tr("Removes the session you added; its chapter stays in the "
                            "recording."));
    for (auto it = m_titleLabels.cbegin(); it != m_titleLabels.cend(); ++it) {
        it.value()->setText(tr("Title (%1):").arg(LanguageNames::name(it.key())));
        m_titleEdits.value(it.key())->setAccessibleName(
            tr("Title in %1").arg(LanguageNames::name(it.key())));
    }
}

void AddedSessionEditor::rebuildFields()
{
    const CatalogPtr catalog = m_overlay->baseCatalog();
    const QString id = catalog ? catalog->event.id : QString();
    if (id == m_fieldsFor && !m_titleEdits.isEmpty())
        return;
    m_fieldsFor = id;
    qDeleteAll(m_titleLabels);
    qDeleteAll(m_titleEdits);
    m_titleLabels.clear();
    m_titleEdits.clear();
    if (!catalog)
        return;
    // The event's language first, then the others it was held in, then the app's.
    QStringList languages{catalog->event.language};
    for (const QStringList &more :
         {catalog->event.languages, LanguageManager::supportedLanguages()}) {
        for (const QString &code : more) {
            if (!languages.contains(code))
                languages.append(code);
        }
    }
    auto *form = static_cast<QFormLayout *>(m_titles->layout());
    for (const QString &code : std::as_const(languages)) {
        auto *label = new QLabel(m_titles);
        auto *edit = new QLineEdit(m_titles);
        edit->setObjectName(u"titleEdit_" + code);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_titleLabels.insert(code, label);
        m_titleEdits.insert(code, edit);
    }
    retranslateUi();
}

void AddedSessionEditor::load()
{
    rebuildFields();
    const AddedSession *session = m_overlay->addedSession(m_sessionId);
    const CatalogPtr catalog = m_overlay->effectiveCatalog();
    setVisible(session && catalog);
    if (!session || !catalog)
        return;
    const QString original = catalog->event.language;
    m_heading->setText(tr("You added this session from a chapter of %1 at %2.")
                           .arg(session->recordingId, formatTimecode(session->at)));
    for (auto it = m_titleEdits.cbegin(); it != m_titleEdits.cend(); ++it) {
        it.value()->setText(session->title.has(it.key()) ? session->title.text(it.key(), original)
                                                         : QString());
        it.value()->setPlaceholderText(session->title.text(original, original));
    }
    m_pillars->clear();
    for (const Pillar &pillar : catalog->pillars) {
        auto *item = new QListWidgetItem(catalog->text(pillar.title, m_language), m_pillars);
        item->setData(Qt::UserRole, pillar.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(session->pillarIds.contains(pillar.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void AddedSessionEditor::save()
{
    if (!isEditing())
        return;
    LocalizedText title;
    for (auto it = m_titleEdits.cbegin(); it != m_titleEdits.cend(); ++it) {
        const QString text = it.value()->text().simplified();
        if (!text.isEmpty())
            title.set(it.key(), text);
    }
    QStringList pillars;
    for (int row = 0; row < m_pillars->count(); ++row) {
        if (m_pillars->item(row)->checkState() == Qt::Checked)
            pillars.append(m_pillars->item(row)->data(Qt::UserRole).toString());
    }
    m_overlay->setAddedSessionDetails(m_sessionId, title, pillars);
}

void AddedSessionEditor::remove()
{
    if (!isEditing())
        return;
    const QString id = m_sessionId;
    m_overlay->removeAddedSession(id);
    Q_EMIT sessionRemoved(id);
}

} // namespace fa
