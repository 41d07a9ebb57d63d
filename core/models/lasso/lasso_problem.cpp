#include "core/models/lasso/lasso_problem.h"

#include <limits>

namespace supex {

std::shared_ptr<const LassoProblem> LassoProblem::make(Eigen::Ref<const Eigen::MatrixXd> phi,
                                                       Eigen::Ref<const Eigen::VectorXd> y) {
  auto problem = std::make_shared<LassoProblem>();
  problem->phiMean = phi.colwise().mean();
  problem->yMean = y.mean();
  // Centre first, then multiply: ΦᵀΦ − n·Φ̄ᵀΦ̄ would cancel catastrophically
  // for columns with a large mean (x⁵ of inputs far from 0).
  const Eigen::MatrixXd centred = phi.rowwise() - problem->phiMean;
  const Eigen::VectorXd yc = y.array() - problem->yMean;
  problem->gram.setZero(phi.cols(), phi.cols());
  problem->gram.selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose());
  problem->gram.triangularView<Eigen::StrictlyUpper>() = problem->gram.transpose();
  problem->xty = centred.transpose() * yc;
  problem->yy = yc.squaredNorm();
  return problem;
}

double LassoProblem::lambdaMax() const { return cols() == 0 ? 0.0 : 2.0 * xty.cwiseAbs().maxCoeff(); }

double LassoProblem::smallestEigenvalue() const {
  const Eigen::Index p = cols();
  if (p == 0) return std::numeric_limits<double>::infinity();
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(gram, Eigen::EigenvaluesOnly);
  const Eigen::VectorXd& ev = eigen.eigenvalues();  // ascending
  const double largest = ev(p - 1);
  if (!(largest > 0) || ev(0) <= largest * static_cast<double>(p) * std::numeric_limits<double>::epsilon())
    return 0.0;
  return ev(0);
}

}  // namespace supex
