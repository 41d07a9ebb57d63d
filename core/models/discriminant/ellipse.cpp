#include "core/models/discriminant/ellipse.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace supex {

EllipseAxes ellipseAxes(const Eigen::Matrix2d& covariance, double k) {
  // Symmetrise so a covariance with rounding asymmetry still has real eigenvectors.
  const Eigen::Matrix2d s = 0.5 * (covariance + covariance.transpose());
  const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> eig(s);
  // Eigen sorts the eigenvalues in increasing order.
  const double l1 = std::max(eig.eigenvalues()(1), 0.0);
  const double l2 = std::max(eig.eigenvalues()(0), 0.0);
  EllipseAxes axes;
  axes.major = k * std::sqrt(l1);
  axes.minor = k * std::sqrt(l2);
  Eigen::Vector2d v1 = eig.eigenvectors().col(1);
  // A direction, not an arrow: pick the sign that points right (or up) so the angle is in (−π/2, π/2].
  if (v1.x() < 0 || (v1.x() == 0 && v1.y() < 0)) v1 = -v1;
  axes.majorDirection = v1;
  axes.minorDirection = Eigen::Vector2d(-v1.y(), v1.x());
  axes.angle = std::atan2(v1.y(), v1.x());
  return axes;
}

std::vector<Eigen::Vector2d> ellipsePolygon(const Eigen::Vector2d& centre, const Eigen::Matrix2d& covariance,
                                            double k, int segments) {
  segments = std::max(segments, 3);
  const EllipseAxes axes = ellipseAxes(covariance, k);
  std::vector<Eigen::Vector2d> points;
  points.reserve(static_cast<std::size_t>(segments) + 1);
  for (int i = 0; i < segments; ++i) {
    const double t = 2.0 * std::numbers::pi * i / segments;
    points.push_back(centre + axes.major * std::cos(t) * axes.majorDirection +
                     axes.minor * std::sin(t) * axes.minorDirection);
  }
  points.push_back(points.front());
  return points;
}

}  // namespace supex
