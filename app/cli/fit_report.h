#pragma once
// The human-readable form of a `fit` result, derived from the same JSON object
// that --json prints so the two can never disagree.
#include <string>

#include <nlohmann/json.hpp>

#include "core/models/fitted_model.h"

namespace supex::cli {

std::string humanSummary(const nlohmann::json& report, const FittedModel& model);

}  // namespace supex::cli
