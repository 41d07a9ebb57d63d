#pragma once
// NnTrainer: training as an explicit, inspectable state machine, one epoch per
// call, so the GUI can animate the decision boundary and the loss curve while
// the network learns. Everything that changes during training is a member:
// the weights θ, the optimizer's moments, the epoch counter, the random
// engine (shuffles) and the loss history. snapshot() turns the current state
// into an immutable NnModel at any moment; fitNn() (nn.h) simply runs
// `epochs` steps and takes the final snapshot.
//
// One epoch: shuffle the rows (Fisher–Yates, seeded engine), cut them into
// mini-batches of `batch` rows (the last one may be smaller), and for each
// batch compute ∂J/∂θ by back-propagation and let the optimizer update θ.
// With batch = 0 (or batch ≥ n) there is one batch, the whole set in its
// original order: shuffling it would change only the rounding of the sums.
// After the epoch, J(θ) on the whole training set is appended to lossHistory().
#include <memory>
#include <optional>
#include <random>
#include <stop_token>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/data/standardizer.h"
#include "core/models/nn/network.h"
#include "core/models/nn/nn_model.h"
#include "core/models/nn/nn_params.h"
#include "core/models/nn/optimizer.h"

namespace supex {

class NnTrainer {
 public:
  // Validates the parameters and the data (classification with exactly two
  // classes: usage error otherwise), standardises if asked, and draws the
  // seeded initial weights.
  static Result<NnTrainer> create(const Dataset& data, const NnParams& params);
  // The same with explicit initial weights (a warm start, or a hand-made
  // network in a test). `initial` acts on the training features (z-scores
  // when standardize=true) and must match the data's width, `hidden` and
  // `activation`. No random numbers are drawn for weights.
  static Result<NnTrainer> create(const Dataset& data, const NnParams& params, Network initial);

  // Runs one epoch. If it diverges (a non-finite loss or weight), the weights
  // go back to those before the epoch, the epoch is not counted, and this and
  // every later call return the same numerical error.
  Status step();
  // Steps until `epochs` epochs have run; cancelledError() when stop is requested.
  Status run(std::stop_token stop);

  // Changes, between epochs, the parameters training can take on without
  // starting again: lr, l2, epochs and batch (the weights, the optimizer's
  // moments and the epoch count are kept), and the optimizer (its moments then
  // start again from zero; the weights are kept). Returns false and changes
  // nothing when hidden, activation, seed or standardize differ: those define
  // a different network or starting point, so they need a new trainer. Same
  // validation as create(). After a divergence, a new lr also clears the
  // failure and resumes from the last finite weights with fresh moments.
  Result<bool> retune(const NnParams& params);

  int epoch() const { return static_cast<int>(m_history.size()); }  // epochs run so far
  bool done() const { return epoch() >= m_params.epochs; }
  const NnParams& params() const { return m_params; }
  // J(θ) on the training set after each epoch run (mean cross-entropy + penalty).
  const std::vector<double>& lossHistory() const { return m_history; }
  // J at the initial weights, before any epoch.
  double initialLoss() const { return m_initialLoss; }

  // The current network, acting on the training features (z-scores when
  // standardize=true; snapshot() folds that back into raw units).
  const Network& network() const { return m_network; }
  // The training set as the network sees it: A^[0] (n_0 × n, one row per
  // column, standardised if asked) and the labels Y (1 × n, 1 = second class).
  const Eigen::MatrixXd& inputs() const { return m_A0; }
  const Eigen::RowVectorXd& targets() const { return m_Y; }

  // An immutable model of the current weights, in raw feature units, with the
  // loss history so far and the model metadata (id, classes, params) filled in.
  std::shared_ptr<NnModel> snapshot() const;

 private:
  NnTrainer() = default;
  static Result<NnTrainer> prepare(const Dataset& data, const NnParams& params);
  void startTraining();
  void configureBatches();
  double fullLoss();

  NnParams m_params;
  OptimizerKind m_optimizerKind = OptimizerKind::Adam;
  std::vector<std::string> m_featureNames;
  std::vector<std::string> m_classes;
  std::optional<Standardizer> m_standardizer;

  Eigen::MatrixXd m_A0;     // n_0 × n, the training inputs as columns
  Eigen::RowVectorXd m_Y;   // 1 × n

  Network m_network;
  Network m_lastGood;                 // the weights before the current epoch
  NnOptimizer m_optimizer;
  PortableRandom m_rng{1};
  std::vector<Eigen::Index> m_order;  // row order of the current epoch
  std::vector<double> m_history;
  double m_initialLoss = 0.0;
  std::optional<Error> m_failure;     // set once training diverged

  // Preallocated so that an epoch allocates nothing.
  Eigen::Index m_batch = 0;             // rows per mini-batch (n for full batch)
  Eigen::MatrixXd m_batchA0;            // n_0 × m_batch
  Eigen::RowVectorXd m_batchY;          // 1 × m_batch
  NetworkGradient m_grad;
  NnWorkspace m_batchWs;
  NnWorkspace m_evalWs;                 // forward pass of the whole training set at the current θ
};

}  // namespace supex
