#pragma once
// Per-class sample means and scatter matrices, the raw material of LDA and
// QDA. Scatter_k = Σ_{i∈k} (xᵢ − μ_k)(xᵢ − μ_k)ᵀ is formed from centred rows
// (two passes), not as Σxxᵀ − n μμᵀ, which loses every digit when the
// features have a large mean.
#include <vector>

#include <Eigen/Dense>

namespace supex {

struct ClassMoments {
  std::vector<int> counts;               // n_k
  Eigen::MatrixXd means;                 // K x d, row k = μ_k (zero for an empty class)
  std::vector<Eigen::MatrixXd> scatter;  // K matrices d x d
};

// `labels` holds class indices 0..K-1 (Dataset::y).
ClassMoments classMoments(Eigen::Ref<const Eigen::MatrixXd> X, Eigen::Ref<const Eigen::VectorXd> labels, int K);

}  // namespace supex
