#pragma once
// Linear discriminant analysis, model id `lda`.
//
// Model. Each class k is Gaussian, N(μ_k, Σ), with one covariance Σ shared
// by all classes, and has prior probability π_k. Bayes' rule then gives the
// posterior softmax(δ) with the linear discriminants
//     δ_k(x) = log π_k + xᵀΣ⁻¹μ_k − ½ μ_kᵀΣ⁻¹μ_k.
// Estimates: μ_k the class means, Σ the pooled within-class covariance
//     Σ = Σ_k Σ_{i∈k} (xᵢ − μ_k)(xᵢ − μ_k)ᵀ / (n − K),
// π_k from the `priors` parameter (normalised to sum 1) or the class
// frequencies n_k/n. Σ⁻¹ is never formed: δ uses a Cholesky factorisation.
//
// Assumptions: Gaussian classes with equal covariance; Σ non-singular, which
// needs n − K ≥ d and no feature that is constant within the classes or a
// linear combination of others — otherwise the fit fails with a numerical
// error (exit code 4) that names the feature.
//
// Reference: Hastie, Tibshirani & Friedman, The Elements of Statistical
// Learning, 2nd ed. (2009), §4.3, eq. (4.10).
#include <memory>
#include <stop_token>
#include <vector>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/lda/lda_model.h"
#include "core/models/model_info.h"
#include "core/models/param_table.h"

namespace supex {

struct LdaParams {
  std::vector<double> priors;  // empty: class frequencies
  bool standardize = false;
};

const ParamTable<LdaParams>& ldaParamTable();

Result<std::shared_ptr<LdaModel>> fitLda(const Dataset& data, const LdaParams& params, std::stop_token stop = {});

ModelInfo ldaModelInfo();

}  // namespace supex
