// The "Basis functions" and "High dimensions" views in the real window: the
// pieces drawn sum to the fitted curve on the canvas, the condition number
// and its warning follow the design, and the high-dimension curves follow
// the p control with the closed-form ball fractions.
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <qcustomplot.h>

#include <cmath>
#include <numbers>

#include "app/gui/main_window.h"
#include "core/data/generators.h"
#include "widgets/explorer_controller.h"
#include "widgets/views/basis_view.h"
#include "widgets/views/high_dim_view.h"

using namespace supex;

class TestBasisHighDimViews : public QObject {
  Q_OBJECT

  MainWindow* m_window = nullptr;

 private slots:
  void initTestCase() {
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->generate({.kind = "sine", .n = 40, .noise = 0.2, .seed = 5}, false);
  }
  void cleanupTestCase() { delete m_window; }

  void piecesSumToTheCanvasCurve() {
    auto* view = m_window->views()->findChild<BasisView*>("basis");
    QVERIFY(view);
    m_window->views()->setCurrentWidget(view);
    QSignalSpy shown(view, &BasisView::piecesShown);
    QCOMPARE(m_window->chooseModel("ols", {"basis=poly", "degree=4"}), QString());
    // Data, b, 4 pieces and their sum, drawn from the final frame on the canvas.
    auto drawnFromFinal = [&] {
      const FitFramePtr f = m_window->controller()->shownFrame();
      return f && f->final && view->plot()->graphCount() == 7 &&
             view->plot()->graph(6)->data()->size() == static_cast<int>(f->curveY.size());
    };
    QTRY_VERIFY_WITH_TIMEOUT(drawnFromFinal(), 8000);
    QVERIFY(!shown.isEmpty());
    QCPGraph* sum = view->plot()->graph(6);
    const FitFramePtr frame = m_window->controller()->shownFrame();
    QCOMPARE(sum->data()->size(), static_cast<int>(frame->curveY.size()));
    for (int i = 0; i < sum->data()->size(); i += 37) {
      const double expected = frame->curveY[static_cast<std::size_t>(i)];
      QVERIFY(std::abs(sum->data()->at(i)->value - expected) < 1e-9 * (1 + std::abs(expected)));
      double pieces = 0;
      for (int g = 1; g <= 5; ++g) pieces += view->plot()->graph(g)->data()->at(i)->value;
      QVERIFY(std::abs(pieces - expected) < 1e-9 * (1 + std::abs(expected)));
    }
    QVERIFY(view->conditionNumber() > 1.0);
    QVERIFY(view->statusText().contains("Condition number"));

    // Degree 10 unstandardised on x in [0, 2π): κ ≈ 2e10 (numpy.linalg.cond of
    // np.column_stack([x**k for k in range(1, 11)]) for 40 uniform x), and the view says so.
    shown.clear();
    QCOMPARE(m_window->chooseModel("ols", {"basis=poly", "degree=10"}), QString());
    QTRY_VERIFY_WITH_TIMEOUT(view->conditionNumber() > 1e8, 8000);
    QVERIFY(view->warningText().contains("Badly conditioned"));
    // The zoom box narrows the y axis to the data and the fit.
    const QCPRange all = view->plot()->yAxis->range();
    view->zoomBox()->setChecked(true);
    QVERIFY(view->plot()->yAxis->range().size() < all.size());

    QCOMPARE(m_window->chooseModel("knn", {}), QString());
    QTRY_VERIFY_WITH_TIMEOUT(view->plot()->graphCount() == 0, 8000);
  }

  void highDimensionsFollowP() {
    auto* view = m_window->views()->findChild<HighDimView*>("highdim");
    QVERIFY(view);
    m_window->views()->setCurrentWidget(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->curves().dims.size() == 100, 8000);
    QSignalSpy shown(view, &HighDimView::curvesShown);
    view->nBox()->setValue(200);
    view->pBox()->setValue(1.0);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && view->options().p == 1.0 && view->curves().ballFraction[1] == 0.5,
                             8000);
    shown.clear();
    view->pBox()->setValue(2.0);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && std::abs(view->curves().ballFraction[2] - std::numbers::pi / 6) < 1e-14,
                             8000);
    QVERIFY(std::abs(view->curves().ballFraction[1] - std::numbers::pi / 4) < 1e-14);
    QVERIFY(view->curves().contrast.back() < view->curves().contrast.front());
    shown.clear();
    view->infBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && view->curves().ballFraction.back() == 1.0, 8000);
    QVERIFY(view->summaryText().contains("p = ∞"));
    // The chosen p is the black curve of the ball plot, drawn last.
    QCustomPlot* plot = view->ballPlot();
    QCPGraph* chosen = plot->graph(plot->graphCount() - 1);
    QCOMPARE(chosen->data()->at(99)->value, 1.0);
  }
};

QTEST_MAIN(TestBasisHighDimViews)
#include "test_basis_high_dim_views.moc"
