#include "core/models/ols/ols_distributions.h"

#include <cmath>
#include <limits>

#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/students_t.hpp>

namespace supex {
namespace {

namespace bmp = boost::math::policies;
// Every error becomes a returned value (NaN, ±inf, 0) instead of an exception;
// ignore_error rather than errno_on_error keeps the functions free of global
// state, so the GUI's worker threads can call them concurrently.
using NoThrow = bmp::policy<bmp::domain_error<bmp::ignore_error>, bmp::pole_error<bmp::ignore_error>,
                            bmp::overflow_error<bmp::ignore_error>, bmp::underflow_error<bmp::ignore_error>,
                            bmp::evaluation_error<bmp::ignore_error>, bmp::rounding_error<bmp::ignore_error>,
                            bmp::indeterminate_result_error<bmp::ignore_error>>;
using StudentT = boost::math::students_t_distribution<double, NoThrow>;
using FisherF = boost::math::fisher_f_distribution<double, NoThrow>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

double studentTTwoSidedP(double t, double df) {
  if (std::isnan(t) || !(df > 0)) return kNaN;
  if (std::isinf(t)) return 0.0;
  // Both tails by symmetry; the upper tail of |t| is exact down to the
  // smallest representable probabilities.
  return 2.0 * boost::math::cdf(boost::math::complement(StudentT(df), std::abs(t)));
}

double studentTUpperQuantile(double upperTail, double df) {
  if (!(upperTail > 0 && upperTail < 1) || !(df > 0)) return kNaN;
  return boost::math::quantile(boost::math::complement(StudentT(df), upperTail));
}

double fisherFUpperP(double f, double df1, double df2) {
  if (std::isnan(f) || !(df1 > 0) || !(df2 > 0)) return kNaN;
  if (std::isinf(f)) return f > 0 ? 0.0 : 1.0;
  if (f <= 0) return 1.0;
  return boost::math::cdf(boost::math::complement(FisherF(df1, df2), f));
}

}  // namespace supex
