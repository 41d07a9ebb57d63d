#include "core/models/lasso/lasso_stepper.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

#include "core/models/lasso/soft_threshold.h"

namespace supex {

LassoStepper::LassoStepper(std::shared_ptr<const LassoProblem> problem, double lambda, Eigen::VectorXd warmStart)
    : m_problem(std::move(problem)), m_lambda(lambda) {
  const Eigen::Index p = m_problem->cols();
  m_w = warmStart.size() == 0 ? Eigen::VectorXd::Zero(p) : std::move(warmStart);
  assert(m_w.size() == p);
  refresh();
  if (m_lambda == 0.0) m_minEigen = m_problem->smallestEigenvalue();
}

void LassoStepper::refresh() {
  if (m_problem->mode == LassoProblem::Mode::Covariance)
    m_q.noalias() = m_problem->xty - m_problem->gram * m_w;
  else
    m_r.noalias() = m_problem->yc - m_problem->centred * m_w;
}

double LassoStepper::step() {
  const Eigen::Index p = m_problem->cols();
  if (p == 0) {
    ++m_sweeps;
    return 0.0;
  }
  const Eigen::Index j = m_next;
  const double gjj = m_problem->diag(j);
  const bool covariance = m_problem->mode == LassoProblem::Mode::Covariance;
  double wj = 0.0;
  if (gjj > 0) {
    const double qj = covariance ? m_q(j) : m_problem->centred.col(j).dot(m_r);
    wj = softThreshold(qj + gjj * m_w(j), 0.5 * m_lambda) / gjj;
  }
  const double delta = wj - m_w(j);
  if (delta != 0.0) {
    if (covariance)
      m_q.noalias() -= delta * m_problem->gram.col(j);
    else
      m_r.noalias() -= delta * m_problem->centred.col(j);
    m_w(j) = wj;
  }
  if (++m_next == p) {
    m_next = 0;
    ++m_sweeps;
  }
  return std::abs(delta);
}

void LassoStepper::sweep() {
  do step();
  while (m_next != 0);
}

Eigen::VectorXd LassoStepper::correlations() const {
  if (m_problem->mode == LassoProblem::Mode::Covariance) return m_q;
  return m_problem->centred.transpose() * m_r;
}

double LassoStepper::residualSumOfSquares() const {
  if (m_problem->mode == LassoProblem::Mode::Naive) return m_r.squaredNorm();
  return std::max(0.0, m_problem->yy - m_problem->xty.dot(m_w) - m_q.dot(m_w));
}

double LassoStepper::objective() const { return residualSumOfSquares() + m_lambda * m_w.lpNorm<1>(); }

double LassoStepper::gap() const {
  if (m_problem->cols() == 0) return 0.0;
  if (m_problem->mode == LassoProblem::Mode::Covariance) return gapFor(m_q);
  return gapFor(correlations());
}

double LassoStepper::gapFor(const Eigen::VectorXd& q) const {
  const double dualNorm = 2.0 * q.cwiseAbs().maxCoeff();
  if (m_lambda == 0.0) {
    if (dualNorm == 0.0) return 0.0;
    return m_minEigen > 0 ? q.squaredNorm() / m_minEigen : std::numeric_limits<double>::infinity();
  }
  const double s = dualNorm > m_lambda ? m_lambda / dualNorm : 1.0;
  const double gap = (1.0 - s) * (1.0 - s) * residualSumOfSquares() + m_lambda * m_w.lpNorm<1>() - 2.0 * s * q.dot(m_w);
  return std::max(0.0, gap);
}

}  // namespace supex
