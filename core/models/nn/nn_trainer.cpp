#include "core/models/nn/nn_trainer.h"

#include <cmath>
#include <numeric>

#include "core/common/portable_random.h"
#include "core/models/param_text.h"

namespace supex {

namespace {

// A guard against a network too large for an interactive teaching program
// (and against std::bad_alloc): hidden=100000,100000 is a typo, not a model.
constexpr double kMaxParameters = 1e7;

std::string plural(int n, const char* word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "es"); }

}  // namespace

Result<NnTrainer> NnTrainer::prepare(const Dataset& data, const NnParams& requested) {
  // Re-parse through the table: a struct filled in code gets exactly the
  // validation and messages of a command line.
  auto parsed = nnParamTable().parse(nnParamTable().toValues(requested), "nn");
  if (!parsed) return parsed.error();
  const NnParams& params = *parsed;

  if (data.task != Task::Classification)
    return usageError("nn is a binary classifier: the data has a numeric target, not classes.");
  if (data.numClasses() != 2)
    return usageError("nn is a binary classifier: the data has " + plural(data.numClasses(), "class") + ".");
  if (data.rows() == 0) return dataError("The training data has no rows.");
  if (!data.hasTarget || data.y.size() != data.rows())
    return dataError("The training data has no target column.");

  double count = 0;
  double fanIn = static_cast<double>(data.cols());
  for (int units : params.hidden) {
    count += units * (fanIn + 1);
    fanIn = units;
  }
  count += fanIn + 1;
  if (count > kMaxParameters)
    return usageError("The 'hidden' parameter of nn asks for " + formatReal(count) +
                      " weights and biases; at most " + formatReal(kMaxParameters) + " are allowed.");

  NnTrainer t;
  t.m_params = params;
  activationFromName(params.activation, t.m_network.activation);  // the table checked the name
  optimizerFromName(params.optimizer, t.m_optimizerKind);
  t.m_featureNames = data.featureNames;
  t.m_classes = data.classes;
  if (params.standardize) {
    t.m_standardizer = Standardizer::fit(data.X);
    t.m_A0 = t.m_standardizer->transform(data.X).transpose();
  } else {
    t.m_A0 = data.X.transpose();
  }
  // The second class in class order is the positive class (y = 1).
  t.m_Y = (data.y.array() == 1.0).cast<double>().transpose();
  t.m_rng = PortableRandom(static_cast<std::uint64_t>(params.seed));  // negative seeds wrap modulo 2^64
  return t;
}

Result<NnTrainer> NnTrainer::create(const Dataset& data, const NnParams& params) {
  auto t = prepare(data, params);
  if (!t) return t.error();
  NnTrainer& trainer = t.value();
  trainer.m_network = initialNetwork(static_cast<int>(data.cols()), trainer.m_params.hidden,
                                     trainer.m_network.activation, trainer.m_rng);
  trainer.startTraining();
  return t;
}

Result<NnTrainer> NnTrainer::create(const Dataset& data, const NnParams& params, Network initial) {
  auto t = prepare(data, params);
  if (!t) return t.error();
  NnTrainer& trainer = t.value();
  std::vector<int> expected{static_cast<int>(data.cols())};
  expected.insert(expected.end(), trainer.m_params.hidden.begin(), trainer.m_params.hidden.end());
  expected.push_back(1);
  bool shapesOk = initial.layerSizes() == expected && initial.biases.size() == initial.weights.size();
  for (int l = 1; shapesOk && l <= initial.depth(); ++l)
    shapesOk = initial.b(l).size() == initial.W(l).rows() && (l == 1 || initial.W(l).cols() == initial.W(l - 1).rows());
  if (!shapesOk) return usageError("The initial network's layer sizes do not match the data and 'hidden'.");
  if (initial.activation != trainer.m_network.activation)
    return usageError("The initial network's activation does not match 'activation'.");
  trainer.m_network = std::move(initial);
  trainer.startTraining();
  return t;
}

void NnTrainer::startTraining() {
  const Eigen::Index n = m_A0.cols();
  m_optimizer = NnOptimizer(m_optimizerKind, m_params.lr, m_network);
  m_order.resize(static_cast<std::size_t>(n));
  std::iota(m_order.begin(), m_order.end(), Eigen::Index{0});
  configureBatches();
  m_history.reserve(static_cast<std::size_t>(m_params.epochs));
  m_initialLoss = fullLoss();
}

void NnTrainer::configureBatches() {
  const Eigen::Index n = m_A0.cols();
  m_batch = m_params.batch == 0 ? n : std::min<Eigen::Index>(m_params.batch, n);
  if (m_batch < n) {
    m_batchA0.resize(m_A0.rows(), m_batch);
    m_batchY.resize(m_batch);
  }
}

Result<bool> NnTrainer::retune(const NnParams& requested) {
  auto parsed = nnParamTable().parse(nnParamTable().toValues(requested), "nn");
  if (!parsed) return parsed.error();
  const NnParams& p = *parsed;
  if (p.hidden != m_params.hidden || p.activation != m_params.activation || p.seed != m_params.seed ||
      p.standardize != m_params.standardize)
    return false;
  OptimizerKind kind = m_optimizerKind;
  optimizerFromName(p.optimizer, kind);  // the table checked the name
  const bool recover = m_failure && p.lr != m_params.lr;
  if (kind != m_optimizerKind || recover) {
    m_optimizerKind = kind;
    m_optimizer = NnOptimizer(kind, p.lr, m_network);
  } else {
    m_optimizer.setLearningRate(p.lr);
  }
  m_params = p;
  configureBatches();
  if (recover) {
    m_failure.reset();
    fullLoss();  // the full-batch step expects the forward pass at the current θ in m_evalWs
  }
  return true;
}

// J on the whole training set; leaves that forward pass in m_evalWs.
double NnTrainer::fullLoss() { return loss(m_network, m_A0, m_Y, m_params.l2, m_evalWs); }

Status NnTrainer::step() {
  if (m_failure) return *m_failure;
  const Eigen::Index n = m_A0.cols();
  m_lastGood = m_network;  // same shapes every epoch: a copy, no allocation
  if (m_batch >= n) {
    // Full batch: one gradient step on the whole training set. m_evalWs
    // already holds the forward pass at the current θ (from J after the
    // previous epoch, or from initialLoss), so only the backward pass runs.
    backward(m_network, m_A0, m_Y, m_params.l2, m_evalWs, m_grad);
    m_optimizer.step(m_network, m_grad);
  } else {
    m_rng.shuffle(m_order);
    for (Eigen::Index start = 0; start < n; start += m_batch) {
      const Eigen::Index m = std::min(m_batch, n - start);
      // Gather the batch's examples as the columns of A^[0].
      for (Eigen::Index k = 0; k < m; ++k) {
        const Eigen::Index row = m_order[static_cast<std::size_t>(start + k)];
        m_batchA0.col(k) = m_A0.col(row);
        m_batchY(k) = m_Y(row);
      }
      lossAndGradient(m_network, m_batchA0.leftCols(m), m_batchY.leftCols(m), m_params.l2, m_grad, m_batchWs);
      m_optimizer.step(m_network, m_grad);
    }
  }
  const double J = fullLoss();
  if (!std::isfinite(J) || !m_network.allFinite()) {
    m_network = m_lastGood;  // keep showing the last finite weights
    m_failure = numericalError("The network diverged in epoch " + std::to_string(epoch() + 1) +
                               ": the loss or a weight became infinite or NaN. Lower the learning rate lr "
                               "(now " + formatReal(m_params.lr) + ").");
    return *m_failure;
  }
  m_history.push_back(J);
  return Ok{};
}

Status NnTrainer::run(std::stop_token stop) {
  while (!done()) {
    if (stop.stop_requested()) return cancelledError();
    if (Status s = step(); !s) return s;
  }
  return Ok{};
}

std::shared_ptr<NnModel> NnTrainer::snapshot() const {
  Network net = m_network;
  if (m_standardizer) {
    // Fold z = (x − μ)/s into layer 1: W' = W·diag(1/s), b' = b − W'·μ.
    Eigen::MatrixXd& W1 = net.W(1);
    W1 = W1.array().rowwise() / m_standardizer->scale.array();
    net.b(1) -= W1 * m_standardizer->mean.transpose();
  }
  auto model = std::make_shared<NnModel>(std::move(net), m_history);
  describeFit(*model, "nn", Task::Classification, m_featureNames, m_classes, nnParamTable().toJson(m_params));
  if (!m_history.empty() && m_history.back() > m_initialLoss)
    model->diagnostics.push_back(
        {"loss_increased", "The training loss rose from " + formatReal(m_initialLoss) + " to " +
                               formatReal(m_history.back()) + ": the learning rate may be too large."});
  return model;
}

}  // namespace supex
