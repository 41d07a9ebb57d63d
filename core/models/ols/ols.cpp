#include "core/models/ols/ols.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

#include "core/models/linear/linear_design.h"
#include "core/models/ols/ols_distributions.h"
#include "core/models/param_text.h"

namespace supex {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

// The fitted state. "Scaled coordinates": the design the QR saw, column 0
// the constant a0 = 1/√n, column j the basis column (φ_j − centre_j)/scale_j,
// all of unit length. θ = Aθ̃ maps its coefficients θ̃ to the units of φ(x).
struct OlsModel::State {
  Basis basis;
  double intercept = 0;
  VectorXd weights;
  double a0 = 1;
  Eigen::RowVectorXd centre, scale;  // k entries, in the units of φ(x)
  MatrixXd R;                         // p x p upper-triangular factor
  Eigen::PermutationMatrix<Eigen::Dynamic, Eigen::Dynamic> perm;  // scaled design · perm = Q R
  VectorXd theta;                     // θ̃, unpermuted
  OlsInference inference;
  VectorXd leverage, residuals;
  std::string targetName;

  // Rows of the scaled design for raw basis rows Φ0 (m x k) → m x p.
  MatrixXd scaledRows(Eigen::Ref<const MatrixXd> phi0) const {
    MatrixXd out(phi0.rows(), phi0.cols() + 1);
    out.col(0).setConstant(a0);
    out.rightCols(phi0.cols()) = ((phi0.rowwise() - centre).array().rowwise() / scale.array()).matrix();
    return out;
  }

  // scaledRows(Φ0)·θ̃ without forming the scaled rows: one pass down each
  // basis column. Prediction and the bands' fit both use it, so they agree
  // to the last bit.
  VectorXd fitted(Eigen::Ref<const MatrixXd> phi0) const {
    VectorXd out = VectorXd::Constant(phi0.rows(), a0 * theta(0));
    for (Eigen::Index j = 0; j < phi0.cols(); ++j)
      out.array() += (phi0.col(j).array() - centre(j)) * (theta(j + 1) / scale(j));
    return out;
  }

  // d (X̃ᵀX̃)⁻¹ dᵀ for every row d of `rows` (scaled coordinates): with
  // X̃P = QR it is ‖d P R⁻¹‖², one triangular solve from the right.
  VectorXd quadraticForm(const MatrixXd& rows) const {
    const MatrixXd permuted = rows * perm;
    const MatrixXd w = R.triangularView<Eigen::Upper>().solve<Eigen::OnTheRight>(permuted);
    return w.rowwise().squaredNorm();
  }
};

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A column counts as dependent when the part of it that the other columns
// cannot explain is shorter than kRankTol times its own length. Centring and
// unit scaling make this a property of the data's geometry, not of its units.
// 1e-10 keeps every design whose coefficients are still meaningful to about
// six digits (κ·ε ≈ 1e-6) and catches exact duplicates, whose remainder is
// rounding noise around 1e-15.
constexpr double kRankTol = 1e-10;
// Condition estimate (after centring and scaling) beyond which the user is
// warned, the tolerance R's lm uses to drop columns.
constexpr double kIllConditioned = 1e7;

ParamTable<OlsParams> olsParamTable() {
  ParamTable<OlsParams> t;
  addBasisFields(t, &OlsParams::basis);
  t.add(realField<OlsParams>({.key = "level", .label = "Confidence level",
                              .help = "Level L of the intervals θ̂ ± t((1+L)/2; n−p)·SE and of the mean and "
                                      "prediction bands",
                              .min = 0, .max = 1, .minOpen = true, .maxOpen = true,
                              .sliderMin = 0.5, .sliderMax = 0.999},
                             &OlsParams::level));
  t.add(flagField<OlsParams>({.key = "standardize", .label = "Standardise features",
                              .help = "Fit on (φ − mean)/sd and report coefficients, SEs and intervals in the "
                                      "original units (OLS gives the same fit either way)"},
                             &OlsParams::standardize));
  return t;
}

std::string quotedList(const std::vector<std::string>& names) {
  std::string out;
  const std::size_t shown = std::min<std::size_t>(names.size(), 5);
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) out += (i + 1 == names.size()) ? " and " : ", ";
    out += "'" + names[i] + "'";
  }
  if (names.size() > shown) out += ", … (" + std::to_string(names.size()) + " in all)";
  return out;
}

std::string columnName(const std::vector<std::string>& names, Index j) {
  return j == 0 ? "(intercept)" : names[static_cast<std::size_t>(j - 1)];
}

std::string remedy(const BasisParams& basis) {
  return basis.basis == "none" ? "Remove a feature." : "Remove a feature or lower the degree.";
}

// Mean by two passes (the second corrects the rounding of the first).
double accurateMean(const Eigen::Ref<const VectorXd>& v) {
  const double m = v.mean();
  return m + (v.array() - m).mean();
}

// Columns that are combinations of earlier ones, in column order (the
// answer a student expects: the later of two duplicates is the culprit).
// Gram–Schmidt with re-orthogonalisation on the unit-length scaled design;
// only run to word an error message.
std::vector<Index> dependentColumns(const MatrixXd& z) {
  std::vector<Index> dependent;
  MatrixXd q(z.rows(), z.cols());
  Index m = 0;
  for (Index j = 0; j < z.cols(); ++j) {
    VectorXd v = z.col(j);
    const double length = v.norm();
    for (int pass = 0; pass < 2; ++pass) v -= q.leftCols(m) * (q.leftCols(m).transpose() * v);
    const double rest = v.norm();
    if (rest <= kRankTol * length) {
      dependent.push_back(j);
    } else {
      q.col(m++) = v / rest;
    }
  }
  return dependent;
}

nlohmann::json jsonNumber(double v) {
  if (std::isnan(v)) return nullptr;
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  return v;
}

nlohmann::json jsonArray(const VectorXd& v) {
  nlohmann::json out = nlohmann::json::array();
  for (Index i = 0; i < v.size(); ++i) out.push_back(jsonNumber(v(i)));
  return out;
}

}  // namespace

// ---------------------------------------------------------------- fit

Result<std::shared_ptr<OlsModel>> fitOls(const Dataset& data, const OlsParams& params, std::stop_token stop) {
  if (!(params.level > 0 && params.level < 1))
    return usageError("The 'level' parameter of ols must be > 0 and < 1. Got " + formatReal(params.level) + ".");
  if (!data.hasTarget) return dataError("ols needs a target column to fit.");
  if (!data.y.allFinite()) return dataError("The target has missing or non-finite values.");

  auto designResult = LinearDesign::make(data, params.basis, params.standardize);
  if (!designResult) return designResult.error();
  const LinearDesign& design = *designResult;
  const std::vector<std::string>& names = design.basis.names();
  const Index n = data.rows();
  const Index k = design.phi.cols();
  const Index p = k + 1;

  // The checks look at φ(x) in its own units, before any standardisation.
  MatrixXd rawStorage;
  if (design.standardized) rawStorage = design.basis.expand(data.X);
  const MatrixXd& raw = design.standardized ? rawStorage : design.phi;
  for (Index j = 0; j < k; ++j)
    if (!raw.col(j).allFinite())
      return numericalError("The design column '" + names[static_cast<std::size_t>(j)] +
                            "' has non-finite values (the basis expansion overflowed). " + remedy(params.basis) +
                            " Or rescale the feature.");

  const std::string coefficients = std::to_string(p) + " coefficients (the intercept and " + std::to_string(k) +
                                   (k == 1 ? " design column)" : " design columns)");
  if (n < p)
    return numericalError("n = " + std::to_string(n) + " rows cannot determine " + coefficients +
                          "; OLS needs at least " + std::to_string(p + 1) + " rows for inference. " +
                          remedy(params.basis));
  if (n == p)
    return numericalError("n = " + std::to_string(n) + " rows exactly determine " + coefficients +
                          ", leaving no residual degrees of freedom: the residual variance, standard errors and "
                          "intervals are undefined. OLS needs at least " + std::to_string(p + 1) +
                          " rows for inference.");

  // A column without variation duplicates the intercept.
  std::vector<std::string> constant;
  for (Index j = 0; j < k; ++j) {
    const double m = accurateMean(raw.col(j));
    if ((raw.col(j).array() - m).matrix().norm() <= kRankTol * raw.col(j).norm())
      constant.push_back(names[static_cast<std::size_t>(j)]);
  }
  if (!constant.empty())
    return numericalError("The design is rank deficient: " +
                          std::string(constant.size() == 1 ? "column " : "columns ") + quotedList(constant) +
                          (constant.size() == 1 ? " is constant, so it duplicates" : " are constant, so they duplicate") +
                          " the intercept. Remove " + (constant.size() == 1 ? "it." : "them."));

  // Scaled design: unit-length intercept column, centred unit-length basis columns.
  auto state = std::make_shared<OlsModel::State>();
  state->basis = design.basis;
  state->targetName = data.targetName;
  state->a0 = 1.0 / std::sqrt(static_cast<double>(n));
  MatrixXd z(n, p);
  z.col(0).setConstant(state->a0);
  Eigen::RowVectorXd centre(k), scale(k);
  for (Index j = 0; j < k; ++j) {
    const double m = accurateMean(design.phi.col(j));
    z.col(j + 1) = design.phi.col(j).array() - m;
    const double length = z.col(j + 1).norm();
    z.col(j + 1) /= length;
    // Compose with the standardiser so that centre/scale act on φ(x) itself.
    if (design.standardized) {
      centre(j) = design.scaler.mean(j) + design.scaler.scale(j) * m;
      scale(j) = design.scaler.scale(j) * length;
    } else {
      centre(j) = m;
      scale(j) = length;
    }
  }
  state->centre = centre;
  state->scale = scale;

  if (stop.stop_requested()) return cancelledError();
  Eigen::ColPivHouseholderQR<MatrixXd> qr(n, p);
  qr.setThreshold(kRankTol);
  qr.compute(z);
  if (qr.rank() < p) {
    // The QR decides; the sequential scan only chooses which columns to
    // name. Near the tolerance the two can disagree on the count: then name
    // the columns the QR pivoted last.
    const Index rank = qr.rank();
    std::vector<Index> dependent = dependentColumns(z);
    if (static_cast<Index>(dependent.size()) != p - rank) {
      dependent.clear();
      for (Index i = rank; i < p; ++i) dependent.push_back(qr.colsPermutation().indices()(i));
      std::sort(dependent.begin(), dependent.end());
    }
    std::vector<std::string> culprits;
    for (Index j : dependent) culprits.push_back(columnName(names, j));
    return numericalError("The design is rank deficient: " +
                          std::string(culprits.size() == 1 ? "column " : "columns ") + quotedList(culprits) +
                          (culprits.size() == 1 ? " is a linear combination" : " are linear combinations") +
                          " of the others (rank " + std::to_string(rank) + " of " + std::to_string(p) + "). " +
                          remedy(params.basis));
  }

  // θ̃, then one step of iterative refinement (solve again for the residual
  // and add the correction): cheap insurance for badly conditioned designs.
  // On NIST Longley both with and without it agree with the certified values
  // to about 1e-13; centring is what matters there (1e-11 without it).
  const VectorXd& y = data.y;
  VectorXd theta = qr.solve(y);
  VectorXd residual = y - z * theta;
  theta += qr.solve(residual);
  residual = y - z * theta;
  state->theta = theta;
  state->residuals = residual;
  state->R = qr.matrixR().topLeftCorner(p, p).triangularView<Eigen::Upper>();
  state->perm = qr.colsPermutation();

  // Back to the units of φ(x): w_j = θ̃_j/scale_j, b = a0·θ̃_0 − Σ centre_j·w_j.
  state->weights = (theta.tail(k).array() / scale.transpose().array()).matrix();
  state->intercept = state->a0 * theta(0) - centre.dot(state->weights);

  // ---- Inference.
  OlsInference& inf = state->inference;
  const double df = static_cast<double>(n - p);
  inf.nobs = static_cast<int>(n);
  inf.rank = static_cast<int>(p);
  inf.df_resid = df;
  inf.df_model = static_cast<double>(p - 1);
  inf.level = params.level;
  inf.rss = residual.squaredNorm();
  inf.sigma2 = inf.rss / df;
  const bool constantY = y.maxCoeff() == y.minCoeff();
  const double yBar = accurateMean(y);
  inf.tss = constantY ? 0.0 : (y.array() - yBar).matrix().squaredNorm();
  inf.ess = ((y - residual).array() - yBar).matrix().squaredNorm();
  if (constantY) {
    inf.r2 = inf.adj_r2 = kNaN;
  } else if (p == 1) {
    inf.r2 = inf.adj_r2 = 0.0;  // the intercept alone explains nothing, by definition
  } else {
    // Whichever of RSS and ESS is smaller carries the digits of R².
    inf.r2 = inf.rss <= inf.ess ? 1.0 - inf.rss / inf.tss : inf.ess / inf.tss;
    inf.adj_r2 = 1.0 - (inf.rss / inf.tss) * static_cast<double>(n - 1) / df;
  }
  if (p == 1 || constantY) {
    inf.f_stat = inf.f_pvalue = kNaN;
  } else {
    inf.f_stat = (inf.ess / inf.df_model) / inf.sigma2;
    inf.f_pvalue = fisherFUpperP(inf.f_stat, inf.df_model, df);
  }

  // Cov(θ) = σ̂² (A P R⁻¹)(A P R⁻¹)ᵀ with A's rows: [a0, −centre/scale] for
  // the intercept, e_j/scale_j for w_j.
  MatrixXd a = MatrixXd::Zero(p, p);
  a(0, 0) = state->a0;
  a.row(0).tail(k) = -(centre.array() / scale.array()).matrix();
  for (Index j = 0; j < k; ++j) a(j + 1, j + 1) = 1.0 / scale(j);
  VectorXd coef(p);
  coef << state->intercept, state->weights;
  inf.se = (inf.sigma2 * state->quadraticForm(a).array()).sqrt().matrix();
  inf.t = (coef.array() / inf.se.array()).matrix();
  inf.p.resize(p);
  for (Index j = 0; j < p; ++j) inf.p(j) = studentTTwoSidedP(inf.t(j), df);
  inf.t_crit = studentTUpperQuantile((1.0 - params.level) / 2.0, df);
  inf.ci_low = (coef.array() - inf.t_crit * inf.se.array()).matrix();
  inf.ci_high = (coef.array() + inf.t_crit * inf.se.array()).matrix();

  if (stop.stop_requested()) return cancelledError();
  // Leverage: squared row norms of the thin Q (X̃ = Q R Pᵀ, H = Q Qᵀ).
  const MatrixXd q = qr.householderQ() * MatrixXd::Identity(n, p);
  state->leverage = q.rowwise().squaredNorm();

  auto model = std::make_shared<OlsModel>(std::move(state));
  describeFit(*model, "ols", Task::Regression, data.featureNames, {}, olsParamTable().toJson(params));

  const OlsInference& done = model->inference();
  if (constantY || std::sqrt(done.rss) <= 1e-12 * std::sqrt(done.tss))
    model->diagnostics.push_back(
        {"perfect_fit", "The fit passes through every training point (residuals at rounding level): σ̂² is "
                        "about 0, so standard errors, t statistics, p-values and intervals carry no information."});
  const double first = std::abs(qr.matrixR()(0, 0));
  const double last = std::abs(qr.matrixR()(p - 1, p - 1));
  if (first > kIllConditioned * last) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1e", first / last);
    model->diagnostics.push_back(
        {"ill_conditioned", std::string("The design is badly conditioned (condition number about ") + text +
                                " after centring and scaling): the columns are nearly collinear, so coefficients "
                                "and standard errors are sensitive to small changes in the data."});
  }
  return model;
}

// ---------------------------------------------------------------- model

OlsModel::OlsModel(std::shared_ptr<const State> state)
    : LinearModel(state->basis, state->intercept, state->weights), m_state(std::move(state)) {}

OlsModel::~OlsModel() = default;

const OlsInference& OlsModel::inference() const { return m_state->inference; }
const Eigen::VectorXd& OlsModel::leverage() const { return m_state->leverage; }

// σ̂² (A P R⁻¹)(A P R⁻¹)ᵀ with A as in fitOls: the SEs are the square roots
// of this diagonal.
Eigen::MatrixXd OlsModel::covariance() const {
  const State& s = *m_state;
  const Index k = s.weights.size();
  MatrixXd a = MatrixXd::Zero(k + 1, k + 1);
  a(0, 0) = s.a0;
  a.row(0).tail(k) = -(s.centre.array() / s.scale.array()).matrix();
  for (Index j = 0; j < k; ++j) a(j + 1, j + 1) = 1.0 / s.scale(j);
  const MatrixXd w = s.R.triangularView<Eigen::Upper>().solve<Eigen::OnTheRight>(MatrixXd(a * s.perm));
  return s.inference.sigma2 * w * w.transpose();
}
const Eigen::VectorXd& OlsModel::residuals() const { return m_state->residuals; }
const std::string& OlsModel::targetName() const { return m_state->targetName; }

void OlsModel::predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const {
  out.value = m_state->fitted(m_state->basis.expand(X));
  out.proba.resize(0, 0);
}

OlsBands OlsModel::bands(Eigen::Ref<const Eigen::MatrixXd> X, double level) const {
  const MatrixXd phi0 = m_state->basis.expand(X);
  const MatrixXd rows = m_state->scaledRows(phi0);
  OlsBands out;
  out.fit = m_state->fitted(phi0);
  const VectorXd h = m_state->quadraticForm(rows);
  const OlsInference& inf = m_state->inference;
  const double t = (level > 0 && level < 1) ? studentTUpperQuantile((1.0 - level) / 2.0, inf.df_resid) : kNaN;
  const double sigma = std::sqrt(inf.sigma2);
  const Eigen::ArrayXd meanHalf = t * sigma * h.array().sqrt();
  const Eigen::ArrayXd predHalf = t * sigma * (1.0 + h.array()).sqrt();
  out.meanLow = (out.fit.array() - meanHalf).matrix();
  out.meanHigh = (out.fit.array() + meanHalf).matrix();
  out.predLow = (out.fit.array() - predHalf).matrix();
  out.predHigh = (out.fit.array() + predHalf).matrix();
  return out;
}

void OlsModel::writeJson(nlohmann::json& out) const {
  LinearModel::writeJson(out);
  const OlsInference& inf = m_state->inference;
  out["inference"] = {
      {"sigma2", jsonNumber(inf.sigma2)}, {"df_resid", jsonNumber(inf.df_resid)},
      {"r2", jsonNumber(inf.r2)},         {"adj_r2", jsonNumber(inf.adj_r2)},
      {"f_stat", jsonNumber(inf.f_stat)}, {"f_pvalue", jsonNumber(inf.f_pvalue)},
      {"level", jsonNumber(inf.level)},   {"se", jsonArray(inf.se)},
      {"t", jsonArray(inf.t)},            {"p", jsonArray(inf.p)},
      {"ci_low", jsonArray(inf.ci_low)},  {"ci_high", jsonArray(inf.ci_high)},
  };
}

// ---------------------------------------------------------------- registry

ModelInfo olsModelInfo() {
  return makeModelInfo<OlsParams>(
      "ols", "Ordinary least squares", "minimise ‖y − b − Φw‖²", {Task::Regression}, olsParamTable(),
      [](const OlsParams&) { return Task::Regression; },
      [](const Dataset& data, const OlsParams& params,
         std::stop_token stop) -> Result<std::shared_ptr<FittedModel>> {
        auto fitted = fitOls(data, params, stop);
        if (!fitted) return fitted.error();
        return std::shared_ptr<FittedModel>(std::move(fitted).value());
      });
}

}  // namespace supex
