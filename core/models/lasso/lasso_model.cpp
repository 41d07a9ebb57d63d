#include "core/models/lasso/lasso_model.h"

namespace supex {

LassoModel::LassoModel(Basis basis, double intercept, Eigen::VectorXd weights, LassoFitInfo info,
                       std::optional<CoefficientPath> path)
    : LinearModel(std::move(basis), intercept, std::move(weights)), m_info(info), m_path(std::move(path)) {}

void LassoModel::writeJson(nlohmann::json& out) const {
  LinearModel::writeJson(out);
  if (m_path) out["path"] = coefficientPathJson(*m_path);
}

}  // namespace supex
