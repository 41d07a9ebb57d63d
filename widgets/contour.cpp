#include "widgets/contour.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_map>

namespace supex {
namespace {

struct Segment {
  std::int64_t a, b;  // edge ids
};

// Edge ids: the horizontal edge from vertex (i, j) to (i+1, j) is 2*(j*nx+i),
// the vertical edge from (i, j) to (i, j+1) is 2*(j*nx+i)+1. Neighbouring
// squares name a shared edge by the same id, which is what lets the segments
// be joined into polylines without comparing floating-point coordinates.
class Tracer {
 public:
  Tracer(const GridSpec& grid, const std::vector<int>& labels, const std::vector<float>& margins, int k)
      : m_grid(grid), m_labels(labels), m_margins(margins), m_k(k),
        m_cells(static_cast<std::size_t>(grid.nx) * static_cast<std::size_t>(grid.ny)) {}

  QVector<QPolygonF> trace() {
    collectSegments();
    return stitch();
  }

 private:
  std::size_t vertex(int i, int j) const { return static_cast<std::size_t>(j) * m_grid.nx + i; }
  bool inside(std::size_t v) const { return m_labels[v] == m_k; }
  double margin(std::size_t v) const {
    if (m_margins.empty()) return inside(v) ? 1.0 : -1.0;
    const double m = m_margins[static_cast<std::size_t>(m_k) * m_cells + v];
    return inside(v) ? std::max(m, 0.0) : std::min(m, 0.0);
  }
  std::int64_t hEdge(int i, int j) const { return 2 * static_cast<std::int64_t>(vertex(i, j)); }
  std::int64_t vEdge(int i, int j) const { return 2 * static_cast<std::int64_t>(vertex(i, j)) + 1; }

  void collectSegments() {
    const int nx = m_grid.nx, ny = m_grid.ny;
    for (int j = 0; j + 1 < ny; ++j)
      for (int i = 0; i + 1 < nx; ++i) {
        const std::size_t c0 = vertex(i, j), c1 = vertex(i + 1, j), c2 = vertex(i + 1, j + 1), c3 = vertex(i, j + 1);
        const int code = (inside(c0) ? 1 : 0) | (inside(c1) ? 2 : 0) | (inside(c2) ? 4 : 0) | (inside(c3) ? 8 : 0);
        if (code == 0 || code == 15) continue;
        const std::int64_t e0 = hEdge(i, j), e1 = vEdge(i + 1, j), e2 = hEdge(i, j + 1), e3 = vEdge(i, j);
        auto add = [this](std::int64_t a, std::int64_t b) { m_segments.push_back({a, b}); };
        // The two saddle cases are resolved by the mean margin at the square's
        // centre: inside there means the two inside corners are connected.
        const bool centreInside = margin(c0) + margin(c1) + margin(c2) + margin(c3) > 0.0;
        switch (code) {
          case 1: case 14: add(e3, e0); break;
          case 2: case 13: add(e0, e1); break;
          case 3: case 12: add(e3, e1); break;
          case 4: case 11: add(e1, e2); break;
          case 6: case 9: add(e0, e2); break;
          case 7: case 8: add(e3, e2); break;
          case 5:
            if (centreInside) { add(e0, e1); add(e2, e3); } else { add(e3, e0); add(e1, e2); }
            break;
          case 10:
            if (centreInside) { add(e3, e0); add(e1, e2); } else { add(e0, e1); add(e2, e3); }
            break;
          default: break;
        }
      }
  }

  // The crossing on an edge, always interpolated from its lower vertex so the
  // result does not depend on which square asks.
  QPointF crossing(std::int64_t edge) const {
    const auto v = static_cast<std::size_t>(edge / 2);
    const int i = static_cast<int>(v % static_cast<std::size_t>(m_grid.nx));
    const int j = static_cast<int>(v / static_cast<std::size_t>(m_grid.nx));
    const bool horizontal = edge % 2 == 0;
    const int i2 = horizontal ? i + 1 : i, j2 = horizontal ? j : j + 1;
    const double ma = margin(v), mb = margin(vertex(i2, j2));
    double t = 0.5;
    // Margins have opposite signs across a crossed edge, so this lies in [0, 1].
    if (ma != mb) t = std::clamp(ma / (ma - mb), 0.0, 1.0);
    const double x = m_grid.x(i) + t * (m_grid.x(i2) - m_grid.x(i));
    const double y = m_grid.y(j) + t * (m_grid.y(j2) - m_grid.y(j));
    return {x, y};
  }

  QVector<QPolygonF> stitch() {
    std::unordered_map<std::int64_t, std::array<int, 2>> byEdge;
    byEdge.reserve(m_segments.size() * 2);
    for (int s = 0; s < static_cast<int>(m_segments.size()); ++s)
      for (std::int64_t e : {m_segments[static_cast<std::size_t>(s)].a, m_segments[static_cast<std::size_t>(s)].b}) {
        auto [it, fresh] = byEdge.try_emplace(e, std::array<int, 2>{s, -1});
        if (!fresh) it->second[1] = s;
      }
    std::vector<bool> used(m_segments.size(), false);
    auto other = [&](std::int64_t edge, int segment) {
      const auto& pair = byEdge.at(edge);
      return pair[0] == segment ? pair[1] : pair[0];
    };
    // Walks from `edge` away from `segment`, appending edges until the chain ends.
    auto walk = [&](std::int64_t edge, int segment, std::vector<std::int64_t>& chain) {
      for (;;) {
        const int next = other(edge, segment);
        if (next < 0 || used[static_cast<std::size_t>(next)]) return;
        used[static_cast<std::size_t>(next)] = true;
        const Segment& s = m_segments[static_cast<std::size_t>(next)];
        edge = s.a == edge ? s.b : s.a;
        segment = next;
        chain.push_back(edge);
      }
    };
    QVector<QPolygonF> lines;
    for (int s = 0; s < static_cast<int>(m_segments.size()); ++s) {
      if (used[static_cast<std::size_t>(s)]) continue;
      used[static_cast<std::size_t>(s)] = true;
      const Segment& seg = m_segments[static_cast<std::size_t>(s)];
      std::vector<std::int64_t> forward{seg.a, seg.b}, backward;
      walk(seg.b, s, forward);
      walk(seg.a, s, backward);
      QPolygonF line;
      line.reserve(static_cast<qsizetype>(forward.size() + backward.size()));
      for (auto it = backward.rbegin(); it != backward.rend(); ++it) line.append(crossing(*it));
      for (std::int64_t e : forward) line.append(crossing(e));
      lines.append(line);
    }
    return lines;
  }

  const GridSpec& m_grid;
  const std::vector<int>& m_labels;
  const std::vector<float>& m_margins;
  int m_k;
  std::size_t m_cells;
  std::vector<Segment> m_segments;
};

}  // namespace

QVector<QPolygonF> decisionBoundary(const GridSpec& grid, const std::vector<int>& labels,
                                    const std::vector<float>& margins, int numClasses) {
  QVector<QPolygonF> out;
  if (grid.nx < 2 || grid.ny < 2 || labels.size() != static_cast<std::size_t>(grid.nx) * grid.ny) return out;
  const int traced = numClasses == 2 ? 1 : numClasses;
  for (int k = 0; k < traced; ++k) out += Tracer(grid, labels, margins, k).trace();
  return out;
}

}  // namespace supex
