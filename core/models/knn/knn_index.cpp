#include "core/models/knn/knn_index.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <nanoflann.hpp>

namespace supex {
namespace {

// nanoflann's view of the training points: row-major, d per row.
struct PointCloud {
  const double* data;
  std::size_t n;
  std::size_t d;

  std::size_t kdtree_get_point_count() const { return n; }
  double kdtree_get_pt(std::uint32_t row, std::size_t dim) const { return data[row * d + dim]; }
  template <class BBox>
  bool kdtree_get_bbox(BBox&) const { return false; }
};

// Distance adaptor in accumulated form. nanoflann prunes a box when the sum
// of accum_dist over the coordinates where the query lies outside the box
// exceeds the current k-th distance, so that sum must never exceed the
// distance of any point in the box:
//  - finite p: A is a sum of per-coordinate terms |d|^p, and a point in the
//    box is at least as far as the box in every coordinate;
//  - p = ∞: A is a max, which the sum of the terms would overestimate; the
//    terms are divided by d, and the sum of d terms each ≤ max/d is ≤ max.
struct MinkowskiAdaptor {
  using ElementType = double;
  using DistanceType = double;

  const PointCloud& cloud;
  Minkowski metric;
  double share;  // 1 for finite p, 1/d for p = ∞

  MinkowskiAdaptor(const PointCloud& c, Minkowski m)
      : cloud(c), metric(m), share(m.isMax() ? 1.0 / static_cast<double>(c.d) : 1.0) {}

  double evalMetric(const double* a, std::uint32_t row, std::size_t size) const {
    return metric.accumulated(a, cloud.data + row * cloud.d, static_cast<int>(size));
  }
  template <class U, class V>
  double accum_dist(const U a, const V b, const std::size_t) const {
    return metric.term(std::abs(a - b)) * share;
  }
};

using Tree = nanoflann::KDTreeSingleIndexAdaptor<MinkowskiAdaptor, PointCloud, -1, std::uint32_t>;

// Keeps the k best candidates in exact (A, row) order. The tree only offers a
// point to addPoint when its A is below worstDist(), and visits a box only
// when the box's bound is ≤ worstDist(); reporting the enlarged k-th distance
// makes both tests let ties (and rounding near ties) through.
class KBestSet {
 public:
  KBestSet(std::vector<KnnCandidate>& items, int k) : m_items(items), m_k(static_cast<std::size_t>(k)) {
    m_items.clear();
    m_items.reserve(m_k);
  }
  std::size_t size() const { return m_items.size(); }
  bool full() const { return m_items.size() == m_k; }
  double worstDist() const {
    return full() ? searchSlack(m_items.back().acc) : std::numeric_limits<double>::infinity();
  }
  bool addPoint(double acc, std::uint32_t row) {
    const KnnCandidate c{acc, row};
    if (full()) {
      if (!(c < m_items.back())) return true;
      m_items.pop_back();
    }
    m_items.insert(std::upper_bound(m_items.begin(), m_items.end(), c), c);
    return true;  // never stop early: the search is exact
  }

 private:
  std::vector<KnnCandidate>& m_items;
  std::size_t m_k;
};

// Collects every row with A ≤ bound.
class WithinSet {
 public:
  WithinSet(std::vector<std::uint32_t>& rows, double bound) : m_rows(rows), m_bound(bound) { m_rows.clear(); }
  std::size_t size() const { return m_rows.size(); }
  bool full() const { return true; }
  double worstDist() const { return searchSlack(m_bound); }
  bool addPoint(double acc, std::uint32_t row) {
    if (acc <= m_bound) m_rows.push_back(row);
    return true;
  }

 private:
  std::vector<std::uint32_t>& m_rows;
  double m_bound;
};

}  // namespace

struct KnnIndex::Impl {
  std::vector<double> data;
  PointCloud cloud;
  Minkowski metric;
  std::unique_ptr<Tree> tree;  // null when d = 0: every distance is 0, the scan decides

  Impl(const Eigen::MatrixXd& points, Minkowski m)
      : data(static_cast<std::size_t>(points.size())),
        cloud{nullptr, static_cast<std::size_t>(points.rows()), static_cast<std::size_t>(points.cols())},
        metric(m) {
    Eigen::Map<Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(data.data(), points.rows(),
                                                                                       points.cols()) = points;
    cloud.data = data.data();
    if (cloud.d > 0 && cloud.n > 0)
      tree = std::make_unique<Tree>(cloud.d, cloud, nanoflann::KDTreeSingleIndexAdaptorParams(kLeafSize), metric);
  }

  static constexpr std::size_t kLeafSize = 16;
};

KnnIndex::KnnIndex(const Eigen::MatrixXd& points, Minkowski metric)
    : m_impl(std::make_unique<Impl>(points, metric)) {}
KnnIndex::~KnnIndex() = default;
KnnIndex::KnnIndex(KnnIndex&&) noexcept = default;
KnnIndex& KnnIndex::operator=(KnnIndex&&) noexcept = default;

Eigen::Index KnnIndex::rows() const { return static_cast<Eigen::Index>(m_impl->cloud.n); }
int KnnIndex::dims() const { return static_cast<int>(m_impl->cloud.d); }
const Minkowski& KnnIndex::metric() const { return m_impl->metric; }
const double* KnnIndex::point(std::uint32_t row) const { return m_impl->data.data() + row * m_impl->cloud.d; }

void KnnIndex::nearest(const double* q, int k, std::vector<KnnCandidate>& out) const {
  if (!m_impl->tree) return nearestBruteForce(q, k, out);
  KBestSet set(out, k);
  m_impl->tree->findNeighbors(set, q, nanoflann::SearchParams());
  // The tree offers a point only if it is strictly below an infinite bound,
  // so with distances that overflow to inf (or a NaN query) it can come back
  // short; the scan always fills k.
  if (out.size() < static_cast<std::size_t>(k)) nearestBruteForce(q, k, out);
}

void KnnIndex::nearestBruteForce(const double* q, int k, std::vector<KnnCandidate>& out) const {
  KBestSet set(out, k);
  const int d = dims();
  for (std::size_t row = 0; row < m_impl->cloud.n; ++row) {
    const auto r = static_cast<std::uint32_t>(row);
    set.addPoint(m_impl->metric.accumulated(q, point(r), d), r);
  }
}

void KnnIndex::within(const double* q, double bound, std::vector<std::uint32_t>& rows) const {
  WithinSet set(rows, bound);
  if (m_impl->tree && std::isfinite(bound)) {
    m_impl->tree->findNeighbors(set, q, nanoflann::SearchParams());
    std::sort(rows.begin(), rows.end());
  } else {
    const int d = dims();
    for (std::size_t row = 0; row < m_impl->cloud.n; ++row) {
      const auto r = static_cast<std::uint32_t>(row);
      set.addPoint(m_impl->metric.accumulated(q, point(r), d), r);
    }
  }
}

}  // namespace supex
