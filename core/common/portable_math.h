#pragma once
// sin, cos and log built from +, −, ×, ÷ alone, for the synthetic data
// generators. IEEE 754 fixes the result of those operations (and of sqrt)
// bit for bit, but not of std::sin, std::cos or std::log, whose last bit
// differs between glibc, Apple's libm and MSVC's; a generated file printed in
// shortest round-trip form would then differ between machines, and the
// contract promises the same file for the same seed everywhere.
//
// Accuracy: a few ulp for |x| ≤ 1e5 (sin, cos) and every positive normal or
// subnormal x (log). They are not correctly rounded; they need only be the
// same everywhere. Their translation unit must be compiled without fused
// multiply-add contraction (core/CMakeLists.txt sets -ffp-contract=off), since
// an FMA rounds once where a multiply then an add round twice.
//
// Method: Cody–Waite reduction by π/2 in three parts and Taylor polynomials on
// [−π/4, π/4] (sin, cos); log x = e·ln 2 + 2·atanh((m − 1)/(m + 1)) with
// x = m·2^e, m in [√½, √2) (the fdlibm scheme, W. J. Cody and W. Waite,
// "Software Manual for the Elementary Functions", 1980).

namespace supex {

double portableSin(double x);
double portableCos(double x);
// x > 0; returns NaN for x ≤ 0 or NaN and +inf for +inf.
double portableLog(double x);

}  // namespace supex
