#include "app/cli/param_args.h"

#include "app/cli/cli_failure.h"

namespace supex::cli {

ParamValues parseParamArgs(const std::vector<std::string>& args) {
  ParamValues values;
  for (const auto& arg : args) {
    const auto eq = arg.find('=');
    if (eq == std::string::npos || eq == 0)
      throw usageFailure("--param takes KEY=VALUE, e.g. --param k=5. Got '" + arg + "'.");
    const std::string key = arg.substr(0, eq);
    // A repeated key is more likely a typo than an intended override.
    if (!values.emplace(key, arg.substr(eq + 1)).second)
      throw usageFailure("The parameter '" + key + "' is given twice.");
  }
  return values;
}

}  // namespace supex::cli
