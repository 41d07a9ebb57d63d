#pragma once
// Reading colours off rendered plots in the widget tests.
#include <QColor>
#include <QImage>
#include <QPoint>
#include <algorithm>
#include <vector>

namespace supex::test {

// The median colour of the 5×5 patch around `at`, so a dotted grid line or an
// antialiased edge under one pixel does not decide.
inline QColor patchMedian(const QImage& image, QPoint at) {
  std::vector<int> r, g, b;
  for (int dy = -2; dy <= 2; ++dy)
    for (int dx = -2; dx <= 2; ++dx) {
      const QColor c = image.pixelColor(at + QPoint(dx, dy));
      r.push_back(c.red());
      g.push_back(c.green());
      b.push_back(c.blue());
    }
  auto median = [](std::vector<int>& v) {
    std::nth_element(v.begin(), v.begin() + 12, v.end());
    return v[12];
  };
  return QColor(median(r), median(g), median(b));
}

}  // namespace supex::test
