#include <iostream>

#include "app/cli/cli_failure.h"
#include "app/cli/commands.h"
#include "app/cli/param_args.h"
#include "core/data/dataset_io.h"
#include "core/models/nn/grad_check.h"
#include "core/models/nn/nn_params.h"

namespace supex::cli {

int runGradcheck(const GradcheckArgs& args) {
  auto params = nnParamTable().parse(parseParamArgs(args.params), "nn");
  if (!params) throw failure(params.error());
  auto train = loadDataset(args.train, LoadOptions{Task::Classification, args.target, args.features});
  if (!train) throw failure(train.error());
  auto result = gradientCheck(*train, *params);
  if (!result) throw failure(result.error());
  if (args.json) {
    nlohmann::json out{{"max_rel_error", result->maxRelError}, {"n_parameters", result->nParameters}};
    std::cout << out.dump(2) << '\n';
  } else {
    std::cout << "Back-propagated gradient vs central differences (h = 1e-6) over " << result->nParameters
              << " parameters: max relative error " << result->maxRelError << '\n';
  }
  return 0;
}

}  // namespace supex::cli
