#pragma once
// Exact k-nearest-neighbour search under a Minkowski distance, with the
// contract's tie rule: candidates are ordered by (distance, training row), so
// of several points tied at the k-th place the lower rows are kept.
//
// The k-d tree is nanoflann's (Blanco & Rai, nanoflann: a C++ header-only
// fork of FLANN, 2014; Friedman, Bentley & Finkel, ACM TOMS 3(3), 1977) with
// a Minkowski distance adaptor. nanoflann keeps a candidate only if it is
// strictly closer than the current k-th, and its pruning bound is rounded, so
// on its own it could drop a tied lower row. Our result set therefore
// (1) reports a slightly enlarged k-th distance to the tree, so every point
// tied with the k-th, and every box that might hold one, is still visited, and
// (2) decides membership itself by the exact (A, row) order. The brute-force
// scan is kept as the reference the tree is tested against.
#include <cstdint>
#include <memory>
#include <vector>

#include <Eigen/Dense>

#include "core/models/knn/minkowski.h"

namespace supex {

struct KnnCandidate {
  double acc;         // accumulated Minkowski distance A (see minkowski.h)
  std::uint32_t row;  // training row
};

// The contract's neighbour order: nearer first, then the lower training row.
inline bool operator<(const KnnCandidate& a, const KnnCandidate& b) {
  return a.acc < b.acc || (a.acc == b.acc && a.row < b.row);
}

// An accumulated distance enlarged by far more than any rounding error of the
// tree's bounds (those are a few ulps), so "≤ acc" can never be lost to
// rounding. Only a search bound: membership is always decided exactly.
inline double searchSlack(double acc) { return acc + acc * 1e-9 + 1e-290; }

class KnnIndex {
 public:
  // `points` is n × d (n ≥ 1); the index keeps its own row-major copy.
  KnnIndex(const Eigen::MatrixXd& points, Minkowski metric);
  ~KnnIndex();
  KnnIndex(KnnIndex&&) noexcept;
  KnnIndex& operator=(KnnIndex&&) noexcept;

  Eigen::Index rows() const;
  int dims() const;
  const Minkowski& metric() const;
  // The d coordinates of one training row, contiguous.
  const double* point(std::uint32_t row) const;

  // The k (1 ≤ k ≤ rows()) nearest rows to q (d coordinates), in (A, row)
  // order, found with the k-d tree. `out` is resized to k.
  void nearest(const double* q, int k, std::vector<KnnCandidate>& out) const;
  // The same by scanning every row: the reference for the tree.
  void nearestBruteForce(const double* q, int k, std::vector<KnnCandidate>& out) const;
  // Every row with A(q, row) ≤ bound, in increasing row order (k-d tree;
  // a scan when the bound is infinite).
  void within(const double* q, double bound, std::vector<std::uint32_t>& rows) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace supex
