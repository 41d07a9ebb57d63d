// Marching-squares boundary against shapes whose boundary is known exactly.
#include <QTest>
#include <cmath>

#include "widgets/contour.h"

using namespace supex;

class TestContour : public QObject {
  Q_OBJECT

 private slots:
  // Two classes split at x = 0.25 with margins linear in x (m_0 = 0.25 − x):
  // linear interpolation must put every crossing exactly on x = 0.25, and one
  // polyline must run from the bottom edge to the top edge.
  void straightLineIsExact() {
    GridSpec g{-1, 1, 11, -1, 1, 7};
    const std::size_t cells = 11 * 7;
    std::vector<int> labels(cells);
    std::vector<float> margins(2 * cells);
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i) {
        const std::size_t c = static_cast<std::size_t>(j) * g.nx + i;
        const double m0 = 0.25 - g.x(i);
        labels[c] = m0 > 0 ? 0 : 1;
        margins[c] = static_cast<float>(m0);
        margins[cells + c] = static_cast<float>(-m0);
      }
    const auto lines = decisionBoundary(g, labels, margins, 2);
    QCOMPARE(lines.size(), qsizetype(1));
    const QPolygonF& line = lines.front();
    QCOMPARE(line.size(), qsizetype(7));  // one crossing per grid row
    for (const QPointF& p : line) QVERIFY(std::abs(p.x() - 0.25) < 1e-6);
    const double ys[] = {line.front().y(), line.back().y()};
    QCOMPARE(std::min(ys[0], ys[1]), -1.0);
    QCOMPARE(std::max(ys[0], ys[1]), 1.0);
  }

  // Without probabilities crossings fall on edge midpoints: a disc of class 1
  // gives one closed polyline (first point = last point).
  void discIsClosed() {
    GridSpec g{-1, 1, 21, -1, 1, 21};
    std::vector<int> labels(21 * 21);
    for (int j = 0; j < g.ny; ++j)
      for (int i = 0; i < g.nx; ++i) labels[static_cast<std::size_t>(j) * 21 + i] = std::hypot(g.x(i), g.y(j)) < 0.5 ? 1 : 0;
    const auto lines = decisionBoundary(g, labels, {}, 2);
    QCOMPARE(lines.size(), qsizetype(1));
    const QPolygonF& ring = lines.front();
    QCOMPARE(ring.front(), ring.back());
    for (const QPointF& p : ring) {
      const double r = std::hypot(p.x(), p.y());
      QVERIFY2(std::abs(r - 0.5) < 0.1 + 1e-9, qPrintable(QString::number(r)));  // within one cell (0.1)
    }
  }

  // Three vertical bands: two boundaries, each traced from both sides.
  void threeClasses() {
    GridSpec g{0, 3, 31, 0, 1, 5};
    std::vector<int> labels(31 * 5);
    for (int j = 0; j < 5; ++j)
      for (int i = 0; i < 31; ++i) labels[static_cast<std::size_t>(j) * 31 + i] = std::min(2, static_cast<int>(g.x(i) / 1.0001));
    const auto lines = decisionBoundary(g, labels, {}, 3);
    QCOMPARE(lines.size(), qsizetype(4));
  }

  void uniformGridHasNoBoundary() {
    GridSpec g{0, 1, 5, 0, 1, 5};
    QVERIFY(decisionBoundary(g, std::vector<int>(25, 1), {}, 2).isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestContour)
#include "test_contour.moc"
