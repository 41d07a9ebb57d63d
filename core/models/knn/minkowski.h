#pragma once
// The Minkowski distance D_p(a, b) = (Σ_i |a_i − b_i|^p)^(1/p) for real p > 0,
// and D_∞(a, b) = max_i |a_i − b_i|.
//
// Neighbour searches never need D itself, only its order, so they compare the
// "accumulated" form A = Σ_i |a_i − b_i|^p (or the max for p = ∞): t ↦ t^(1/p)
// is increasing, so A ranks points exactly as D does and saves a pow() per
// candidate. For p < 1, D is not a metric (the triangle inequality fails) but
// it still ranks points, which is all k-NN needs; A is then subadditive,
// A(a, c) ≤ A(a, b) + A(b, c), because |u + v|^p ≤ |u|^p + |v|^p for p ≤ 1.
//
// Every code path (k-d tree, brute force, grid tiles) computes A through
// term() and the same summation order, so they agree bit for bit and ties are
// ties everywhere.
#include <cmath>

namespace supex {

// The per-coordinate term |d|^p for each kind of p, as function objects so
// hot loops can be instantiated per kind (visitTerm) with the very same code
// that term() runs.
struct IdentityTerm {
  double operator()(double absDiff) const { return absDiff; }
};
struct SquareTerm {
  double operator()(double absDiff) const { return absDiff * absDiff; }
};
struct PowTerm {
  double p;
  double operator()(double absDiff) const { return std::pow(absDiff, p); }
};

class Minkowski {
 public:
  enum class Kind { L1, L2, Max, Pow };

  explicit Minkowski(double p);

  double p() const { return m_p; }
  Kind kind() const { return m_kind; }
  bool isMax() const { return m_kind == Kind::Max; }
  // True when D_p satisfies the triangle inequality (p ≥ 1, including ∞).
  bool isMetric() const { return m_p >= 1.0; }

  // Calls f with the term function object of this p (IdentityTerm for p = 1
  // and p = ∞, SquareTerm for p = 2, PowTerm otherwise).
  template <class F>
  decltype(auto) visitTerm(F&& f) const {
    switch (m_kind) {
      case Kind::L1:
      case Kind::Max: return f(IdentityTerm{});
      case Kind::L2: return f(SquareTerm{});
      case Kind::Pow: break;
    }
    return f(PowTerm{m_p});
  }
  // One coordinate's contribution |d|^p to A (for p = ∞: |d| itself).
  double term(double absDiff) const {
    return visitTerm([absDiff](auto t) { return t(absDiff); });
  }

  // Combines the per-coordinate terms: sum, or max for p = ∞. Coordinates are
  // always visited in order 0..d−1 starting from 0, so A(a, b) computed here
  // equals term(|a_0−b_0|) + term(|a_1−b_1|) computed anywhere else.
  double combine(double acc, double t) const { return m_kind == Kind::Max ? (t > acc ? t : acc) : acc + t; }

  // A(a, b) over d coordinates.
  double accumulated(const double* a, const double* b, int d) const {
    double acc = 0.0;
    for (int i = 0; i < d; ++i) acc = combine(acc, term(std::abs(a[i] - b[i])));
    return acc;
  }

  // A → D (true Minkowski units) and back.
  double toDistance(double acc) const;
  double fromDistance(double distance) const;

 private:
  double m_p;
  Kind m_kind;
};

}  // namespace supex
