#include "helpdialogs.h"
#include "textsize.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fa {

void showShortcutsDialog(QWidget *parent)
{
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("Ctrl+F"),
         QCoreApplication::translate("fa::HelpDialogs", "Search sessions")},
        {QStringLiteral("Enter, Ctrl+Return"),
         QCoreApplication::translate("fa::HelpDialogs", "Play the selected session")},
        {QStringLiteral("Ctrl+D"),
         QCoreApplication::translate("fa::HelpDialogs",
                                     "Add or remove the selected session from favourites")},
        {QStringLiteral("Ctrl+E"),
         QCoreApplication::translate("fa::HelpDialogs", "Write a note about the selected session")},
        {QStringLiteral("Ctrl+Shift+X"),
         QCoreApplication::translate("fa::HelpDialogs", "Clear filters")},
        {QStringLiteral("Ctrl+O"),
         QCoreApplication::translate("fa::HelpDialogs", "Open a catalog file")},
        {QStringLiteral("Ctrl+Shift+O"),
         QCoreApplication::translate("fa::HelpDialogs", "Open a folder bundle")},
        {QStringLiteral("Ctrl+L"),
         QCoreApplication::translate("fa::HelpDialogs", "Open a catalog from an address")},
        {QStringLiteral("Ctrl+Shift+M"),
         QCoreApplication::translate("fa::HelpDialogs", "Open a conference from media.ccc.de")},
        {QStringLiteral("Ctrl+I"),
         QCoreApplication::translate("fa::HelpDialogs", "Import a schedule or chapters")},
        {QStringLiteral("F9"),
         QCoreApplication::translate("fa::HelpDialogs", "Show or hide the filters")},
        {QStringLiteral("F6, Shift+F6"),
         QCoreApplication::translate(
             "fa::HelpDialogs", "Move between the filters, the list, the details and the player")},
        {QStringLiteral("Ctrl+,"), QCoreApplication::translate("fa::HelpDialogs", "Preferences")},
        {QStringLiteral("Space"),
         QCoreApplication::translate("fa::HelpDialogs", "Play or pause (in the player)")},
        {QStringLiteral("← / →"),
         QCoreApplication::translate("fa::HelpDialogs", "Back or forward 5 seconds")},
        {QStringLiteral("J / L"),
         QCoreApplication::translate("fa::HelpDialogs", "Back or forward 10 seconds")},
        {QStringLiteral("[ / ]"),
         QCoreApplication::translate("fa::HelpDialogs", "Previous or next chapter")},
        {QStringLiteral("M"), QCoreApplication::translate("fa::HelpDialogs", "Mute or unmute")},
        {QStringLiteral("F"),
         QCoreApplication::translate("fa::HelpDialogs", "Full screen video (Esc to leave)")},
        {QStringLiteral("Ctrl+Q"), QCoreApplication::translate("fa::HelpDialogs", "Quit")},
    };
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("fa::HelpDialogs", "Keyboard shortcuts"));
    auto *table = new QTableWidget(static_cast<int>(rows.size()), 2, &dialog);
    table->setAccessibleName(QCoreApplication::translate("fa::HelpDialogs", "Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({QCoreApplication::translate("fa::HelpDialogs", "Keys"),
                                      QCoreApplication::translate("fa::HelpDialogs", "Action")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    sizeToText(&dialog, 74, 27);
    dialog.exec();
}

namespace {
// "3 days, 17 sessions, …" with each count in its own plural form.
QString catalogCounts(const Catalog &catalog)
{
    const auto count = [](const char *text, qsizetype n) {
        return QCoreApplication::translate("fa::HelpDialogs", text, nullptr, int(n));
    };
    return QLocale().createSeparatedList({count("%n day(s)", catalog.days.size()),
                                          count("%n session(s)", catalog.sessions.size()),
                                          count("%n speaker(s)", catalog.speakers.size()),
                                          count("%n pillar(s)", catalog.pillars.size()),
                                          count("%n recording(s)", catalog.recordings.size())});
}
} // namespace

void showAboutDialog(QWidget *parent, const CatalogPtr &catalog, const QString &language)
{
    QString text =
        QStringLiteral("<h3>Forum Archive %1</h3><p>%2</p><p>%3</p>")
            .arg(QStringLiteral(FORUM_ARCHIVE_VERSION),
                 QCoreApplication::translate(
                     "fa::HelpDialogs",
                     "Browse the sessions of a multi-day event and watch each one "
                     "from its place in the day's recording.")
                     .toHtmlEscaped(),
                 QCoreApplication::translate("fa::HelpDialogs",
                                             "Built with Qt %1, running on Qt %2. MIT licence.")
                     .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
                     .toHtmlEscaped());
    if (catalog) {
        text += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(catalog->text(catalog->event.title, language).toHtmlEscaped(),
                         catalogCounts(*catalog).toHtmlEscaped());
    }
    QMessageBox::about(parent,
                       QCoreApplication::translate("fa::HelpDialogs", "About Forum Archive"), text);
}

} // namespace fa
