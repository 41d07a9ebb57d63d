// The "Regularisation path" view inside the real window: the path arrives
// from the background thread for lasso, dragging its cursor with the mouse
// sets λ in the model panel, a new frame of the fit at that λ reaches the
// canvas, the drag is one undoable step, and the cursor is drawn where λ is.
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <qcustomplot.h>

#include <cmath>

#include "app/gui/main_window.h"
#include "core/data/generators.h"
#include "widgets/explorer_controller.h"
#include "widgets/model_panel.h"
#include "widgets/views/latest_job.h"
#include "widgets/views/paths_view.h"

using namespace supex;

namespace {

double panelLambda(const ModelPanel* panel) { return std::stod(panel->values().at("lambda")); }

// A final frame of the model at λ (within the 3 significant digits a drag sets).
bool frameAt(const QSignalSpy& spy, double lambda) {
  for (const auto& args : spy) {
    const auto frame = args.at(0).value<FitFramePtr>();
    if (frame->model && std::abs(frame->model->params.value("lambda", -1.0) - lambda) <= 1e-9 * lambda) return true;
  }
  return false;
}

}  // namespace

class TestPathsView : public QObject {
  Q_OBJECT

  MainWindow* m_window = nullptr;
  PathsView* m_view = nullptr;

 private slots:
  void initTestCase() {
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->generate({.kind = "poly", .n = 60, .noise = 0.5, .seed = 3}, false);
    m_view = m_window->views()->findChild<PathsView*>("paths");
    QVERIFY(m_view);
    m_window->views()->setCurrentWidget(m_view);
  }
  void cleanupTestCase() { delete m_window; }

  void lassoPathAndDrag() {
    QSignalSpy shown(m_view, &PathsView::pathShown);
    QCOMPARE(m_window->chooseModel("lasso", {"basis=poly", "degree=3", "lambda=1"}), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !m_view->job()->busy() && m_view->path() &&
                                 m_view->path()->model == "lasso",
                             8000);
    const RegularisationPath* path = m_view->path();
    QVERIFY(path);
    QCOMPARE(path->model, std::string("lasso"));
    QCOMPARE(path->scale.size(), Eigen::Index{3});
    // Every grid point at or above λ_max is exactly zero.
    for (std::size_t k = 0; k < path->path.lambdas.size(); ++k)
      if (path->path.lambdas[k] >= path->lambdaMax)
        QVERIFY(path->path.coefficients.row(static_cast<Eigen::Index>(k)).tail(3).isZero(0.0));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->nonZeroCount() == 3, 5000);  // λ = 1 ≪ λ_max keeps all three

    QCustomPlot* plot = m_view->plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    // The cursor is drawn at λ = 1: a dark vertical line at that pixel.
    {
      const int x = qRound(plot->xAxis->coordToPixel(1.0));
      const int y = qRound(plot->axisRect()->top() + 0.2 * plot->axisRect()->height());
      const QImage image = plot->toPixmap().toImage();
      bool dark = false;
      for (int dx = -1; dx <= 1; ++dx) dark = dark || qGray(image.pixel(x + dx, y)) < 60;
      QVERIFY2(dark, "no cursor line at λ = 1");
    }

    // Drag from λ = 1 to above λ_max: λ follows the mouse, a fit at the new λ arrives.
    QSignalSpy frames(m_window->controller(), &ExplorerController::frameShown);
    QUndoStack* undo = m_window->findChild<QUndoStack*>();
    QVERIFY(undo);
    const int undoBefore = undo->count();
    const int y = plot->axisRect()->center().y();
    const QPoint from(qRound(plot->xAxis->coordToPixel(1.0)), y);
    const double target = path->lambdaMax * 3.0;
    const QPoint to(qRound(plot->xAxis->coordToPixel(target)), y);
    QTest::mousePress(plot, Qt::LeftButton, {}, from);
    QTest::mouseMove(plot, (from + to) / 2);
    QTest::mouseMove(plot, to);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, to);
    const double lambda = panelLambda(m_window->models());
    QVERIFY2(std::abs(std::log(lambda / target)) < 0.05, qPrintable(QString("λ = %1, aimed at %2").arg(lambda).arg(target)));
    QCOMPARE(undo->count(), undoBefore + 1);
    QTRY_VERIFY_WITH_TIMEOUT(frameAt(frames, lambda), 5000);
    // Above λ_max the lasso fit has no non-zero coefficient, and says so.
    QTRY_COMPARE_WITH_TIMEOUT(m_view->nonZeroCount(), 0, 5000);
    QVERIFY(m_view->statusText().contains("0 of 3"));
    // The hollow markers sit on the axis at the cursor: white inside, grey ring.
    plot->replot(QCustomPlot::rpImmediateRefresh);
    {
      const QImage image = plot->toPixmap().toImage();
      // Above the axis line and right of the cursor line, where only the ring's upper right arc is.
      const QPoint at(qRound(plot->xAxis->coordToPixel(lambda)), qRound(plot->yAxis->coordToPixel(0.0)));
      bool ring = false;
      for (int dx = 2; dx <= 4; ++dx)
        for (int dy = -4; dy <= -2; ++dy) ring = ring || qGray(image.pixel(at.x() + dx, at.y() + dy)) < 150;
      QVERIFY2(ring, "no exactly-zero marker on the axis at the cursor");
    }

    // Undo puts λ back and refits.
    frames.clear();
    undo->undo();
    QCOMPARE(panelLambda(m_window->models()), 1.0);
    QTRY_VERIFY_WITH_TIMEOUT(frameAt(frames, 1.0), 5000);
  }

  void ridgeAndOtherModels() {
    QSignalSpy shown(m_view, &PathsView::pathShown);
    QCOMPARE(m_window->chooseModel("ridge", {"basis=poly", "degree=2", "lambda=0.5"}), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !m_view->job()->busy() && m_view->path() &&
                                 m_view->path()->model == "ridge" && m_view->path()->scale.size() == 2,
                             8000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->statusText().contains("never exactly"), 5000);
    QCOMPARE(m_window->chooseModel("ols", {}), QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->path() == nullptr, 5000);
    QVERIFY(m_view->statusText().contains("ridge and lasso"));
  }
};

QTEST_MAIN(TestPathsView)
#include "test_paths_view.moc"
