// The kNN grid fast path. A decision map asks for the neighbours of
// 10^4–10^6 cell centres on a lattice, and neighbouring cells share almost
// all their neighbours.
//
// Candidates per tile. For a tile of cells with centre c (not necessarily a
// cell) and half-extent a = (a_x, a_y):
//  - p ≥ 1 (a metric): every cell q of the tile has D(q, c) ≤ h = D(a). The k
//    neighbours of c lie within r_k(c) + h of q, so r_k(q) ≤ r_k(c) + h, and
//    every neighbour x of q has D(c, x) ≤ h + r_k(q) ≤ r_k(c) + 2h.
//  - p < 1: the accumulated form A is subadditive (minkowski.h), so the same
//    argument gives A(c, x) ≤ A_k(c) + 2·A(a).
// One radius search at c with that bound (enlarged far beyond rounding)
// returns every row that can be a neighbour of any cell in the tile, ties at
// the k-th place included.
//
// Distances per cell. On a lattice A is separable, A = t_x + t_y (max for
// p = ∞), so the per-axis terms |x − x_i|^p are computed once per tile column
// and row: no pow() per cell, one addition per candidate. A block stacks 16
// tiles that share their columns, so for general p a row's x-terms are made
// once per block however many of its tiles the row is a candidate of.
//
// Neighbours per cell. Usually a cell has the same k neighbours as the cell
// before it. With S that previous set and τ the largest A of S at the new
// cell, every neighbour of the new cell has A ≤ τ (S already supplies k
// candidates there), so S stands if exactly k candidates have A ≤ τ. One
// vectorised pass counts them. Otherwise the few candidates at or below τ
// are collected and the largest in (A, row) order dropped until k remain.
//
// Every distance, sum and comparison here is the operation predict() performs
// (same terms, same order, same (A, row) ranking, same decide()), so every
// cell equals a direct prediction at its centre, bit for bit.
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

#include "core/models/knn/knn.h"

namespace supex {
namespace {

template <bool Max, bool TwoD>
inline double cellAcc(const double* rx, const double* ry, std::size_t c) {
  if constexpr (!TwoD) return rx[c];
  else if constexpr (Max) return ry[c] > rx[c] ? ry[c] : rx[c];
  else return rx[c] + ry[c];
}

// The k best candidates of one cell in (A, row) order; pos[] gets their
// positions in the candidate list. Candidates come nearest-to-the-tile-centre
// first, so the first k are usually close to the answer.
template <bool Max, bool TwoD>
void rankCell(const double* rx, const double* ry, const std::uint32_t* rows, std::size_t count, int k,
              KnnCandidate* best, std::uint32_t* pos) {
  int filled = 0;
  for (std::size_t c = 0; c < count; ++c) {
    const KnnCandidate cand{cellAcc<Max, TwoD>(rx, ry, c), rows[c]};
    int i;
    if (filled < k) {
      i = filled++;
    } else {
      if (!(cand < best[k - 1])) continue;
      i = k - 1;
    }
    while (i > 0 && cand < best[i - 1]) {
      best[i] = best[i - 1];
      pos[i] = pos[i - 1];
      --i;
    }
    best[i] = cand;
    pos[i] = static_cast<std::uint32_t>(c);
  }
}

// Number of candidates with A ≤ τ, over `padded` (a multiple of 4) entries
// whose padding is +inf. Written so the compiler vectorises it: it runs for
// every cell. Ignoring rows can only overcount, and an overcount merely takes
// the exact path in moveCell.
template <bool Max, bool TwoD>
std::size_t countAtMost(const double* rx, const double* ry, std::size_t padded, double tau) {
  // Four named accumulators (not an array) stay in registers.
  double n0 = 0.0, n1 = 0.0, n2 = 0.0, n3 = 0.0;
  for (std::size_t c = 0; c < padded; c += 4) {
    n0 += cellAcc<Max, TwoD>(rx, ry, c) <= tau ? 1.0 : 0.0;
    n1 += cellAcc<Max, TwoD>(rx, ry, c + 1) <= tau ? 1.0 : 0.0;
    n2 += cellAcc<Max, TwoD>(rx, ry, c + 2) <= tau ? 1.0 : 0.0;
    n3 += cellAcc<Max, TwoD>(rx, ry, c + 3) <= tau ? 1.0 : 0.0;
  }
  return static_cast<std::size_t>((n0 + n1) + (n2 + n3));
}

// Moves to a new cell. pos[0..k) holds the previous cell's neighbours; τ is
// their largest A at the new cell. Every new neighbour has A ≤ τ (the old
// set already supplies k candidates there), and so do the k old ones. If
// exactly k candidates have A ≤ τ, the set is unchanged (returns false,
// best[] re-evaluated). Otherwise the new set is those candidates minus the
// largest few in (A, row) order, which settles ties at τ; it is written to
// best/pos in no particular order (returns true).
template <bool Max, bool TwoD>
bool moveCell(const double* rx, const double* ry, const std::uint32_t* rows, std::size_t count, std::size_t padded,
              int k, KnnCandidate* best, std::uint32_t* pos, std::uint32_t* within, double* accs) {
  double tau = 0.0;
  for (int i = 0; i < k; ++i) {
    best[i] = {cellAcc<Max, TwoD>(rx, ry, pos[i]), rows[pos[i]]};
    tau = best[i].acc > tau ? best[i].acc : tau;
  }
  const auto kk = static_cast<std::size_t>(k);
  const std::size_t total = countAtMost<Max, TwoD>(rx, ry, padded, tau);
  if (total == kk) return false;
  // Collect them without branches, stopping once all are found (the count
  // also includes the +inf padding when τ itself is +inf; the scan then
  // simply runs to the end).
  std::size_t n = 0;
  for (std::size_t c = 0; c < count && n < total; ++c) {
    within[n] = static_cast<std::uint32_t>(c);
    n += static_cast<std::size_t>(cellAcc<Max, TwoD>(rx, ry, c) <= tau);
  }
  if (n == kk) return false;
  // Drop the n − k largest (often several outsiders have come within τ while
  // the old farthest member receded): the largest A without branches, then
  // the highest row among those at it.
  for (std::size_t i = 0; i < n; ++i) accs[i] = cellAcc<Max, TwoD>(rx, ry, within[i]);
  for (double top = tau; n > kk; --n) {
    std::size_t largest = n;
    for (std::size_t i = 0; i < n; ++i)
      if (accs[i] == top && (largest == n || rows[within[i]] > rows[within[largest]])) largest = i;
    within[largest] = within[n - 1];
    accs[largest] = accs[n - 1];
    top = accs[0];
    for (std::size_t i = 1; i < n - 1; ++i) top = accs[i] > top ? accs[i] : top;
  }
  for (std::size_t i = 0; i < kk; ++i) {
    pos[i] = within[i];
    best[i] = {accs[i], rows[pos[i]]};
  }
  return true;
}

}  // namespace

// The x-terms |zx_j − x_i|^p of one block's columns, per training row, made
// on first use: a row that is a candidate of several tiles of the block pays
// its pow() calls once. Only worth it for general p (pow); for p = 1, 2, ∞
// the term is cheaper than the lookup.
struct KnnModel::ColumnTerms {
  std::vector<std::int32_t> slot;  // per training row: its block of terms, or −1
  std::vector<double> terms;       // one block of (block columns) terms per slot
};

bool KnnModel::predictGridBlock(const GridSpec& grid, int ix0, int ix1, int iy0, int iy1, GridResult& out,
                                std::stop_token stop) const {
  const int d = m_index.dims();
  const Minkowski& metric = m_index.metric();
  std::optional<ColumnTerms> cache;
  if (d == 2 && metric.kind() == Minkowski::Kind::Pow && iy1 - iy0 > kGridTile)
    cache = ColumnTerms{std::vector<std::int32_t>(static_cast<std::size_t>(m_y.size()), -1), {}};
  ColumnTerms* c = cache ? &*cache : nullptr;
  if (d == 1) {
    for (int x0 = ix0; x0 < ix1; x0 += kGridTile) {
      if (stop.stop_requested()) return false;
      gridTile<false, false>(grid, x0, std::min(ix1, x0 + kGridTile), iy0, iy1, nullptr, out);
    }
    return true;
  }
  for (int y0 = iy0; y0 < iy1; y0 += kGridTile) {
    if (stop.stop_requested()) return false;
    const int y1 = std::min(iy1, y0 + kGridTile);
    if (metric.isMax()) gridTile<true, true>(grid, ix0, ix1, y0, y1, c, out);
    else gridTile<false, true>(grid, ix0, ix1, y0, y1, c, out);
  }
  return true;
}

template <bool Max, bool TwoD>
void KnnModel::gridTile(const GridSpec& grid, int ix0, int ix1, int iy0, int iy1, ColumnTerms* cache,
                        GridResult& out) const {
  const int d = TwoD ? 2 : 1;
  const int k = m_params.k;
  const Minkowski& metric = m_index.metric();
  const auto nxB = static_cast<std::size_t>(ix1 - ix0);
  const auto nyB = static_cast<std::size_t>(TwoD ? iy1 - iy0 : 1);

  // Model-space coordinates of the tile's columns and rows, computed as
  // toModelSpace() computes them for a row.
  auto toModel = [&](double v, int j) {
    return m_standardizer ? (v - m_standardizer->mean(j)) / m_standardizer->scale(j) : v;
  };
  std::vector<double> zx(nxB), zy(nyB, 0.0);
  for (std::size_t j = 0; j < nxB; ++j) zx[j] = toModel(grid.x(ix0 + static_cast<int>(j)), 0);
  if (TwoD)
    for (std::size_t j = 0; j < nyB; ++j) zy[j] = toModel(grid.y(iy0 + static_cast<int>(j)), 1);

  // Tile centre, half-extent, and the candidate bound (see the top comment).
  const auto [xLo, xHi] = std::minmax_element(zx.begin(), zx.end());
  const auto [yLo, yHi] = std::minmax_element(zy.begin(), zy.end());
  const double centre[2] = {0.5 * (*xLo + *xHi), 0.5 * (*yLo + *yHi)};
  double halfAcc = metric.term(0.5 * (*xHi - *xLo));
  if (TwoD) halfAcc = metric.combine(halfAcc, metric.term(0.5 * (*yHi - *yLo)));
  std::vector<KnnCandidate> nb;
  m_index.nearest(centre, k, nb);
  const double kthAcc = nb.back().acc;
  const double bound = metric.isMetric()
                           ? metric.fromDistance(metric.toDistance(kthAcc) + 2.0 * metric.toDistance(halfAcc))
                           : kthAcc + 2.0 * halfAcc;
  std::vector<std::uint32_t> found;
  m_index.within(centre, searchSlack(bound), found);  // all rows if the bound overflowed

  // Candidates nearest the centre first.
  const std::size_t count = found.size();
  std::vector<KnnCandidate> byCentre(count);
  for (std::size_t c = 0; c < count; ++c)
    byCentre[c] = {metric.accumulated(centre, m_index.point(found[c]), d), found[c]};
  std::sort(byCentre.begin(), byCentre.end());
  std::vector<std::uint32_t> rows(count);
  for (std::size_t c = 0; c < count; ++c) rows[c] = byCentre[c].row;

  // Per-axis terms: tx[j·stride + c] = term(|zx_j − x_{rows[c], 0}|), likewise
  // ty; rows padded with +inf to a multiple of 4 for countAtMost.
  const std::size_t stride = (count + 3) / 4 * 4;
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> tx(nxB * stride, inf), ty(TwoD ? nyB * stride : 0, inf);
  std::vector<double> px(count), py(TwoD ? count : 0);
  for (std::size_t c = 0; c < count; ++c) {
    px[c] = m_index.point(rows[c])[0];
    if (TwoD) py[c] = m_index.point(rows[c])[1];
  }
  metric.visitTerm([&](auto term) {
    if (cache) {
      for (std::size_t c = 0; c < count; ++c) {
        std::int32_t& slot = cache->slot[rows[c]];
        if (slot < 0) {
          slot = static_cast<std::int32_t>(cache->terms.size() / nxB);
          for (std::size_t j = 0; j < nxB; ++j) cache->terms.push_back(term(std::abs(zx[j] - px[c])));
        }
        const double* t = cache->terms.data() + static_cast<std::size_t>(slot) * nxB;
        for (std::size_t j = 0; j < nxB; ++j) tx[j * stride + c] = t[j];
      }
    } else {
      for (std::size_t j = 0; j < nxB; ++j)
        for (std::size_t c = 0; c < count; ++c) tx[j * stride + c] = term(std::abs(zx[j] - px[c]));
    }
    for (std::size_t j = 0; j < (TwoD ? nyB : 0); ++j)
      for (std::size_t c = 0; c < count; ++c) ty[j * stride + c] = term(std::abs(zy[j] - py[c]));
  });

  // The current neighbour set (positions into rows) and its decision; the
  // set of each tile row's first cell seeds the next row.
  const auto kk = static_cast<std::size_t>(k);
  std::vector<KnnCandidate> best(kk);
  std::vector<std::uint32_t> pos(kk), rowStartPos(kk), within(count);
  std::vector<double> accs(count);
  std::vector<int> counts;
  bool tied = false;
  double value = 0.0;
  for (std::size_t jy = 0; jy < nyB; ++jy) {
    const double* ry = TwoD ? ty.data() + jy * stride : nullptr;
    for (std::size_t jx = 0; jx < nxB; ++jx) {
      const double* rx = tx.data() + jx * stride;
      bool changed = true;
      if (jx == 0 && jy == 0) {
        rankCell<Max, TwoD>(rx, ry, rows.data(), count, k, best.data(), pos.data());
      } else {
        if (jx == 0) pos = rowStartPos;
        changed = moveCell<Max, TwoD>(rx, ry, rows.data(), count, stride, k, best.data(), pos.data(),
                                      within.data(), accs.data());
      }
      // Same members keep the votes and the mean; a tied vote depends on who
      // is nearest now; a row start follows the previous row's last cell,
      // whose decision is not this set's.
      if (changed || jx == 0 || tied) value = decide(best.data(), counts, tied);
      if (jx == 0) rowStartPos = pos;
      const Eigen::Index cell =
          static_cast<Eigen::Index>(iy0 + static_cast<int>(jy)) * grid.nx + ix0 + static_cast<Eigen::Index>(jx);
      out.value(cell) = value;
      for (int c = 0; c < m_numClasses; ++c)
        out.proba(cell, c) = static_cast<double>(counts[static_cast<std::size_t>(c)]) / k;
    }
  }
}

}  // namespace supex
