#pragma once
// Student-t and Fisher-F tail probabilities and quantiles for OLS inference,
// from Boost.Math (Maddock et al., boost/math/distributions), never from a
// hand-written incomplete beta function.
//
// Why a wrapper: Boost's default policy throws on a domain or overflow error,
// and the core must not throw. These functions use a policy that returns NaN
// or ±inf instead, handle infinite statistics themselves (a perfect fit gives
// t = ±inf, F = inf), and take upper tails with complement() so that a tiny
// p-value comes out as the correct small number (1 − cdf would round to 0 at
// about 1e-16).
namespace supex {

// P(|T| ≥ |t|) for T ~ Student t with `df` > 0 degrees of freedom. NaN for a
// NaN t or a non-positive df; 0 for t = ±inf.
double studentTTwoSidedP(double t, double df);

// The quantile q with P(T > q) = upperTail, 0 < upperTail < 1 (NaN otherwise):
// the multiplier of a two-sided interval at level L is q((1 − L)/2).
double studentTUpperQuantile(double upperTail, double df);

// P(F ≥ f) for F ~ Fisher F(df1, df2). NaN for NaN f or non-positive dfs;
// 0 for f = inf.
double fisherFUpperP(double f, double df1, double df2);

}  // namespace supex
