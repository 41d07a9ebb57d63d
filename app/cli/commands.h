#pragma once
// The three commands of `supex`. Each returns the exit code; output goes to
// stdout only on success, and a failure is thrown as cli::Failure so that
// main() prints exactly one line on stderr.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace supex::cli {

struct GenerateArgs {
  std::string kind;
  int n = 200;
  std::optional<double> noise;
  std::int64_t seed = 0;
  std::optional<int> classes;
  std::string output;  // empty = stdout
};

struct FitArgs {
  std::string model;
  std::string train;
  std::string test;
  std::string target;
  std::vector<std::string> features;
  std::vector<std::string> params;  // KEY=VALUE
  std::string grid;
  std::string gridOut;
  bool json = false;
};

struct GradcheckArgs {
  std::string train;
  std::string target;
  std::vector<std::string> features;
  std::vector<std::string> params;
  bool json = false;
};

int runGenerate(const GenerateArgs& args);
int runFit(const FitArgs& args);
int runGradcheck(const GradcheckArgs& args);

}  // namespace supex::cli
