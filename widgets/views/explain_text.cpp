#include "widgets/views/explain_text.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

#include "widgets/views/view_format.h"

namespace supex {
namespace {

const char* kTable = "<table cellspacing=0 cellpadding=3 border=1 style=\"border-collapse:collapse\">";

QString className(const ProbeExplanation& e, int k) {
  return classSwatch(k, k >= 0 && k < static_cast<int>(e.classes.size()) ? e.classes[static_cast<std::size_t>(k)]
                                                                         : std::to_string(k));
}

// " = 0.93", or " > 0.9999" for a p that would round to 1.
QString equalsProbability(double p) {
  const QString text = formatProbability(p);
  return text.startsWith('>') ? " " + text : " = " + text;
}

QString cell(const QString& s, bool bold = false) { return bold ? "<td><b>" + s + "</b></td>" : "<td>" + s + "</td>"; }

QString probeLine(const ProbeExplanation& e, const FittedModel& model) {
  QStringList parts;
  for (Eigen::Index j = 0; j < e.x.size(); ++j) {
    const QString name = j < static_cast<Eigen::Index>(model.inputNames.size())
                             ? QString::fromStdString(model.inputNames[static_cast<std::size_t>(j)]).toHtmlEscaped()
                             : QString("x%1").arg(j + 1);
    parts << name + " = " + formatNumber(e.x(j), 4);
  }
  return "<p><b>Probe</b>: " + parts.join(", ") + "</p>";
}

QString outcome(const ProbeExplanation& e) {
  if (e.task == Task::Regression) return "<p><b>Prediction</b> ŷ(x) = " + formatNumber(e.prediction, 5) + "</p>";
  QString s = "<p><b>Prediction</b>: class " + className(e, e.predictedClass);
  if (e.proba.size() > e.predictedClass && e.predictedClass >= 0)
    s += " with P" + equalsProbability(e.proba(e.predictedClass));
  return s + "</p>";
}

// class | terms… | score | (Mahalanobis) | P(k | x)
QString scoreTable(const ProbeExplanation& e, const QString& scoreName) {
  QString h = kTable + QString("<tr><th>class k</th>");
  for (const std::string& t : e.scoreTermNames) h += "<th>" + QString::fromStdString(t) + "</th>";
  h += "<th>" + scoreName + "</th>";
  if (e.mahalanobis.size() > 0) h += "<th>Mahalanobis d<sub>k</sub></th>";
  h += "<th>P(k | x)</th></tr>";
  for (Eigen::Index k = 0; k < e.scores.size(); ++k) {
    const bool top = k == e.predictedClass;
    h += "<tr>" + cell(className(e, static_cast<int>(k)), top);
    for (Eigen::Index t = 0; t < e.scoreTerms.cols(); ++t) h += cell(formatNumber(e.scoreTerms(k, t), 4));
    h += cell(formatNumber(e.scores(k), 5), top);
    if (e.mahalanobis.size() > k) h += cell(formatNumber(e.mahalanobis(k), 3));
    h += cell(e.proba.size() > k ? formatProbability(e.proba(k)) : QString("—"), top) + "</tr>";
  }
  return h + "</table>";
}

QString discriminants(const ProbeExplanation& e, const FittedModel& model) {
  QString h;
  if (e.modelId == "qda") {
    h += "<p>δ<sub>k</sub>(x) = log π<sub>k</sub> − ½ log|Σ<sub>k</sub>| − ½ (x − μ<sub>k</sub>)ᵀ Σ<sub>k</sub><sup>−1</sup> "
         "(x − μ<sub>k</sub>), &nbsp; Σ<sub>k</sub> = (1 − r) Σ̂<sub>k</sub> + r I, r = " +
         formatNumber(paramNumber(model.params, "reg", 0.0), 3) + "</p>";
  } else {
    h += "<p>δ<sub>k</sub>(x) = log π<sub>k</sub> + xᵀ Σ<sup>−1</sup> μ<sub>k</sub> − ½ μ<sub>k</sub>ᵀ Σ<sup>−1</sup> "
         "μ<sub>k</sub> &nbsp; (linear in x: one shared Σ)</p>";
  }
  h += "<p>P(k | x) = exp δ<sub>k</sub>(x) / Σ<sub>j</sub> exp δ<sub>j</sub>(x) &nbsp; (softmax); "
       "d<sub>k</sub> = √((x − μ<sub>k</sub>)ᵀ Σ<sup>−1</sup> (x − μ<sub>k</sub>)): the probe is d<sub>k</sub> "
       "\"σ\" from class k's mean (the ellipses are d = 1, 2).</p>";
  return h + scoreTable(e, "δ<sub>k</sub>(x)");
}

QString logits(const ProbeExplanation& e) {
  QString h = "<p>z<sub>k</sub>(x) = w<sub>k</sub>·φ(x) + b<sub>k</sub> &nbsp; (the logits); &nbsp; "
              "P(k | x) = exp z<sub>k</sub>(x) / Σ<sub>j</sub> exp z<sub>j</sub>(x) &nbsp; (softmax)</p>";
  h += kTable + QString("<tr><th>class k</th><th>z<sub>k</sub>(x)</th><th>exp(z<sub>k</sub> − max z)</th>"
                        "<th>P(k | x)</th></tr>");
  const double top = e.scores.size() > 0 ? e.scores.maxCoeff() : 0.0;
  for (Eigen::Index k = 0; k < e.scores.size(); ++k) {
    const bool best = k == e.predictedClass;
    h += "<tr>" + cell(className(e, static_cast<int>(k)), best) + cell(formatNumber(e.scores(k), 5), best) +
         cell(formatNumber(std::exp(e.scores(k) - top), 4)) +
         cell(e.proba.size() > k ? formatProbability(e.proba(k)) : QString("—"), best) + "</tr>";
  }
  return h + "</table>";
}

QString network(const ProbeExplanation& e) {
  const NnExplanation& n = e.network;
  QString h = "<p>a<sup>[0]</sup> = x; &nbsp; z<sup>[l]</sup> = W<sup>[l]</sup> a<sup>[l−1]</sup> + b<sup>[l]</sup>, "
              "&nbsp; a<sup>[l]</sup> = g(z<sup>[l]</sup>) with g = " +
              QString::fromStdString(e.activation) +
              "; &nbsp; output p = σ(z<sup>[L]</sup>) = P(" + className(e, 1) + " | x)</p>";
  h += kTable + QString("<tr><th>layer</th><th></th><th>units</th></tr>");
  const std::size_t L = n.z.size();
  for (std::size_t l = 1; l <= L; ++l) {
    const QString name = l == L ? QString("output (%1)").arg(l) : QString("hidden %1").arg(l);
    const Eigen::VectorXd& z = n.z[l - 1];
    const Eigen::VectorXd& a = n.a[l];
    QStringList zs, as;
    for (Eigen::Index i = 0; i < z.size(); ++i) {
      zs << formatNumber(z(i), 3);
      as << formatNumber(a(i), 3);
    }
    h += "<tr><td rowspan=2>" + name + "</td><td>z<sup>[" + QString::number(l) + "]</sup></td><td>" +
         zs.join(", ") + "</td></tr>";
    h += "<tr><td>a<sup>[" + QString::number(l) + "]</sup></td><td>" + as.join(", ") + "</td></tr>";
  }
  h += "</table>";
  if (e.proba.size() == 2)
    h += "<p>P(" + className(e, 1) + " | x) = p" + equalsProbability(e.proba(1)) + ", &nbsp; P(" + className(e, 0) +
         " | x) = 1 − p" + equalsProbability(e.proba(0)) + "</p>";
  return h;
}

QString neighbours(const ProbeExplanation& e, const FittedModel& model) {
  const double p = paramNumber(model.params, "p", 2.0);
  const int k = static_cast<int>(e.neighbours.size());
  QString h = "<p>D<sub>p</sub>(x, x<sub>i</sub>) = (Σ<sub>j</sub> |x<sub>j</sub> − x<sub>ij</sub>|<sup>p</sup>)"
              "<sup>1/p</sup> with p = " +
              formatNumber(p, 3) + (e.standardized ? " (on standardised features)" : "") +
              "; the k = " + QString::number(k) + " nearest training points N<sub>k</sub>(x):</p>";
  const bool classification = e.task == Task::Classification;
  if (classification) {
    QStringList votes;
    for (std::size_t c = 0; c < e.votes.size(); ++c)
      if (e.votes[c] > 0)
        votes << className(e, static_cast<int>(c)) + ": " + QString::number(e.votes[c]) + "/" + QString::number(k);
    h += "<p><b>Vote</b> P(c | x) = (votes for c)/k: " + votes.join(", &nbsp; ") + " → class " +
         className(e, e.predictedClass) + " (a tie goes to the class of the nearest tied neighbour)</p>";
  } else {
    h += "<p>ŷ(x) = (1/k) Σ<sub>i∈N<sub>k</sub>(x)</sub> y<sub>i</sub> = " + formatNumber(e.prediction, 5) + "</p>";
  }
  h += kTable + QString("<tr><th>#</th><th>training row</th><th>distance D<sub>p</sub></th><th>") +
       (classification ? "class" : "y<sub>i</sub>") + "</th></tr>";
  for (int j = 0; j < k; ++j) {
    const Neighbour& n = e.neighbours[static_cast<std::size_t>(j)];
    h += "<tr>" + cell(QString::number(j + 1)) + cell(QString::number(n.row + 1)) + cell(formatNumber(n.distance, 4)) +
         cell(classification ? className(e, static_cast<int>(n.target)) : formatNumber(n.target, 4)) + "</tr>";
  }
  return h + "</table>";
}

QString linear(const ProbeExplanation& e) {
  QString h;
  if (e.interval) {
    const OlsProbeInterval& i = *e.interval;
    const QString level = formatNumber(100.0 * i.level, 3) + "%";
    h += "<p>" + level + " confidence interval of the mean E[y | x]: ŷ ± t·σ̂·√(x₀ᵀ(XᵀX)<sup>−1</sup>x₀) = [" +
         formatNumber(i.meanLow, 5) + ", " + formatNumber(i.meanHigh, 5) + "]<br>" + level +
         " prediction interval of a new y: ŷ ± t·σ̂·√(1 + x₀ᵀ(XᵀX)<sup>−1</sup>x₀) = [" + formatNumber(i.predLow, 5) +
         ", " + formatNumber(i.predHigh, 5) + "]</p>";
  }
  h += "<p>ŷ(x) = b + Σ<sub>j</sub> w<sub>j</sub> φ<sub>j</sub>(x), term by term:</p>";
  h += kTable + QString("<tr><th>term</th><th>φ<sub>j</sub>(x)</th><th>w<sub>j</sub></th>"
                        "<th>w<sub>j</sub> φ<sub>j</sub>(x)</th></tr>");
  h += "<tr>" + cell("intercept b") + cell("1") + cell(formatNumber(e.intercept, 4)) +
       cell(formatNumber(e.intercept, 4)) + "</tr>";
  for (std::size_t j = 0; j < e.termNames.size(); ++j) {
    const auto i = static_cast<Eigen::Index>(j);
    const bool zero = e.weights(i) == 0.0;
    h += "<tr>" + cell(QString::fromStdString(e.termNames[j]).toHtmlEscaped()) + cell(formatNumber(e.terms(i), 4)) +
         cell(zero ? QString("0 (exactly)") : formatNumber(e.weights(i), 4)) +
         cell(formatNumber(e.contributions(i), 4)) + "</tr>";
  }
  h += "<tr>" + cell("sum ŷ(x)", true) + cell("") + cell("") + cell(formatNumber(e.prediction, 5), true) + "</tr>";
  return h + "</table>";
}

QString dataPoint(const ProbeExplanation& e, const DataPointExplanation& p, const std::string& targetName) {
  QString h = "<p><b>On training point " + QString::number(p.row + 1) + "</b>: ";
  if (e.task == Task::Classification) {
    h += "its class is " + className(e, static_cast<int>(p.target)) + ", the model predicts " +
         className(e, static_cast<int>(std::lround(p.fitted))) + ".</p>";
    return h;
  }
  const QString y = QString::fromStdString(targetName.empty() ? std::string("y") : targetName).toHtmlEscaped();
  h += y + "<sub>i</sub> = " + formatNumber(p.target, 5) + ", ŷ<sub>i</sub> = " + formatNumber(p.fitted, 5);
  if (p.residual) h += ", residual e<sub>i</sub> = y<sub>i</sub> − ŷ<sub>i</sub> = " + formatNumber(*p.residual, 4);
  if (p.leverage)
    h += ", leverage h<sub>ii</sub> = [X(XᵀX)<sup>−1</sup>Xᵀ]<sub>ii</sub> = " + formatNumber(*p.leverage, 4) +
         " (how strongly y<sub>i</sub> pulls ŷ<sub>i</sub> towards itself)";
  return h + ".</p>";
}

}  // namespace

QString explanationHtml(const ProbeExplanation& e, const std::optional<DataPointExplanation>& point,
                        const FittedModel& model, const std::string& targetName) {
  if (!e.error.empty()) return "<p>" + QString::fromStdString(e.error).toHtmlEscaped() + "</p>";
  // The short answers first (the tab is low), the tables after.
  QString h = probeLine(e, model) + outcome(e);
  if (point) h += dataPoint(e, *point, targetName);
  switch (e.kind) {
    case ProbeExplanation::Kind::Discriminants: h += discriminants(e, model); break;
    case ProbeExplanation::Kind::Logits: h += logits(e); break;
    case ProbeExplanation::Kind::Network: h += network(e); break;
    case ProbeExplanation::Kind::Neighbours: h += neighbours(e, model); break;
    case ProbeExplanation::Kind::Linear: h += linear(e); break;
    case ProbeExplanation::Kind::None: h += "<p>This model has no step-by-step explanation.</p>"; break;
  }
  return h;
}

}  // namespace supex
