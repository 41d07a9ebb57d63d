#pragma once
// Synthetic data sets of the contract's `generate` command. The same options
// give the same rows, bit for bit, on every machine: the draws come from
// PortableRandom (std::mt19937_64 seeded with `seed`, hand-written
// distributions) and every sin, cos and log from portable_math.h.
//
// Classification kinds have columns x1, x2, label with integer labels
// 0..K−1; the n rows are shared out as evenly as possible (class k gets
// ⌊n/K⌋ rows, plus one if k < n mod K), generated class by class, then the
// rows are shuffled by the same generator so the classes interleave.
// `noise` is a standard deviation; N(0, s²) below is noise added to each
// coordinate independently.
//   blobs     (noise 1.0)  K round clusters: centre k at radius R = 2.5/sin(π/K)
//                          (neighbouring centres 5 apart), angle 2πk/K; sd = noise.
//                          Like scikit-learn's make_blobs with cluster_std=1,
//                          but with centres placed, not drawn.
//   moons     (noise 0.1)  scikit-learn's make_moons: class 0 at (cos t, sin t),
//                          class 1 at (1 − cos t, 0.5 − sin t), t evenly spaced
//                          over [0, π] (ends included), plus N(0, s²).
//   circles   (noise 0.05) scikit-learn's make_circles with factor 0.5: class 0
//                          at (cos t, sin t), class 1 at 0.5·(cos t, sin t),
//                          t = 2πi/m (i = 0..m−1), plus N(0, s²).
//   xor       (noise 0.4)  four clusters at (±1, ±1), sd = noise; class 0 owns
//                          (1, 1) and (−1, −1), class 1 owns (1, −1) and (−1, 1);
//                          a class's rows alternate between its two clusters.
//   spiral    (noise 0.05) K interleaved arms: arm k, point i of m has radius
//                          r = (i + 1)/m and angle 2πk/K + 3π·r (1.5 turns),
//                          at r·(cos, sin), plus N(0, s²).
//   gaussians (noise 0.5)  K Gaussian classes whose covariances differ, so LDA
//                          (one pooled covariance) and QDA (one per class)
//                          disagree: mean 2/sin(π/K)·(cos 2πk/K, sin 2πk/K),
//                          covariance Q_k·diag((3s)², s²)·Q_kᵀ with Q_k the
//                          rotation by 2πk/K, plus π/2 for odd k: elongated
//                          3:1, along the radius for even k, across it for odd k.
//                          The shape can be chosen (GenerateOptions below): the
//                          axis ratio r instead of 3, a turn by angleDeg added to
//                          every Q_k, or one covariance shared by all classes,
//                          Q·diag((r·s)², s²)·Qᵀ with Q the rotation by angleDeg,
//                          so that LDA's model holds exactly.
// Regression kinds have columns x, y; x is uniform on an interval and
// y = f(x) + N(0, s²); rows are in drawing order (x then noise, row by row):
//   linear    (noise 1.0)  y = 1 + 2x,                   x in [−3, 3)
//   sine      (noise 0.2)  y = sin x,                    x in [0, 2π)
//   poly      (noise 0.5)  y = 1 − 3x + 0.5x² + x³,      x in [−2, 2)
//
// Usage errors (exit code 2): an unknown kind (the message lists the kinds),
// n < 1, n above 1 000 000, n below the number of classes, a negative or
// non-finite noise, classes outside 2..9 for blobs, spiral and gaussians, and
// classes ≠ 2 for any other kind; an axis ratio outside [1, 10], an angle
// outside [−360, 360] degrees, or a covariance shape for a kind other than gaussians.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/data/dataset.h"

namespace supex {

struct GenerateOptions {
  std::string kind;
  int n = 200;
  std::optional<double> noise;  // empty: defaultNoise(kind)
  std::uint64_t seed = 0;
  int classes = 2;
  // gaussians only: the shape of the class covariances (see above).
  double axisRatio = 3.0;
  double angleDeg = 0.0;
  bool sharedCovariance = false;
};

Result<Dataset> generate(const GenerateOptions& options);
// `from` switched to another kind (the explorer's quick generate and next data
// set): n and seed are kept, and the classes and covariance shape where the
// new kind takes them; the noise goes back to the new kind's default.
GenerateOptions switchKind(const GenerateOptions& from, const std::string& kind);

// Every kind, classification first, in the order above.
const std::vector<std::string>& generatorKinds();
Result<Task> generatorTask(const std::string& kind);
// The default noise sd listed above; 0 for an unknown kind.
double defaultNoise(const std::string& kind);
// Whether `classes` may differ from 2 (blobs, spiral, gaussians).
bool generatorTakesClasses(const std::string& kind);

constexpr int kGenerateMaxRows = 1'000'000;
constexpr int kGenerateMaxClasses = 9;

}  // namespace supex
