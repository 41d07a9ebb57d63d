#include "core/models/discriminant/class_moments.h"

namespace supex {

ClassMoments classMoments(Eigen::Ref<const Eigen::MatrixXd> X, Eigen::Ref<const Eigen::VectorXd> labels, int K) {
  const Eigen::Index d = X.cols();
  ClassMoments m;
  m.counts.assign(static_cast<std::size_t>(K), 0);
  m.means = Eigen::MatrixXd::Zero(K, d);
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    const int k = static_cast<int>(labels(i));
    ++m.counts[static_cast<std::size_t>(k)];
    m.means.row(k) += X.row(i);
  }
  for (int k = 0; k < K; ++k)
    if (m.counts[static_cast<std::size_t>(k)] > 0) m.means.row(k) /= m.counts[static_cast<std::size_t>(k)];

  // Gather each class's centred rows, then one Gram product per class.
  std::vector<Eigen::MatrixXd> centred(static_cast<std::size_t>(K));
  std::vector<Eigen::Index> filled(static_cast<std::size_t>(K), 0);
  for (int k = 0; k < K; ++k) centred[static_cast<std::size_t>(k)].resize(m.counts[static_cast<std::size_t>(k)], d);
  for (Eigen::Index i = 0; i < X.rows(); ++i) {
    const auto k = static_cast<std::size_t>(labels(i));
    centred[k].row(filled[k]++) = X.row(i) - m.means.row(static_cast<Eigen::Index>(k));
  }
  m.scatter.reserve(static_cast<std::size_t>(K));
  for (const auto& C : centred) m.scatter.push_back(C.transpose() * C);
  return m;
}

}  // namespace supex
