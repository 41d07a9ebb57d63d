#pragma once
// Ordinary least squares with classical inference.
//
// Objective: with the design X = [1, Φ] (n rows, p = 1 + k columns: the
// intercept and the k basis columns Φ = φ(x)), find θ = (b, w) minimising
//     ‖y − b − Φw‖²  =  ‖y − Xθ‖².
// Solution, never through (XᵀX)⁻¹: a column-pivoting Householder QR, X̃P = QR,
// of a centred and column-scaled copy X̃ = XA (centring removes the
// near-collinearity of every column with the intercept that makes data like
// NIST Longley hard; unit columns make the rank tolerance scale-free), then
// θ̃ = P R⁻¹ Qᵀy by a triangular solve, one step of iterative refinement on the
// residual, and θ = Aθ̃ back in the units of φ(x).
//
// Inference assumes y = Xθ + ε with ε ~ N(0, σ²I) (independent, equal variance,
// normal errors) and a fixed design of full column rank:
//     σ̂² = RSS/(n − p),  Cov(θ̂) = σ̂²(XᵀX)⁻¹ = σ̂² (A P R⁻¹)(A P R⁻¹)ᵀ,
//     SE_j = σ̂‖row_j(A P R⁻¹)‖ (the row norms of R⁻¹, as RcppEigen's fastLm),
//     t_j = θ̂_j/SE_j with a two-sided p-value from Student t(n − p),
//     CI = θ̂_j ± t_{(1+level)/2; n−p} SE_j,
//     R² = 1 − RSS/TSS, adjusted R² = 1 − (RSS/TSS)(n − 1)/(n − p),
//     F = (ESS/(p − 1)) / σ̂² against F(p − 1, n − p)  (all slopes zero).
// At a new row x₀ = [1, φ(x₀)]: ŷ₀ = x₀θ̂, the mean band ŷ₀ ± t σ̂ √(x₀ᵀ(XᵀX)⁻¹x₀)
// and the prediction band ŷ₀ ± t σ̂ √(1 + x₀ᵀ(XᵀX)⁻¹x₀); the quadratic form is
// ‖R⁻ᵀPᵀ x̃₀‖², one triangular solve. Leverage h_ii = ‖row_i(Q₁)‖².
//
// A rank-deficient design (a constant column, a column that is a linear
// combination of others, n < p) has no unique θ̂ and is an error; so is n = p,
// where θ̂ interpolates and σ̂², the SEs and the bands are undefined. "Linear
// combination" is numerical: a column whose part unexplained by the others is
// below 1e-10 of its length (after centring and unit scaling, so the test does
// not depend on units). Designs with a condition number above 1e7 fit with an
// "ill_conditioned" diagnostic; a perfect fit gets a "perfect_fit" one.
//
// References: Å. Björck, Numerical Methods for Least Squares Problems (SIAM
// 1996), §1.3–2.4 (QR least squares, refinement, covariance from R);
// G. A. F. Seber and A. J. Lee, Linear Regression Analysis, 2nd ed. (Wiley
// 2003), ch. 3–5 (the t, F and interval formulas); D. Bates and D. Eddelbuettel,
// RcppEigen fastLm (src/fastLm.cpp); NIST StRD linear least squares
// (https://www.itl.nist.gov/div898/strd/lls/lls.shtml) for the tests.
#include <memory>
#include <stop_token>
#include <string>

#include <Eigen/Dense>

#include "core/basis/basis.h"
#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/linear/linear_model.h"
#include "core/models/model_info.h"

namespace supex {

struct OlsParams {
  BasisParams basis;
  double level = 0.95;  // confidence level of the intervals, in (0, 1)
  bool standardize = false;
};

// Everything a statsmodels OLS summary reports. Arrays have p entries,
// intercept first, then one per design column (FittedModel::features).
// Quantities without a value are NaN: R², adjusted R² and F when y is
// constant (TSS = 0); F and its p-value when the design is the intercept
// alone (p = 1, no slope to test).
struct OlsInference {
  double sigma2 = 0;    // σ̂² = RSS/(n − p)
  double df_resid = 0;  // n − p
  double df_model = 0;  // p − 1 (the slopes)
  double r2 = 0;
  double adj_r2 = 0;
  double f_stat = 0;
  double f_pvalue = 0;
  double level = 0.95;
  double t_crit = 0;  // the t(n − p) quantile of the intervals at `level`
  Eigen::VectorXd se, t, p, ci_low, ci_high;
  double rss = 0;  // Σ (y − ŷ)²
  double tss = 0;  // Σ (y − ȳ)²
  double ess = 0;  // Σ (ŷ − ȳ)²
  int nobs = 0;
  int rank = 0;  // always p for a successful fit
};

// Bands at new points, one entry per row.
struct OlsBands {
  Eigen::VectorXd fit, meanLow, meanHigh, predLow, predHigh;
};

class OlsModel : public LinearModel {
 public:
  // Made by fitOls only.
  struct State;
  explicit OlsModel(std::shared_ptr<const State> state);
  ~OlsModel() override;

  const OlsInference& inference() const;
  // Fitted values, mean band and prediction band at the rows of X (raw input
  // features, training column order), at confidence `level` in (0, 1); a
  // level outside (0, 1) gives NaN bands.
  OlsBands bands(Eigen::Ref<const Eigen::MatrixXd> X, double level) const;
  // Cov(θ̂) = σ̂²(XᵀX)⁻¹, p × p, intercept first (statsmodels' cov_params()).
  Eigen::MatrixXd covariance() const;
  // Leverage h_ii of each training row (the diagonal of the hat matrix).
  const Eigen::VectorXd& leverage() const;
  // Training residuals y_i − ŷ_i.
  const Eigen::VectorXd& residuals() const;
  const std::string& targetName() const;

  // Same values as LinearModel::predict, computed in the centred coordinates
  // of the fit so that predict() and bands().fit agree to the last bit.
  void predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const override;
  // `coefficients` (LinearModel) and `inference` {sigma2, df_resid, r2,
  // adj_r2, f_stat, f_pvalue, level, se, t, p, ci_low, ci_high}; a NaN is
  // written as null, ±inf as the strings "inf" / "-inf".
  void writeJson(nlohmann::json& out) const override;

 private:
  std::shared_ptr<const State> m_state;
};

Result<std::shared_ptr<OlsModel>> fitOls(const Dataset& data, const OlsParams& params,
                                         std::stop_token stop = {});

ModelInfo olsModelInfo();

}  // namespace supex
