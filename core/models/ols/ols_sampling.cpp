#include "core/models/ols/ols_sampling.h"

#include <cmath>
#include <string>

#include "core/common/portable_random.h"

namespace supex {

Result<OlsSampling> simulateOlsSampling(const OlsModel& model, const Dataset& train,
                                        const OlsSamplingOptions& options, std::stop_token stop) {
  if (options.replicates < 2) return usageError("The simulation needs at least 2 replicates.");
  if (!(options.level > 0 && options.level < 1)) return usageError("The confidence level must be > 0 and < 1.");
  if (train.rows() == 0 || train.cols() != static_cast<Eigen::Index>(model.inputNames.size()))
    return usageError("The simulation needs the training data the model was fitted on.");

  const OlsInference& inf = model.inference();
  const Eigen::Index p = model.weights().size() + 1;
  OlsSampling out;
  out.truth.resize(p);
  out.truth << model.intercept(), model.weights();
  out.sigma2 = inf.sigma2;
  out.formulaSe = model.covariance().diagonal().cwiseMax(0.0).cwiseSqrt();
  out.level = options.level;
  out.seed = options.seed;
  if (!(inf.sigma2 > 0) || !std::isfinite(inf.sigma2))
    return numericalError("The fit has no residual noise (σ̂² = 0): there is nothing to simulate.");

  Prediction fitted;
  model.predict(train.X, fitted);
  OlsParams params;
  params.basis = model.basis().params();
  params.level = options.level;

  Dataset sample = train;
  PortableRandom rng(options.seed);
  const double sigma = std::sqrt(inf.sigma2);
  out.estimates.resize(options.replicates, p);
  Eigen::VectorXd covered = Eigen::VectorXd::Zero(p);
  for (int r = 0; r < options.replicates; ++r) {
    if (stop.stop_requested()) return cancelledError();
    for (Eigen::Index i = 0; i < sample.rows(); ++i) sample.y(i) = fitted.value(i) + sigma * rng.normal();
    auto refit = fitOls(sample, params, stop);
    if (!refit) {
      if (stop.stop_requested()) return cancelledError();
      return numericalError("Refit " + std::to_string(r + 1) + " failed: " + refit.error().message);
    }
    const OlsModel& m = **refit;
    out.estimates(r, 0) = m.intercept();
    out.estimates.row(r).tail(p - 1) = m.weights().transpose();
    const OlsInference& ri = m.inference();
    for (Eigen::Index j = 0; j < p; ++j)
      if (ri.ci_low(j) <= out.truth(j) && out.truth(j) <= ri.ci_high(j)) covered(j) += 1.0;
  }
  const double n = options.replicates;
  out.mean = out.estimates.colwise().mean().transpose();
  out.sd = ((out.estimates.rowwise() - out.mean.transpose()).colwise().squaredNorm().transpose() / (n - 1.0))
               .cwiseSqrt();
  out.coverage = covered / n;
  return out;
}

}  // namespace supex
