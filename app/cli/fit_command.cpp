#include <chrono>
#include <fstream>
#include <iostream>
#include <map>

#include "app/cli/cli_failure.h"
#include "app/cli/commands.h"
#include "app/cli/fit_report.h"
#include "app/cli/grid_arg.h"
#include "app/cli/param_args.h"
#include "core/data/dataset_io.h"
#include "core/eval/metrics.h"
#include "core/models/ols/ols.h"
#include "core/common/number_text.h"
#include "core/models/registry.h"
#include "core/predict/grid_predictor.h"

namespace supex::cli {
namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

const ModelInfo& requireModel(const std::string& id) {
  if (const ModelInfo* info = findModel(id)) return *info;
  std::string known;
  for (const auto& m : modelRegistry()) known += (known.empty() ? "" : ", ") + m.id;
  throw usageFailure("Unknown model '" + id + "'. Models: " + known + ".");
}

nlohmann::json metricsJson(const FittedModel& model, const Prediction& pred, const Eigen::VectorXd& truth) {
  nlohmann::json m;
  if (model.task == Task::Classification) {
    m["accuracy"] = accuracy(pred.value, truth);
    if (model.hasProbabilities()) m["log_loss"] = logLoss(pred.proba, truth);
  } else {
    m["mse"] = meanSquaredError(pred.value, truth);
    m["r2"] = rSquared(pred.value, truth);
  }
  return m;
}

nlohmann::json predictionsJson(const FittedModel& model, const Prediction& pred) {
  nlohmann::json out = nlohmann::json::array();
  for (Eigen::Index i = 0; i < pred.value.size(); ++i) {
    if (model.task == Task::Classification) out.push_back(model.classes[static_cast<std::size_t>(pred.value(i))]);
    else out.push_back(pred.value(i));
  }
  return out;
}

nlohmann::json matrixJson(const Eigen::MatrixXd& m) {
  nlohmann::json out = nlohmann::json::array();
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    nlohmann::json row = nlohmann::json::array();
    for (Eigen::Index j = 0; j < m.cols(); ++j) row.push_back(m(i, j));
    out.push_back(std::move(row));
  }
  return out;
}

std::vector<double> toVector(const Eigen::VectorXd& v) { return {v.data(), v.data() + v.size()}; }

void addTestResults(nlohmann::json& report, const FittedModel& model, const Dataset& test) {
  const auto start = Clock::now();
  Prediction pred;
  model.predict(test.X, pred);
  report["timing_ms"]["predict_test"] = millisecondsSince(start);
  report["predictions"] = predictionsJson(model, pred);
  if (model.hasProbabilities()) report["probabilities"] = matrixJson(pred.proba);
  if (test.hasTarget) report["test_metrics"] = metricsJson(model, pred, test.y);
  if (const auto* ols = dynamic_cast<const OlsModel*>(&model)) {
    const OlsBands bands = ols->bands(test.X, ols->inference().level);
    report["mean_ci_low"] = toVector(bands.meanLow);
    report["mean_ci_high"] = toVector(bands.meanHigh);
    report["pred_low"] = toVector(bands.predLow);
    report["pred_high"] = toVector(bands.predHigh);
  }
}

// Cell centres of a grid, x fastest, as rows of a feature matrix.
Eigen::MatrixXd gridCentres(const GridSpec& g, int features) {
  Eigen::MatrixXd X(static_cast<Eigen::Index>(g.nx) * g.ny, features);
  for (int j = 0; j < g.ny; ++j)
    for (int i = 0; i < g.nx; ++i) {
      const Eigen::Index r = static_cast<Eigen::Index>(j) * g.nx + i;
      X(r, 0) = g.x(i);
      if (features == 2) X(r, 1) = g.y(j);
    }
  return X;
}

void writeGridCsv(const std::string& path, const FittedModel& model, const GridSpec& spec, const GridResult& grid) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw Failure{3, path + ": cannot open the file for writing."};
  const int features = static_cast<int>(model.inputNames.size());
  for (const auto& name : model.inputNames) out << name << ',';
  out << "prediction\n";
  const Eigen::MatrixXd centres = gridCentres(spec, features);
  for (Eigen::Index r = 0; r < centres.rows(); ++r) {
    for (int c = 0; c < features; ++c) out << formatReal(centres(r, c)) << ',';
    if (model.task == Task::Classification) out << model.classes[static_cast<std::size_t>(grid.value(r))] << '\n';
    else out << formatReal(grid.value(r)) << '\n';
  }
  if (!out) throw Failure{3, path + ": writing failed."};
}

void addGridResults(nlohmann::json& report, const FittedModel& model, const GridSpec& spec,
                    const std::string& gridOut) {
  const auto start = Clock::now();
  auto grid = predictGrid(model, spec, std::stop_token{});
  if (!grid) throw failure(grid.error());
  report["timing_ms"]["predict_grid"] = millisecondsSince(start);
  nlohmann::json g;
  g["nx"] = spec.nx;
  g["ny"] = spec.ny;
  if (model.task == Task::Classification) {
    nlohmann::json counts = nlohmann::json::object();
    std::vector<long long> n(model.classes.size(), 0);
    for (Eigen::Index i = 0; i < grid->value.size(); ++i) ++n[static_cast<std::size_t>(grid->value(i))];
    for (std::size_t k = 0; k < n.size(); ++k) counts[model.classes[k]] = n[k];
    g["class_counts"] = counts;
  } else {
    g["min"] = grid->value.minCoeff();
    g["max"] = grid->value.maxCoeff();
  }
  report["grid"] = g;
  if (!gridOut.empty()) writeGridCsv(gridOut, model, spec, *grid);
}

}  // namespace

int runFit(const FitArgs& args) {
  const ModelInfo& info = requireModel(args.model);
  const ParamValues values = parseParamArgs(args.params);
  auto task = info.taskFor(values);
  if (!task) throw failure(task.error());
  if (!args.gridOut.empty() && args.grid.empty()) throw usageFailure("--grid-out needs --grid.");

  auto train = loadDataset(args.train, LoadOptions{*task, args.target, args.features});
  if (!train) throw failure(train.error());
  // Parsed before fitting so that a bad grid costs no fit.
  std::optional<GridSpec> grid;
  if (!args.grid.empty()) grid = parseGridArg(args.grid, static_cast<int>(train->cols()));
  std::optional<Dataset> test;
  if (!args.test.empty()) {
    auto t = loadTestDataset(args.test, *train);
    if (!t) throw failure(t.error());
    test = std::move(t).value();
  }

  const auto fitStart = Clock::now();
  auto fitted = info.fit(*train, values, std::stop_token{});
  if (!fitted) throw failure(fitted.error());
  const double fitMs = millisecondsSince(fitStart);
  const FittedModel& model = **fitted;

  nlohmann::json report;
  report["model"] = info.id;
  report["task"] = taskName(model.task);
  report["n_train"] = train->rows();
  report["features"] = model.features;
  report["params"] = model.params;
  if (model.task == Task::Classification) report["classes"] = model.classes;
  model.writeJson(report);
  Prediction trainPred;
  model.predict(train->X, trainPred);
  report["train_metrics"] = metricsJson(model, trainPred, train->y);
  report["timing_ms"]["fit"] = fitMs;
  nlohmann::json diagnostics = nlohmann::json::array();
  for (const auto& d : model.diagnostics) diagnostics.push_back({{"code", d.code}, {"message", d.message}});
  report["diagnostics"] = diagnostics;
  if (test) addTestResults(report, model, *test);
  if (grid) addGridResults(report, model, *grid, args.gridOut);

  if (args.json) std::cout << report.dump(2) << '\n';
  else std::cout << humanSummary(report, model);
  return 0;
}

}  // namespace supex::cli
