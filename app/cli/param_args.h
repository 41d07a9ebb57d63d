#pragma once
// Turns repeated --param KEY=VALUE options into ParamValues.
#include <string>
#include <vector>

#include "core/models/param_spec.h"

namespace supex::cli {

// Throws Failure (usage) for a missing '=' or a key given twice.
ParamValues parseParamArgs(const std::vector<std::string>& args);

}  // namespace supex::cli
