#include "core/models/nn/grad_check.h"

#include <algorithm>
#include <cmath>

#include "core/models/nn/nn_trainer.h"

namespace supex {

namespace {

constexpr double kStep = 1e-6;

// Every parameter of `net` (weights, then biases, layer by layer) as a pointer
// into its storage, so the check can nudge one at a time.
std::vector<double*> parameterPointers(Network& net) {
  std::vector<double*> out;
  for (int l = 1; l <= net.depth(); ++l) {
    for (Eigen::Index i = 0; i < net.W(l).size(); ++i) out.push_back(net.W(l).data() + i);
    for (Eigen::Index i = 0; i < net.b(l).size(); ++i) out.push_back(net.b(l).data() + i);
  }
  return out;
}

}  // namespace

Result<GradCheckResult> gradientCheck(const Dataset& data, const NnParams& params) {
  if (params.activation == "relu")
    return usageError("gradcheck refuses activation=relu: ReLU has a kink at 0 where the derivative does not "
                      "exist, so finite differences are meaningless there. Use tanh or sigmoid.");
  auto trainer = NnTrainer::create(data, params);
  if (!trainer) return trainer.error();
  const Eigen::MatrixXd& A0 = trainer->inputs();
  const Eigen::RowVectorXd& Y = trainer->targets();
  const double l2 = params.l2;

  Network net = trainer->network();
  NetworkGradient grad;
  NnWorkspace ws;
  lossAndGradient(net, A0, Y, l2, grad, ws);

  // g in the same order as parameterPointers().
  Network gradAsNet = net;
  for (int l = 1; l <= net.depth(); ++l) {
    gradAsNet.W(l) = grad.dW(l);
    gradAsNet.b(l) = grad.db(l);
  }
  const std::vector<double*> theta = parameterPointers(net);
  const std::vector<double*> g = parameterPointers(gradAsNet);

  double diff2 = 0.0, g2 = 0.0, gHat2 = 0.0;
  for (std::size_t k = 0; k < theta.size(); ++k) {
    const double saved = *theta[k];
    *theta[k] = saved + kStep;
    const double up = loss(net, A0, Y, l2, ws);
    *theta[k] = saved - kStep;
    const double down = loss(net, A0, Y, l2, ws);
    *theta[k] = saved;
    const double gHat = (up - down) / (2.0 * kStep);
    diff2 += (*g[k] - gHat) * (*g[k] - gHat);
    g2 += *g[k] * *g[k];
    gHat2 += gHat * gHat;
  }
  GradCheckResult r;
  r.maxRelError = std::sqrt(diff2) / std::max(std::sqrt(g2) + std::sqrt(gHat2), 1e-300);
  r.nParameters = static_cast<int>(theta.size());
  return r;
}

}  // namespace supex
