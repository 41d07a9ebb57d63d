// The window as a teacher drives it: keyboard steps through data sets, the
// class palette names the classes as the legend does, and the teaching-view
// dock and the bundled data sets are reachable from the menus.
#include <QAction>
#include <algorithm>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "app/gui/main_window.h"
#include "core/data/generators.h"
#include "widgets/class_palette.h"
#include "widgets/point_document.h"

using namespace supex;

namespace {

QAction* findAction(QWidget* window, const QString& text) {
  for (QAction* a : window->findChildren<QAction*>())
    if (a->text().remove('&') == text) return a;
  return nullptr;
}

}  // namespace

class TestMainWindow : public QObject {
  Q_OBJECT

 private slots:
  void nextDataSetGeneratesTheNextKindOfTheTask() {
    MainWindow w;
    w.showDefault();
    QAction* next = findAction(&w, "Next data set");
    QAction* previous = findAction(&w, "Previous data set");
    QVERIFY(next && previous);
    QCOMPARE(next->shortcut(), QKeySequence(QStringLiteral("Ctrl+PgDown")));

    // The classification kinds in the generator's order: moons (the first
    // picture) is followed by circles; n and seed are kept.
    next->trigger();
    GenerateOptions circles{.kind = "circles", .n = 200, .noise = {}, .seed = 1, .classes = 2};
    auto expected = generate(circles);
    QVERIFY(expected);
    QCOMPARE(w.document()->data()->X.rows(), expected->X.rows());
    QVERIFY(w.document()->data()->X.isApprox(expected->X, 0.0));

    previous->trigger();
    auto moons = generate({.kind = "moons", .n = 200, .noise = {}, .seed = 1, .classes = 2});
    QVERIFY(w.document()->data()->X.isApprox(moons->X, 0.0));
    // Stepping back from the first classification kind wraps to the last.
    std::vector<std::string> kinds;
    for (const auto& k : generatorKinds())
      if (generatorTask(k) && *generatorTask(k) == Task::Classification) kinds.push_back(k);
    const auto moonsAt = std::find(kinds.begin(), kinds.end(), "moons") - kinds.begin();
    for (long i = 0; i <= moonsAt; ++i) previous->trigger();
    auto last = generate({.kind = kinds.back(), .n = 200, .noise = {}, .seed = 1, .classes = 2});
    QCOMPARE(w.document()->data()->X.rows(), last->X.rows());
    QVERIFY(w.document()->data()->X.isApprox(last->X, 0.0));
    QCOMPARE(w.document()->task(), Task::Classification);
  }

  void paletteNamesTheClasses() {
    MainWindow w;
    w.showDefault();
    auto* palette = w.findChild<ClassPalette*>();
    QVERIFY(palette);
    const auto& classes = w.document()->data()->classes;
    QCOMPARE(classes.size(), std::size_t(2));
    for (int k = 0; k < 2; ++k) QCOMPARE(palette->button(k)->text(), QString::fromStdString(classes[std::size_t(k)]));
    QVERIFY(palette->button(0)->toolTip().contains("key 1"));
  }

  void bundledIrisOpensWithThreeSpecies() {
    MainWindow w;
    w.showDefault();
    QAction* iris = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
      if (a->text().startsWith("Iris petals")) iris = a;
    QVERIFY(iris);
    iris->trigger();
    // Fisher's iris: 150 flowers, 50 of each species (Fisher 1936).
    QCOMPARE(w.document()->data()->X.rows(), Eigen::Index(150));
    QCOMPARE(w.document()->data()->classes.size(), std::size_t(3));
    QCOMPARE(w.document()->data()->classCounts(), (std::vector<int>{50, 50, 50}));
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
