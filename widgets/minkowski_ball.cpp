#include "widgets/minkowski_ball.h"

#include <algorithm>
#include <cmath>

namespace supex {

QPolygonF unitBall(double p, int samples) {
  samples = std::max(samples, 8);
  QPolygonF out;
  out.reserve(samples + 1);
  for (int i = 0; i < samples; ++i) {
    double t = 2.0 * M_PI * i / samples;
    if (p < 1.0) {
      // Within each quadrant, warp the angle so samples gather near the axes
      // (the star's tips): θ = q·π/2 + (π/2)·s³/(s³ + (1−s)³), s the position in the quadrant.
      const double quarter = M_PI / 2.0;
      const double q = std::floor(t / quarter);
      const double s = t / quarter - q;
      const double w = s * s * s / (s * s * s + (1 - s) * (1 - s) * (1 - s));
      t = (q + w) * quarter;
    }
    const double c = std::cos(t), s = std::sin(t);
    double norm = 0.0;
    if (std::isinf(p)) norm = std::max(std::abs(c), std::abs(s));
    else norm = std::pow(std::pow(std::abs(c), p) + std::pow(std::abs(s), p), 1.0 / p);
    out.append(QPointF(c / norm, s / norm));
  }
  out.append(out.front());
  return out;
}

QPolygonF ball(double p, QPointF centre, double r, double sx, double sy, int samples) {
  QPolygonF out = unitBall(p, samples);
  for (QPointF& q : out) q = QPointF(centre.x() + r * sx * q.x(), centre.y() + r * sy * q.y());
  return out;
}

}  // namespace supex
