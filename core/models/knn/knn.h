#pragma once
// k-nearest neighbours, classification and regression.
//
// Distance: Minkowski D_p(x, x') = (Σ_j |x_j − x'_j|^p)^(1/p) for real p > 0,
// D_∞ = max_j |x_j − x'_j| (see minkowski.h; p < 1 is not a metric, but it
// still ranks points, which is all k-NN needs).
// Neighbours N_k(x): the k training rows with the smallest D_p(x, x_i); a tie
// at the k-th place goes to the lower training row, i.e. rows are ranked by
// (distance, row).
// Classification: ŷ(x) = the majority class among N_k(x); a tie in the vote
// goes to the tied class that owns the nearest member of N_k(x) in the same
// (distance, row) order. P(class c | x) = (votes for c)/k.
// Regression: ŷ(x) = (1/k) Σ_{i ∈ N_k(x)} y_i.
// Nothing is fitted beyond storing the data (standardised when
// standardize=true: z = (x − mean)/sd, population sd) in a k-d tree. A
// training point is its own nearest neighbour when the training set is
// predicted, so k = 1 reproduces the training labels.
// Assumptions: nearby inputs have similar targets at the scale of the k-th
// neighbour distance; features are on comparable scales (else standardize).
// Reference: T. Cover & P. Hart, "Nearest neighbor pattern classification",
// IEEE Trans. Inf. Theory 13(1), 1967; Hastie, Tibshirani & Friedman, The
// Elements of Statistical Learning, 2nd ed., §13.3.
#include <cstdint>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/data/standardizer.h"
#include "core/models/fitted_model.h"
#include "core/models/knn/knn_index.h"
#include "core/models/model_info.h"
#include "core/predict/grid_predictor.h"

namespace supex {

struct KnnParams {
  int k = 5;
  double p = 2.0;                       // > 0, or +infinity
  std::string task = "classification";  // classification | regression
  bool standardize = false;
};

const ParamTable<KnnParams>& knnParamTable();

// One neighbour, for the GUI's lens and "explain this point".
struct Neighbour {
  Eigen::Index row;  // training row (0-based, data set order)
  double distance;   // true Minkowski distance D_p (in standardised units when standardize=true)
  double target;     // class index (classification) or target value (regression)
};

class KnnModel final : public FittedModel, public GridBlockPredictor {
 public:
  KnnModel(const Dataset& data, const KnnParams& params);

  void predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const override;
  // kNN has no fitted coefficients; `classes` and `params` come from the caller.
  void writeJson(nlohmann::json& out) const override;

  // The k neighbours of x (raw features, training column order) in
  // (distance, row) order: exactly the ones predict() uses. Empty when x
  // does not have one value per feature.
  std::vector<Neighbour> neighbours(const Eigen::VectorXd& x) const;

  const KnnParams& knnParams() const { return m_params; }
  const KnnIndex& index() const { return m_index; }

  // Grid fast path (see knn_grid.cpp): per tile, one radius search collects
  // every row that can be a neighbour of any cell in it; per cell, only those
  // rows are considered, with per-axis distance terms shared across the tile,
  // and a cell whose neighbour set is unchanged costs one counting pass.
  // Blocks are a column of 16 × 16 tiles, 16 wide and up to 256 tall, so the
  // tiles of a block share one column range and its |x − x_i|^p terms; the
  // stop token is checked between tiles.
  bool predictGridBlock(const GridSpec& grid, int ix0, int ix1, int iy0, int iy1, GridResult& out,
                        std::stop_token stop) const override;
  int gridBlockColumns() const override { return kGridTile; }
  int gridBlockRows() const override { return kGridTile * 16; }

 private:
  static constexpr int kGridTile = 16;
  struct ColumnTerms;
  template <bool Max, bool TwoD>
  void gridTile(const GridSpec& grid, int ix0, int ix1, int iy0, int iy1, ColumnTerms* cache, GridResult& out) const;
  // The model-space (standardised if asked) coordinates of one raw row.
  void toModelSpace(Eigen::Ref<const Eigen::MatrixXd> X, Eigen::Index row, double* z) const;
  // Vote or mean over the k members nb[0..k), in any order. Classification:
  // fills `counts` (votes per class) and sets `tied` when several classes
  // share the top count (the answer then depends on the members' distances,
  // not only on who they are). Regression: the mean, summed in increasing
  // row order, so it depends only on the set of members.
  double decide(const KnnCandidate* nb, std::vector<int>& counts, bool& tied) const;

  KnnParams m_params;
  std::optional<Standardizer> m_standardizer;
  KnnIndex m_index;
  Eigen::VectorXd m_y;
  std::vector<int> m_labels;  // classification: m_y as class indices
  int m_numClasses = 0;       // 0 for regression
};

// Fits (stores and indexes) the training data. Usage error (code 2) when
// k > n: "The 'k' parameter of knn must be ≤ the number of training rows (N). Got K."
Result<std::shared_ptr<FittedModel>> fitKnn(const Dataset& data, const KnnParams& params, std::stop_token stop);

ModelInfo knnModelInfo();

}  // namespace supex
