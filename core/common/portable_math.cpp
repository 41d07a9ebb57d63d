#include "core/common/portable_math.h"

#include <cmath>
#include <limits>

namespace supex {
namespace {

// π/2 split so that k·kPio2Hi and k·kPio2Mid are exact for |k| < 2^20
// (fdlibm's pio2_1, pio2_2, pio2_2t).
constexpr double kPio2Hi = 1.57079632673412561417e+00;
constexpr double kPio2Mid = 6.07710050630396597660e-11;
constexpr double kPio2Lo = 2.02226624879595063154e-21;
constexpr double kTwoOverPi = 6.36619772367581382433e-01;

// ln 2 split so that e·kLn2Hi is exact for every binary exponent e (fdlibm).
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kSqrtHalf = 0.70710678118654752440;

// sin r for |r| ≤ π/4: Taylor terms to r^17 (next term < 1e-19).
double sinKernel(double r) {
  const double z = r * r;
  const double p =
      -1.0 / 6 +
      z * (1.0 / 120 +
           z * (-1.0 / 5040 +
                z * (1.0 / 362880 +
                     z * (-1.0 / 39916800 +
                          z * (1.0 / 6227020800.0 + z * (-1.0 / 1307674368000.0 + z * (1.0 / 355687428096000.0)))))));
  return r + r * z * p;
}

// cos r for |r| ≤ π/4: Taylor terms to r^18 (next term < 1e-20).
double cosKernel(double r) {
  const double z = r * r;
  const double p =
      1.0 / 24 +
      z * (-1.0 / 720 +
           z * (1.0 / 40320 +
                z * (-1.0 / 3628800 +
                     z * (1.0 / 479001600.0 +
                          z * (-1.0 / 87178291200.0 + z * (1.0 / 20922789888000.0 + z * (-1.0 / 6402373705728000.0)))))));
  return 1.0 - 0.5 * z + z * z * p;
}

// x = k·π/2 + r with |r| ≲ π/4; returns k mod 4.
int reduce(double x, double& r) {
  const double k = std::floor(x * kTwoOverPi + 0.5);
  r = ((x - k * kPio2Hi) - k * kPio2Mid) - k * kPio2Lo;
  const long long q = static_cast<long long>(k) % 4;
  return static_cast<int>(q < 0 ? q + 4 : q);
}

}  // namespace

double portableSin(double x) {
  if (!std::isfinite(x)) return std::numeric_limits<double>::quiet_NaN();
  double r = 0;
  switch (reduce(x, r)) {
    case 0: return sinKernel(r);
    case 1: return cosKernel(r);
    case 2: return -sinKernel(r);
    default: return -cosKernel(r);
  }
}

double portableCos(double x) {
  if (!std::isfinite(x)) return std::numeric_limits<double>::quiet_NaN();
  double r = 0;
  switch (reduce(x, r)) {
    case 0: return cosKernel(r);
    case 1: return -sinKernel(r);
    case 2: return -cosKernel(r);
    default: return sinKernel(r);
  }
}

double portableLog(double x) {
  if (std::isnan(x) || x <= 0) return std::numeric_limits<double>::quiet_NaN();
  if (std::isinf(x)) return x;
  int e = 0;
  double m = std::frexp(x, &e);  // exact: x = m·2^e, m in [0.5, 1)
  if (m < kSqrtHalf) {
    m *= 2;
    --e;
  }
  const double f = m - 1;  // exact (Sterbenz), in [√½ − 1, √2 − 1)
  const double s = f / (2 + f);
  const double z = s * s;  // ≤ 0.0295, so 12 terms of the atanh series suffice
  double series = 1.0 / 25;
  for (int k = 11; k >= 1; --k) series = 1.0 / (2 * k + 1) + z * series;
  const double logM = 2 * s + 2 * s * z * series;
  const double de = static_cast<double>(e);
  return de * kLn2Hi + (de * kLn2Lo + logM);
}

}  // namespace supex
