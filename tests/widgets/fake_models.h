#pragma once
// Small models written for the widget tests, so the tests do not depend on
// which real models have landed in the registry and their answers can be
// worked out by hand.
//   centroid: nearest class mean; p_k(x) ∝ exp(−s‖x − μ_k‖²/2) (equal priors,
//             identity covariance scaled by 1/s). Params: s (real, log scale),
//             slow_ms (sleep before fitting, ignoring stop requests),
//             fail (flag: return a numerical error), hidden (int list, unused),
//             metric (choice, unused), p (real with inf, unused).
//   line:     least-squares line y = a + b·x (one feature), for regression.
//   both:     a model listing both tasks with a `task` choice, like kNN.
#include <chrono>
#include <cmath>
#include <thread>
#include <vector>

#include "core/models/model_info.h"

namespace supex::fake {

struct CentroidParams {
  double s = 1.0;
  int slowMs = 0;
  bool fail = false;
  std::vector<int> hidden{8, 8};
  std::string metric = "euclid";
  double p = 2.0;
};

class CentroidModel : public FittedModel {
 public:
  explicit CentroidModel(Eigen::MatrixXd means, double s) : m_means(std::move(means)), m_s(s) {
    m_hasProbabilities = true;
  }
  void predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const override {
    const Eigen::Index K = m_means.rows();
    out.value.resize(X.rows());
    out.proba.resize(X.rows(), K);
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
      Eigen::VectorXd logits(K);
      for (Eigen::Index k = 0; k < K; ++k) logits(k) = -0.5 * m_s * (X.row(i) - m_means.row(k)).squaredNorm();
      const double top = logits.maxCoeff();
      Eigen::VectorXd e = (logits.array() - top).exp();
      e /= e.sum();
      out.proba.row(i) = e.transpose();
      Eigen::Index best = 0;
      e.maxCoeff(&best);
      out.value(i) = static_cast<double>(best);
    }
  }
  void writeJson(nlohmann::json& out) const override { out["means_rows"] = m_means.rows(); }

 private:
  Eigen::MatrixXd m_means;
  double m_s;
};

inline ModelInfo centroidInfo() {
  ParamTable<CentroidParams> t;
  t.add(realField<CentroidParams>({.key = "s", .label = "Sharpness s", .help = "p_k ∝ exp(−s‖x−μ_k‖²/2)",
                                   .min = 0, .minOpen = true, .sliderMin = 0.01, .sliderMax = 100, .logScale = true},
                                  &CentroidParams::s));
  t.add(intField<CentroidParams>({.key = "slow_ms", .label = "Delay (ms)", .help = "Sleep before fitting",
                                  .min = 0, .max = 10000, .sliderMin = 0, .sliderMax = 1000},
                                 &CentroidParams::slowMs));
  t.add(flagField<CentroidParams>({.key = "fail", .label = "Fail", .help = "Return a numerical error"},
                                  &CentroidParams::fail));
  t.add(listField<CentroidParams>({.key = "hidden", .label = "Hidden", .help = "A list that is not used",
                                   .min = 1, .max = 1000},
                                  &CentroidParams::hidden));
  t.add(choiceField<CentroidParams>({.key = "metric", .label = "Metric", .help = "Not used",
                                     .choices = {"euclid", "city"}},
                                    &CentroidParams::metric));
  t.add(realField<CentroidParams>({.key = "p", .label = "Power p", .help = "Not used", .min = 0, .minOpen = true,
                                   .allowInf = true, .sliderMin = 0.1, .sliderMax = 10},
                                  &CentroidParams::p));
  return makeModelInfo(
      "centroid", "Nearest centroid", "argmin_k ‖x − μ_k‖", {Task::Classification}, t,
      [](const CentroidParams&) { return Task::Classification; },
      [](const Dataset& d, const CentroidParams& p, std::stop_token) -> Result<std::shared_ptr<FittedModel>> {
        if (p.slowMs > 0) std::this_thread::sleep_for(std::chrono::milliseconds(p.slowMs));
        if (p.fail) return numericalError("The fake model was told to fail.");
        const int K = d.numClasses();
        Eigen::MatrixXd means = Eigen::MatrixXd::Zero(K, d.cols());
        Eigen::VectorXd counts = Eigen::VectorXd::Zero(K);
        for (Eigen::Index i = 0; i < d.rows(); ++i) {
          means.row(d.label(i)) += d.X.row(i);
          counts(d.label(i)) += 1;
        }
        for (int k = 0; k < K; ++k) {
          if (counts(k) == 0) return numericalError("Class " + d.classes[static_cast<std::size_t>(k)] + " has no points.");
          means.row(k) /= counts(k);
        }
        return std::shared_ptr<FittedModel>(std::make_shared<CentroidModel>(means, p.s));
      });
}

struct LineParams {
  bool standardize = false;
};

class LineModel : public FittedModel {
 public:
  LineModel(double a, double b) : m_a(a), m_b(b) {}
  void predict(Eigen::Ref<const Eigen::MatrixXd> X, Prediction& out) const override {
    out.value = (m_a + m_b * X.col(0).array()).matrix();
    out.proba.resize(0, 0);
  }
  void writeJson(nlohmann::json& out) const override { out["coefficients"] = {m_a, m_b}; }

 private:
  double m_a, m_b;
};

inline ModelInfo lineInfo() {
  ParamTable<LineParams> t;
  t.add(flagField<LineParams>({.key = "standardize", .label = "Standardize", .help = "Not used"},
                              &LineParams::standardize));
  return makeModelInfo(
      "line", "Straight line", "min Σ(y − a − bx)²", {Task::Regression}, t,
      [](const LineParams&) { return Task::Regression; },
      [](const Dataset& d, const LineParams&, std::stop_token) -> Result<std::shared_ptr<FittedModel>> {
        const Eigen::VectorXd x = d.X.col(0);
        const double mx = x.mean(), my = d.y.mean();
        const double sxx = (x.array() - mx).square().sum();
        if (sxx == 0) return numericalError("All x are equal.");
        const double b = ((x.array() - mx) * (d.y.array() - my)).sum() / sxx;
        return std::shared_ptr<FittedModel>(std::make_shared<LineModel>(my - b * mx, b));
      });
}

struct BothParams {
  int k = 3;
  std::string task = "classification";
};

inline ModelInfo bothInfo() {
  ParamTable<BothParams> t;
  t.add(intField<BothParams>({.key = "k", .label = "k", .help = "Unused", .min = 1, .sliderMin = 1, .sliderMax = 50},
                             &BothParams::k));
  t.add(choiceField<BothParams>({.key = "task", .label = "Task", .help = "classification or regression",
                                 .choices = {"classification", "regression"}},
                                &BothParams::task));
  return makeModelInfo(
      "both", "Both tasks", "either", {Task::Classification, Task::Regression}, t,
      [](const BothParams& p) { return p.task == "regression" ? Task::Regression : Task::Classification; },
      [](const Dataset&, const BothParams&, std::stop_token) -> Result<std::shared_ptr<FittedModel>> {
        return numericalError("not fitted in tests");
      });
}

inline const std::vector<ModelInfo>& fakeModels() {
  static const std::vector<ModelInfo> models = {centroidInfo(), lineInfo(), bothInfo()};
  return models;
}

inline const ModelInfo* fakeModel(const std::string& id) {
  for (const auto& m : fakeModels())
    if (m.id == id) return &m;
  return nullptr;
}

// Two well-separated blobs on a lattice: class 0 around (−2, 0), class 1 around (2, 0).
inline Dataset twoBlobs() {
  Dataset d;
  d.task = Task::Classification;
  d.featureNames = {"x1", "x2"};
  d.targetName = "label";
  d.classes = {"0", "1"};
  const int perClass = 9;
  d.X.resize(2 * perClass, 2);
  d.y.resize(2 * perClass);
  for (int k = 0; k < 2; ++k)
    for (int i = 0; i < perClass; ++i) {
      const int r = k * perClass + i;
      d.X(r, 0) = (k == 0 ? -2.0 : 2.0) + 0.3 * (i % 3 - 1);
      d.X(r, 1) = 0.3 * (i / 3 - 1);
      d.y(r) = k;
    }
  return d;
}

}  // namespace supex::fake
