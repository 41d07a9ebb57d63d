// The binary neural network (`nn`): a hand-checked 2-2-1 network (forward
// pass, back-propagated gradient, two updates of each optimizer), learning
// XOR and two circles, determinism, and the contract's errors.
#include <QtTest>

#include <chrono>
#include <cmath>
#include <random>

#include "core/models/nn/nn.h"
#include "core/models/nn/nn_trainer.h"
#include "core/models/registry.h"

using namespace supex;

namespace {

// |actual − expected| ≤ rel·|expected| (+ a floor for expected values near 0).
bool near(double actual, double expected, double rel = 1e-12) {
  return std::abs(actual - expected) <= rel * std::abs(expected) + 1e-15;
}

#define COMPARE_NEAR(actual, expected, rel)                                                          \
  QVERIFY2(near((actual), (expected), (rel)),                                                        \
           qPrintable(QString("%1 = %2, expected %3").arg(#actual).arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))

Dataset classification(Eigen::MatrixXd X, Eigen::VectorXd y, std::vector<std::string> classes) {
  Dataset d;
  d.task = Task::Classification;
  d.X = std::move(X);
  d.y = std::move(y);
  d.classes = std::move(classes);
  for (Eigen::Index j = 0; j < d.X.cols(); ++j) d.featureNames.push_back(std::string("x").append(std::to_string(j + 1)));
  return d;
}

// The test's own generator (independent of the code under test): uniform on [0, 1).
double u01(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

// XOR: four square clusters of side 0.9 centred on (±1, ±1); positive class
// where the signs differ. Separable with a margin of 0.1 around the axes.
Dataset xorData(int n) {
  std::mt19937_64 rng(2024);
  Eigen::MatrixXd X(n, 2);
  Eigen::VectorXd y(n);
  for (int i = 0; i < n; ++i) {
    const double cx = i % 2 ? 1.0 : -1.0;
    const double cy = (i / 2) % 2 ? 1.0 : -1.0;
    X(i, 0) = cx + 0.9 * (u01(rng) - 0.5);
    X(i, 1) = cy + 0.9 * (u01(rng) - 0.5);
    y(i) = cx * cy < 0 ? 1.0 : 0.0;
  }
  return classification(X, y, {"same", "different"});
}

// Two concentric rings, radius 0.5 (class "inner") and 1.0 ("outer"), each
// with radial noise of ±0.1.
Dataset circlesData(int n) {
  std::mt19937_64 rng(99);
  Eigen::MatrixXd X(n, 2);
  Eigen::VectorXd y(n);
  for (int i = 0; i < n; ++i) {
    const bool outer = i % 2 == 1;
    const double r = (outer ? 1.0 : 0.5) + 0.2 * (u01(rng) - 0.5);
    const double t = 2.0 * M_PI * u01(rng);
    X(i, 0) = r * std::cos(t);
    X(i, 1) = r * std::sin(t);
    y(i) = outer ? 1.0 : 0.0;
  }
  return classification(X, y, {"inner", "outer"});
}

double trainingAccuracy(const NnModel& model, const Dataset& d) {
  Prediction p;
  model.predict(d.X, p);
  return (p.value.array() == d.y.array()).cast<double>().mean();
}

// The 2-2-1 network of the reference script below.
Dataset handData() {
  Eigen::MatrixXd X(4, 2);
  X << 0.5, -1.0, 1.5, 0.25, -0.75, 2.0, 0.0, -0.5;
  Eigen::VectorXd y(4);
  y << 1, 0, 1, 0;
  return classification(X, y, {"0", "1"});
}

Network handMadeNetwork(Activation g) {
  Network net;
  net.activation = g;
  Eigen::MatrixXd W1(2, 2), W2(1, 2);
  W1 << 0.3, -0.2, 0.4, 0.1;
  W2 << 0.7, -0.5;
  net.weights = {W1, W2};
  net.biases = {Eigen::Vector2d(0.05, -0.15), Eigen::VectorXd::Constant(1, 0.2)};
  return net;
}

// W^[1] row-major, b^[1], W^[2], b^[2]: the order of the script's `flat`.
std::vector<double> flat(const Network& net) {
  std::vector<double> out;
  for (int l = 1; l <= net.depth(); ++l) {
    for (Eigen::Index i = 0; i < net.W(l).rows(); ++i)
      for (Eigen::Index j = 0; j < net.W(l).cols(); ++j) out.push_back(net.W(l)(i, j));
    for (Eigen::Index i = 0; i < net.b(l).size(); ++i) out.push_back(net.b(l)(i));
  }
  return out;
}

Activation activationOf(const QString& name) {
  Activation g = Activation::Tanh;
  activationFromName(name.toStdString(), g);
  return g;
}

}  // namespace

/* Reference values for the 2-2-1 network, from numpy 1.24.2 (run with python3):

   import numpy as np
   X = np.array([[0.5, -1.0], [1.5, 0.25], [-0.75, 2.0], [0.0, -0.5]]).T  # 2 x 4: one example per column
   Y = np.array([[1.0, 0.0, 1.0, 0.0]])
   P0 = [np.array([[0.3, -0.2], [0.4, 0.1]]), np.array([[0.05], [-0.15]]),  # W1, b1
         np.array([[0.7, -0.5]]), np.array([[0.2]])]                          # W2, b2
   lam, lr = 0.1, 0.1
   g = {'tanh': np.tanh, 'sigmoid': lambda z: 1/(1+np.exp(-z)), 'relu': lambda z: np.maximum(z, 0)}
   dg = {'tanh': lambda z: 1-np.tanh(z)**2, 'sigmoid': lambda z: g['sigmoid'](z)*(1-g['sigmoid'](z)),
         'relu': lambda z: (z > 0).astype(float)}
   def forward(P, act):
       W1, b1, W2, b2 = P
       Z1 = W1 @ X + b1; A1 = g[act](Z1); Z2 = W2 @ A1 + b2; return Z1, A1, Z2, 1/(1+np.exp(-Z2))
   def J(P, act):
       A2 = forward(P, act)[3]
       return -np.mean(Y*np.log(A2) + (1-Y)*np.log(1-A2)) + lam/2*((P[0]**2).sum() + (P[2]**2).sum())
   def grad(P, act):
       W1, b1, W2, b2 = P; m = X.shape[1]
       Z1, A1, Z2, A2 = forward(P, act)
       dZ2 = A2 - Y
       dW2 = dZ2 @ A1.T / m + lam*W2; db2 = dZ2.sum(axis=1, keepdims=True) / m
       dZ1 = (W2.T @ dZ2) * dg[act](Z1)
       dW1 = dZ1 @ X.T / m + lam*W1; db1 = dZ1.sum(axis=1, keepdims=True) / m
       return [dW1, db1, dW2, db2]
   flat = lambda P: np.concatenate([p.ravel() for p in P]).tolist()   # W row-major, then b, per layer
   cpp = lambda v: 'QList<double>{' + ', '.join(repr(x) for x in v) + '}'
   for act in ['tanh', 'sigmoid', 'relu']:
       G = grad(P0, act)
       assert np.abs(forward(P0, act)[0]).min() > 0.01            # ReLU: no pre-activation near its kink
       for k in range(4):                                          # the script's gradient agrees with
           for idx in np.ndindex(P0[k].shape):                     # central differences
               Pp = [p.copy() for p in P0]; Pm = [p.copy() for p in P0]
               Pp[k][idx] += 1e-6; Pm[k][idx] -= 1e-6
               assert abs((J(Pp, act) - J(Pm, act))/2e-6 - G[k][idx]) < 1e-8
       Z1, A1, Z2, A2 = forward(P0, act)
       point = Z1[:, 0].tolist() + A1[:, 0].tolist() + [Z2[0, 0], A2[0, 0]]
       print(f'QTest::newRow("{act}") << QString("{act}") << {cpp(point)} << {J(P0, act)!r} << {cpp(flat(G))};')
   for act in ['tanh', 'sigmoid', 'relu']:
       for opt in ['sgd', 'momentum', 'adam']:   # full batch, two updates
           Q = [p.copy() for p in P0]; v = [np.zeros_like(p) for p in Q]; s = [np.zeros_like(p) for p in Q]
           Js = []
           for t in (1, 2):
               Gt = grad(Q, act)
               for i in range(4):
                   if opt == 'sgd': Q[i] = Q[i] - lr*Gt[i]
                   elif opt == 'momentum': v[i] = 0.9*v[i] - lr*Gt[i]; Q[i] = Q[i] + v[i]
                   else:
                       v[i] = 0.9*v[i] + 0.1*Gt[i]; s[i] = 0.999*s[i] + 0.001*Gt[i]**2
                       Q[i] = Q[i] - lr*(v[i]/(1-0.9**t))/(np.sqrt(s[i]/(1-0.999**t)) + 1e-8)
               Js.append(J(Q, act))
           print(f'QTest::newRow("{act} {opt}") << QString("{act}") << QString("{opt}") << {cpp(Js)} << {cpp(flat(Q))};')
   A hand check of the tanh forward pass for the first point x = (0.5, −1):
     z^[1] = W^[1]x + b^[1] = (0.15 + 0.2 + 0.05, 0.2 − 0.1 − 0.15) = (0.4, −0.05)
     a^[1] = tanh(z^[1]) = (0.379949, −0.049958)
     z^[2] = 0.7·0.379949 − 0.5·(−0.049958) + 0.2 = 0.490943,  p = σ(0.490943) = 0.620329
   and of the output layer's gradient: dZ^[2] = A^[2] − Y, so db^[2] is the mean of
   p(xᵢ) − yᵢ over the four points. */

class TestNn : public QObject {
  Q_OBJECT
 private slots:
  void handNetwork_data() {
    QTest::addColumn<QString>("activation");
    QTest::addColumn<QList<double>>("point");     // z^[1](x₀) (2), a^[1](x₀) (2), z^[2](x₀), p(x₀)
    QTest::addColumn<double>("J");                // objective with l2 = 0.1
    QTest::addColumn<QList<double>>("gradient");  // dW^[1] (row-major), db^[1], dW^[2], db^[2]
    QTest::newRow("tanh") << QString("tanh") << QList<double>{0.39999999999999997, -0.04999999999999999, 0.37994896225522484, -0.049958374957879956, 0.49094346105759734, 0.620328662459373} << 0.7884176279800251 << QList<double>{0.17308845564010794, -0.12447100877055485, -0.06698418193434208, 0.10428173787420777, 0.06220717588660559, -0.021840547464744182, 0.18237190421876645, 0.019216858096397157, 0.06940730224219527};
    QTest::newRow("sigmoid") << QString("sigmoid") << QList<double>{0.39999999999999997, -0.04999999999999999, 0.598687660112452, 0.48750260351578967, 0.37533006032082156, 0.5927462783359759} << 0.7659471971139831 << QList<double>{0.07094900615988642, -0.04526358489639878, 0.010489891515314834, 0.029278169160517196, 0.014682908179177903, -0.008955088970949368, 0.13651975777724767, 0.007304745341414676, 0.07919490330176096};
    QTest::newRow("relu") << QString("relu") << QList<double>{0.39999999999999997, -0.04999999999999999, 0.39999999999999997, 0.0, 0.48, 0.617747874769249} << 0.7466341225055225 << QList<double>{0.14589790650181525, 0.021414319109076006, -0.06667497675678996, -0.007779162792798326, 0.13341045115673536, -0.07111665117119331, 0.11736718669509448, 0.017560818612633658, 0.07804485812345571};
  }
  void handNetwork() {
    QFETCH(QString, activation);
    QFETCH(QList<double>, point);
    QFETCH(double, J);
    QFETCH(QList<double>, gradient);
    const Dataset d = handData();
    const Network net = handMadeNetwork(activationOf(activation));
    const Eigen::MatrixXd A0 = d.X.transpose();
    const Eigen::RowVectorXd Y = d.y.transpose();

    COMPARE_NEAR(loss(net, A0, Y, 0.1), J, 1e-13);
    NetworkGradient grad;
    COMPARE_NEAR(lossAndGradient(net, A0, Y, 0.1, grad), J, 1e-13);
    Network gradAsNet = net;
    gradAsNet.weights = grad.dWs;
    gradAsNet.biases = grad.dbs;
    const std::vector<double> g = flat(gradAsNet);
    QCOMPARE(g.size(), std::size_t(gradient.size()));
    for (std::size_t k = 0; k < g.size(); ++k) COMPARE_NEAR(g[k], gradient[qsizetype(k)], 1e-12);

    // The fitted model's "explain this point" and its probabilities.
    const NnModel model(net, {});
    const NnExplanation e = model.explain(d.X.row(0).transpose());
    QCOMPARE(e.z.size(), std::size_t(2));
    QCOMPARE(e.a.size(), std::size_t(3));
    QVERIFY(e.a[0] == Eigen::VectorXd(d.X.row(0).transpose()));
    COMPARE_NEAR(e.z[0](0), point[0], 1e-14);
    COMPARE_NEAR(e.z[0](1), point[1], 1e-14);
    COMPARE_NEAR(e.a[1](0), point[2], 1e-14);
    COMPARE_NEAR(e.a[1](1), point[3], 1e-14);
    COMPARE_NEAR(e.z[1](0), point[4], 1e-14);
    COMPARE_NEAR(e.a[2](0), point[5], 1e-14);
    Prediction p;
    model.predict(d.X, p);
    COMPARE_NEAR(p.proba(0, 1), point[5], 1e-14);
    COMPARE_NEAR(p.proba(0, 0), 1.0 - point[5], 1e-14);
  }

  void optimizerUpdates_data() {
    QTest::addColumn<QString>("activation");
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<QList<double>>("lossCurve");  // J after update 1 and 2
    QTest::addColumn<QList<double>>("weights");    // θ after two full-batch updates, lr = 0.1
    QTest::newRow("tanh sgd") << QString("tanh") << QString("sgd") << QList<double>{0.7782924477004637, 0.7690625343139998} << QList<double>{0.2658699983420447, -0.17556841184515937, 0.41298549205939944, 0.07963716610692173, 0.03806112280721906, -0.1457598899943625, 0.6645880248534201, -0.5040539340810877, 0.1865018991246075};
    QTest::newRow("tanh momentum") << QString("tanh") << QString("momentum") << QList<double>{0.7782924477004637, 0.7607574263096437} << QList<double>{0.250292037334435, -0.1643660210558094, 0.4190140684334902, 0.07025180969824303, 0.03246247697742455, -0.14379424072253552, 0.6481745534737311, -0.5057834513097634, 0.1802552419228099};
    QTest::newRow("tanh adam") << QString("tanh") << QString("adam") << QList<double>{0.7228182196986973, 0.6902230375551285} << QList<double>{0.10172193029443138, -0.0028750209773483193, 0.5897229599247297, -0.09822736295860361, -0.1328214626916261, -0.0002572814813054519, 0.5038709978610477, -0.6993704201943503, 0.021749226285393275};
    QTest::newRow("sigmoid sgd") << QString("sigmoid") << QString("sgd") << QList<double>{0.7626696823353604, 0.7595973724616032} << QList<double>{0.28597823875361017, -0.19103515063860588, 0.3978962779256285, 0.09417302195215227, 0.047159264581721455, -0.14825374664487936, 0.6731055769137324, -0.5012632399109247, 0.18454995749170885};
    QTest::newRow("sigmoid momentum") << QString("sigmoid") << QString("momentum") << QList<double>{0.7626696823353604, 0.7568309659545712} << QList<double>{0.27959282819922043, -0.18696142799792997, 0.3969521876892501, 0.09153798672770572, 0.045837802845595445, -0.14744778863749392, 0.66081879871378, -0.501920666991652, 0.17742241619455035};
    QTest::newRow("sigmoid adam") << QString("sigmoid") << QString("adam") << QList<double>{0.7363312950975447, 0.7183223238785832} << QList<double>{0.10178935228933046, -0.0023240829743083613, 0.2514521356223987, -0.09859021595445483, -0.13432814681753213, 0.03760573946144315, 0.5036001896974315, -0.5423411856923135, 0.014782459070382656};
    QTest::newRow("relu sgd") << QString("relu") << QString("sgd") << QList<double>{0.7398806370732071, 0.73378049362329} << QList<double>{0.2715118390999342, -0.20428274977679292, 0.41308722889834415, 0.10151787148305737, 0.023920065540888318, -0.13589739741659934, 0.6773448664448931, -0.5035978104603457, 0.1849892316138918};
    QTest::newRow("relu momentum") << QString("relu") << QString("momentum") << QList<double>{0.7398806370732071, 0.7282813950133414} << QList<double>{0.2583810275147708, -0.20621003849660977, 0.41908797680645526, 0.10221799613440923, 0.011913124936782135, -0.12949689881119195, 0.6667818196423346, -0.5051782841354827, 0.1779651943827808};
    QTest::newRow("relu adam") << QString("relu") << QString("adam") << QList<double>{0.6942459952199741, 0.6892182470972464} << QList<double>{0.10432306823086744, -0.39133365818589805, 0.5833621169879301, 0.2824158735857438, -0.14626569005096277, 0.019469580028769057, 0.5075575191098199, -0.6999127445278541, 0.016473699952843757};
  }
  void optimizerUpdates() {
    QFETCH(QString, activation);
    QFETCH(QString, optimizer);
    QFETCH(QList<double>, lossCurve);
    QFETCH(QList<double>, weights);
    NnParams params;
    params.hidden = {2};
    params.activation = activation.toStdString();
    params.optimizer = optimizer.toStdString();
    params.lr = 0.1;
    params.l2 = 0.1;
    params.epochs = 2;
    params.batch = 0;
    auto trainer = NnTrainer::create(handData(), params, handMadeNetwork(activationOf(activation)));
    QVERIFY(trainer.ok());
    QVERIFY(trainer.value().run({}).ok());
    QCOMPARE(trainer->lossHistory().size(), std::size_t(2));
    COMPARE_NEAR(trainer->lossHistory()[0], lossCurve[0], 1e-12);
    COMPARE_NEAR(trainer->lossHistory()[1], lossCurve[1], 1e-12);
    const std::vector<double> theta = flat(trainer->network());
    for (std::size_t k = 0; k < theta.size(); ++k) COMPARE_NEAR(theta[k], weights[qsizetype(k)], 1e-11);
  }

  void initialWeightsAreSeeded_data() {
    // From the MT19937-64 script in test_portable_random.cpp, continued:
    //   r = MT64(7)
    //   r1 = math.sqrt(6/5)   # Glorot, 2 → 3 (tanh);  relu: He, r1 = math.sqrt(6/2)
    //   W1 = [-r1 + 2*r1*u01(r) for _ in range(6)]     # row by row
    //   r2 = math.sqrt(6/4); W2 = [-r2 + 2*r2*u01(r) for _ in range(3)]   # Glorot, 3 → 1
    QTest::addColumn<QString>("activation");
    QTest::addColumn<QList<double>>("W1");
    QTest::addColumn<QList<double>>("W2");
    QTest::newRow("tanh: Glorot") << QString("tanh")
        << QList<double>{0.5573302775293316, 0.9843696157540265, -0.838203313826906, 0.8586387498757264,
                         -0.785934627407409, -0.9747420523030634}
        << QList<double>{0.814511630051467, 0.9815362019138156, -0.5948388196802473};
    QTest::newRow("relu: He, Glorot at the output") << QString("relu")
        << QList<double>{0.8812165429832244, 1.5564250226237446, -1.325315806996965, 1.357627068443457,
                         -1.2426717573016042, -1.541202508212328}
        << QList<double>{0.814511630051467, 0.9815362019138156, -0.5948388196802473};
  }
  void initialWeightsAreSeeded() {
    QFETCH(QString, activation);
    QFETCH(QList<double>, W1);
    QFETCH(QList<double>, W2);
    NnParams params;
    params.hidden = {3};
    params.activation = activation.toStdString();
    params.seed = 7;
    auto trainer = NnTrainer::create(xorData(8), params);
    QVERIFY(trainer.ok());
    const Network& net = trainer->network();
    QVERIFY(net.layerSizes() == std::vector<int>({2, 3, 1}));
    for (int k = 0; k < 6; ++k) COMPARE_NEAR(net.W(1)(k / 2, k % 2), W1[k], 1e-15);
    for (int k = 0; k < 3; ++k) COMPARE_NEAR(net.W(2)(0, k), W2[k], 1e-15);
    QVERIFY(net.b(1).isZero(0.0) && net.b(2).isZero(0.0));
  }

  void learnsXor() {
    const Dataset d = xorData(200);
    NnParams params;  // the defaults: 8,8 tanh, adam, lr 0.1, batch 32
    params.epochs = 200;
    const auto start = std::chrono::steady_clock::now();
    auto model = fitNn(d, params);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    QVERIFY(model.ok());
    QVERIFY2(trainingAccuracy(**model, d) >= 0.98, qPrintable(QString::number(trainingAccuracy(**model, d))));
    const auto& curve = (*model)->lossCurve();
    QCOMPARE(curve.size(), std::size_t(200));
    QVERIFY(curve.back() < 0.1 * curve.front());
    qInfo("XOR: 200 epochs in %.3f s, loss %.4g -> %.4g", seconds, curve.front(), curve.back());
  }

  void learnsCircles() {
    const Dataset d = circlesData(200);
    NnParams params;
    params.epochs = 300;
    auto model = fitNn(d, params);
    QVERIFY(model.ok());
    QVERIFY2(trainingAccuracy(**model, d) >= 0.98, qPrintable(QString::number(trainingAccuracy(**model, d))));
    const auto& curve = (*model)->lossCurve();
    QVERIFY(curve.back() < 0.1 * curve.front());
  }

  void lossCurveDecreasesOverall() {
    // Full-batch gradient descent with a small step: every tenth of the
    // curve has a lower mean than the one before.
    const Dataset d = circlesData(200);
    NnParams params;
    params.batch = 0;
    params.optimizer = "sgd";
    params.lr = 0.5;
    params.epochs = 400;
    auto model = fitNn(d, params);
    QVERIFY(model.ok());
    const auto& c = (*model)->lossCurve();
    double previous = std::numeric_limits<double>::infinity();
    for (std::size_t part = 0; part < 10; ++part) {
      double sum = 0;
      for (std::size_t e = part * 40; e < (part + 1) * 40; ++e) sum += c[e];
      QVERIFY2(sum / 40 < previous, qPrintable(QString("tenth %1").arg(part)));
      previous = sum / 40;
    }
  }

  void sameSeedSameCurve() {
    const Dataset d = circlesData(100);
    NnParams params;
    params.epochs = 30;
    auto a = fitNn(d, params);
    auto b = fitNn(d, params);
    QVERIFY(a.ok() && b.ok());
    QVERIFY((*a)->lossCurve() == (*b)->lossCurve());  // bit for bit
    QVERIFY(flat((*a)->network()) == flat((*b)->network()));
    params.seed = 2;
    auto c = fitNn(d, params);
    QVERIFY(c.ok());
    QVERIFY((*a)->lossCurve() != (*c)->lossCurve());
  }

  void batchAtLeastNIsFullBatch() {
    const Dataset d = xorData(40);
    NnParams params;
    params.epochs = 20;
    params.batch = 0;
    auto full = fitNn(d, params);
    params.batch = 40;
    auto equal = fitNn(d, params);
    params.batch = 1000;
    auto larger = fitNn(d, params);
    params.batch = 39;  // two batches, shuffled: a different path
    auto smaller = fitNn(d, params);
    QVERIFY(full.ok() && equal.ok() && larger.ok() && smaller.ok());
    QVERIFY((*full)->lossCurve() == (*equal)->lossCurve());
    QVERIFY((*full)->lossCurve() == (*larger)->lossCurve());
    QVERIFY((*full)->lossCurve() != (*smaller)->lossCurve());
  }

  void eachOptimizerReducesLoss_data() {
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<double>("lr");
    QTest::newRow("sgd") << QString("sgd") << 0.5;
    QTest::newRow("momentum") << QString("momentum") << 0.05;
    QTest::newRow("adam") << QString("adam") << 0.01;
  }
  void eachOptimizerReducesLoss() {
    QFETCH(QString, optimizer);
    QFETCH(double, lr);
    NnParams params;
    params.optimizer = optimizer.toStdString();
    params.lr = lr;
    params.epochs = 50;
    auto trainer = NnTrainer::create(xorData(200), params);
    QVERIFY(trainer.ok());
    const double before = trainer->initialLoss();
    QVERIFY(trainer.value().run({}).ok());
    QCOMPARE(trainer->epoch(), 50);
    QVERIFY(trainer->done());
    QVERIFY2(trainer->lossHistory().back() < 0.5 * before,
             qPrintable(QString("%1 -> %2").arg(before).arg(trainer->lossHistory().back())));
  }

  void trainerStepsAndSnapshots() {
    // The GUI's use: one epoch per call, a snapshot at any moment.
    NnParams params;
    params.epochs = 5;
    auto trainer = NnTrainer::create(xorData(60), params);
    QVERIFY(trainer.ok());
    QCOMPARE(trainer->epoch(), 0);
    QCOMPARE(trainer->snapshot()->epochsRun(), 0);
    QVERIFY(trainer.value().step().ok());
    QVERIFY(trainer.value().step().ok());
    auto early = trainer->snapshot();
    QCOMPARE(early->epochsRun(), 2);
    QVERIFY(trainer.value().run({}).ok());
    QCOMPARE(trainer->epoch(), 5);
    QCOMPARE(early->epochsRun(), 2);  // a snapshot never changes afterwards
    // The same five epochs through fitNn give the same curve.
    auto fitted = fitNn(xorData(60), params);
    QVERIFY(fitted.ok());
    QVERIFY((*fitted)->lossCurve() == trainer->lossHistory());
  }

  void probabilitiesAndClasses() {
    const Dataset d = circlesData(50);
    NnParams params;
    params.epochs = 10;
    auto model = fitNn(d, params);
    QVERIFY(model.ok());
    QVERIFY((*model)->hasProbabilities());
    Prediction p;
    (*model)->predict(d.X, p);
    QCOMPARE(p.proba.cols(), Eigen::Index(2));
    QCOMPARE(p.proba.rows(), Eigen::Index(50));
    for (Eigen::Index i = 0; i < 50; ++i) {
      COMPARE_NEAR(p.proba(i, 0) + p.proba(i, 1), 1.0, 1e-15);
      QCOMPARE(p.value(i), p.proba(i, 1) > p.proba(i, 0) ? 1.0 : 0.0);
      const NnExplanation e = (*model)->explain(d.X.row(i).transpose());
      COMPARE_NEAR(e.a.back()(0), p.proba(i, 1), 1e-14);
    }
  }

  void standardizeFoldsIntoFirstLayer() {
    // Features on wildly different scales; the model trained on z-scores must
    // give, for raw inputs, exactly the probabilities of the training-space
    // network on the z-scores (the standardisation folded into layer 1).
    Dataset d = circlesData(80);
    d.X.col(0) = 1000.0 * d.X.col(0).array() + 5000.0;
    d.X.col(1) = 0.01 * d.X.col(1).array() - 3.0;
    NnParams params;
    params.standardize = true;
    params.epochs = 20;
    auto trainer = NnTrainer::create(d, params);
    QVERIFY(trainer.ok());
    QVERIFY(trainer.value().run({}).ok());
    COMPARE_NEAR(trainer->inputs().row(0).mean(), 0.0, 1e-12);
    NnWorkspace ws;
    forward(trainer->network(), trainer->inputs(), ws);
    Prediction p;
    trainer->snapshot()->predict(d.X, p);
    for (Eigen::Index i = 0; i < d.rows(); ++i) COMPARE_NEAR(p.proba(i, 1), ws.A(trainer->network().depth())(0, i), 1e-9);
  }

  void classCountIsUsageError_data() {
    QTest::addColumn<int>("classes");
    QTest::addColumn<QString>("message");
    QTest::newRow("three") << 3 << QString("nn is a binary classifier: the data has 3 classes.");
    QTest::newRow("one") << 1 << QString("nn is a binary classifier: the data has 1 class.");
  }
  void classCountIsUsageError() {
    QFETCH(int, classes);
    QFETCH(QString, message);
    Eigen::MatrixXd X(6, 2);
    X.setRandom();
    Eigen::VectorXd y(6);
    std::vector<std::string> names;
    for (int k = 0; k < classes; ++k) names.push_back(std::string("c").append(std::to_string(k)));
    for (int i = 0; i < 6; ++i) y(i) = i % classes;
    const Dataset d = classification(X, y, names);
    auto viaRegistry = findModel("nn")->fit(d, {}, {});
    QVERIFY(!viaRegistry.ok());
    QCOMPARE(viaRegistry.error().code, ErrorCode::Usage);
    QCOMPARE(QString::fromStdString(viaRegistry.error().message), message);
  }

  void badParametersAreUsageErrors_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("hidden zero") << QString("hidden") << QString("8,0");
    QTest::newRow("hidden empty") << QString("hidden") << QString("");
    QTest::newRow("activation") << QString("activation") << QString("softplus");
    QTest::newRow("lr zero") << QString("lr") << QString("0");
    QTest::newRow("epochs zero") << QString("epochs") << QString("0");
    QTest::newRow("batch negative") << QString("batch") << QString("-1");
    QTest::newRow("optimizer") << QString("optimizer") << QString("rmsprop");
    QTest::newRow("l2 negative") << QString("l2") << QString("-0.1");
    QTest::newRow("seed fraction") << QString("seed") << QString("1.5");
    QTest::newRow("huge network") << QString("hidden") << QString("100000,100000");
  }
  void badParametersAreUsageErrors() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    auto r = findModel("nn")->fit(xorData(20), {{key.toStdString(), value.toStdString()}}, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Usage);
    QVERIFY2(QString::fromStdString(r.error().message).contains("'" + key + "'"),
             qPrintable(QString::fromStdString(r.error().message)));
  }

  void registryEntryAndDefaults() {
    const ModelInfo* info = findModel("nn");
    QVERIFY(info);
    const std::vector<std::pair<std::string, std::string>> expected{
        {"hidden", "8,8"}, {"activation", "tanh"}, {"lr", "0.1"},  {"epochs", "500"},     {"batch", "32"},
        {"optimizer", "adam"}, {"l2", "0"},     {"seed", "1"}, {"standardize", "false"}};
    QCOMPARE(info->params.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      QCOMPARE(QString::fromStdString(info->params[i].key), QString::fromStdString(expected[i].first));
      QCOMPARE(QString::fromStdString(info->params[i].defaultText), QString::fromStdString(expected[i].second));
    }
    QVERIFY(info->params[2].logScale);
  }

  void jsonKeys() {
    const Dataset d = xorData(40);
    auto r = findModel("nn")->fit(d, {{"epochs", "7"}, {"hidden", "5,3"}}, {});
    QVERIFY(r.ok());
    nlohmann::json j;
    (*r)->writeJson(j);
    QVERIFY(j["layers"] == nlohmann::json({2, 5, 3, 1}));
    QCOMPARE(j["loss_curve"].size(), std::size_t(7));
    QCOMPARE(j["weights"].size(), std::size_t(3));
    QCOMPARE(j["weights"][1].size(), std::size_t(3));     // W^[2] is 3 × 5
    QCOMPARE(j["weights"][1][0].size(), std::size_t(5));
    QCOMPARE(j["biases"][0].size(), std::size_t(5));
    QVERIFY((*r)->params["hidden"] == nlohmann::json({5, 3}));
    QVERIFY((*r)->params["epochs"] == nlohmann::json(7));
    QVERIFY((*r)->classes == d.classes);
  }

  void divergenceIsNumericalError() {
    // Gradient descent on the penalty alone multiplies W by (1 − lr·l2) =
    // −99 per step: the weights overflow within a few hundred epochs.
    NnParams params;
    params.optimizer = "sgd";
    params.batch = 0;
    params.lr = 10;
    params.l2 = 10;
    params.epochs = 1000;
    auto r = fitNn(xorData(40), params);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Numerical);
    QVERIFY(QString::fromStdString(r.error().message).contains("diverged"));
  }

  void divergenceKeepsLastFiniteWeights() {
    NnParams params;
    params.optimizer = "sgd";
    params.batch = 0;
    params.lr = 10;
    params.l2 = 10;
    params.epochs = 1000;
    auto trainer = NnTrainer::create(xorData(40), params);
    QVERIFY(trainer.ok());
    NnTrainer& t = trainer.value();
    const Status s = t.run({});
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Numerical);
    const int epochs = t.epoch();
    QVERIFY(epochs > 0 && epochs < 1000);
    QVERIFY(t.network().allFinite());
    QVERIFY(std::isfinite(t.lossHistory().back()));
    const Status again = t.step();
    QVERIFY(!again.ok());
    QCOMPARE(QString::fromStdString(again.error().message), QString::fromStdString(s.error().message));
    QCOMPARE(t.epoch(), epochs);
    QVERIFY(QString::fromStdString(s.error().message).contains(QString("epoch %1").arg(epochs + 1)));
  }

  void risingLossIsDiagnosed() {
    // Adam's first steps move every weight by about lr = 20: far past any
    // minimum of this small problem, so the loss ends above where it began.
    NnParams params;
    params.lr = 20;
    params.epochs = 3;
    params.batch = 0;
    auto trainer = NnTrainer::create(xorData(40), params);
    QVERIFY(trainer.ok());
    QVERIFY(trainer.value().run({}).ok());
    QVERIFY(trainer->lossHistory().back() > trainer->initialLoss());
    const auto model = trainer->snapshot();
    QCOMPARE(model->diagnostics.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(model->diagnostics[0].code), QString("loss_increased"));
    // and a sensible fit has no diagnostic
    auto good = fitNn(xorData(40), NnParams{});
    QVERIFY(good.ok());
    QVERIFY((*good)->diagnostics.empty());
  }

  void stopTokenCancels() {
    std::stop_source source;
    source.request_stop();
    auto r = fitNn(xorData(40), NnParams{}, source.get_token());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
  }
};

QTEST_APPLESS_MAIN(TestNn)
#include "test_nn.moc"
