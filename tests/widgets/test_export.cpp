// Exports: PNG at the requested size and scale, an SVG that parses and keeps
// the points as vector shapes, a PDF that is a PDF.
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include "tests/widgets/fake_models.h"
#include "widgets/data_canvas.h"
#include "widgets/fit_worker.h"
#include "widgets/plot_export.h"

using namespace supex;

class TestExport : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  DataCanvas* m_canvas = nullptr;

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_canvas = new DataCanvas;
    m_canvas->resize(640, 480);
    auto data = std::make_shared<const Dataset>(fake::twoBlobs());
    m_canvas->setPoints(data, std::vector<bool>(18, false));
    m_canvas->resetView();
    FitWorker worker;
    worker.setCoarseCells(0);
    QSignalSpy spy(&worker, &FitWorker::frameReady);
    FitRequest r;
    r.train = data;
    r.model = fake::fakeModel("centroid");
    r.grid = m_canvas->viewGrid(100);
    worker.submit(r);
    QVERIFY(spy.wait(5000));
    m_canvas->setFrame(spy.last().at(0).value<FitFramePtr>());
  }
  void cleanupTestCase() { delete m_canvas; }

  void png_data() {
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<double>("scale");
    QTest::newRow("800x600") << 800 << 600 << 1.0;
    QTest::newRow("400x300 at 2x") << 400 << 300 << 2.0;
    QTest::newRow("1920x1080") << 1920 << 1080 << 1.0;
  }
  void png() {
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(double, scale);
    const QString path = m_dir.filePath("plot.png");
    QCOMPARE(exportPlot(m_canvas, path, width, height, scale), QString());
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(qRound(width * scale), qRound(height * scale)));
  }

  void svg() {
    const QString path = m_dir.filePath("plot.svg");
    QCOMPARE(exportPlot(m_canvas, path, 600, 450), QString());
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 600, 450));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    // Each of the 18 points is an SVG circle (plus the legend's markers), the
    // boundary and axes are polylines, tick labels are text; only the region
    // shading is an embedded image.
    QVERIFY(svg.count("<circle") >= 18);
    QVERIFY(svg.count("<polyline") > 0);
    QVERIFY(svg.contains("<text"));
    QCOMPARE(svg.count("<image"), qsizetype(1));
  }

  // The clipboard's SVG is the same document, in memory.
  void svgKeepsCurvesInsideTheAxisRect() {
    // A parabola that leaves the visible value range [0, 4] on both sides.
    // Qt 6.4's SVG generator ignores the painter's clip, so without our own
    // clipping its polyline ran over the axes and the margins.
    QCustomPlot plot;
    plot.resize(500, 400);
    QCPGraph* g = plot.addGraph();
    for (int i = 0; i <= 120; ++i) {
      const double x = -3.0 + 0.05 * i;
      g->addData(x, x * x);
    }
    QCPGraph* band = plot.addGraph();  // a filled band edge: clamped, not cut
    for (int i = 0; i <= 120; ++i) band->addData(-3.0 + 0.05 * i, 6.0);
    band->setBrush(QColor(0, 0, 255, 40));
    plot.xAxis->setRange(-3, 3);
    plot.yAxis->setRange(0, 4);
    plot.replot();
    const QRect rect = plot.axisRect()->rect();
    const QByteArray svg = svgBytes(&plot, plot.width(), plot.height());
    QVERIFY(!svg.isEmpty());
    QCOMPARE(g->dataCount(), 121);  // the data is put back after the export
    QCOMPARE(band->data()->constBegin()->value, 6.0);

    // Every vertex of every polyline and polygon lies in the axis rect (2 px
    // of slack for pen widths and the inward ticks on its edges).
    const QRegularExpression pointsAttr(QStringLiteral("points=\"([^\"]*)\""));
    const QRectF allowed = QRectF(rect).adjusted(-2, -2, 2, 2);
    int vertices = 0;
    for (auto m = pointsAttr.globalMatch(QString::fromUtf8(svg)); m.hasNext();) {
      for (const QString& pair : m.next().captured(1).split(' ', Qt::SkipEmptyParts)) {
        const QStringList xy = pair.split(',');
        QCOMPARE(xy.size(), qsizetype(2));
        const QPointF v(xy[0].toDouble(), xy[1].toDouble());
        QVERIFY2(allowed.contains(v), qPrintable(QString("vertex %1,%2 outside the axis rect").arg(v.x()).arg(v.y())));
        ++vertices;
      }
    }
    QVERIFY(vertices > 100);  // the parabola's inside part is there
  }

  void svgBytesForTheClipboard() {
    const QByteArray svg = svgBytes(m_canvas, 400, 300);
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(0, 0, 400, 300));
  }

  void pdf() {
    const QString path = m_dir.filePath("plot.pdf");
    QCOMPARE(exportPlot(m_canvas, path, 600, 450), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
  }

  void unknownSuffix() {
    QVERIFY(exportPlot(m_canvas, m_dir.filePath("plot.gif"), 100, 100).contains("unknown format"));
  }

  void unwritablePath() {
    QVERIFY(!exportPlot(m_canvas, "/nonexistent-dir/plot.png", 100, 100).isEmpty());
  }
};

QTEST_MAIN(TestExport)
#include "test_export.moc"
