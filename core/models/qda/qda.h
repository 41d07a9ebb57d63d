#pragma once
// Quadratic discriminant analysis, model id `qda`.
//
// Model. Each class k is Gaussian, N(μ_k, Σ_k), with its own covariance, and
// has prior probability π_k. Bayes' rule gives the posterior softmax(δ) with
//     δ_k(x) = log π_k − ½ log|Σ_k| − ½ (x − μ_k)ᵀ Σ_k⁻¹ (x − μ_k).
// Estimates: μ_k the class means, Σ_k the class covariance with denominator
// n_k − 1, shrunk towards the identity by the parameter r = `reg` ∈ [0, 1]:
//     Σ_k ← (1 − r) Σ_k + r I        (these regularised Σ_k are reported).
// r > 0 makes every Σ_k positive definite; r·I acts in the fitted space, so
// with standardize=true it shrinks towards unit variance of standardised
// features. π_k as for lda (`priors`, normalised; default n_k/n).
//
// Assumptions: Gaussian classes; every class has at least 2 rows; at r = 0
// each Σ_k is non-singular (n_k > d, no feature constant within the class or
// a linear combination of others) — otherwise a numerical error (exit code 4)
// names the class and suggests raising reg.
//
// References: Hastie, Tibshirani & Friedman, The Elements of Statistical
// Learning, 2nd ed. (2009), §4.3, eq. (4.12) and §4.3.1; Friedman,
// "Regularized discriminant analysis", JASA 84(405), 1989 (shrinkage of Σ_k).
// scikit-learn's QuadraticDiscriminantAnalysis(reg_param=r) is the same model
// when every n_k ≥ d (it regularises only the n_k − 1 non-null directions otherwise).
#include <memory>
#include <stop_token>
#include <vector>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/model_info.h"
#include "core/models/param_table.h"
#include "core/models/qda/qda_model.h"

namespace supex {

struct QdaParams {
  double reg = 0.0;            // r in [0, 1]
  std::vector<double> priors;  // empty: class frequencies
  bool standardize = false;
};

const ParamTable<QdaParams>& qdaParamTable();

Result<std::shared_ptr<QdaModel>> fitQda(const Dataset& data, const QdaParams& params, std::stop_token stop = {});

ModelInfo qdaModelInfo();

}  // namespace supex
