#include "core/models/qda/qda.h"

#include <cctype>

#include "core/models/classifier/class_scores.h"
#include "core/models/discriminant/class_moments.h"
#include "core/models/discriminant/class_priors.h"
#include "core/models/discriminant/covariance_check.h"
#include "core/models/discriminant/discriminant_design.h"

namespace supex {
namespace {

ParamTable<QdaParams> makeTable() {
  using P = QdaParams;
  ParamTable<P> t;
  t.add(realField<P>({.key = "reg", .label = "Regularisation r",
                      .help = "Σ_k ← (1 − r)Σ_k + r·I: shrinks each class covariance towards the identity",
                      .min = 0, .max = 1, .sliderMin = 0, .sliderMax = 1},
                     &P::reg));
  t.add(listField<P>({.key = "priors", .label = "Priors π",
                      .help = "Prior class probabilities π_k in class order, normalised to sum 1; "
                              "empty = class frequencies n_k/n",
                      .min = 0, .minOpen = true},
                     &P::priors));
  t.add(flagField<P>({.key = "standardize", .label = "Standardise features",
                      .help = "Fit on (x − mean)/sd (population sd), so r·I is in standardised units; "
                              "means and covariances are reported in original units"},
                     &P::standardize));
  return t;
}

std::string lowerFirst(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

}  // namespace

const ParamTable<QdaParams>& qdaParamTable() {
  static const ParamTable<QdaParams> table = makeTable();
  return table;
}

Result<std::shared_ptr<QdaModel>> fitQda(const Dataset& data, const QdaParams& params, std::stop_token) {
  if (Status s = checkClassCounts(data, "qda", 2, "to estimate its covariance"); !s) return s.error();
  auto priors = resolvePriors(params.priors, data, "qda");
  if (!priors) return priors.error();
  const Eigen::Index d = data.cols();
  const int K = data.numClasses();
  const double r = params.reg;

  const DiscriminantDesign design = DiscriminantDesign::make(data, params.standardize);
  const ClassMoments moments = classMoments(design.X, data.y, K);
  std::vector<Eigen::MatrixXd> covariances;
  std::vector<Eigen::LLT<Eigen::MatrixXd>> factors;
  for (int k = 0; k < K; ++k) {
    const auto ks = static_cast<std::size_t>(k);
    const int nk = moments.counts[ks];
    Eigen::MatrixXd sigma = (1.0 - r) * (moments.scatter[ks] / static_cast<double>(nk - 1));
    sigma.diagonal().array() += r;

    if (auto sing = findCovarianceSingularity(sigma, design.featureScale)) {
      const std::string remedy = r == 0 ? "Raise reg (regularisation) above 0" : "Raise reg (regularisation)";
      const std::string head = "The covariance of class '" + data.classes[ks] + "' in qda is singular: ";
      if (r == 0 && nk - 1 < d)
        return numericalError(head + "its " + std::to_string(nk) + " rows cannot determine a covariance over " +
                              std::to_string(d) + " features (that needs more than " + std::to_string(d) +
                              " rows). " + remedy + ", or add rows to that class.");
      return numericalError(head + describeSingularity(*sing, data.featureNames, " within that class") + ", or " +
                            lowerFirst(remedy) + ".");
    }
    covariances.push_back(design.covarianceToOriginal(sigma));
    factors.emplace_back(covariances.back());
    if (factors.back().info() != Eigen::Success)
      return numericalError("The covariance of class '" + data.classes[ks] +
                            "' in qda is not positive definite in the original units. "
                            "Try standardize=true or rescale the features.");
  }

  auto model = std::make_shared<QdaModel>(std::move(priors).value(), design.meansToOriginal(moments.means),
                                          std::move(covariances), factors);
  describeFit(*model, "qda", data.task, data.featureNames, data.classes, qdaParamTable().toJson(params));
  return model;
}

ModelInfo qdaModelInfo() {
  return makeModelInfo(
      "qda", "Quadratic discriminant analysis",
      "δ_k(x) = log π_k − ½log|Σ_k| − ½(x−μ_k)ᵀΣ_k⁻¹(x−μ_k), Σ_k ← (1−r)Σ_k + rI; p = softmax(δ)",
      {Task::Classification}, qdaParamTable(), [](const QdaParams&) { return Task::Classification; },
      [](const Dataset& data, const QdaParams& p, std::stop_token stop) -> Result<std::shared_ptr<FittedModel>> {
        auto m = fitQda(data, p, stop);
        if (!m) return m.error();
        return std::shared_ptr<FittedModel>(std::move(m).value());
      });
}

}  // namespace supex
