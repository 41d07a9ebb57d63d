#include "widgets/compare/compare_setup.h"

#include <QStringList>
#include <algorithm>
#include <limits>

#include "core/data/split.h"
#include "core/models/registry.h"

namespace supex {
namespace {

bool hasTaskParam(const ModelInfo& model) {
  return model.tasks.size() > 1 &&
         std::any_of(model.params.begin(), model.params.end(), [](const ParamSpec& s) { return s.key == "task"; });
}

bool doesTask(const ModelInfo& model, Task task) {
  return std::find(model.tasks.begin(), model.tasks.end(), task) != model.tasks.end();
}

}  // namespace

CompareData makeCompareData(QString name, Dataset data, double testFraction, std::uint64_t seed) {
  CompareData out;
  out.name = std::move(name);
  out.isTest.assign(static_cast<std::size_t>(data.rows()), false);
  auto all = std::make_shared<const Dataset>(std::move(data));
  out.all = all;
  out.train = all;
  out.test = std::make_shared<const Dataset>(all->subset({}));
  if (testFraction <= 0.0 || all->rows() < 2) return out;
  auto split = trainTestSplit(*all, testFraction, seed);
  if (!split) return out;  // as the document: hold nothing out when no training row would remain
  for (Eigen::Index row : split->testRows) out.isTest[static_cast<std::size_t>(row)] = true;
  out.train = std::make_shared<const Dataset>(std::move(split->train));
  out.test = std::make_shared<const Dataset>(std::move(split->test));
  return out;
}

std::vector<const ModelInfo*> modelsForTask(Task task) {
  std::vector<const ModelInfo*> out;
  for (const ModelInfo& m : modelRegistry())
    if (doesTask(m, task)) out.push_back(&m);
  return out;
}

ParamValues defaultParams(const ModelInfo& model, Task task) {
  ParamValues values;
  // An empty default (LDA's priors: the class frequencies) is left out, as
  // the model panel does: the model's own default applies.
  for (const ParamSpec& spec : model.params)
    if (!spec.defaultText.empty()) values[spec.key] = spec.defaultText;
  if (hasTaskParam(model)) values["task"] = taskName(task);
  return values;
}

Result<std::vector<const ModelInfo*>> parseModelList(const std::string& list, Task task) {
  std::vector<const ModelInfo*> out;
  const QStringList ids = QString::fromStdString(list).split(',', Qt::SkipEmptyParts);
  QStringList known;
  for (const ModelInfo& m : modelRegistry()) known << QString::fromStdString(m.id);
  if (ids.isEmpty()) return usageError("--compare takes a list of models, e.g. knn,lda. Models: " + known.join(", ").toStdString() + ".");
  for (const QString& raw : ids) {
    const std::string id = raw.trimmed().toStdString();
    const ModelInfo* model = findModel(id);
    if (!model) return usageError("Unknown model '" + id + "'. Models: " + known.join(", ").toStdString() + ".");
    if (!doesTask(*model, task)) return usageError("The model " + id + " does not do " + taskName(task) + ".");
    out.push_back(model);
  }
  return out;
}

QString paramSummary(const ModelInfo& model, const ParamValues& values, Task task) {
  const ParamValues defaults = defaultParams(model, task);
  QStringList parts;
  for (const ParamSpec& spec : model.params) {
    if (spec.key == "task") continue;
    auto it = values.find(spec.key);
    if (it == values.end() || it->second.empty()) continue;
    if (auto d = defaults.find(spec.key); d != defaults.end() && d->second == it->second) continue;
    parts << QStringLiteral("%1 = %2").arg(QString::fromStdString(spec.key), QString::fromStdString(it->second));
  }
  return parts.join(", ");
}

GridSpec compareGrid(const Dataset& data, int cells) {
  double x0 = -1, x1 = 1, y0 = -1, y1 = 1;
  if (data.rows() > 0) {
    const bool oneFeature = data.cols() == 1;
    x0 = data.X.col(0).minCoeff();
    x1 = data.X.col(0).maxCoeff();
    const Eigen::VectorXd& ys = oneFeature ? data.y : Eigen::VectorXd(data.X.col(1));
    if (ys.size() > 0) {
      y0 = ys.minCoeff();
      y1 = ys.maxCoeff();
    }
  }
  auto pad = [](double& lo, double& hi) {
    double span = hi - lo;
    if (!(span > 1e-12)) span = std::max(1.0, std::abs(lo));
    lo -= 0.08 * span;
    hi += 0.08 * span;
  };
  pad(x0, x1);
  pad(y0, y1);
  GridSpec g;
  g.x0 = x0;
  g.x1 = x1;
  g.y0 = y0;
  g.y1 = y1;
  g.nx = cells;
  g.ny = data.cols() == 1 ? 1 : cells;
  return g;
}

}  // namespace supex
