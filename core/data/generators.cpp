#include "core/data/generators.h"

#include <cmath>

#include "core/common/portable_math.h"
#include "core/common/portable_random.h"
#include "core/common/number_text.h"

namespace supex {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct Point {
  double x1;
  double x2;
  int label;
};

// Appends each class's rows, class by class, drawing in a fixed order.
using ClassMaker = void (*)(int classes, const std::vector<int>& sizes, double sd, const GenerateOptions& options,
                            PortableRandom& rng, std::vector<Point>& out);
using RegressionFunction = double (*)(double x);

void addNoisy(std::vector<Point>& out, double x1, double x2, double sd, int label, PortableRandom& rng) {
  const double e1 = rng.normal();
  const double e2 = rng.normal();
  out.push_back({x1 + sd * e1, x2 + sd * e2, label});
}

// Radius of K points on a circle with neighbours `spacing` apart.
double ringRadius(int classes, double spacing) { return spacing / 2 / portableSin(kPi / classes); }

void blobs(int classes, const std::vector<int>& sizes, double sd, const GenerateOptions&, PortableRandom& rng,
           std::vector<Point>& out) {
  const double radius = ringRadius(classes, 5.0);
  for (int k = 0; k < classes; ++k) {
    const double angle = 2 * kPi * k / classes;
    const double cx = radius * portableCos(angle);
    const double cy = radius * portableSin(angle);
    for (int i = 0; i < sizes[static_cast<std::size_t>(k)]; ++i) addNoisy(out, cx, cy, sd, k, rng);
  }
}

void moons(int, const std::vector<int>& sizes, double sd, const GenerateOptions&, PortableRandom& rng,
           std::vector<Point>& out) {
  for (int k = 0; k < 2; ++k) {
    const int m = sizes[static_cast<std::size_t>(k)];
    for (int i = 0; i < m; ++i) {
      const double t = m > 1 ? kPi * i / (m - 1) : 0.0;
      const double c = portableCos(t);
      const double s = portableSin(t);
      if (k == 0) addNoisy(out, c, s, sd, 0, rng);
      else addNoisy(out, 1 - c, 0.5 - s, sd, 1, rng);
    }
  }
}

void circles(int, const std::vector<int>& sizes, double sd, const GenerateOptions&, PortableRandom& rng,
             std::vector<Point>& out) {
  for (int k = 0; k < 2; ++k) {
    const int m = sizes[static_cast<std::size_t>(k)];
    const double radius = k == 0 ? 1.0 : 0.5;
    for (int i = 0; i < m; ++i) {
      const double t = 2 * kPi * i / m;
      addNoisy(out, radius * portableCos(t), radius * portableSin(t), sd, k, rng);
    }
  }
}

void xorQuadrants(int, const std::vector<int>& sizes, double sd, const GenerateOptions&, PortableRandom& rng,
                  std::vector<Point>& out) {
  static const double centres[2][2][2] = {{{1, 1}, {-1, -1}}, {{1, -1}, {-1, 1}}};
  for (int k = 0; k < 2; ++k) {
    for (int i = 0; i < sizes[static_cast<std::size_t>(k)]; ++i) {
      const double* c = centres[k][i % 2];
      addNoisy(out, c[0], c[1], sd, k, rng);
    }
  }
}

void spiral(int classes, const std::vector<int>& sizes, double sd, const GenerateOptions&, PortableRandom& rng,
            std::vector<Point>& out) {
  for (int k = 0; k < classes; ++k) {
    const int m = sizes[static_cast<std::size_t>(k)];
    for (int i = 0; i < m; ++i) {
      const double r = static_cast<double>(i + 1) / m;
      const double angle = 2 * kPi * k / classes + 3 * kPi * r;
      addNoisy(out, r * portableCos(angle), r * portableSin(angle), sd, k, rng);
    }
  }
}

void gaussians(int classes, const std::vector<int>& sizes, double sd, const GenerateOptions& options,
               PortableRandom& rng, std::vector<Point>& out) {
  const double radius = ringRadius(classes, 4.0);
  const double extra = options.angleDeg * kPi / 180;
  for (int k = 0; k < classes; ++k) {
    const double angle = 2 * kPi * k / classes;
    const double mx = radius * portableCos(angle);
    const double my = radius * portableSin(angle);
    // Long axis radial, or tangential; or one direction for every class.
    const double turn = options.sharedCovariance ? extra : angle + (k % 2 == 1 ? kPi / 2 : 0.0) + extra;
    const double c = portableCos(turn);
    const double s = portableSin(turn);
    for (int i = 0; i < sizes[static_cast<std::size_t>(k)]; ++i) {
      const double u = options.axisRatio * sd * rng.normal();  // along the long axis
      const double v = sd * rng.normal();
      out.push_back({mx + c * u - s * v, my + s * u + c * v, k});
    }
  }
}

double linearF(double x) { return 1 + 2 * x; }
double sineF(double x) { return portableSin(x); }
double polyF(double x) { return 1 - 3 * x + 0.5 * x * x + x * x * x; }

struct Kind {
  const char* name;
  Task task;
  double noise;
  bool takesClasses;
  ClassMaker classMaker;
  RegressionFunction f;
  double low;
  double high;
};

const std::vector<Kind>& kinds() {
  static const std::vector<Kind> table{
      {"blobs", Task::Classification, 1.0, true, blobs, nullptr, 0, 0},
      {"moons", Task::Classification, 0.1, false, moons, nullptr, 0, 0},
      {"circles", Task::Classification, 0.05, false, circles, nullptr, 0, 0},
      {"xor", Task::Classification, 0.4, false, xorQuadrants, nullptr, 0, 0},
      {"spiral", Task::Classification, 0.05, true, spiral, nullptr, 0, 0},
      {"gaussians", Task::Classification, 0.5, true, gaussians, nullptr, 0, 0},
      {"linear", Task::Regression, 1.0, false, nullptr, linearF, -3, 3},
      {"sine", Task::Regression, 0.2, false, nullptr, sineF, 0, 2 * kPi},
      {"poly", Task::Regression, 0.5, false, nullptr, polyF, -2, 2},
  };
  return table;
}

const Kind* findKind(const std::string& name) {
  for (const Kind& k : kinds())
    if (name == k.name) return &k;
  return nullptr;
}

Error unknownKind(const std::string& name) {
  std::string list;
  for (const std::string& k : generatorKinds()) list += (list.empty() ? "" : ", ") + k;
  return usageError("Unknown data set kind '" + name + "'. The kinds are " + list + ".");
}

}  // namespace

const std::vector<std::string>& generatorKinds() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const Kind& k : kinds()) v.emplace_back(k.name);
    return v;
  }();
  return names;
}

Result<Task> generatorTask(const std::string& kind) {
  const Kind* k = findKind(kind);
  if (!k) return unknownKind(kind);
  return k->task;
}

double defaultNoise(const std::string& kind) {
  const Kind* k = findKind(kind);
  return k ? k->noise : 0.0;
}

bool generatorTakesClasses(const std::string& kind) {
  const Kind* k = findKind(kind);
  return k && k->takesClasses;
}

GenerateOptions switchKind(const GenerateOptions& from, const std::string& kind) {
  GenerateOptions o;
  o.kind = kind;
  o.n = from.n;
  o.seed = from.seed;
  if (generatorTakesClasses(kind)) o.classes = from.classes;
  if (kind == "gaussians") {
    o.axisRatio = from.axisRatio;
    o.angleDeg = from.angleDeg;
    o.sharedCovariance = from.sharedCovariance;
  }
  return o;
}

Result<Dataset> generate(const GenerateOptions& options) {
  const Kind* kind = findKind(options.kind);
  if (!kind) return unknownKind(options.kind);
  const int classes = options.classes;
  if (!kind->takesClasses && classes != 2)
    return usageError("The number of classes applies only to blobs, spiral and gaussians; " + options.kind +
                      (kind->task == Task::Classification ? " always has 2 classes." : " is a regression data set.") +
                      " Got " + std::to_string(classes) + ".");
  if (classes < 2 || classes > kGenerateMaxClasses)
    return usageError("The number of classes for " + options.kind + " must be an integer in [2, " +
                      std::to_string(kGenerateMaxClasses) + "]. Got " + std::to_string(classes) + ".");
  if (options.n < 1 || options.n > kGenerateMaxRows)
    return usageError("The number of rows n must be an integer in [1, " + std::to_string(kGenerateMaxRows) +
                      "]. Got " + std::to_string(options.n) + ".");
  if (kind->task == Task::Classification && options.n < classes)
    return usageError("The number of rows n must be at least the number of classes (" + std::to_string(classes) +
                      ") for " + options.kind + ". Got " + std::to_string(options.n) + ".");
  const bool shaped = options.axisRatio != 3.0 || options.angleDeg != 0.0 || options.sharedCovariance;
  if (shaped && options.kind != "gaussians")
    return usageError("The covariance shape (axis ratio, angle, shared covariance) applies only to gaussians; got it "
                      "for " + options.kind + ".");
  if (!(options.axisRatio >= 1 && options.axisRatio <= 10))
    return usageError("The axis ratio of the gaussians' covariance must be in [1, 10]. Got " +
                      formatReal(options.axisRatio) + ".");
  if (!(options.angleDeg >= -360 && options.angleDeg <= 360))
    return usageError("The angle of the gaussians' covariance must be in [-360, 360] degrees. Got " +
                      formatReal(options.angleDeg) + ".");
  const double sd = options.noise.value_or(kind->noise);
  if (!std::isfinite(sd) || sd < 0)
    return usageError("The noise must be a finite number >= 0. Got " + formatReal(sd) + ".");

  PortableRandom rng(options.seed);
  const int n = options.n;
  Dataset data;
  data.task = kind->task;
  data.hasTarget = true;
  data.y.resize(n);
  if (kind->task == Task::Regression) {
    data.featureNames = {"x"};
    data.targetName = "y";
    data.X.resize(n, 1);
    for (int i = 0; i < n; ++i) {
      const double x = rng.uniform(kind->low, kind->high);
      const double e = rng.normal();
      data.X(i, 0) = x;
      data.y(i) = kind->f(x) + sd * e;
    }
    return data;
  }

  std::vector<int> sizes(static_cast<std::size_t>(classes));
  for (int k = 0; k < classes; ++k) sizes[static_cast<std::size_t>(k)] = n / classes + (k < n % classes ? 1 : 0);
  std::vector<Point> points;
  points.reserve(static_cast<std::size_t>(n));
  kind->classMaker(classes, sizes, sd, options, rng, points);
  rng.shuffle(points);

  data.featureNames = {"x1", "x2"};
  data.targetName = "label";
  for (int k = 0; k < classes; ++k) data.classes.push_back(std::to_string(k));
  data.X.resize(n, 2);
  for (int i = 0; i < n; ++i) {
    const Point& p = points[static_cast<std::size_t>(i)];
    data.X(i, 0) = p.x1;
    data.X(i, 1) = p.x2;
    data.y(i) = p.label;
  }
  return data;
}

}  // namespace supex
