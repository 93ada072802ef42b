#include "screentour.h"

#include "windowfixture.h"

#include "helpdialogs.h"
#include "httptestserver.h"
#include "importdialog.h"
#include "mediacccclient.h"
#include "mediacccdialog.h"
#include "mediacccfixture.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "problemsdialog.h"

#include <QAction>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fa::test {

namespace {

constexpr int waitMs = 20000;

bool settle(QWidget *root)
{
    if (!QTest::qWaitForWindowExposed(root))
        return false;
    QCoreApplication::processEvents();
    return true;
}

bool visitModal(const QString &name, const std::function<void()> &open, const ScreenVisitor &visit)
{
    return withModalDialog(open, [&](QWidget *dialog) { visit(name, dialog); });
}

void tourSample(const QString &language, const WindowPreparer &prepare, const ScreenVisitor &visit,
                QStringList &missed)
{
    QTemporaryDir dir;
    WindowFixture f(dir.path(), QStringLiteral(FA_SAMPLE_DIR));
    f.languages.setLanguage(language);
    f.player.setMuted(true);
    if (prepare)
        prepare(f.window.get());
    f.window->show();
    if (!settle(f.window.get())) {
        missed.append(u"window (not exposed)"_s);
        return;
    }
    f.session->setCurrentSession(u"s3"_s);
    QCoreApplication::processEvents();
    visit(u"window"_s, f.window.get());

    if (f.session->play(u"s2"_s)
        && QTest::qWaitFor([&] { return f.player.status() == PlayerController::Status::Playing; },
                           waitMs)) {
        QCoreApplication::processEvents();
        visit(u"window playing"_s, f.window.get());
    } else {
        missed.append(u"window playing (did not play)"_s);
    }
    f.player.stop();

    {
        ImportDialog dialog(f.session->catalog(), f.window.get());
        dialog.show();
        if (settle(&dialog))
            visit(u"import dialog"_s, &dialog);
        else
            missed.append(u"import dialog"_s);
    }
    {
        ImportDialog dialog(f.session->catalog(), f.window.get());
        dialog.restrictToChapters();
        dialog.show();
        if (settle(&dialog))
            visit(u"chapter import dialog"_s, &dialog);
        else
            missed.append(u"chapter import dialog"_s);
    }
    {
        const CatalogProblems problems{
            {CatalogProblem::Severity::Error, u"sessions[0].start"_s, u"not a time"_s}};
        ProblemsDialog dialog(u"catalog.json"_s, problems, false, f.window.get());
        dialog.show();
        if (settle(&dialog))
            visit(u"problems dialog"_s, &dialog);
        else
            missed.append(u"problems dialog"_s);
    }
    {
        Preferences preferences(&f.settings);
        PreferencesDialog dialog(&preferences, f.window.get());
        dialog.show();
        if (settle(&dialog))
            visit(u"preferences dialog"_s, &dialog);
        else
            missed.append(u"preferences dialog"_s);
    }
    {
        HttpTestServer server;
        MediaCccFixture::serve(server);
        MediaCccClient client(&f.network, dir.filePath(u"mediaccc"_s));
        client.setApiBase(server.url(u"/public/"_s));
        MediaCccDialog dialog(&client, MediaQuality(), f.window.get());
        dialog.show();
        auto *progress = dialog.findChild<QProgressBar *>(u"progressBar"_s);
        if (settle(&dialog) && progress
            && QTest::qWaitFor([progress] { return !progress->isVisible(); }, waitMs))
            visit(u"media.ccc.de dialog"_s, &dialog);
        else
            missed.append(u"media.ccc.de dialog (list not loaded)"_s);
    }
    if (!visitModal(
            u"shortcuts dialog"_s, [&] { showShortcutsDialog(f.window.get()); }, visit))
        missed.append(u"shortcuts dialog"_s);
    if (!visitModal(
            u"about dialog"_s,
            [&] { showAboutDialog(f.window.get(), f.library.current(), language); }, visit))
        missed.append(u"about dialog"_s);
    auto *openAddress = f.child<QAction>("openAddressAction");
    if (!openAddress
        || !visitModal(
            u"open address dialog"_s, [openAddress] { openAddress->trigger(); }, visit))
        missed.append(u"open address dialog"_s);
}

void tourNothingLinked(const QString &language, const WindowPreparer &prepare,
                       const ScreenVisitor &visit, QStringList &missed)
{
    QTemporaryDir dir;
    WindowFixture f(dir.path()); // the 2022 catalog: its recordings have no source yet
    f.languages.setLanguage(language);
    if (prepare)
        prepare(f.window.get());
    f.window->show();
    if (!settle(f.window.get()) || !f.session->play(u"day-1-finance"_s)
        || !QTest::qWaitFor([&] { return f.player.status() == PlayerController::Status::NoSource; },
                            waitMs)) {
        missed.append(u"window, no recording linked"_s);
        return;
    }
    QCoreApplication::processEvents();
    visit(u"window, no recording linked"_s, f.window.get());
    auto *link = f.child<QPushButton>("linkAddressButton");
    if (!link || !link->isVisible()
        || !visitModal(
            u"link address dialog"_s, [link] { QTest::mouseClick(link, Qt::LeftButton); }, visit))
        missed.append(u"link address dialog"_s);
}

} // namespace

bool withModalDialog(const std::function<void()> &open, const std::function<void(QWidget *)> &act)
{
    bool handled = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (handled || !modal || !modal->isVisible())
            return;
        handled = true;
        poll.stop();
        if (settle(modal))
            act(modal);
        if (modal->isVisible())
            modal->close();
    });
    poll.start();
    open();
    poll.stop();
    return handled;
}

QStringList tourScreens(const QString &language, const WindowPreparer &prepare,
                        const ScreenVisitor &visit)
{
    QStringList missed;
    tourSample(language, prepare, visit, missed);
    tourNothingLinked(language, prepare, visit, missed);
    for (QString &screen : missed)
        screen = language + u": "_s + screen + u" was not reached"_s;
    return missed;
}

} // namespace fa::test
