#include "core/models/logistic/logistic_newton.h"

#include <cmath>

#include "core/models/classifier/class_scores.h"

namespace supex {
namespace {

// θ is packed class by class: [w_1, b_1, w_2, b_2, ...], blocks of q = p + 1.
Eigen::VectorXd pack(const LogisticCoefficients& c) {
  const Eigen::Index K = c.weights.rows(), p = c.weights.cols(), q = p + 1;
  Eigen::VectorXd theta(K * q);
  for (Eigen::Index k = 0; k < K; ++k) {
    theta.segment(k * q, p) = c.weights.row(k).transpose();
    theta(k * q + p) = c.intercepts(k);
  }
  return theta;
}

LogisticCoefficients unpack(const Eigen::VectorXd& theta, Eigen::Index K, Eigen::Index p) {
  const Eigen::Index q = p + 1;
  LogisticCoefficients c{Eigen::MatrixXd(K, p), Eigen::VectorXd(K)};
  for (Eigen::Index k = 0; k < K; ++k) {
    c.weights.row(k) = theta.segment(k * q, p).transpose();
    c.intercepts(k) = theta(k * q + p);
  }
  return c;
}

// Removes the class-sum component: every coordinate averaged over the K
// classes is subtracted, which changes no probability.
void projectSumZero(Eigen::VectorXd& theta, Eigen::Index K, Eigen::Index q) {
  Eigen::VectorXd mean = Eigen::VectorXd::Zero(q);
  for (Eigen::Index k = 0; k < K; ++k) mean += theta.segment(k * q, q);
  mean /= static_cast<double>(K);
  for (Eigen::Index k = 0; k < K; ++k) theta.segment(k * q, q) -= mean;
}

// True when every row's own class has a strictly larger logit than any other.
bool separatesAllRows(const Eigen::MatrixXd& z, Eigen::Ref<const Eigen::VectorXd> labels) {
  for (Eigen::Index i = 0; i < z.rows(); ++i) {
    const auto y = static_cast<Eigen::Index>(labels(i));
    for (Eigen::Index k = 0; k < z.cols(); ++k)
      if (k != y && !(z(i, y) > z(i, k))) return false;
  }
  return true;
}

// Hessian of the loss plus the λ term: block (k, l) = X̃ᵀ diag(v) X̃ with
// v = p_k ∘ (δ_kl − p_l) (+ λI on W when k = l). Every block is symmetric and
// v has one sign per block (≥ 0 on the diagonal, ≤ 0 off it), so each is a
// symmetric rank-n update ±(√|v|∘X̃)ᵀ(√|v|∘X̃): half the work of a full product.
Eigen::MatrixXd hessian(const Eigen::MatrixXd& Xt, const Eigen::MatrixXd& P, double lambda) {
  const Eigen::Index K = P.cols(), q = Xt.cols(), p = q - 1;
  Eigen::MatrixXd H(K * q, K * q);
  Eigen::MatrixXd block(q, q);
  for (Eigen::Index k = 0; k < K; ++k)
    for (Eigen::Index l = k; l < K; ++l) {
      const Eigen::VectorXd v = k == l ? Eigen::VectorXd(P.col(k).array() * (1.0 - P.col(k).array()))
                                       : Eigen::VectorXd(P.col(k).cwiseProduct(P.col(l)));
      const Eigen::MatrixXd scaled = Xt.array().colwise() * v.array().sqrt();
      block.setZero();
      block.selfadjointView<Eigen::Lower>().rankUpdate(scaled.transpose(), k == l ? 1.0 : -1.0);
      H.block(k * q, l * q, q, q) = block.selfadjointView<Eigen::Lower>();
      if (k != l) H.block(l * q, k * q, q, q) = H.block(k * q, l * q, q, q);
    }
  for (Eigen::Index k = 0; k < K; ++k) H.block(k * q, k * q, p, p).diagonal().array() += lambda;
  return H;
}

}  // namespace

Result<LogisticNewtonResult> solveLogisticNewton(Eigen::Ref<const Eigen::MatrixXd> X,
                                                 Eigen::Ref<const Eigen::VectorXd> labels,
                                                 const LogisticNewtonOptions& options,
                                                 const LogisticCoefficients& start, std::stop_token stop) {
  const Eigen::Index n = X.rows(), p = X.cols(), q = p + 1, K = start.weights.rows();
  const double lambda = options.lambda;
  const double gradTol = options.tol * static_cast<double>(n);

  Eigen::MatrixXd Xt(n, q);  // X̃ = [X, 1]: the intercept as one more column
  Xt.leftCols(p) = X;
  Xt.col(p).setOnes();

  Eigen::VectorXd theta = pack(start);
  projectSumZero(theta, K, q);

  LogisticNewtonResult res;
  LogisticCoefficients c = unpack(theta, K, p);
  LogisticObjective eval = logisticObjective(X, labels, lambda, c);
  Eigen::VectorXd g = pack(eval.gradient);

  for (;;) {
    const Eigen::MatrixXd z = logisticLogits(X, c);
    if (lambda == 0 && !res.separable && separatesAllRows(z, labels)) res.separable = true;
    res.gradientMaxNorm = g.cwiseAbs().maxCoeff();
    if (!res.separable && res.gradientMaxNorm <= gradTol) {
      res.converged = true;
      break;
    }
    if (res.iterations >= options.maxIter) break;
    if (res.separable && eval.value == 0) {  // the loss has rounded to 0: nothing left to do
      res.stalled = true;
      break;
    }
    if (stop.stop_requested()) return cancelledError();

    // Newton direction on the sum-zero subspace.
    Eigen::MatrixXd P = z;
    softmaxRows(P);
    Eigen::MatrixXd H = hessian(Xt, P, lambda);
    // Fill the class-sum null space with M = (11ᵀ/K) ⊗ diag(c), c_j the
    // class-averaged curvature of coordinate j, so that M is on the scale of
    // H coordinate by coordinate (features in the millions and intercepts
    // side by side stay well conditioned).
    Eigen::VectorXd curvature = Eigen::VectorXd::Zero(q);
    for (Eigen::Index k = 0; k < K; ++k) curvature += H.diagonal().segment(k * q, q);
    curvature /= static_cast<double>(K);
    for (Eigen::Index j = 0; j < q; ++j)
      if (!(curvature(j) > 0) || !std::isfinite(curvature(j))) curvature(j) = 1.0;
    for (Eigen::Index k = 0; k < K; ++k)
      for (Eigen::Index l = 0; l < K; ++l)
        H.block(k * q, l * q, q, q).diagonal() += curvature / static_cast<double>(K);
    const Eigen::VectorXd scale = H.diagonal();  // > 0 now

    Eigen::VectorXd delta;
    double slope = 0;
    bool descent = false;
    for (double ridge = 1e-12; ridge <= 1e-2 && !descent; ridge *= 1e3) {
      Eigen::MatrixXd Hr = H;
      Hr.diagonal() += ridge * scale;  // a relative (Marquardt) ridge: free of units too
      delta = -Hr.ldlt().solve(g);
      projectSumZero(delta, K, q);
      slope = g.dot(delta);
      descent = delta.allFinite() && slope < 0;
    }
    if (!descent) {  // the Hessian is useless here: fall back to scaled steepest descent
      delta = -g.cwiseQuotient(scale);
      projectSumZero(delta, K, q);  // still a descent direction: g itself lies in the sum-zero subspace
      slope = g.dot(delta);
    }

    // Backtracking line search with the Armijo condition. Once the predicted
    // decrease −gᵀΔ falls below the rounding resolution of f, comparing
    // objective values says nothing: Newton is then in its quadratic basin
    // and the (tiny, in the Hessian norm −gᵀΔ) full step is taken unless it
    // visibly raises f.
    const double resolution = 1e-12 * std::abs(eval.value);
    double alpha = 1.0;
    bool accepted = false;
    LogisticCoefficients trial;
    for (int halving = 0; halving < 60; ++halving, alpha *= 0.5) {
      trial = unpack(theta + alpha * delta, K, p);
      const double f = logisticObjectiveValue(X, labels, lambda, trial);
      if (!std::isfinite(f)) continue;
      if (f <= eval.value + 1e-4 * alpha * slope || (-slope <= resolution && f <= eval.value + resolution)) {
        accepted = true;
        break;
      }
    }
    const bool negligible = (alpha * delta).cwiseAbs().maxCoeff() <= 1e-15 * (1.0 + theta.cwiseAbs().maxCoeff());
    if (!accepted || negligible) {
      res.stalled = true;
      break;
    }
    theta += alpha * delta;
    c = std::move(trial);
    eval = logisticObjective(X, labels, lambda, c);
    g = pack(eval.gradient);
    ++res.iterations;
  }

  res.coefficients = c;
  res.objective = eval.value;
  return res;
}

}  // namespace supex
