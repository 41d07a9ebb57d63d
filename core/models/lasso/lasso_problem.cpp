#include "core/models/lasso/lasso_problem.h"

#include <algorithm>
#include <limits>

#include "core/common/svd.h"

namespace supex {

std::shared_ptr<const LassoProblem> LassoProblem::make(Eigen::Ref<const Eigen::MatrixXd> phi,
                                                       Eigen::Ref<const Eigen::VectorXd> y) {
  return make(phi, y, phi.cols() <= kCovarianceMaxColumns ? Mode::Covariance : Mode::Naive);
}

std::shared_ptr<const LassoProblem> LassoProblem::make(Eigen::Ref<const Eigen::MatrixXd> phi,
                                                       Eigen::Ref<const Eigen::VectorXd> y, Mode mode) {
  auto problem = std::make_shared<LassoProblem>();
  problem->mode = mode;
  problem->phiMean = phi.colwise().mean();
  problem->yMean = y.mean();
  const Eigen::Index n = phi.rows(), p = phi.cols();
  if (mode == Mode::Naive) {
    problem->centred = phi.rowwise() - problem->phiMean;
    problem->yc = y.array() - problem->yMean;
    problem->diag = problem->centred.colwise().squaredNorm().transpose();
    problem->xty = problem->centred.transpose() * problem->yc;
    problem->yy = problem->yc.squaredNorm();
    return problem;
  }
  // Centre first, then multiply: ΦᵀΦ − n·Φ̄ᵀΦ̄ would cancel catastrophically
  // for columns with a large mean (x⁵ of inputs far from 0). Row blocks keep
  // the centred copy small (no n x p temporary: a 1000 x 20 one costs more in
  // page faults than the arithmetic).
  constexpr Eigen::Index kBlock = 128;
  problem->gram.setZero(p, p);
  problem->xty.setZero(p);
  Eigen::MatrixXd block(std::min(n, kBlock), p);
  Eigen::VectorXd yBlock(block.rows());
  for (Eigen::Index start = 0; start < n; start += kBlock) {
    const Eigen::Index m = std::min(kBlock, n - start);
    block.topRows(m) = phi.middleRows(start, m).rowwise() - problem->phiMean;
    yBlock.head(m) = y.segment(start, m).array() - problem->yMean;
    problem->gram.selfadjointView<Eigen::Lower>().rankUpdate(block.topRows(m).transpose());
    problem->xty.noalias() += block.topRows(m).transpose() * yBlock.head(m);
    problem->yy += yBlock.head(m).squaredNorm();
  }
  problem->gram.triangularView<Eigen::StrictlyUpper>() = problem->gram.transpose();
  problem->diag = problem->gram.diagonal();
  return problem;
}

double LassoProblem::lambdaMax() const { return cols() == 0 ? 0.0 : 2.0 * xty.cwiseAbs().maxCoeff(); }

double LassoProblem::smallestEigenvalue() const {
  const Eigen::Index p = cols();
  if (p == 0) return std::numeric_limits<double>::infinity();
  Eigen::VectorXd ev;  // ascending eigenvalues of G
  if (mode == Mode::Covariance) {
    ev = Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd>(gram, Eigen::EigenvaluesOnly).eigenvalues();
  } else {
    if (centred.rows() <= p) return 0.0;  // rank(Φ_c) ≤ n − 1 < p
    ev = singularValues(centred).reverse().array().square();
  }
  const double largest = ev(p - 1);
  if (!(largest > 0) || ev(0) <= largest * static_cast<double>(p) * std::numeric_limits<double>::epsilon())
    return 0.0;
  return ev(0);
}

}  // namespace supex
