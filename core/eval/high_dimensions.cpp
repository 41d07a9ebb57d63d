#include "core/eval/high_dimensions.h"

#include <cmath>
#include <limits>

#include "core/common/portable_random.h"
#include "core/models/knn/minkowski.h"

namespace supex {

double relativeContrast(Eigen::Ref<const Eigen::RowVectorXd> query, Eigen::Ref<const Eigen::MatrixXd> points,
                        double p) {
  if (points.rows() == 0) return std::numeric_limits<double>::quiet_NaN();
  const Minkowski metric(p);
  const int d = static_cast<int>(points.cols());
  const Eigen::RowVectorXd q = query;
  double lo = std::numeric_limits<double>::infinity(), hi = 0.0;
  Eigen::RowVectorXd row(d);
  for (Eigen::Index i = 0; i < points.rows(); ++i) {
    row = points.row(i);
    // The accumulated form ranks as the distance does; convert only the two ends.
    const double acc = metric.accumulated(q.data(), row.data(), d);
    lo = std::min(lo, acc);
    hi = std::max(hi, acc);
  }
  const double dmin = metric.toDistance(lo), dmax = metric.toDistance(hi);
  if (dmin == 0.0) return std::numeric_limits<double>::infinity();
  return (dmax - dmin) / dmin;
}

double meanRelativeContrast(int d, double p, int n, int queries, std::uint64_t seed) {
  // One stream per (seed, d), so changing the range of d never changes a value.
  PortableRandom random(seed * 1000003ULL + static_cast<std::uint64_t>(d));
  Eigen::MatrixXd points(n, d);
  for (Eigen::Index i = 0; i < points.rows(); ++i)
    for (Eigen::Index j = 0; j < d; ++j) points(i, j) = random.uniform();
  Eigen::RowVectorXd query(d);
  double sum = 0.0;
  for (int k = 0; k < queries; ++k) {
    for (Eigen::Index j = 0; j < d; ++j) query(j) = random.uniform();
    sum += relativeContrast(query, points, p);
  }
  return sum / queries;
}

double inscribedBallFraction(int d, double p) {
  if (std::isinf(p)) return 1.0;
  return std::exp(d * std::lgamma(1.0 + 1.0 / p) - std::lgamma(1.0 + d / p));
}

Result<HighDimensionCurves> highDimensionCurves(const HighDimensionOptions& options, std::stop_token stop) {
  if (!(options.p > 0)) return usageError("The Minkowski p must be > 0 (or infinity).");
  if (options.n < 2) return usageError("Draw at least 2 points.");
  if (options.queries < 1) return usageError("Use at least 1 query point.");
  if (options.maxDim < 1) return usageError("The largest dimension must be at least 1.");
  HighDimensionCurves out;
  for (int d = 1; d <= options.maxDim; ++d) {
    if (stop.stop_requested()) return cancelledError();
    out.dims.push_back(d);
    out.contrast.push_back(meanRelativeContrast(d, options.p, options.n, options.queries, options.seed));
    out.ballFraction.push_back(inscribedBallFraction(d, options.p));
  }
  return out;
}

}  // namespace supex
