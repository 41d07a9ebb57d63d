// "Explain this point": the explained numbers against hand calculations,
// brute force, statsmodels, and the models' own predict().
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/explain/probe_explanation.h"
#include "core/models/registry.h"
#include "tests/core/classification_data.h"

using namespace supex;
using namespace supex::test;

namespace {

FittedModelPtr fit(const std::string& id, const Dataset& data, const ParamValues& values) {
  auto r = findModel(id)->fit(data, values, {});
  if (!r.ok()) qFatal("%s", r.error().message.c_str());
  return *r;
}

Eigen::VectorXd softmax(const Eigen::VectorXd& s) {
  const Eigen::ArrayXd e = (s.array() - s.maxCoeff()).exp();
  return (e / e.sum()).matrix();
}

Eigen::VectorXd point(double a, double b) { return Eigen::Vector2d(a, b); }

// Two squares of side 2, chosen for a hand calculation:
//   class 0: (0,0) (2,0) (0,2) (2,2), μ₀ = (1,1);  class 1: the same shifted by 4, μ₁ = (5,1).
Dataset squares() {
  return classificationData(2, {0, 0, 2, 0, 0, 2, 2, 2, 4, 0, 6, 0, 4, 2, 6, 2}, {0, 0, 0, 0, 1, 1, 1, 1}, {"a", "b"});
}

// Three interleaved classes, 40 rows, deterministic.
Dataset wavy() {
  std::vector<double> v;
  std::vector<int> labels;
  for (int i = 0; i < 40; ++i) {
    v.push_back(3.0 * std::sin(1.3 * i));
    v.push_back(2.0 * std::cos(0.7 * i) + 0.1 * i);
    labels.push_back(i % 3);
  }
  return classificationData(2, v, labels, {"r", "g", "b"});
}

Dataset line() {
  Dataset d;
  d.task = Task::Regression;
  d.featureNames = {std::string(1, 'x')};
  d.targetName = std::string(1, 'y');  // not = "y": GCC 12 emits a false -Wrestrict there
  d.X = (Eigen::MatrixXd(5, 1) << 0, 1, 2, 3, 4).finished();
  d.y = (Eigen::VectorXd(5) << 1.1, 1.9, 3.2, 3.8, 5.1).finished();
  return d;
}

}  // namespace

class TestProbeExplanation : public QObject {
  Q_OBJECT
 private slots:
  // Each class scatters Σ (x − μ)(x − μ)ᵀ = diag(4, 4), so the pooled
  // covariance is diag(8, 8)/(n − K = 6) = (4/3)I and Σ⁻¹ = (3/4)I; π = ½ each.
  // At x = (2, 1):
  //   δ₀ = log ½ + ¾(2·1 + 1·1) − ½·¾(1 + 1)  = log ½ + 9/4 − 3/4
  //   δ₁ = log ½ + ¾(2·5 + 1·1) − ½·¾(25 + 1) = log ½ + 33/4 − 39/4
  //   P(0 | x) = 1/(1 + e^{δ₁ − δ₀}) = 1/(1 + e^{−3});
  //   Mahalanobis distances √(¾·1) and √(¾·9).
  void ldaDiscriminantsByHand() {
    const auto m = fit("lda", squares(), {});
    const ProbeExplanation e = explainProbe(*m, point(2, 1));
    QVERIFY(e.error.empty());
    QCOMPARE(e.kind, ProbeExplanation::Kind::Discriminants);
    const double h = std::log(0.5);
    QVERIFY(std::abs(e.scores(0) - (h + 1.5)) < 1e-12);
    QVERIFY(std::abs(e.scores(1) - (h - 1.5)) < 1e-12);
    QVERIFY(std::abs(e.scoreTerms(0, 1) - 2.25) < 1e-12 && std::abs(e.scoreTerms(0, 2) + 0.75) < 1e-12);
    QVERIFY(std::abs(e.scoreTerms(1, 1) - 8.25) < 1e-12 && std::abs(e.scoreTerms(1, 2) + 9.75) < 1e-12);
    QVERIFY(std::abs(e.scoreTerms(1, 0) - h) < 1e-15);
    QVERIFY(std::abs(e.proba(0) - 1.0 / (1.0 + std::exp(-3.0))) < 1e-12);
    QVERIFY(std::abs(e.mahalanobis(0) - std::sqrt(0.75)) < 1e-12);
    QVERIFY(std::abs(e.mahalanobis(1) - std::sqrt(6.75)) < 1e-12);
    QCOMPARE(e.predictedClass, 0);
  }

  // QDA with r = 0.25. Class 0 as above: Σ₀ = diag(4,4)/3 → 0.75·(4/3)I + 0.25I = 1.25I.
  // Class 1: (4,0) (8,0) (4,2) (8,2), μ₁ = (6,1), Σ₁ = diag(16,4)/3 → diag(4.25, 1.25).
  // At x = (3, 1.5): (x − μ₀)ᵀΣ₀⁻¹(x − μ₀) = (4 + 0.25)/1.25 = 3.4,
  //                  (x − μ₁)ᵀΣ₁⁻¹(x − μ₁) = 9/4.25 + 0.25/1.25;
  // log|Σ₀| = 2 log 1.25, log|Σ₁| = log(4.25·1.25).
  void qdaDiscriminantsByHand() {
    const Dataset d = classificationData(2, {0, 0, 2, 0, 0, 2, 2, 2, 4, 0, 8, 0, 4, 2, 8, 2}, {0, 0, 0, 0, 1, 1, 1, 1},
                                         {"a", "b"});
    const auto m = fit("qda", d, {{"reg", "0.25"}});
    const ProbeExplanation e = explainProbe(*m, point(3, 1.5));
    QVERIFY(e.error.empty());
    const double q0 = 3.4, q1 = 9.0 / 4.25 + 0.2;
    const double d0 = std::log(0.5) - std::log(1.25) - 0.5 * q0;
    const double d1 = std::log(0.5) - 0.5 * std::log(4.25 * 1.25) - 0.5 * q1;
    QVERIFY2(std::abs(e.scores(0) - d0) < 1e-12, qPrintable(QString::number(e.scores(0), 'g', 17)));
    QVERIFY(std::abs(e.scores(1) - d1) < 1e-12);
    QVERIFY(std::abs(e.scoreTerms(0, 1) + std::log(1.25)) < 1e-12);
    QVERIFY(std::abs(e.scoreTerms(1, 2) + 0.5 * q1) < 1e-12);
    QVERIFY(std::abs(e.mahalanobis(0) - std::sqrt(q0)) < 1e-12);
    const double p0 = 1.0 / (1.0 + std::exp(d1 - d0));
    QVERIFY(std::abs(e.proba(0) - p0) < 1e-12);
  }

  // The explained posterior is the model's own probability: softmax of the
  // explained scores equals predict() at the probe, for every model with scores.
  void posteriorEqualsPredict_data() {
    QTest::addColumn<QString>("model");
    QTest::newRow("lda") << "lda";
    QTest::newRow("qda") << "qda";
    QTest::newRow("logistic") << "logistic";
  }
  void posteriorEqualsPredict() {
    QFETCH(QString, model);
    const auto m = fit(model.toStdString(), wavy(), {});
    for (const Eigen::VectorXd& x : {point(0.3, -0.4), point(-2, 1.5), point(2.5, 3)}) {
      const ProbeExplanation e = explainProbe(*m, x);
      Prediction p;
      m->predict(x.transpose(), p);
      QCOMPARE(e.scores.size(), Eigen::Index(3));
      const Eigen::VectorXd s = softmax(e.scores);
      for (int k = 0; k < 3; ++k) QVERIFY(std::abs(s(k) - p.proba(0, k)) < 1e-12);
      QCOMPARE(e.predictedClass, int(p.value(0)));
      if (e.scoreTerms.size() > 0)
        QVERIFY((e.scoreTerms.rowwise().sum() - e.scores).cwiseAbs().maxCoeff() < 1e-10);
    }
  }

  // The network's output unit is P(positive class), and its first layer is
  // z^[1] = W^[1]x + b^[1] recomputed here from the weights.
  void networkOutputIsItsProbability() {
    Dataset d = wavy();
    for (Eigen::Index i = 0; i < d.rows(); ++i) d.y(i) = d.y(i) == 0 ? 0 : 1;
    d.classes = {"r", "not r"};
    const auto m = fit("nn", d, {{"hidden", "4,3"}, {"epochs", "20"}});
    const ProbeExplanation e = explainProbe(*m, point(0.5, 1.0));
    QCOMPARE(e.kind, ProbeExplanation::Kind::Network);
    QCOMPARE(e.network.a.size(), std::size_t(4));
    QCOMPARE(e.network.a[1].size(), Eigen::Index(4));
    QCOMPARE(e.network.a[2].size(), Eigen::Index(3));
    const auto& nn = dynamic_cast<const NnModel&>(*m);
    const Eigen::VectorXd z1 = nn.network().W(1) * point(0.5, 1.0) + nn.network().b(1);
    QVERIFY((z1 - e.network.z[0]).cwiseAbs().maxCoeff() < 1e-12);
    QVERIFY(std::abs(e.network.a[3](0) - e.proba(1)) < 1e-12);
    QVERIFY(std::abs(1.0 / (1.0 + std::exp(-e.network.z[2](0))) - e.proba(1)) < 1e-12);
  }

  // The k neighbours against a brute-force scan written here: every training
  // row's Minkowski distance, sorted by (distance, row).
  void knnNeighboursAgainstBruteForce() {
    const Dataset d = wavy();
    const double p = 1.5;
    const int k = 7;
    const auto m = fit("knn", d, {{"k", "7"}, {"p", "1.5"}});
    const Eigen::VectorXd x = point(0.3, -0.4);
    const ProbeExplanation e = explainProbe(*m, x);
    QCOMPARE(e.kind, ProbeExplanation::Kind::Neighbours);
    std::vector<std::pair<double, Eigen::Index>> all;
    for (Eigen::Index i = 0; i < d.rows(); ++i) {
      const double dist = std::pow(std::pow(std::abs(d.X(i, 0) - x(0)), p) + std::pow(std::abs(d.X(i, 1) - x(1)), p),
                                   1.0 / p);
      all.emplace_back(dist, i);
    }
    std::sort(all.begin(), all.end());
    QCOMPARE(e.neighbours.size(), std::size_t(k));
    std::vector<int> votes(3, 0);
    for (int j = 0; j < k; ++j) {
      const auto& n = e.neighbours[static_cast<std::size_t>(j)];
      QCOMPARE(n.row, all[static_cast<std::size_t>(j)].second);
      QVERIFY(std::abs(n.distance - all[static_cast<std::size_t>(j)].first) < 1e-12);
      QCOMPARE(n.target, d.y(n.row));
      ++votes[static_cast<std::size_t>(d.y(n.row))];
    }
    QCOMPARE(e.votes, votes);
    for (int c = 0; c < 3; ++c) QVERIFY(std::abs(e.proba(c) - votes[static_cast<std::size_t>(c)] / double(k)) < 1e-15);
  }

  // statsmodels 0.13.5 on x = 0..4, y = [1.1, 1.9, 3.2, 3.8, 5.1]:
  //   import numpy as np, statsmodels.api as sm
  //   x=np.array([0,1,2,3,4.]); y=np.array([1.1,1.9,3.2,3.8,5.1])
  //   r=sm.OLS(y,sm.add_constant(x)).fit()
  //   r.get_prediction(np.array([[1,2.5]])).summary_frame(alpha=0.05)
  //     mean 3.515, mean_ci 3.22990894 .. 3.80009106, obs_ci 2.84978752 .. 4.18021248
  //   r.get_influence().hat_matrix_diag  [0.6 0.3 0.2 0.3 0.6]
  //   r.resid                            [0.06 -0.13 0.18 -0.21 0.1]
  void olsIntervalsResidualAndLeverage() {
    const Dataset d = line();
    const auto m = fit("ols", d, {});
    Eigen::VectorXd x(1);
    x << 2.5;
    const ProbeExplanation e = explainProbe(*m, x, 0.95);
    QCOMPARE(e.kind, ProbeExplanation::Kind::Linear);
    QVERIFY(std::abs(e.prediction - 3.515) < 1e-12);
    QVERIFY(e.interval.has_value());
    QVERIFY(std::abs(e.interval->meanLow - 3.22990894) < 1e-8);
    QVERIFY(std::abs(e.interval->meanHigh - 3.80009106) < 1e-8);
    QVERIFY(std::abs(e.interval->predLow - 2.84978752) < 1e-8);
    QVERIFY(std::abs(e.interval->predHigh - 4.18021248) < 1e-8);
    QVERIFY(std::abs(e.intercept + e.contributions.sum() - 3.515) < 1e-12);

    const double hat[] = {0.6, 0.3, 0.2, 0.3, 0.6};
    const double resid[] = {0.06, -0.13, 0.18, -0.21, 0.1};
    for (Eigen::Index i = 0; i < 5; ++i) {
      const auto p = explainTrainingPoint(*m, d, i);
      QVERIFY(p && p->leverage && p->residual);
      QVERIFY(std::abs(*p->leverage - hat[i]) < 1e-12);
      QVERIFY(std::abs(*p->residual - resid[i]) < 1e-12);
      QVERIFY(std::abs(p->target - p->fitted - resid[i]) < 1e-12);
    }
  }

  // Ridge with a degree-2 basis: φ(2.5) = (2.5, 6.25), and b + Σ wⱼφⱼ is predict().
  void ridgeTermsSumToThePrediction() {
    const auto m = fit("ridge", line(), {{"lambda", "0.5"}, {"basis", "poly"}, {"degree", "2"}});
    Eigen::VectorXd x(1);
    x << 2.5;
    const ProbeExplanation e = explainProbe(*m, x);
    QCOMPARE(e.termNames, (std::vector<std::string>{"x", "x^2"}));
    QVERIFY(std::abs(e.terms(0) - 2.5) < 1e-15 && std::abs(e.terms(1) - 6.25) < 1e-15);
    Prediction p;
    m->predict(x.transpose(), p);
    QVERIFY(std::abs(e.intercept + e.contributions.sum() - p.value(0)) < 1e-12);
    QVERIFY(!e.interval);
    const auto pt = explainTrainingPoint(*m, line(), 1);
    QVERIFY(pt && pt->residual && !pt->leverage);
  }

  void wrongDimensionIsAnError() {
    const auto m = fit("lda", squares(), {});
    Eigen::VectorXd x(1);
    x << 1.0;
    QVERIFY(!explainProbe(*m, x).error.empty());
  }
};

QTEST_APPLESS_MAIN(TestProbeExplanation)
#include "test_probe_explanation.moc"
