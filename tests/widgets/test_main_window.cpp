// The window as a teacher drives it: keyboard steps through data sets, the
// class palette names the classes as the legend does, and the teaching-view
// dock and the bundled data sets are reachable from the menus.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <algorithm>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QScreen>
#include <QTest>
#include <QToolButton>

#include "app/gui/generate_dialog.h"
#include "app/gui/main_window.h"
#include "core/data/generators.h"
#include "widgets/class_palette.h"
#include "widgets/okabe_ito.h"
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
  void initTestCase() {
    // Never the user's own settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("supex-test");
    QCoreApplication::setApplicationName("test_main_window");
    QSettings().clear();
  }

  void classColoursAreChosenAndKept() {
    {
      MainWindow w;
      w.showDefault();
      QAction* tol = findAction(&w, "Paul Tol, bright");
      QVERIFY(tol);
      tol->trigger();
      // Tol's bright scheme (SRON/EPS/TN/09-002): blue #4477AA, red #EE6677.
      QCOMPARE(classColor(0), QColor(0x44, 0x77, 0xAA));
      QCOMPARE(classColor(1), QColor(0xEE, 0x66, 0x77));
      auto* palette = w.findChild<ClassPalette*>();
      const QImage swatch = palette->button(0)->icon().pixmap(12, 12).toImage();
      QCOMPARE(swatch.pixelColor(6, 6), QColor(0x44, 0x77, 0xAA));
    }
    setClassColours(ClassColours::OkabeIto);  // what a new process starts with
    {
      MainWindow again;  // reads the choice back from QSettings
      QCOMPARE(classColours(), ClassColours::TolBright);
      findAction(&again, "Okabe–Ito")->trigger();
      QCOMPARE(classColor(0), QColor(0xE6, 0x9F, 0x00));  // Okabe & Ito (2008): orange
    }
  }

  void presentationTextSizeIsKept() {
    const double normal = QApplication::font().pointSizeF();
    {
      MainWindow w;
      w.showDefault();
      findAction(&w, "150 %")->trigger();
      w.setPresentationMode(true);
      QCOMPARE(QApplication::font().pointSizeF(), normal * 1.5);
      w.setPresentationMode(false);
      QCOMPARE(QApplication::font().pointSizeF(), normal);
    }
    MainWindow again;
    QVERIFY(findAction(&again, "150 %")->isChecked());
  }

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

  // On a screen smaller than the default window (the offscreen screen is
  // 800×600) the window shrinks to it and sits on it; on a larger one it
  // keeps its size.
  void windowFitsASmallScreen() {
    MainWindow w;
    const QRect room = w.screen()->availableGeometry();
    QVERIFY(room.width() < 1560);  // the default size does not fit here
    w.move(room.right() - 50, room.bottom() - 50);
    w.fitToScreen();
    QVERIFY(w.width() <= room.width() && w.height() <= room.height());
    QVERIFY(room.contains(w.geometry()));
    const QSize fitted = w.size();
    w.resize(300, 200);
    w.fitToScreen();
    QCOMPARE(w.size(), QSize(300, 200));
    QVERIFY(fitted.width() > 300);
  }

  // Data ▸ Generate: the covariance shape is offered for gaussians only, and
  // what the dialog returns generates (a shape is never sent for another kind).
  void generateDialogShapesGaussiansOnly() {
    GenerateDialog dialog(GenerateOptions{.kind = "moons"});
    dialog.show();
    auto* kind = dialog.findChild<QComboBox*>("kind");
    auto* ratio = dialog.findChild<QDoubleSpinBox*>("axisRatio");
    auto* angle = dialog.findChild<QDoubleSpinBox*>("angle");
    auto* shared = dialog.findChild<QCheckBox*>("sharedCovariance");
    QVERIFY(kind && ratio && angle && shared);
    QVERIFY(!ratio->isVisible());
    kind->setCurrentIndex(kind->findData("gaussians"));
    QVERIFY(ratio->isVisible() && angle->isVisible() && shared->isVisible());
    ratio->setValue(2);
    angle->setValue(45);
    shared->setChecked(true);
    GenerateOptions o = dialog.options();
    QCOMPARE(o.axisRatio, 2.0);
    QCOMPARE(o.angleDeg, 45.0);
    QVERIFY(o.sharedCovariance);
    QVERIFY(generate(o).ok());
    kind->setCurrentIndex(kind->findData("circles"));
    QVERIFY(!ratio->isVisible());
    o = dialog.options();
    QVERIFY(!o.sharedCovariance && o.axisRatio == 3.0 && o.angleDeg == 0.0);
    QVERIFY(generate(o).ok());
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
