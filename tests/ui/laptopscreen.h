#pragma once

#include <QApplication>
#include <QTemporaryFile>
#include <QTest>

namespace fa::test {

// Runs a Qt Test object on a 1280×800 offscreen screen at 96 DPI, the laptop
// the layout problems were seen on (the offscreen default is 800×600).
template<typename Test> int runOnLaptopScreen(int argc, char **argv)
{
    QTemporaryFile screens;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && screens.open()) {
        screens.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280,
                          "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        screens.flush();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screens.fileName().toLocal8Bit());
    }
    QApplication app(argc, argv);
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace fa::test
