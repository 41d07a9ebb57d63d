#pragma once
// The singular value decomposition, in one place. Eigen's BDCSVD is the most
// expensive template of the build to compile (about 25 s per file at -O3 and
// twice that under the sanitizers), so it is instantiated once, in svd.cpp,
// and ridge, lasso and the condition number call these functions.
#include <Eigen/Core>

namespace supex {

// A = U diag(s) Vᵀ with s descending; U is n × min(n, p), V is p × min(n, p)
// (for a square A, the full decomposition).
struct Svd {
  Eigen::VectorXd s;
  Eigen::MatrixXd u;
  Eigen::MatrixXd v;
};

Svd thinSvd(Eigen::Ref<const Eigen::MatrixXd> a);
// The singular values alone, descending (cheaper: no U or V).
Eigen::VectorXd singularValues(Eigen::Ref<const Eigen::MatrixXd> a);

}  // namespace supex
