// The "Sampling distribution" view, the residual segments and the tables for
// slides, driven through the real widgets on the bundled diabetes data
// (resources/data/diabetes_bmi.csv, 442 rows) with a quadratic OLS fit.
//
// Independent values: statsmodels 0.13.5, /usr/bin/python3, from the
// repository root:
//   import numpy as np, statsmodels.api as sm
//   rows = [l.strip().split(',') for l in open('resources/data/diabetes_bmi.csv') if not l.startswith('#')]
//   a = np.array(rows[1:], dtype=float); x = a[:, 0]; y = a[:, 1]
//   r = sm.OLS(y, sm.add_constant(np.column_stack([x, x**2]))).fit()
//   from scipy import stats
//   print(r.conf_int(0.05)); print(r.conf_int(0.20)); print(stats.t.ppf(0.9, 439), stats.t.ppf(0.975, 439))
// gives the 95 % and 80 % intervals of (intercept, bmi, bmi²) and the t quantiles:
//   [[-2.66621919e+02  8.17093216e+01]
//    [-4.38267798e+00  2.10878599e+01]
//    [-1.94747162e-01  2.62658255e-01]]
//   [[-2.06194266e+02  2.12816691e+01]
//    [ 3.58887050e-02  1.66692932e+01]
//    [-1.15397588e-01  1.83308681e-01]]
//   1.2834829699714982 1.9653824672116138
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QMenuBar>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cmath>

#include "app/gui/main_window.h"
#include "core/data/csv_reader.h"
#include "core/data/dataset_io.h"
#include "core/models/ols/ols.h"
#include "core/models/registry.h"
#include "tests/widgets/pixel_probe.h"
#include "widgets/data_canvas.h"
#include "widgets/explorer_controller.h"
#include "widgets/info_panel.h"
#include "widgets/model_panel.h"
#include "widgets/okabe_ito.h"
#include "widgets/views/residual_layer.h"
#include "widgets/views/sampling_view.h"

using namespace supex;

namespace {

const double kCi95[3][2] = {{-2.66621919e+02, 8.17093216e+01}, {-4.38267798e+00, 2.10878599e+01},
                            {-1.94747162e-01, 2.62658255e-01}};
const double kCi80[3][2] = {{-2.06194266e+02, 2.12816691e+01}, {3.58887050e-02, 1.66692932e+01},
                            {-1.15397588e-01, 1.83308681e-01}};
const double kT90 = 1.2834829699714982, kT975 = 1.9653824672116138;

// QTRY_VERIFY_WITH_TIMEOUT returns from void functions only; this waits and
// leaves the check to the caller.
#define WAIT_UNTIL(expr, ms) \
  do {                                        \
    QElapsedTimer t_;                         \
    t_.start();                               \
    while (!(expr) && t_.elapsed() < (ms)) QTest::qWait(20); \
  } while (0)

struct Rig {
  QWidget window;
  PointDocument doc;
  QUndoStack undo;
  DataCanvas* canvas;
  ModelPanel* models;
  InfoPanel* info;
  ExplorerController* controller;
  SamplingView* view;

  Rig() {
    auto* layout = new QHBoxLayout(&window);
    models = new ModelPanel(modelRegistry());
    canvas = new DataCanvas;
    info = new InfoPanel;
    layout->addWidget(models);
    layout->addWidget(canvas, 1);
    layout->addWidget(info);
    controller = new ExplorerController(&doc, canvas, models, info, &undo, &window);
    controller->setGridCells(200);
    view = new SamplingView(ViewContext{controller, &doc, canvas, models, &undo});
    view->replicatesBox()->setValue(600);
    layout->addWidget(view);
    window.resize(1500, 650);
    auto data = loadDataset(std::string(SUPEX_TEST_DATA_DIR) + "/../../resources/data/diabetes_bmi.csv", {});
    if (!data) qFatal("%s", data.error().message.c_str());
    models->selectModel("ols", Task::Regression);
    models->setValues({{"basis", "poly"}, {"degree", "2"}});
    doc.setData(std::move(data).value());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) qWarning("window not exposed");
    canvas->replot();
  }

  // The newest final frame on the canvas, once the worker has nothing newer.
  FitFramePtr settled() {
    FitFramePtr f;
    WAIT_UNTIL(
        (f = controller->shownFrame()) && f->final && !controller->fitPending() &&
            f->generation == controller->worker()->latestGeneration(),
        5000);
    return f;
  }
};

int colourDistance(const QColor& a, const QColor& b) {
  return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// The smallest distance to `target` among the pixels of a short vertical
// run centred at `at`, one pixel either side: antialiasing may split a thin
// line over two columns.
int nearestColour(const QImage& image, QPoint at, const QColor& target) {
  int best = 1 << 20;
  for (int dx = -1; dx <= 1; ++dx)
    for (int dy = -3; dy <= 3; ++dy) best = std::min(best, colourDistance(image.pixelColor(at + QPoint(dx, dy)), target));
  return best;
}

// A cell of the info panel's table as a number ("—" is NaN).
double cellValue(const InfoPanel* info, int row, int col) {
  bool ok = false;
  const double v = info->coefficientTable()->item(row, col)->text().toDouble(&ok);
  return ok ? v : std::nan("");
}

// The table shows 3 significant digits: a value matches when it rounds to the cell.
bool matchesShown(double shown, double exact) {
  const double unit = std::pow(10.0, std::floor(std::log10(std::abs(exact))) - 2);
  return std::abs(shown - exact) <= 0.5 * unit * 1.0001;
}

}  // namespace

class TestSamplingView : public QObject {
  Q_OBJECT

 private slots:
  void residualsToggleDrawsSegments() {
    Rig rig;
    const FitFramePtr f = rig.settled();
    QVERIFY(f && f->model);
    const auto* ols = dynamic_cast<const OlsModel*>(f->model.get());
    QVERIFY(ols);
    QVERIFY(!rig.view->residualLayer()->visible());

    // A long residual whose segment no other point or segment crowds.
    const Dataset& d = *f->trainData;
    Prediction pred;
    ols->predict(d.X, pred);
    int chosen = -1;
    double longest = 0.0;
    for (Eigen::Index i = 0; i < d.rows(); ++i) {
      const QPointF a = rig.canvas->dataToPixel({d.X(i, 0), d.y(i)});
      const QPointF b = rig.canvas->dataToPixel({d.X(i, 0), pred.value(i)});
      const QPointF mid = (a + b) / 2.0;
      bool crowded = false;
      for (Eigen::Index k = 0; k < d.rows() && !crowded; ++k) {
        if (k == i) continue;
        const QPointF p = rig.canvas->dataToPixel({d.X(k, 0), d.y(k)});
        crowded = std::abs(p.x() - mid.x()) < 4.0 || QLineF(p, mid).length() < 14.0;
      }
      if (!crowded && std::abs(a.y() - b.y()) > longest) {
        longest = std::abs(a.y() - b.y());
        chosen = static_cast<int>(i);
      }
    }
    QVERIFY2(chosen >= 0 && longest > 40.0, "a clear residual segment to look at");
    const QPoint mid = ((rig.canvas->dataToPixel({d.X(chosen, 0), d.y(chosen)}) +
                         rig.canvas->dataToPixel({d.X(chosen, 0), pred.value(chosen)})) / 2.0).toPoint();
    const QColor purple = ResidualLayer::color();
    QImage before = rig.canvas->grab().toImage();
    QVERIFY2(nearestColour(before, mid, purple) > 90, "no segment before the toggle");

    QTest::mouseClick(rig.view->residualsBox(), Qt::LeftButton);
    QVERIFY(rig.view->residualsBox()->isChecked());
    QVERIFY(rig.view->residualLayer()->visible());
    // One segment per training row, from the point to the fitted value.
    QCOMPARE(rig.view->residualLayer()->segments(), std::size_t(442));
    const QLineF s = rig.view->residualLayer()->segment(static_cast<std::size_t>(chosen));
    QCOMPARE(s.x1(), d.X(chosen, 0));
    QCOMPARE(s.y1(), d.y(chosen));
    QVERIFY(std::abs(s.y2() - pred.value(chosen)) <= 1e-9 * std::abs(pred.value(chosen)));
    rig.canvas->replot();
    QImage after = rig.canvas->grab().toImage();
    QVERIFY2(nearestColour(after, mid, purple) < 40,
             qPrintable(QString("segment colour at the midpoint: distance %1").arg(nearestColour(after, mid, purple))));

    QTest::mouseClick(rig.view->residualsBox(), Qt::LeftButton);
    rig.canvas->replot();
    QVERIFY(!rig.view->residualLayer()->visible());
    QVERIFY(nearestColour(rig.canvas->grab().toImage(), mid, purple) > 90);
  }

  void levelMovesBandsAndTable() {
    Rig rig;
    FitFramePtr f = rig.settled();
    QVERIFY(f && f->bandLevel == 0.95);
    QCOMPARE(rig.view->levelBox()->value(), 95.0);
    for (int j = 0; j < 3; ++j) {
      QVERIFY2(matchesShown(cellValue(rig.info, j, 4), kCi95[j][0]), qPrintable(rig.info->coefficientTable()->item(j, 4)->text()));
      QVERIFY(matchesShown(cellValue(rig.info, j, 5), kCi95[j][1]));
    }
    // A pixel inside the 95 % prediction band, above where the 80 % band ends.
    const std::size_t i = f->curveX.size() / 6;
    const double x = f->curveX[i];
    const double upper95 = f->predHigh[i];
    rig.canvas->replot();
    QImage before = rig.canvas->grab().toImage();

    rig.view->levelBox()->setValue(80.0);
    QCOMPARE(rig.models->values().at("level"), std::string("0.8"));
    QTRY_VERIFY_WITH_TIMEOUT(rig.controller->shownFrame() && rig.controller->shownFrame()->bandLevel == 0.8 &&
                                 rig.controller->shownFrame()->final,
                             5000);
    f = rig.settled();
    const double upper80 = f->predHigh[i];
    QVERIFY(upper80 < upper95);
    // The band moved by the ratio of the t quantiles t(0.9; 439)/t(0.975; 439)
    // (scipy, above), around the same fit.
    QVERIFY(std::abs((upper80 - f->curveY[i]) / (upper95 - f->curveY[i]) - kT90 / kT975) < 1e-9);
    for (int j = 0; j < 3; ++j) {
      QVERIFY2(matchesShown(cellValue(rig.info, j, 4), kCi80[j][0]), qPrintable(rig.info->coefficientTable()->item(j, 4)->text()));
      QVERIFY(matchesShown(cellValue(rig.info, j, 5), kCi80[j][1]));
    }
    rig.canvas->replot();
    QImage after = rig.canvas->grab().toImage();
    const QPoint probe = rig.canvas->dataToPixel({x, (upper80 + upper95) / 2.0}).toPoint();
    const QColor was = test::patchMedian(before, probe), now = test::patchMedian(after, probe);
    QVERIFY2(colourDistance(was, now) > 12,
             qPrintable(QString("band pixel %1 then %2").arg(was.name(), now.name())));
    QVERIFY2(now.lightness() > was.lightness(), "the wider band's tint left the pixel");
  }

  void samplingViewRunsAndShowsCoverage() {
    Rig rig;
    QSignalSpy done(rig.view, &SamplingView::simulationFinished);
    QVERIFY(rig.settled());
    QVERIFY(done.wait(8000));
    const auto& s = rig.view->result();
    QVERIFY2(s, qPrintable(rig.view->statusText()));
    QCOMPARE(s->estimates.rows(), Eigen::Index(600));
    QCOMPARE(s->estimates.cols(), Eigen::Index(3));
    QCOMPARE(s->level, 0.95);
    QTableWidget* t = rig.view->coverageTable();
    QCOMPARE(t->rowCount(), 3);
    for (int j = 0; j < 3; ++j) {
      QVERIFY(std::abs(s->coverage(j) - 0.95) <= 4.0 * std::sqrt(0.95 * 0.05 / 600));
      QCOMPARE(t->item(j, 3)->text(), QString::number(100.0 * s->coverage(j), 'f', 1) + " %");
      QCOMPARE(t->item(j, 4)->text(), QString("95.0 %"));
    }
    QCOMPARE(rig.view->histograms().size(), std::size_t(3));
    QVERIFY(rig.view->statusText().contains("600 refits"));
    // The histogram's bars are drawn: sky-blue pixels near the centre of the plot.
    QCustomPlot* plot = rig.view->histograms()[1];
    plot->replot();
    const QImage img = plot->grab().toImage();
    const QPoint centre = QPoint(static_cast<int>(plot->xAxis->coordToPixel(s->truth(1))),
                                 static_cast<int>(plot->yAxis->coordToPixel(0.0)) - 6);
    int bestDist = 1 << 20;
    for (int dx = -15; dx <= 15; ++dx)
      bestDist = std::min(bestDist, colourDistance(img.pixelColor(centre + QPoint(dx, 0)), QColor(0x56, 0xB4, 0xE9)));
    QVERIFY2(bestDist < 120, qPrintable(QString::number(bestDist)));

    // A new seed reruns; a level change reruns at the new level.
    done.clear();
    rig.view->levelBox()->setValue(90.0);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() && rig.view->result() && rig.view->result()->level == 0.9, 8000);
    QCOMPARE(rig.view->coverageTable()->item(0, 4)->text(), QString("90.0 %"));
  }

  void tablesForSlides() {
    Rig rig;
    const FitFramePtr f = rig.settled();
    QVERIFY(f);
    const auto* ols = dynamic_cast<const OlsModel*>(f->model.get());
    QVERIFY(ols);
    const TextTable t = rig.info->coefficientText();
    QCOMPARE(t.rowNames, (std::vector<std::string>{"intercept", "bmi", "bmi^2"}));
    QCOMPARE(t.columns.size(), std::size_t(6));
    // The cells are the model's inference values as shown.
    const OlsInference& inf = ols->inference();
    for (int j = 0; j < 3; ++j) {
      QVERIFY(matchesShown(std::stod(t.cells[j][1]), inf.se(j)));
      QVERIFY(matchesShown(std::stod(t.cells[j][2]), inf.t(j)));
      QVERIFY(matchesShown(std::stod(t.cells[j][4]), kCi95[j][0]));
    }
    // CSV reads back into the same cells.
    auto records = readCsv(rig.info->tableAsCsv().toStdString(), "table.csv");
    QVERIFY(records);
    QCOMPARE(records->size(), std::size_t(4));
    for (int j = 0; j < 3; ++j)
      for (int c = 0; c < 6; ++c) QCOMPARE((*records)[j + 1].fields[c + 1], t.cells[j][c]);
    // Markdown: header, rule, three rows of 7 cells.
    const QStringList md = rig.info->tableAsMarkdown().trimmed().split('\n');
    QCOMPARE(md.size(), 5);
    for (const QString& line : md) QCOMPARE(line.count('|'), 8);
    // LaTeX: one tabular, four rows ending in \\, six & each.
    const QString tex = rig.info->tableAsLatex();
    QCOMPARE(tex.count("\\begin{tabular}"), 1);
    QCOMPARE(tex.count("\\end{tabular}"), 1);
    QCOMPARE(tex.count("\\\\"), 4);
    QCOMPARE(tex.count(" & "), 4 * 6);
    QVERIFY(tex.contains("bmi\\^{}2 & "));
    // Metrics: train scores of the frame.
    const TextTable m = rig.info->metricsText();
    QCOMPARE(m.rowNames, std::vector<std::string>{"train"});
    QCOMPARE(m.cells[0][0], std::string("442"));
    QVERIFY(std::abs(std::stod(m.cells[0][1]) - *f->train.mse) <= 1e-5 * *f->train.mse);
    QVERIFY(InfoPanel::format(m, TableFormat::Latex).contains("R$^2$"));
    // Save… writes the format the suffix names.
    QTemporaryDir dir;
    const QString path = dir.filePath("coefficients.md");
    QVERIFY(rig.info->saveTable(t, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), rig.info->tableAsMarkdown());
  }

  // The window: the view is a tab of the Views dock, and Edit ▸ Copy
  // coefficient table as Markdown puts the table on the clipboard.
  void windowHasTheViewAndTheMarkdownAction() {
    MainWindow w;
    w.showDefault();
    QVERIFY(w.openCsv(QString(SUPEX_TEST_DATA_DIR) + "/../../resources/data/diabetes_bmi.csv", false));
    QVERIFY(w.chooseModel("ols", {"basis=poly", "degree=2"}).isEmpty());
    int tab = -1;
    for (int i = 0; i < w.views()->count(); ++i)
      if (w.views()->tabText(i) == "Sampling distribution") tab = i;
    QVERIFY(tab >= 0);
    QVERIFY(qobject_cast<SamplingView*>(w.views()->widget(tab)));
    QTRY_VERIFY_WITH_TIMEOUT(w.controller()->shownFrame() && w.controller()->shownFrame()->final &&
                                 dynamic_cast<const OlsModel*>(w.controller()->shownFrame()->model.get()) &&
                                 !w.controller()->fitPending(),
                             5000);
    QAction* copy = nullptr;
    for (QAction* menu : w.menuBar()->actions())
      if (menu->menu())
        for (QAction* a : menu->menu()->actions())
          if (a->text() == "Copy coefficient table as &Markdown") copy = a;
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    copy->trigger();
    const QStringList md = QApplication::clipboard()->text().trimmed().split('\n');
    QCOMPARE(md.size(), 5);
    QVERIFY(md[0].startsWith("|  | coef | SE | t | p | CI low | CI high |"));
    QVERIFY(md[4].startsWith("| bmi^2 | "));
  }
};

QTEST_MAIN(TestSamplingView)
#include "test_sampling_view.moc"
