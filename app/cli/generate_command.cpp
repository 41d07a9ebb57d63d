#include <fstream>
#include <iostream>

#include "app/cli/cli_failure.h"
#include "app/cli/commands.h"
#include "core/data/dataset_io.h"
#include "core/data/generators.h"

namespace supex::cli {

int runGenerate(const GenerateArgs& args) {
  GenerateOptions options;
  options.kind = args.kind;
  options.n = args.n;
  options.noise = args.noise;
  if (args.seed < 0) throw usageFailure("--seed must be >= 0. Got " + std::to_string(args.seed) + ".");
  options.seed = static_cast<std::uint64_t>(args.seed);
  if (args.classes) options.classes = *args.classes;
  auto data = generate(options);
  if (!data) throw failure(data.error());
  if (args.output.empty()) {
    std::cout << toCsv(*data);
    return 0;
  }
  if (Status s = writeCsv(args.output, *data); !s) throw failure(s.error());
  return 0;
}

}  // namespace supex::cli
