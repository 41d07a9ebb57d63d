// The LDA/QDA ellipses and the "explain a point" probe, driven through the
// real canvas, model panel and fit worker: the ellipses follow the model
// (QDA's r reshapes them) and appear as pixels of the class colours; a
// Ctrl+click pins a probe without adding a point, and the explanation
// matches brute force, the model's predict() and the drawn OLS bands.
#include <QCheckBox>
#include <QDockWidget>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <optional>

#include "app/gui/main_window.h"
#include "core/data/generators.h"
#include "core/models/discriminant/ellipse.h"
#include "core/models/qda/qda_model.h"
#include "core/models/registry.h"
#include "widgets/data_canvas.h"
#include "widgets/explorer_controller.h"
#include "widgets/model_panel.h"
#include "widgets/okabe_ito.h"
#include "widgets/views/ellipse_layer.h"
#include "widgets/views/ellipse_view.h"
#include "widgets/views/explain_view.h"
#include "widgets/views/probe_layer.h"
#include "widgets/views/view_format.h"

using namespace supex;

namespace {

struct Rig {
  QWidget window;
  PointDocument doc;
  QUndoStack undo;
  DataCanvas* canvas;
  ModelPanel* models;
  ExplorerController* controller;
  EllipseView* ellipses;
  ExplainView* explain;

  explicit Rig(const Dataset& data, const std::string& model, const ParamValues& values = {}) {
    auto* layout = new QHBoxLayout(&window);
    models = new ModelPanel(modelRegistry());
    canvas = new DataCanvas;
    layout->addWidget(models);
    layout->addWidget(canvas, 1);
    controller = new ExplorerController(&doc, canvas, models, nullptr, &undo, &window);
    controller->setGridCells(80);
    controller->worker()->setCoarseCells(20);
    const ViewContext context{controller, &doc, canvas, models, &undo};
    auto* side = new QVBoxLayout;
    ellipses = new EllipseView(context);
    explain = new ExplainView(context);
    side->addWidget(ellipses);
    side->addWidget(explain);
    layout->addLayout(side);
    if (!models->selectModel(model, data.task)) qFatal("no model %s", model.c_str());
    if (!values.empty()) models->setValues(values);
    window.resize(1300, 650);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) qWarning("window not exposed");
    doc.setData(data);
  }

  // Waits until the canvas shows a final frame of the newest generation.
  FitFramePtr settle() {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5000) {
      const FitFramePtr& f = controller->shownFrame();
      if (f && f->final && !controller->fitPending() && f->generation == controller->worker()->latestGeneration())
        return f;
      QTest::qWait(20);
    }
    return nullptr;
  }
};

Dataset blobs3() {
  GenerateOptions o;
  o.kind = "blobs";
  o.n = 90;
  o.classes = 3;
  o.seed = 7;
  auto d = generate(o);
  if (!d.ok()) qFatal("blobs: %s", d.error().message.c_str());
  return *d;
}

// The share of `points` (data coordinates) with a pixel within 2 px whose
// colour is within `tol` (max channel difference) of `color`.
double colourShare(const QImage& image, const DataCanvas& canvas, const QPolygonF& points, const QColor& color,
                   int tol = 40) {
  int hits = 0, total = 0;
  const QRect inside = canvas.axisRect()->rect().adjusted(3, 3, -3, -3);
  for (const QPointF& p : points) {
    const QPoint at = canvas.dataToPixel(p).toPoint();
    if (!inside.contains(at)) continue;
    ++total;
    bool hit = false;
    for (int dy = -2; dy <= 2 && !hit; ++dy)
      for (int dx = -2; dx <= 2 && !hit; ++dx) {
        const QColor c = image.pixelColor(at + QPoint(dx, dy));
        hit = std::abs(c.red() - color.red()) <= tol && std::abs(c.green() - color.green()) <= tol &&
              std::abs(c.blue() - color.blue()) <= tol;
      }
    hits += hit;
  }
  return total > 0 ? double(hits) / total : 0.0;
}

// Sample covariance (denominator n_k − 1) of class k, written out here.
Eigen::Matrix2d classCovariance(const Dataset& d, int k) {
  Eigen::Vector2d mean = Eigen::Vector2d::Zero();
  int n = 0;
  for (Eigen::Index i = 0; i < d.rows(); ++i)
    if (d.y(i) == k) {
      mean += d.X.row(i).transpose();
      ++n;
    }
  mean /= n;
  Eigen::Matrix2d s = Eigen::Matrix2d::Zero();
  for (Eigen::Index i = 0; i < d.rows(); ++i)
    if (d.y(i) == k) {
      const Eigen::Vector2d c = d.X.row(i).transpose() - mean;
      s += c * c.transpose();
    }
  return s / (n - 1);
}

}  // namespace

class TestDiscriminantViews : public QObject {
  Q_OBJECT

 private slots:
  void ldaEllipsesAppearInTheClassColours() {
    Rig rig(blobs3(), "lda");
    QVERIFY(rig.settle());
    QTRY_COMPARE(rig.ellipses->layer()->ellipses().size(), std::size_t(3));
    rig.canvas->replot();
    const QImage on = rig.canvas->toPixmap().toImage();
    std::vector<double> onShare;
    for (const ClassEllipses& e : rig.ellipses->layer()->ellipses()) {
      onShare.push_back(colourShare(on, *rig.canvas, e.oneSigma, classColor(e.classIndex)));
      QVERIFY2(onShare.back() > 0.6, qPrintable(QString("class %1: %2").arg(e.classIndex).arg(onShare.back())));
    }
    QVERIFY(rig.ellipses->text().contains("shared"));

    // Hidden: the same places show the class colour far less often (only where points are).
    rig.ellipses->oneSigmaBox()->setChecked(false);
    rig.ellipses->twoSigmaBox()->setChecked(false);
    rig.ellipses->meansBox()->setChecked(false);
    rig.canvas->replot();
    const QImage off = rig.canvas->toPixmap().toImage();
    for (std::size_t j = 0; j < onShare.size(); ++j) {
      const ClassEllipses& e = rig.ellipses->layer()->ellipses()[j];
      const double share = colourShare(off, *rig.canvas, e.oneSigma, classColor(e.classIndex));
      QVERIFY2(share < onShare[j] - 0.3, qPrintable(QString("class %1: %2").arg(e.classIndex).arg(share)));
    }
  }

  // QDA's r reshapes the ellipses: at r the drawn 1σ ellipse is that of
  // (1 − r)S_k + rI, S_k the class's sample covariance computed here.
  void qdaRegularisationReshapesTheEllipses() {
    const Dataset data = blobs3();
    Rig rig(data, "qda", {{"reg", "0"}});
    QVERIFY(rig.settle());
    for (double r : {0.0, 0.8}) {
      rig.models->setValues({{"reg", QString::number(r).toStdString()}});
      const FitFramePtr f = rig.settle();
      QVERIFY(f);
      const auto& drawn = rig.ellipses->layer()->ellipses();
      QCOMPARE(drawn.size(), std::size_t(3));
      for (const ClassEllipses& e : drawn) {
        const Eigen::Matrix2d sigma =
            (1 - r) * classCovariance(data, e.classIndex) + r * Eigen::Matrix2d::Identity();
        const Eigen::Matrix2d inv = sigma.inverse();
        const Eigen::Vector2d mu(e.mean.x(), e.mean.y());
        for (const QPointF& p : e.oneSigma) {
          const Eigen::Vector2d d = Eigen::Vector2d(p.x(), p.y()) - mu;
          QVERIFY2(std::abs(d.dot(inv * d) - 1.0) < 1e-9, qPrintable(QString::number(d.dot(inv * d))));
        }
        for (const QPointF& p : e.twoSigma) {
          const Eigen::Vector2d d = Eigen::Vector2d(p.x(), p.y()) - mu;
          QVERIFY(std::abs(d.dot(inv * d) - 4.0) < 1e-9);
        }
      }
    }
  }

  // Ctrl+click pins the probe: no point is added, no undo step; the kNN
  // explanation lists the k nearest rows found here by brute force, and a
  // new k re-explains the same probe.
  void ctrlClickExplainsKnn() {
    const Dataset data = blobs3();
    Rig rig(data, "knn", {{"k", "4"}, {"p", "2"}});
    QVERIFY(rig.settle());
    rig.canvas->replot();
    const QPointF target(data.X.col(0).mean(), data.X.col(1).mean());
    const QPoint pixel = rig.canvas->dataToPixel(target).toPoint();
    const int undoBefore = rig.undo.count();
    QTest::mouseClick(rig.canvas, Qt::LeftButton, Qt::ControlModifier, pixel);
    QVERIFY(rig.explain->probe().has_value());
    const QPointF probe = *rig.explain->probe();
    QVERIFY((rig.canvas->dataToPixel(probe) - QPointF(pixel)).manhattanLength() < 1.5);
    QCOMPARE(rig.doc.data()->rows(), data.rows());
    QCOMPARE(rig.undo.count(), undoBefore);

    auto check = [&](int k) {
      QVERIFY(rig.explain->explanation().has_value());
      const ProbeExplanation& e = *rig.explain->explanation();
      QCOMPARE(e.kind, ProbeExplanation::Kind::Neighbours);
      std::vector<std::pair<double, Eigen::Index>> all;
      for (Eigen::Index i = 0; i < data.rows(); ++i)
        all.emplace_back(std::hypot(data.X(i, 0) - probe.x(), data.X(i, 1) - probe.y()), i);
      std::sort(all.begin(), all.end());
      QCOMPARE(e.neighbours.size(), std::size_t(k));
      for (int j = 0; j < k; ++j) {
        QCOMPARE(e.neighbours[std::size_t(j)].row, all[std::size_t(j)].second);
        QVERIFY(std::abs(e.neighbours[std::size_t(j)].distance - all[std::size_t(j)].first) < 1e-12);
      }
      QCOMPARE(rig.explain->layer()->picture->neighbours.size(), std::size_t(k));
      QVERIFY2(rig.explain->text().contains("Vote"), qPrintable(rig.explain->text()));
      QVERIFY(rig.explain->text().contains(QString("k = %1").arg(k)));
    };
    check(4);

    // The pin is drawn: dark ink at the probe's centre.
    rig.canvas->replot();
    const QImage image = rig.canvas->toPixmap().toImage();
    const QColor centre = image.pixelColor(pixel);
    QVERIFY2(centre.red() < 80 && centre.green() < 80 && centre.blue() < 80, qPrintable(centre.name()));

    rig.models->setValues({{"k", "7"}});
    QVERIFY(rig.settle());
    check(7);
  }

  // LDA at a probe: the explained posterior is predict()'s probability, and
  // softmax of the δₖ shown gives it.
  void ldaPosteriorIsThePredictedProbability() {
    const Dataset data = blobs3();
    Rig rig(data, "lda");
    const FitFramePtr f = rig.settle();
    QVERIFY(f);
    const QPointF q(data.X(5, 0) + 0.3, data.X(5, 1) - 0.2);
    rig.explain->setProbe(q);
    const ProbeExplanation& e = *rig.explain->explanation();
    Prediction p;
    f->model->predict((Eigen::MatrixXd(1, 2) << q.x(), q.y()).finished(), p);
    const Eigen::ArrayXd ex = (e.scores.array() - e.scores.maxCoeff()).exp();
    for (int k = 0; k < 3; ++k) {
      QVERIFY(std::abs(e.proba(k) - p.proba(0, k)) < 1e-12);
      QVERIFY(std::abs(ex(k) / ex.sum() - p.proba(0, k)) < 1e-12);
    }
    QVERIFY(rig.explain->text().contains("δ"));
  }

  // Far inside a class the posterior rounds to 1 at four digits, but is not
  // 1: the explanation says "P > 0.9999", never a certainty it does not have.
  void nearCertainPosteriorIsNotShownAsOne() {
    const Dataset data = blobs3();
    Rig rig(data, "lda");
    const FitFramePtr f = rig.settle();
    QVERIFY(f);
    const Eigen::RowVector2d centre = data.X.colwise().mean();
    const Eigen::RowVector2d from = data.X.row(5);
    std::optional<QPointF> probe;
    for (double t = 0; t < 40 && !probe; t += 0.02) {
      const Eigen::RowVector2d q = from + t * (from - centre);
      Prediction p;
      f->model->predict(q, p);
      const double top = p.proba.row(0).maxCoeff();
      if (top >= 0.99995 && top < 1 - 1e-9) probe = QPointF(q(0), q(1));
    }
    QVERIFY(probe.has_value());
    rig.explain->setProbe(*probe);
    const QString text = rig.explain->text();
    QVERIFY2(text.contains("with P > 0.9999"), qPrintable(text));
    QVERIFY(!text.contains("with P = 1<"));
    QCOMPARE(formatProbability(1.0), QStringLiteral("1"));
    QCOMPARE(formatProbability(0.99994), QStringLiteral("0.9999"));
    QCOMPARE(formatProbability(0.25), QStringLiteral("0.25"));
  }

  // One-feature OLS: the intervals at the probe are the bands drawn at that
  // grid x, and a probe on a training point shows its residual and leverage.
  void olsIntervalsAreTheBands() {
    GenerateOptions o;
    o.kind = "linear";
    o.n = 30;
    o.seed = 3;
    auto data = generate(o);
    QVERIFY(data.ok());
    Rig rig(*data, "ols");
    const FitFramePtr f = rig.settle();
    QVERIFY(f && !f->meanLow.empty());
    const std::size_t i = f->curveX.size() / 3;
    rig.explain->setProbe({f->curveX[i], f->curveY[i]});
    const ProbeExplanation& e = *rig.explain->explanation();
    QVERIFY(e.interval.has_value());
    QVERIFY(std::abs(e.prediction - f->curveY[i]) < 1e-9);
    QVERIFY(std::abs(e.interval->meanLow - f->meanLow[i]) < 1e-9);
    QVERIFY(std::abs(e.interval->meanHigh - f->meanHigh[i]) < 1e-9);
    QVERIFY(std::abs(e.interval->predLow - f->predLow[i]) < 1e-9);
    QVERIFY(std::abs(e.interval->predHigh - f->predHigh[i]) < 1e-9);
    QVERIFY(rig.explain->layer()->picture->predInterval.has_value());

    const Dataset& train = *f->trainData;
    rig.explain->setProbe({train.X(2, 0), train.y(2)});
    QVERIFY(rig.explain->dataPoint().has_value());
    QCOMPARE(rig.explain->dataPoint()->row, Eigen::Index(2));
    QVERIFY(rig.explain->dataPoint()->leverage.has_value());
    QVERIFY(rig.explain->text().contains("leverage"));
  }

  // In the window: both views are tabs of the Views dock, and a Ctrl+click
  // on the canvas brings the "Explain a point" tab forward, even with the dock closed.
  void windowRevealsTheExplanation() {
    MainWindow w;
    w.resize(1300, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.generate(GenerateOptions{.kind = "blobs", .n = 60, .seed = 2, .classes = 3}, false);
    QVERIFY(w.chooseModel("lda", {}).isEmpty());
    QTabWidget* tabs = w.views();
    auto* explain = tabs->findChild<ExplainView*>();
    QVERIFY(explain && tabs->findChild<EllipseView*>());
    QCOMPARE(explain->objectName(), QString("explain"));
    tabs->setCurrentIndex(tabs->indexOf(tabs->findChild<EllipseView*>()));
    w.viewsDock()->hide();
    QTRY_VERIFY(w.controller()->shownFrame() && w.controller()->shownFrame()->model);
    const auto rows = w.document()->data()->rows();
    w.canvas()->replot();
    QTest::mouseClick(w.canvas(), Qt::LeftButton, Qt::ControlModifier, w.canvas()->dataToPixel({0.5, 0.5}).toPoint());
    QCOMPARE(w.document()->data()->rows(), rows);
    QVERIFY(w.viewsDock()->isVisible());
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(explain));
    QVERIFY2(explain->text().contains("δ"), qPrintable(explain->text()));
  }
};

QTEST_MAIN(TestDiscriminantViews)
#include "test_discriminant_views.moc"
