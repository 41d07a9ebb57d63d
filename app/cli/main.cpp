// supex: the command-line face of the core library. The interface is fixed by
// cli-contract.md; exit codes 0 success, 2 usage, 3 data, 4 numerical, and a
// failure prints exactly one line on stderr and nothing on stdout.
#include <iostream>

#include <CLI/CLI.hpp>

#include "app/cli/cli_failure.h"
#include "app/cli/commands.h"
#include "core/common/reuse_memory.h"
#include "core/models/registry.h"

namespace {

std::string modelList() {
  std::string s;
  for (const auto& m : supex::modelRegistry()) {
    s += "  " + m.id + std::string(10 - std::min<std::size_t>(9, m.id.size()), ' ') + m.name + " — " + m.objective + "\n";
    s += "            params:";
    for (const auto& p : m.params) s += " " + p.key + "=" + p.defaultText;
    s += "\n";
  }
  return s;
}

const char* kFooter = R"(
Notes where the contract leaves a choice:
  generate   --seed defaults to 0; rows are shuffled by the seed.
  fit        --param may not repeat a key. Classification grids report
             `class_counts` as an object keyed by class label.
             `diagnostics` lists non-fatal facts (not converged, separable...).
  standardize=true on linear models standardises the expanded design columns
             and reports coefficients in the units of those columns.
Exit codes: 0 success, 2 usage, 3 data, 4 numerical failure.
)";

}  // namespace

int main(int argc, char** argv) {
  supex::reuseFreedMemory();
  using namespace supex::cli;
  CLI::App app{"supex — fit and inspect the supervised-learning models of Supervised Explorer"};
  app.set_version_flag("--version", std::string("supex ") + SUPEX_VERSION);
  app.require_subcommand(1);
  app.footer("Models:\n" + modelList() + kFooter);

  GenerateArgs gen;
  auto* generate = app.add_subcommand("generate", "Write a synthetic data set as CSV");
  generate->add_option("kind", gen.kind,
                       "blobs, moons, circles, xor, spiral, gaussians (classification); linear, sine, poly (regression)")
      ->required();
  generate->add_option("--n", gen.n, "Total number of rows (default 200)");
  generate->add_option("--noise", gen.noise, "Noise standard deviation (default per kind)");
  generate->add_option("--seed", gen.seed, "Random seed (default 0); same seed, same bytes");
  generate->add_option("--classes", gen.classes, "Number of classes for blobs, spiral, gaussians (default 2)");
  generate->add_option("-o,--output", gen.output, "Output file (default: standard output)");

  FitArgs fit;
  auto* fitCmd = app.add_subcommand("fit", "Fit a model and report coefficients, inference and metrics");
  fitCmd->add_option("--model", fit.model, "Model id (see the list below)")->required();
  fitCmd->add_option("--train", fit.train, "Training CSV")->required();
  fitCmd->add_option("--test", fit.test, "Test CSV (columns matched by name; target optional)");
  fitCmd->add_option("--target", fit.target, "Target column (default: the last)");
  fitCmd->add_option("--features", fit.features, "Feature columns, comma separated")->delimiter(',');
  fitCmd->add_option("--param", fit.params, "KEY=VALUE, repeatable")->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  fitCmd->add_option("--grid", fit.grid, "X0:X1:NX[,Y0:Y1:NY]: predict at cell centres");
  fitCmd->add_option("--grid-out", fit.gridOut, "Write every grid cell as CSV");
  fitCmd->add_flag("--json", fit.json, "Print one JSON object");

  GradcheckArgs grad;
  auto* gradCmd = app.add_subcommand("gradcheck", "Compare the network's back-propagated gradient with finite differences");
  gradCmd->add_option("--train", grad.train, "Training CSV (two classes)")->required();
  gradCmd->add_option("--target", grad.target, "Target column (default: the last)");
  gradCmd->add_option("--features", grad.features, "Feature columns, comma separated")->delimiter(',');
  gradCmd->add_option("--param", grad.params, "KEY=VALUE of the nn model, repeatable")->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  gradCmd->add_flag("--json", grad.json, "Print one JSON object");

  // CLI11 would report an unknown command as "A subcommand is required";
  // name the word the user typed instead.
  if (argc > 1 && argv[1][0] != '-' && !generate->check_name(argv[1]) && !fitCmd->check_name(argv[1]) &&
      !gradCmd->check_name(argv[1])) {
    std::cerr << "supex: unknown command '" << argv[1] << "'. Commands: generate, fit, gradcheck (see supex --help)\n";
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);  // --help / --version on stdout, exit 0
  } catch (const CLI::ParseError& e) {
    std::cerr << "supex: " << e.what() << " (see supex --help)\n";
    return 2;
  }

  try {
    if (*generate) return runGenerate(gen);
    if (*fitCmd) return runFit(fit);
    return runGradcheck(grad);
  } catch (const Failure& f) {
    std::cerr << "supex: " << f.message << '\n';
    return f.exitCode;
  } catch (const std::exception& e) {
    // Nothing in the core throws by design; an exception here is a bug, but
    // the user still gets one line and a non-zero code instead of an abort.
    std::cerr << "supex: internal error: " << e.what() << '\n';
    return 1;
  }
}
