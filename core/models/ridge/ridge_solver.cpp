#include "core/models/ridge/ridge_solver.h"

#include <algorithm>
#include <limits>
#include <string>

#include "core/common/svd.h"

namespace supex {

RidgeSolver RidgeSolver::make(Eigen::Ref<const Eigen::MatrixXd> phi, Eigen::Ref<const Eigen::VectorXd> y) {
  RidgeSolver s;
  const Eigen::Index n = phi.rows();
  const Eigen::Index p = phi.cols();
  s.m_phiMean = phi.colwise().mean();
  s.m_yMean = y.mean();
  if (p == 0 || n == 0) {
    s.m_v.resize(p, 0);
    return s;
  }
  const Eigen::VectorXd yc = y.array() - s.m_yMean;
  if (n > p) {
    // Tall design: Φ_c = QR first, then the SVD of the small R = U_R S Vᵀ, so
    // Φ_c = (Q U_R) S Vᵀ and Uᵀy_c = U_Rᵀ(Qᵀy_c)_{1..p} (LAPACK dgesvd does
    // the same for m ≫ n). Cost 2np² + O(p³) instead of a full n x p SVD.
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(phi.rowwise() - s.m_phiMean);
    const Eigen::MatrixXd r = qr.matrixQR().topRows(p).triangularView<Eigen::Upper>();
    const Eigen::VectorXd qty = (qr.householderQ().adjoint() * yc).head(p);
    const Svd svd = thinSvd(r);  // r is p × p: thin is full
    s.m_s = svd.s;
    s.m_v = svd.v;
    s.m_uty = svd.u.transpose() * qty;
  } else {
    const Svd svd = thinSvd(phi.rowwise() - s.m_phiMean);
    s.m_s = svd.s;
    s.m_v = svd.v;
    s.m_uty = svd.u.transpose() * yc;
  }
  const double threshold =
      s.m_s.size() > 0 ? s.m_s(0) * static_cast<double>(std::max(n, p)) * std::numeric_limits<double>::epsilon() : 0.0;
  s.m_rank = (s.m_s.array() > threshold).count();
  return s;
}

Result<LinearCoefficients> RidgeSolver::solve(double lambda) const {
  const Eigen::Index p = cols();
  if (lambda == 0.0 && m_rank < p)
    return numericalError("Ridge with lambda = 0 is ordinary least squares, and the centred design has rank " +
                          std::to_string(m_rank) + " < " + std::to_string(p) +
                          " columns (a constant column, a column that is a combination of others, or fewer than " +
                          "p + 1 rows). Use lambda > 0.");
  LinearCoefficients c;
  if (m_s.size() == 0) {
    c.weights = Eigen::VectorXd::Zero(p);
  } else {
    // s/(s² + λ) rather than 1/(s + λ/s): no division by a zero singular value.
    const Eigen::ArrayXd shrink = m_s.array() / (m_s.array().square() + lambda);
    c.weights = m_v * (shrink * m_uty.array()).matrix();
  }
  c.intercept = m_yMean - m_phiMean.dot(c.weights);
  return c;
}

}  // namespace supex
