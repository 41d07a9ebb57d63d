#include "core/models/knn/knn.h"

#include <algorithm>
#include <cmath>

namespace supex {
namespace {

Eigen::MatrixXd modelSpace(const Eigen::MatrixXd& X, const std::optional<Standardizer>& s) {
  return s ? s->transform(X) : X;
}

}  // namespace

const ParamTable<KnnParams>& knnParamTable() {
  static const ParamTable<KnnParams> table = [] {
    ParamTable<KnnParams> t;
    t.add(intField<KnnParams>({.key = "k", .label = "Neighbours k",
                               .help = "Number of nearest training points that vote (classification) or are "
                                       "averaged (regression); must be ≤ the number of training rows",
                               .min = 1, .sliderMin = 1, .sliderMax = 50},
                              &KnnParams::k));
    t.add(realField<KnnParams>({.key = "p", .label = "Minkowski p",
                                .help = "Distance (Σ|xᵢ−yᵢ|ᵖ)^(1/p): p = 1 Manhattan, p = 2 Euclidean, "
                                        "p = inf max|xᵢ−yᵢ|; p < 1 still ranks points but is not a metric",
                                .min = 0, .minOpen = true, .allowInf = true,
                                .sliderMin = 0.25, .sliderMax = 16, .logScale = true},
                               &KnnParams::p));
    t.add(choiceField<KnnParams>({.key = "task", .label = "Task",
                                  .help = "classification: majority vote of the k neighbours (ties to the class "
                                          "of the nearest); regression: mean of their targets",
                                  .choices = {"classification", "regression"}},
                                 &KnnParams::task));
    t.add(flagField<KnnParams>({.key = "standardize", .label = "Standardise features",
                                .help = "Measure distances on z = (x − mean)/sd of the training features "
                                        "(population sd)"},
                               &KnnParams::standardize));
    return t;
  }();
  return table;
}

KnnModel::KnnModel(const Dataset& data, const KnnParams& params)
    : m_params(params),
      m_standardizer(params.standardize ? std::optional<Standardizer>(Standardizer::fit(data.X)) : std::nullopt),
      m_index(modelSpace(data.X, m_standardizer), Minkowski(params.p)),
      m_y(data.y),
      m_numClasses(data.task == Task::Classification ? data.numClasses() : 0) {
  m_hasProbabilities = m_numClasses > 0;
  if (m_numClasses > 0) {
    m_labels.resize(static_cast<std::size_t>(m_y.size()));
    for (Eigen::Index i = 0; i < m_y.size(); ++i) m_labels[static_cast<std::size_t>(i)] = static_cast<int>(m_y(i));
  }
}

void KnnModel::toModelSpace(Eigen::Ref<const Eigen::MatrixXd> X, Eigen::Index row, double* z) const {
  // The same two operations, in the same order, as Standardizer::transform,
  // so a grid cell and a direct prediction see the same bits.
  for (Eigen::Index j = 0; j < X.cols(); ++j)
    z[j] = m_standardizer ? (X(row, j) - m_standardizer->mean(j)) / m_standardizer->scale(j) : X(row, j);
}

double KnnModel::decide(const KnnCandidate* nb, std::vector<int>& counts, bool& tied) const {
  const int k = m_params.k;
  tied = false;
  if (m_numClasses == 0) {
    thread_local std::vector<std::uint32_t> rows;
    rows.resize(static_cast<std::size_t>(k));
    for (int i = 0; i < k; ++i) rows[static_cast<std::size_t>(i)] = nb[i].row;
    std::sort(rows.begin(), rows.end());
    double sum = 0.0;
    for (const std::uint32_t r : rows) sum += m_y(r);
    return sum / k;
  }
  counts.assign(static_cast<std::size_t>(m_numClasses), 0);
  for (int i = 0; i < k; ++i) ++counts[static_cast<std::size_t>(m_labels[nb[i].row])];
  const auto top = std::max_element(counts.begin(), counts.end());
  tied = std::count(top, counts.end(), *top) > 1;
  if (!tied) return static_cast<double>(top - counts.begin());
  // Of the classes with the most votes, the one owning the nearest member in
  // (distance, row) order.
  const KnnCandidate* nearest = nullptr;
  for (int i = 0; i < k; ++i)
    if (counts[static_cast<std::size_t>(m_labels[nb[i].row])] == *top && (!nearest || nb[i] < *nearest))
      nearest = &nb[i];
  return m_labels[nearest->row];
}

void KnnModel::predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const {
  const Eigen::Index n = X.rows();
  const int d = m_index.dims();
  out.value.resize(n);
  out.proba.resize(m_numClasses > 0 ? n : 0, m_numClasses);
  std::vector<double> z(static_cast<std::size_t>(d));
  std::vector<KnnCandidate> nb;
  std::vector<int> counts;
  for (Eigen::Index i = 0; i < n; ++i) {
    toModelSpace(X, i, z.data());
    m_index.nearest(z.data(), m_params.k, nb);
    bool tied = false;
    out.value(i) = decide(nb.data(), counts, tied);
    for (int c = 0; c < m_numClasses; ++c)
      out.proba(i, c) = static_cast<double>(counts[static_cast<std::size_t>(c)]) / m_params.k;
  }
}

void KnnModel::writeJson(nlohmann::json&) const {}

std::vector<Neighbour> KnnModel::neighbours(const Eigen::VectorXd& x) const {
  if (x.size() != m_index.dims()) return {};
  std::vector<double> z(static_cast<std::size_t>(m_index.dims()));
  const Eigen::MatrixXd row = x.transpose();
  toModelSpace(row, 0, z.data());
  std::vector<KnnCandidate> nb;
  m_index.nearest(z.data(), m_params.k, nb);
  std::vector<Neighbour> out;
  out.reserve(nb.size());
  for (const auto& c : nb) out.push_back({c.row, m_index.metric().toDistance(c.acc), m_y(c.row)});
  return out;
}

Result<std::shared_ptr<FittedModel>> fitKnn(const Dataset& data, const KnnParams& params, std::stop_token stop) {
  const Eigen::Index n = data.rows();
  if (params.k > n)
    return usageError("The 'k' parameter of knn must be ≤ the number of training rows (" + std::to_string(n) +
                      "). Got " + std::to_string(params.k) + ".");
  if (data.cols() < 1) return dataError("knn needs at least one feature column.");
  if (!data.hasTarget || data.y.size() != n) return dataError("The training data has no target column.");
  if (!data.X.allFinite() || !data.y.allFinite())
    return dataError("The training data has a missing or infinite value.");
  if (data.task == Task::Classification) {
    if (data.numClasses() < 1) return dataError("The training data has no classes.");
    for (Eigen::Index i = 0; i < n; ++i)
      if (data.y(i) < 0 || data.y(i) >= data.numClasses() || data.y(i) != std::floor(data.y(i)))
        return dataError("Row " + std::to_string(i + 1) + " has no valid class index.");
  }
  if (stop.stop_requested()) return cancelledError();
  return std::shared_ptr<FittedModel>(std::make_shared<KnnModel>(data, params));
}

ModelInfo knnModelInfo() {
  return makeModelInfo<KnnParams>(
      "knn", "k-nearest neighbours",
      "Vote (classification) or mean (regression) of the k training points nearest in Minkowski distance "
      "(Σ|xᵢ−yᵢ|ᵖ)^(1/p)",
      {Task::Classification, Task::Regression}, knnParamTable(),
      [](const KnnParams& p) { return p.task == "regression" ? Task::Regression : Task::Classification; },
      fitKnn);
}

}  // namespace supex
